import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../../src/lib/frontmatter.ts';
import { DUE_EARLY, DUE_LATE, sessionClock } from '../../../../src/lib/session/clock.ts';
import { checkReading, scalesFor, type Reading, type ReadingInput } from '../../../../src/lib/session/readings.ts';
import { evaluateReading, untypedThresholds } from '../../../../src/lib/session/thresholds.ts';
import { dosingProtocolSchema } from '../../../../src/schemas/protocol.ts';
import type { DosingSession } from '../../../../src/schemas/dose.ts';

const root = join(import.meta.dirname, '../../../..');
const sessions = (dir: string) =>
	readdirSync(join(root, dir))
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => ({ name: `${dir}/${file}`, protocol: dosingProtocolSchema.parse(parse(splitFrontmatter(readFileSync(join(root, dir, file), 'utf8'))!.frontmatter)) }))
		.filter((entry) => entry.protocol.session)
		.map((entry) => ({ name: entry.name, session: entry.protocol.session! }));
const all = [...sessions('protocols/dosing'), ...sessions('tests/build/fixture/protocols/dosing')];
const shipped = (name: string) => all.find((entry) => entry.name === `protocols/dosing/${name}.mdx`)!.session;

const START = '2027-01-04T09:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(START) + minutes * 60_000);
const iso = (minutes: number) => at(minutes).toISOString();
const bp = (minutes: number, systolic: number, diastolic: number): Reading => ({ check: 'blood-pressure', takenAt: iso(minutes), systolic, diastolic });
const check = (session: DosingSession, input: ReadingInput) => checkReading(input, (kind) => scalesFor(session, kind));

it('finds every shipped route protocol and both fixture ones', () => {
	expect(all.map((entry) => entry.name).sort()).toEqual([
		'protocols/dosing/im-ketamine.mdx',
		'protocols/dosing/intranasal-esketamine.mdx',
		'protocols/dosing/iv-racemic-infusion.mdx',
		'protocols/dosing/sublingual-lozenge.mdx',
		'tests/build/fixture/protocols/dosing/intranasal-esketamine.mdx',
		'tests/build/fixture/protocols/dosing/iv-racemic-infusion.mdx',
	]);
});

describe('every session block as a clock', () => {
	for (const { name, session } of all) {
		it(`${name}: each point is due at its minute, overdue after the window, done once recorded`, () => {
			for (const point of session.monitoring) {
				const before = sessionClock(session, START, at(point.at - DUE_EARLY - 1), []);
				expect(before.points.find((p) => p.at === point.at)!.status).toBe('upcoming');
				const due = sessionClock(session, START, at(point.at), []);
				const dueNow = due.points.find((p) => p.at === point.at)!;
				expect(dueNow.status).toBe('due');
				expect(due.dueNow.map((p) => p.at)).toContain(point.at);
				expect(dueNow.time).toBe(iso(point.at));
				const late = sessionClock(session, START, at(point.at + DUE_LATE + 1), []).points.find((p) => p.at === point.at)!;
				const next = session.monitoring[session.monitoring.indexOf(point) + 1];
				const expected = late.measured.length === 0 ? 'done' : next && point.at + DUE_LATE + 1 >= next.at - DUE_EARLY ? 'missed' : 'overdue';
				expect(late.status).toBe(expected);
				const readings: Reading[] = dueNow.measured.map((kind) =>
					kind === 'blood-pressure' ? bp(point.at, 120, 80) : kind === 'dissociation' || kind === 'sedation' ? { check: kind, takenAt: iso(point.at), scale: 'CADSS-6', score: 3 } : { check: kind as 'heart-rate', takenAt: iso(point.at), value: 80 },
				);
				const recorded = sessionClock(session, START, at(point.at + DUE_LATE + 1), readings).points.find((p) => p.at === point.at)!;
				expect(recorded.status).toBe('done');
				expect(recorded.missing).toEqual([]);
			}
		});

		it(`${name}: the observation counts down from the end of administration`, () => {
			const end = session.administrationMinutes + session.observationMinutes;
			const clock = sessionClock(session, START, at(end - 30), []);
			expect(clock.observation.startsAt).toBe(iso(session.administrationMinutes));
			expect(clock.observation.endsAt).toBe(iso(end));
			expect(clock.observation.remainingMinutes).toBe(30);
			expect(clock.observation.complete).toBe(false);
			expect(sessionClock(session, START, at(end), []).observation.complete).toBe(true);
		});

		it(`${name}: a pre-dose reading above 140/90 crosses the label's threshold; 140/90 itself does not`, () => {
			const crossing = evaluateReading(session, START, bp(-5, 150, 85));
			expect(crossing.map((c) => [c.measure, c.action, c.verified, c.references])).toEqual([['Blood pressure before dosing', 'consider-delay', true, ['spravato-label']]]);
			expect(crossing[0]!.crossed).toEqual(['systolic 150 above 140']);
			expect(evaluateReading(session, START, bp(-5, 140, 90))).toEqual([]);
		});
	}
});

describe('the esketamine journey', () => {
	const session = shipped('intranasal-esketamine');

	it('at 40 minutes the BP check is due; 185/112 shows the practice-specific action and the label as source', () => {
		const clock = sessionClock(session, START, at(40), [bp(-10, 128, 82)]);
		expect(clock.baseline.missing).toEqual([]);
		expect(clock.dueNow.map((p) => [p.at, p.missing])).toEqual([[40, ['blood-pressure', 'oxygen-saturation']]]);
		// The next point is the protocol's own (the discharge check two hours after the last device).
		expect(clock.next?.at).toBe(session.monitoring.find((point) => point.at > 40)!.at);
		expect(clock.next?.at).toBeGreaterThan(40);
		const reading = check(session, { check: 'blood-pressure', takenAt: iso(40), systolic: '185', diastolic: '112' });
		expect(reading.ok).toBe(true);
		const crossings = evaluateReading(session, START, (reading as { reading: Reading }).reading);
		expect(crossings).toHaveLength(1);
		expect(crossings[0]).toMatchObject({ measure: 'Blood pressure after dosing', action: 'escalate', verified: false, references: ['spravato-label'], crossed: ['systolic 185 above 140', 'diastolic 112 above 90'] });
		expect(crossings[0]!.note).toContain('this manual\'s convention, not the label\'s');
	});

	it('a reload gives the same clock from the same stored start and readings', () => {
		const readings = [bp(-10, 128, 82), bp(40, 185, 112)];
		expect(sessionClock(session, START, at(55), readings)).toEqual(sessionClock(session, START, at(55), [...readings]));
		const clock = sessionClock(session, START, at(55), readings);
		expect(clock.points[0]!.missing).toEqual(['oxygen-saturation']);
		expect(clock.overdue.map((p) => p.at)).toEqual([40]);
	});
});

describe('thresholds the live view cannot check', () => {
	for (const name of ['im-ketamine', 'iv-racemic-infusion', 'sublingual-lozenge']) {
		it(`${name}: the symptom-based threshold during the session stays words only`, () => {
			expect(untypedThresholds(shipped(name)).map((t) => t.measure)).toEqual(['Blood pressure during the session']);
			expect(evaluateReading(shipped(name), START, bp(40, 200, 120))).toEqual([]);
		});
	}
});

describe('plausibility', () => {
	const session = shipped('iv-racemic-infusion');
	const refused = (input: ReadingInput) => {
		const result = check(session, input);
		if (result.ok) throw new Error('expected a refusal');
		return [result.field, result.message];
	};

	it('refuses impossible values, naming the field', () => {
		expect(refused({ check: 'blood-pressure', takenAt: iso(0), systolic: 300, diastolic: 20 })).toEqual(['systolic', 'Systolic: 300 mmHg is not a possible reading (expected 50–280 mmHg); check the number']);
		expect(refused({ check: 'blood-pressure', takenAt: iso(0), systolic: 120, diastolic: 10 })[0]).toBe('diastolic');
		expect(refused({ check: 'blood-pressure', takenAt: iso(0), systolic: 90, diastolic: 95 })).toEqual(['diastolic', 'Diastolic: 95 is not below the systolic 90; check the order of the two numbers']);
		expect(refused({ check: 'oxygen-saturation', takenAt: iso(0), value: 140 })).toEqual(['value', 'SpO₂: 140 % is not a possible reading (expected 50–100 %); check the number']);
		expect(refused({ check: 'heart-rate', takenAt: iso(0), value: -4 })[0]).toBe('value');
		expect(refused({ check: 'respiratory-rate', takenAt: iso(0), value: 'twelve' })).toEqual(['value', 'Respiratory rate: expected a number, found "twelve"']);
		expect(refused({ check: 'heart-rate', takenAt: 'soon', value: 80 })[0]).toBe('takenAt');
		expect(refused({ check: 'dissociation', takenAt: iso(0), scale: 'CADSS-6', score: 30 })[0]).toBe('score');
		expect(refused({ check: 'sedation', takenAt: iso(0), scale: 'RASS', score: -1 })).toEqual(['scale', 'Sedation: expected a scale this protocol names (it names none: note it in the log instead), found "RASS"']);
	});

	it('accepts possible values typed as text', () => {
		expect(check(session, { check: 'blood-pressure', takenAt: iso(15), systolic: ' 132 ', diastolic: '84' })).toEqual({ ok: true, reading: bp(15, 132, 84) });
		expect(check(session, { check: 'dissociation', takenAt: iso(40), scale: 'CADSS', score: '12' })).toEqual({ ok: true, reading: { check: 'dissociation', takenAt: iso(40), scale: 'CADSS', score: 12 } });
	});
});
