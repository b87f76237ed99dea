import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fitsField, fieldsOf } from '../../../../src/lib/answers.ts';
import { splitFrontmatter } from '../../../../src/lib/frontmatter.ts';
import type { Reading } from '../../../../src/lib/session/readings.ts';
import { fromVitalsLog, remsSummary, toVitalsLog } from '../../../../src/lib/session/vitals-log.ts';
import { dosingProtocolSchema } from '../../../../src/schemas/protocol.ts';
import { worksheetSchema } from '../../../../src/schemas/worksheet.ts';

const root = join(import.meta.dirname, '../../../..');
const frontmatter = (file: string) => parse(splitFrontmatter(readFileSync(join(root, file), 'utf8'))!.frontmatter);
const worksheet = worksheetSchema.parse(frontmatter('integration-worksheets/session-vitals-log.mdx'));
const vitals = fieldsOf(worksheet).get('vitals')!;
if (vitals.type !== 'table' || typeof vitals.rows === 'number') throw new Error('the vitals log has a labelled vitals table');
const rows = vitals.rows;
const esketamine = dosingProtocolSchema.parse(frontmatter('protocols/dosing/intranasal-esketamine.mdx')).session!;

// 09:00 in London on 4 January is 09:00 UTC.
const start = { startedAt: '2027-01-04T09:00:00.000Z', timeZone: 'Europe/London' };
const iso = (minutes: number) => new Date(Date.parse(start.startedAt) + minutes * 60_000).toISOString();
const bp = (minutes: number, systolic: number, diastolic: number): Reading => ({ check: 'blood-pressure', takenAt: iso(minutes), systolic, diastolic });
const spo2 = (minutes: number, value: number): Reading => ({ check: 'oxygen-saturation', takenAt: iso(minutes), value });

const journey: Reading[] = [bp(-10, 128, 82), bp(40, 185, 112), spo2(40, 97), bp(50, 176, 104), { check: 'respiratory-rate', takenAt: iso(40), value: 14 }, { check: 'dissociation', takenAt: iso(60), scale: 'CADSS-6', score: 8 }, bp(131, 134, 86), spo2(131, 98)];

describe('the session vitals log as the record', () => {
	const answers = toVitalsLog(esketamine, start, rows, journey, { 'pre-checks': ['consent-confirmed'], events: 'Nausea at 20 min; settled.' });

	it('writes rows by time, with every answer fitting its field', () => {
		expect(answers.vitals).toEqual({
			'0': { time: '08:50', bp: '128/82' },
			'3': { time: '09:40', bp: '185/112', spo2: '97', notes: 'RR 14' },
			'4': { time: '10:00', notes: 'dissociation CADSS-6: 8' },
			'7': { time: '11:11', bp: '134/86', spo2: '98' },
		});
		// 09:50 is a repeat: the 40- and 60-minute rows hold the rounds nearest them.
		expect(answers.events).toBe('Nausea at 20 min; settled.\nReading 09:50: BP 176/104');
		expect(answers['dose-time']).toBe('09:00');
		expect(answers['pre-checks']).toEqual(['consent-confirmed']);
		for (const [id, value] of Object.entries(answers)) expect(fitsField(fieldsOf(worksheet).get(id)!, value), id).toBe(true);
	});

	it('reads back exactly the readings it wrote', () => {
		expect(fromVitalsLog(answers, start, rows)).toEqual({ readings: [...journey].sort((a, b) => a.takenAt.localeCompare(b.takenAt) || a.check.localeCompare(b.check)), problems: [] });
		expect(toVitalsLog(esketamine, start, rows, fromVitalsLog(answers, start, rows).readings, answers)).toEqual(answers);
	});

	it('writes a round with no free row as a line under events, and reads it back', () => {
		const many = [10, 20, 30, 40, 50, 60, 70, 80, 90].map((minute) => bp(minute, 130, 80));
		const written = toVitalsLog(esketamine, start, rows, many);
		expect(Object.keys(written.vitals as object)).toHaveLength(5);
		expect(String(written.events).split('\n')).toEqual(['Reading 09:20: BP 130/80', 'Reading 09:50: BP 130/80', 'Reading 10:10: BP 130/80', 'Reading 10:20: BP 130/80']);
		expect(fromVitalsLog(written, start, rows).readings).toEqual(many);
	});

	it('keeps words typed into a notes cell, and reports a cell it cannot read', () => {
		const typed = { ...answers, vitals: { ...(answers.vitals as object), '3': { time: '09:40', bp: '185/112', spo2: '97', notes: 'RR 14; anxious, reassured' } } };
		expect((toVitalsLog(esketamine, start, rows, journey, typed).vitals as Record<string, Record<string, string>>)['3']!.notes).toBe('RR 14; anxious, reassured');
		const broken = { vitals: { '1': { time: '09:15', bp: '185 over 112' } } };
		expect(fromVitalsLog(broken, start, rows).problems).toEqual([{ field: 'vitals, row "+15 min", Blood pressure', message: 'expected a number pair such as 120/80, found "185 over 112"' }]);
	});
});

describe('the REMS summary', () => {
	it('gathers dose, device and lot, BP at baseline, about 40 minutes and the end, minutes monitored and time ready to leave', () => {
		const summary = remsSummary(esketamine, { startedAt: start.startedAt, dose: { amount: 56, unit: 'mg' }, device: '2 devices', lot: 'AB123', readyToLeaveAt: iso(135), now: new Date(iso(140)) }, journey);
		expect(summary).toEqual({ dose: '56 mg', device: '2 devices', lot: 'AB123', bpBaseline: bp(-10, 128, 82), bpAt40: bp(40, 185, 112), bpEnd: bp(131, 134, 86), minutesMonitored: 135, readyToLeaveAt: iso(135) });
	});

	it('leaves out what was not recorded', () => {
		const summary = remsSummary(esketamine, { startedAt: start.startedAt, dose: { amount: 84, unit: 'mg' }, now: new Date(iso(30)) }, [bp(-5, 120, 80)]);
		expect(summary).toMatchObject({ bpAt40: null, bpEnd: null, minutesMonitored: 30, readyToLeaveAt: null });
	});
});
