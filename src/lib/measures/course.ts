import type { DoseMark } from './doses.ts';
import type { Instrument } from './instrument.ts';
import { changeFromBaseline, score, RESPONSE_RULE, type ItemAnswers, type Scored } from './score.ts';

/** An administration as the tracker holds it: its field id's uuid, and what was stored. */
export interface KeptAdministration {
	id: string;
	instrument: string;
	/** YYYY-MM-DD */
	date: string;
	answers: ItemAnswers;
	entered: 'clinician' | 'client';
}

/** What a clinician typed for one item: kept as text so a wrong key is shown, never dropped. */
export type ItemText = string;

export interface EntryProblems {
	date?: string;
	/** By item number (1-based). */
	items: Record<number, string>;
}

export const hasProblems = (problems: EntryProblems) => problems.date !== undefined || Object.keys(problems.items).length > 0;

/** The answers an entry's item texts stand for: '' is not answered (null); anything else must be a number. */
export function parseItems(instrument: Instrument, texts: readonly ItemText[]): { answers: (number | null)[]; problems: Record<number, string> } {
	const problems: Record<number, string> = {};
	const answers = instrument.items.map((_, index) => {
		const text = (texts[index] ?? '').trim();
		if (text === '') return null;
		const value = Number(text);
		if (!/^\d+$/.test(text) || value > instrument.itemRange.max) {
			problems[index + 1] = `Item ${index + 1}: type a whole number from ${instrument.itemRange.min} to ${instrument.itemRange.max}; “${text}” is not one.`;
			return null;
		}
		return value;
	});
	return { answers, problems };
}

/**
 * Checks an entry before it is saved: every item in range, a real date not after today, and no
 * other administration of the same instrument on the same day (`others` excludes the one edited).
 */
export function checkEntry(instrument: Instrument, entry: { date: string; items: readonly ItemText[] }, others: readonly KeptAdministration[], today: string): EntryProblems & { answers: (number | null)[] } {
	const { answers, problems: items } = parseItems(instrument, entry.items);
	let date: string | undefined;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.date) || Number.isNaN(Date.parse(`${entry.date}T00:00:00Z`)) || new Date(`${entry.date}T00:00:00Z`).toISOString().slice(0, 10) !== entry.date) date = 'Give the date it was completed (year, month, day).';
	else if (entry.date > today) date = `${entry.date} is in the future: give the day the questionnaire was completed.`;
	else if (others.some((other) => other.instrument === instrument.id && other.date === entry.date)) date = `A ${instrument.title} on ${entry.date} is already kept for this client: edit that one instead.`;
	return { ...(date === undefined ? {} : { date }), items, answers };
}

export interface CourseRow {
	administration: KeptAdministration;
	scored: Scored;
	/** The first complete administration of the course. */
	baseline: boolean;
	change: ReturnType<typeof changeFromBaseline> | null;
}

/** One instrument's administrations in date order, scored, each compared with the baseline (the first complete one). */
export function courseRows(instrument: Instrument, administrations: readonly KeptAdministration[]): CourseRow[] {
	const ordered = administrations.filter((administration) => administration.instrument === instrument.id).toSorted((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
	let baselineTotal: number | undefined;
	return ordered.map((administration) => {
		const scored = score(instrument, administration.answers);
		const isBaseline = scored.complete && baselineTotal === undefined;
		if (isBaseline) baselineTotal = scored.total;
		const change = scored.complete && !isBaseline && baselineTotal !== undefined ? changeFromBaseline(instrument, baselineTotal, scored.total) : null;
		return { administration, scored, baseline: isBaseline, change };
	});
}

/** Spreadsheet programs run a cell that starts with one of these as a formula: such text gets a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;
const csvCell = (value: string) => {
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** The most items any instrument has: the CSV gives every row that many item columns. */
const itemColumns = (instruments: readonly Instrument[]) => Math.max(...instruments.map((instrument) => instrument.items.length));

/**
 * CSV for a practice's record system: one row per administration (date order), with the client
 * label, date, instrument, each item (empty where not answered or not on the instrument), total
 * (empty when incomplete), band, and whether the safety item was above 0.
 */
export function administrationsCsv(client: string, administrations: readonly KeptAdministration[], instruments: readonly Instrument[]): string {
	const columns = itemColumns(instruments);
	const header = ['client', 'date', 'instrument', ...Array.from({ length: columns }, (_, index) => `item_${index + 1}`), 'total', 'band', 'safety_item_above_0', 'entered_by'];
	const rows = administrations
		.toSorted((a, b) => a.date.localeCompare(b.date) || a.instrument.localeCompare(b.instrument))
		.flatMap((administration) => {
			const instrument = instruments.find((candidate) => candidate.id === administration.instrument);
			if (!instrument) return [];
			const scored = score(instrument, administration.answers);
			const items = Array.from({ length: columns }, (_, index) => (administration.answers[index] ?? '').toString());
			const safety = instrument.safetyItem === undefined ? '' : scored.safety ? 'yes' : 'no';
			return [[client, administration.date, instrument.title, ...items, scored.complete ? String(scored.total) : '', scored.complete ? (scored.band?.label ?? '') : '', safety, administration.entered]];
		});
	return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The file name of a client's CSV: the label as typed is not put in it (names of files leak into folders and mail). */
export const csvFileName = (today: string) => `kapkit-measures-${today}.csv`;

export interface TrendSize {
	width: number;
	height: number;
	/** Room for the axes' labels. */
	left: number;
	bottom: number;
	top: number;
	right: number;
}

export interface TrendPoint {
	x: number;
	y: number;
	date: string;
	total: number;
	safety: boolean;
}

export interface TrendGeometry {
	bands: { y: number; height: number; label: string; index: number }[];
	points: TrendPoint[];
	/** Horizontal lines: baseline, response threshold, remission. */
	lines: { y: number; label: string; kind: 'baseline' | 'response' | 'remission' }[];
	yTicks: { y: number; value: number }[];
	xTicks: { x: number; label: string }[];
	/** Doses given: a vertical line each, so the trend reads against the course. */
	markers: { x: number; date: string; label: string }[];
}

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

/**
 * The trend chart's geometry, in SVG units, for complete administrations in date order: the
 * instrument's bands as stripes, the baseline, the response line (half the baseline) and the
 * remission line where the instrument has one; dosing dates as markers when given.
 */
export function trendGeometry(instrument: Instrument, rows: readonly CourseRow[], size: TrendSize, doses: readonly DoseMark[] = []): TrendGeometry {
	const max = instrument.items.length * instrument.itemRange.max;
	const plotHeight = size.height - size.top - size.bottom;
	const plotWidth = size.width - size.left - size.right;
	const y = (value: number) => size.top + plotHeight * (1 - value / max);
	const complete = rows.filter((row) => row.scored.complete);
	const days = [...complete.map((row) => dayNumber(row.administration.date)), ...doses.map((dose) => dayNumber(dose.date))];
	const first = days.length ? Math.min(...days) : 0;
	const span = Math.max(1, (days.length ? Math.max(...days) : 0) - first);
	const x = (date: string) => size.left + (days.length < 2 && complete.length <= 1 ? plotWidth / 2 : (plotWidth * (dayNumber(date) - first)) / span);
	const points = complete.map((row) => ({ x: x(row.administration.date), y: y((row.scored as { total: number }).total), date: row.administration.date, total: (row.scored as { total: number }).total, safety: row.scored.safety }));
	const bands = instrument.bands.map((band, index) => ({ y: y(band.max + (index === instrument.bands.length - 1 ? 0 : 0.5)), height: y(band.min - (index === 0 ? 0 : 0.5)) - y(band.max + (index === instrument.bands.length - 1 ? 0 : 0.5)), label: band.label, index }));
	const lines: TrendGeometry['lines'] = [];
	const baseline = rows.find((row) => row.baseline);
	if (baseline && baseline.scored.complete) {
		lines.push({ y: y(baseline.scored.total), label: `Baseline ${baseline.scored.total}`, kind: 'baseline' });
		const responseAt = baseline.scored.total * (1 - RESPONSE_RULE.reductionPercent / 100);
		lines.push({ y: y(responseAt), label: `Response ≤ ${formatNumber(responseAt)}`, kind: 'response' });
	}
	if (instrument.remission) lines.push({ y: y(instrument.remission.below - 0.5), label: `Remission < ${instrument.remission.below}`, kind: 'remission' });
	const step = max <= 30 ? 5 : 10;
	const yTicks = Array.from({ length: Math.floor(max / step) + 1 }, (_, index) => ({ y: y(index * step), value: index * step }));
	const xTicks = points.map((point) => ({ x: point.x, label: point.date.slice(5) }));
	const markers = doses.map((dose) => ({ x: x(dose.date), date: dose.date, label: dose.number === undefined ? 'D' : `D${dose.number}` }));
	return { bands, points, lines, yTicks, xTicks, markers };
}

const formatNumber = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
