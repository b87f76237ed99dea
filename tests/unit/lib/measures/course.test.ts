import { describe, expect, it } from 'vitest';
import { administrationsCsv, checkEntry, courseRows, parseItems, trendGeometry, type KeptAdministration } from '../../../../src/lib/measures/course.ts';
import { instruments } from '../../../../src/lib/measures/index.ts';
import { gad7 } from '../../../../src/lib/measures/gad7.ts';
import { pcl5 } from '../../../../src/lib/measures/pcl5.ts';
import { phq9 } from '../../../../src/lib/measures/phq9.ts';
import { measuresRecordKind } from '../../../../src/lib/measures/record.ts';
import { toolFieldMisfit } from '../../../../src/lib/store/tool-kinds.ts';

const TODAY = '2026-11-28';
const phq = (id: string, date: string, answers: (number | null)[]): KeptAdministration => ({ id, instrument: 'phq-9', date, answers, entered: 'clinician' });
const totalling = (total: number) => Array.from({ length: 9 }, (_, index) => Math.max(0, Math.min(3, total - index * 3)));

describe('checking an entry', () => {
	it('keeps what was typed and names each item out of range', () => {
		const result = checkEntry(phq9, { date: TODAY, items: ['1', '4', 'x', '', '3', '0', '0', '0', '0'] }, [], TODAY);
		expect(result.items).toEqual({ 2: expect.stringMatching(/^Item 2: type a whole number from 0 to 3; “4”/), 3: expect.stringMatching(/^Item 3: .*“x”/) });
		expect(result.answers).toEqual([1, null, null, null, 3, 0, 0, 0, 0]);
		expect(parseItems(pcl5, ['4']).problems).toEqual({});
		expect(parseItems(gad7, ['-1']).problems[1]).toMatch(/^Item 1:/);
	});

	it('refuses a date in the future, an impossible date, and a second administration of one instrument on one day', () => {
		const items = Array<string>(9).fill('0');
		expect(checkEntry(phq9, { date: '2026-11-29', items }, [], TODAY).date).toMatch(/in the future/);
		expect(checkEntry(phq9, { date: '2026-02-30', items }, [], TODAY).date).toMatch(/Give the date/);
		expect(checkEntry(phq9, { date: '', items }, [], TODAY).date).toMatch(/Give the date/);
		const kept = [phq('a', TODAY, Array(9).fill(0))];
		expect(checkEntry(phq9, { date: TODAY, items }, kept, TODAY).date).toMatch(/already kept/);
		expect(checkEntry(gad7, { date: TODAY, items: Array<string>(7).fill('0') }, kept, TODAY).date).toBeUndefined();
		expect(checkEntry(phq9, { date: TODAY, items }, [], TODAY).date).toBeUndefined();
	});
});

describe('a course of administrations', () => {
	it('takes the first complete administration as baseline and gives response and remission after it', () => {
		const rows = courseRows(phq9, [phq('c', '2026-10-15', totalling(10)), phq('a', '2026-10-01', [1, null, 1, 1, 1, 1, 1, 1, 1]), phq('b', '2026-10-08', totalling(20)), phq('d', '2026-10-22', totalling(4))]);
		expect(rows.map((row) => row.administration.id)).toEqual(['a', 'b', 'c', 'd']);
		expect(rows.map((row) => row.baseline)).toEqual([false, true, false, false]);
		expect(rows[0]!.change).toBeNull();
		expect(rows[2]!.change).toMatchObject({ change: -10, response: true, remission: false });
		expect(rows[3]!.change).toMatchObject({ change: -16, response: true, remission: true });
	});
});

describe('the record kind', () => {
	it('accepts a well-formed administration and a client label, and refuses what does not fit', () => {
		const administration = { instrument: 'phq-9', date: TODAY, answers: Array(9).fill(1), entered: 'clinician' };
		expect(toolFieldMisfit(measuresRecordKind, 'administration:1', JSON.stringify(administration))).toBeUndefined();
		expect(toolFieldMisfit(measuresRecordKind, 'client', JSON.stringify('J. D.'))).toBeUndefined();
		expect(toolFieldMisfit(measuresRecordKind, 'administration:1', JSON.stringify({ ...administration, answers: [...Array(8).fill(1), 4] }))).toMatch(/Item 9: expected a whole number from 0 to 3/);
		expect(toolFieldMisfit(measuresRecordKind, 'administration:1', JSON.stringify({ ...administration, answers: Array(7).fill(1) }))).toMatch(/PHQ-9 has 9 items/);
		expect(toolFieldMisfit(measuresRecordKind, 'administration:1', JSON.stringify({ ...administration, instrument: 'bdi' }))).toMatch(/not possible/);
		expect(toolFieldMisfit(measuresRecordKind, 'client', JSON.stringify('x'.repeat(41)))).toMatch(/not possible/);
	});
});

describe('CSV', () => {
	it('writes one row per administration in date order with items, total, band and the safety item', () => {
		const csv = administrationsCsv('J. D.', [phq('b', '2026-10-08', [0, 0, 0, 0, 0, 0, 0, 0, 1]), phq('a', '2026-10-01', totalling(20)), { id: 'g', instrument: 'gad-7', date: '2026-10-01', answers: [1, null, 1, 1, 1, 1, 1], entered: 'client' }], instruments);
		const lines = csv.trimEnd().split('\r\n');
		expect(lines[0]).toBe(`client,date,instrument,${Array.from({ length: 20 }, (_, index) => `item_${index + 1}`).join(',')},total,band,safety_item_above_0,entered_by`);
		expect(lines[1]).toBe(`J. D.,2026-10-01,GAD-7,1,,1,1,1,1,1${','.repeat(13)},,,,client`);
		expect(lines[2]).toBe(`J. D.,2026-10-01,PHQ-9,3,3,3,3,3,3,2,0,0${','.repeat(11)},20,Severe,no,clinician`);
		expect(lines[3]).toBe(`J. D.,2026-10-08,PHQ-9,0,0,0,0,0,0,0,0,1${','.repeat(11)},1,Minimal,yes,clinician`);
	});

	it('quotes commas and quotes, and defuses text a spreadsheet would run as a formula', () => {
		const csv = administrationsCsv('=HYPERLINK("x"), "A"', [phq('a', TODAY, totalling(3))], instruments);
		expect(csv.split('\r\n')[1]!.startsWith(`"'=HYPERLINK(""x""), ""A""",`)).toBe(true);
	});
});

describe('the trend geometry', () => {
	const size = { width: 600, height: 300, left: 40, right: 10, top: 10, bottom: 30 };

	it('places totals by date and value, with baseline, response and remission lines', () => {
		const rows = courseRows(phq9, [phq('a', '2026-10-01', totalling(20)), phq('b', '2026-10-11', totalling(10)), phq('c', '2026-10-21', [0, 0, 0, 0, 0, 0, 0, 0, 1])]);
		const chart = trendGeometry(phq9, rows, size);
		expect(chart.points.map((point) => [point.x, point.y, point.safety])).toEqual([
			[40, 10 + 260 * (1 - 20 / 27), false],
			[315, 10 + 260 * (1 - 10 / 27), false],
			[590, 10 + 260 * (1 - 1 / 27), true],
		]);
		expect(chart.lines.map((line) => line.label)).toEqual(['Baseline 20', 'Response ≤ 10', 'Remission < 5']);
		expect(chart.bands.map((band) => band.label)).toEqual(['Minimal', 'Mild', 'Moderate', 'Moderately severe', 'Severe']);
		const heights = chart.bands.reduce((sum, band) => sum + band.height, 0);
		expect(heights).toBeCloseTo(260);
	});

	it('marks each dose with a line on the same time axis, and widens the axis to a dose after the last score', () => {
		const rows = courseRows(phq9, [phq('a', '2026-10-01', totalling(20)), phq('b', '2026-10-11', totalling(10))]);
		const chart = trendGeometry(phq9, rows, size, [
			{ date: '2026-10-03', number: 1 },
			{ date: '2026-10-21' },
		]);
		// 1 Oct to 21 Oct is the axis: 550 units over 20 days from x = 40.
		expect(chart.points.map((point) => point.x)).toEqual([40, 315]);
		expect(chart.markers).toEqual([
			{ x: 40 + 550 * (2 / 20), date: '2026-10-03', label: 'D1' },
			{ x: 590, date: '2026-10-21', label: 'D' },
		]);
		expect(trendGeometry(phq9, rows, size).markers).toEqual([]);
	});

	it('draws no bands and no remission line for the PCL-5', () => {
		const rows = courseRows(pcl5, [{ id: 'a', instrument: 'pcl-5', date: TODAY, answers: Array(20).fill(2), entered: 'clinician' }]);
		const chart = trendGeometry(pcl5, rows, size);
		expect(chart.bands).toEqual([]);
		expect(chart.lines.map((line) => line.kind)).toEqual(['baseline', 'response']);
		expect(chart.points[0]!.x).toBe(315);
	});
});
