import type { Answers } from '../answers.ts';
import type { TableAnswer } from '../../fields/table.ts';
import { addDays, toInstant, toLocal } from '../planner/calendar.ts';
import type { DosingSession } from '../../schemas/dose.ts';
import { minutesAfter, pointIndexFor } from './clock.ts';
import type { Reading } from './readings.ts';

/**
 * The live session's record is the session vitals log worksheet's answers (integration-worksheets/
 * session-vitals-log.mdx): the same field ids, so the worksheet shows, prints and exports it.
 * Readings taken at the same minute form one row. Baseline goes on the Baseline row, the last round
 * after the observation time on the Discharge row, the others on the row nearest their minute; a
 * round with no free row is written as a "Reading HH:MM: …" line under adverse events, never dropped.
 */
export const VITALS_LOG = { doseTime: 'dose-time', vitals: 'vitals', events: 'events' } as const;

type RowSlot = { kind: 'baseline' } | { kind: 'minute'; at: number } | { kind: 'discharge' };

/** Reads the vitals table's row labels ("Baseline", "+15 min", "Discharge") as slots. */
export function rowSlots(labels: readonly string[]): RowSlot[] {
	return labels.map((label) => {
		if (/^baseline$/i.test(label)) return { kind: 'baseline' };
		if (/^discharge$/i.test(label)) return { kind: 'discharge' };
		const match = /^\+(\d+) min$/.exec(label);
		if (!match) throw new Error(`session vitals log: expected a row label "Baseline", "+N min" or "Discharge", found ${JSON.stringify(label)}`);
		return { kind: 'minute', at: Number(match[1]) };
	});
}

export interface SessionStart {
	startedAt: string;
	/** IANA time zone the log's clock times are written in. */
	timeZone: string;
}

const cell = (reading: Reading): [column: 'bp' | 'pulse' | 'spo2' | 'notes', text: string] => {
	switch (reading.check) {
		case 'blood-pressure':
			return ['bp', `${reading.systolic}/${reading.diastolic}`];
		case 'heart-rate':
			return ['pulse', String(reading.value)];
		case 'oxygen-saturation':
			return ['spo2', String(reading.value)];
		case 'respiratory-rate':
			return ['notes', `RR ${reading.value}`];
		case 'sedation':
		case 'dissociation':
			return ['notes', `${reading.check} ${reading.scale}: ${reading.score}`];
	}
};

const columnTitles = { bp: 'BP', pulse: 'pulse', spo2: 'SpO₂' } as const;

function round(readings: Reading[], time: string): { row: Record<string, string>; line: string } {
	const row: Record<string, string> = { time };
	const parts: string[] = [];
	for (const reading of readings) {
		const [column, text] = cell(reading);
		row[column] = column === 'notes' && row.notes ? `${row.notes}; ${text}` : text;
		parts.push(column === 'notes' ? text : `${columnTitles[column]} ${text}`);
	}
	return { row, line: `Reading ${time}: ${parts.join('; ')}` };
}

/** Writes the readings into the log's answers, keeping every other answer (checklists, events, signature). */
export function toVitalsLog(session: Pick<DosingSession, 'administrationMinutes' | 'observationMinutes'>, start: SessionStart, rowLabels: readonly string[], readings: readonly Reading[], existing: Answers = {}): Answers {
	const slots = rowSlots(rowLabels);
	const byMinute = new Map<string, Reading[]>();
	const order = [...readings].sort((a, b) => a.takenAt.localeCompare(b.takenAt) || a.check.localeCompare(b.check));
	for (const reading of order) {
		const key = new Date(Math.floor(Date.parse(reading.takenAt) / 60_000) * 60_000).toISOString();
		const group = byMinute.get(key) ?? [];
		// Two readings of one check in the same minute: the later one is its own round.
		if (group.some((other) => other.check === reading.check)) byMinute.set(`${key}#${reading.takenAt}`, [reading]);
		else byMinute.set(key, [...group, reading]);
	}
	const rounds = [...byMinute.values()].map((group) => ({ group, minute: minutesAfter(start.startedAt, group[0]!.takenAt), time: toLocal(Date.parse(group[0]!.takenAt), start.timeZone).time }));
	// Words a clinician typed into a notes cell are not readings: keep them with the row of the same time.
	const typedNotes = new Map<string, string[]>();
	for (const row of Object.values((existing[VITALS_LOG.vitals] ?? {}) as TableAnswer)) {
		const words = (row.notes ?? '').split(';').map((text) => text.trim()).filter((text) => text && !parseToken(text, start.startedAt));
		if (words.length) typedNotes.set(row.time ?? '', [...(typedNotes.get(row.time ?? '') ?? []), ...words]);
	}
	const table: TableAnswer = {};
	const overflow: string[] = [];
	const baselineRow = slots.findIndex((slot) => slot.kind === 'baseline');
	const dischargeRow = slots.findIndex((slot) => slot.kind === 'discharge');
	const lastAfterObservation = [...rounds].reverse().find((r) => r.minute >= session.administrationMinutes + session.observationMinutes);
	const placed = new Map<(typeof rounds)[number], number>();
	const take = (entry: (typeof rounds)[number], index: number) => {
		if (index < 0 || placed.has(entry) || [...placed.values()].includes(index)) return;
		placed.set(entry, index);
	};
	const baseline = rounds.find((r) => r.minute < 0);
	if (baseline) take(baseline, baselineRow);
	if (lastAfterObservation) take(lastAfterObservation, dischargeRow);
	// The closest round to a row's minute gets the row, so a repeat reading never pushes the scheduled one off it.
	const pairs = rounds
		.filter((entry) => entry.minute >= 0)
		.flatMap((entry) => slots.flatMap((slot, index) => (slot.kind === 'minute' && Math.abs(slot.at - entry.minute) <= ROW_REACH ? [{ entry, index, distance: Math.abs(slot.at - entry.minute) }] : [])))
		.sort((a, b) => a.distance - b.distance || a.entry.minute - b.entry.minute);
	for (const pair of pairs) take(pair.entry, pair.index);
	for (const entry of rounds) {
		const { row, line } = round(entry.group, entry.time);
		const words = typedNotes.get(entry.time);
		if (words) {
			row.notes = [row.notes, ...words].filter(Boolean).join('; ');
			typedNotes.delete(entry.time);
		}
		const index = placed.get(entry);
		if (index === undefined) overflow.push(line);
		else table[String(index)] = row;
	}
	for (const [time, words] of typedNotes) overflow.push(`Note ${time}: ${words.join('; ')}`);
	const keptEvents = typeof existing[VITALS_LOG.events] === 'string' ? (existing[VITALS_LOG.events] as string).split('\n').filter((text) => text.trim() !== '' && !READING_LINE.test(text)) : [];
	const answers: Answers = { ...existing, [VITALS_LOG.vitals]: table, [VITALS_LOG.doseTime]: toLocal(Date.parse(start.startedAt), start.timeZone).time };
	const events = [...keptEvents, ...overflow].join('\n');
	if (events) answers[VITALS_LOG.events] = events;
	else delete answers[VITALS_LOG.events];
	return answers;
}

/** How far, in minutes, a round may sit from a row's minute and still go on that row. */
export const ROW_REACH = 15;

const READING_LINE = /^Reading (\d{2}:\d{2}): (.*)$/;

export interface LogProblem {
	field: string;
	message: string;
}

/** The instant a log clock time stands for: on the session's day, or the next day when the session ran past midnight. */
function instantOf(start: SessionStart, time: string): string {
	const startMs = Date.parse(start.startedAt);
	const day = toLocal(startMs, start.timeZone).date;
	let instant = toInstant(day, time, start.timeZone);
	if (instant < startMs - 12 * 3_600_000) instant = toInstant(addDays(day, 1), time, start.timeZone);
	return new Date(instant).toISOString();
}

function parseToken(token: string, takenAt: string): Reading | undefined {
	const number = '(-?\\d+(?:\\.\\d+)?)';
	let match = new RegExp(`^(?:BP )?(\\d+)/(\\d+)$`).exec(token);
	if (match) return { check: 'blood-pressure', takenAt, systolic: Number(match[1]), diastolic: Number(match[2]) };
	if ((match = new RegExp(`^pulse ${number}$`).exec(token))) return { check: 'heart-rate', takenAt, value: Number(match[1]) };
	if ((match = new RegExp(`^SpO₂ ${number}$`).exec(token))) return { check: 'oxygen-saturation', takenAt, value: Number(match[1]) };
	if ((match = new RegExp(`^RR ${number}$`).exec(token))) return { check: 'respiratory-rate', takenAt, value: Number(match[1]) };
	if ((match = new RegExp(`^(sedation|dissociation) (.+): ${number}$`).exec(token))) return { check: match[1] as 'sedation' | 'dissociation', takenAt, scale: match[2]!, score: Number(match[3]) };
	return undefined;
}

/**
 * Reads the readings back from the log's answers. Text that is not a reading (a note typed into
 * the notes column, an event) stays in the answers untouched and is simply not a reading; a cell
 * in a reading's column that cannot be read is reported with its row and column.
 */
export function fromVitalsLog(answers: Answers, start: SessionStart, rowLabels: readonly string[]): { readings: Reading[]; problems: LogProblem[] } {
	const readings: Reading[] = [];
	const problems: LogProblem[] = [];
	const table = (answers[VITALS_LOG.vitals] ?? {}) as TableAnswer;
	for (const [index, row] of Object.entries(table)) {
		const where = `vitals, row "${rowLabels[Number(index)] ?? index}"`;
		const filled = ['bp', 'pulse', 'spo2', 'notes'].some((column) => row[column]?.trim());
		if (!filled) continue;
		if (!/^\d{2}:\d{2}$/.test(row.time ?? '')) {
			problems.push({ field: `${where}, Time`, message: `expected the time the readings were taken (HH:MM), found ${JSON.stringify(row.time ?? '')}` });
			continue;
		}
		const takenAt = instantOf(start, row.time!);
		const cells: [string, string, string][] = [
			['bp', 'Blood pressure', row.bp ?? ''],
			['pulse', 'Pulse', row.pulse ? `pulse ${row.pulse}` : ''],
			['spo2', 'SpO₂', row.spo2 ? `SpO₂ ${row.spo2}` : ''],
		];
		for (const [, title, text] of cells) {
			if (!text.trim()) continue;
			const reading = parseToken(text.trim(), takenAt);
			if (reading) readings.push(reading);
			else problems.push({ field: `${where}, ${title}`, message: `expected a number${title === 'Blood pressure' ? ' pair such as 120/80' : ''}, found ${JSON.stringify(text.replace(/^(pulse|SpO₂) /, ''))}` });
		}
		for (const token of (row.notes ?? '').split(';').map((text) => text.trim())) {
			const reading = token ? parseToken(token, takenAt) : undefined;
			if (reading) readings.push(reading);
		}
	}
	const events = typeof answers[VITALS_LOG.events] === 'string' ? (answers[VITALS_LOG.events] as string) : '';
	for (const line of events.split('\n')) {
		const match = READING_LINE.exec(line);
		if (!match) continue;
		const takenAt = instantOf(start, match[1]!);
		for (const token of match[2]!.split(';').map((text) => text.trim())) {
			const reading = parseToken(token, takenAt);
			if (reading) readings.push(reading);
			else problems.push({ field: 'events', message: `expected a reading such as "BP 120/80" in "${line}", found ${JSON.stringify(token)}` });
		}
	}
	readings.sort((a, b) => a.takenAt.localeCompare(b.takenAt) || a.check.localeCompare(b.check));
	return { readings, problems };
}

/** What the Spravato REMS Patient Monitoring Form asks, gathered from the session to copy across. */
export interface RemsSummary {
	dose: string;
	device?: string | undefined;
	lot?: string | undefined;
	bpBaseline: Reading | null;
	/** The blood pressure nearest 40 minutes after the dose, within the window of the monitoring point at 40 minutes. */
	bpAt40: Reading | null;
	bpEnd: Reading | null;
	minutesMonitored: number;
	readyToLeaveAt: string | null;
}

export function remsSummary(session: DosingSession, record: { startedAt: string; dose: { amount: number; unit: string }; device?: string; lot?: string; readyToLeaveAt?: string; now: Date }, readings: readonly Reading[]): RemsSummary {
	const bp = readings.filter((reading) => reading.check === 'blood-pressure').sort((a, b) => a.takenAt.localeCompare(b.takenAt));
	const after = (reading: Reading) => minutesAfter(record.startedAt, reading.takenAt);
	const fortyIndex = session.monitoring.findIndex((point) => point.at === 40);
	const near40 = bp.filter((reading) => after(reading) >= 0 && (fortyIndex < 0 ? Math.abs(after(reading) - 40) <= 15 : pointIndexFor(session, after(reading)) === fortyIndex));
	near40.sort((a, b) => Math.abs(after(a) - 40) - Math.abs(after(b) - 40));
	const baseline = bp.filter((reading) => after(reading) < 0);
	const postDose = bp.filter((reading) => after(reading) >= 0);
	const end = record.readyToLeaveAt ?? record.now.toISOString();
	return {
		dose: `${record.dose.amount} ${record.dose.unit}`,
		device: record.device,
		lot: record.lot,
		bpBaseline: baseline.at(-1) ?? null,
		bpAt40: near40[0] ?? null,
		bpEnd: postDose.length > 1 || (postDose.length === 1 && postDose[0] !== near40[0]) ? postDose.at(-1)! : null,
		minutesMonitored: Math.max(0, Math.round(minutesAfter(record.startedAt, end))),
		readyToLeaveAt: record.readyToLeaveAt ?? null,
	};
}
