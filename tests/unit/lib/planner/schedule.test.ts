import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, toInstant, weekdayOf, type Weekday } from '../../../../src/lib/planner/calendar.ts';
import { planCourse, planChanges, type Plan, type PlanRequest, type PracticeHours, type PlannedSession } from '../../../../src/lib/planner/schedule.ts';
import { courseSchema, type Course } from '../../../../src/schemas/course.ts';

const root = join(import.meta.dirname, '../../../..');
const templates = (dir: string) =>
	readdirSync(join(root, dir))
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => ({ name: `${dir}/${file}`, course: courseSchema.parse(parse(readFileSync(join(root, dir, file), 'utf8'))) }));
const allTemplates = [...templates('protocols/courses'), ...templates('tests/build/fixture/protocols/courses')];
const shipped = (name: string) => allTemplates.find((template) => template.name === `protocols/courses/${name}.yaml`)!.course;

const weekdaysOnly: PracticeHours = {
	timeZone: 'Europe/London',
	dosing: { weekdays: [1, 2, 3, 4, 5], time: '09:00' },
	integration: { weekdays: [1, 2, 3, 4, 5], times: ['10:00', '14:00'] },
	closed: [],
};

function plan(request: Partial<PlanRequest> & { course: Course }): Plan {
	const result = planCourse({ firstDose: { date: '2027-01-04', time: '09:00' }, practice: weekdaysOnly, today: '2026-12-01', ...request });
	if (!result.ok) throw new Error(result.problem);
	return result.plan;
}
const doses = (p: Plan) => p.sessions.filter((session) => session.kind === 'dosing');
const HOUR = 3_600_000;

describe('the esketamine template gives the label schedule', () => {
	const course = shipped('esketamine-induction');
	// Monday 4 January 2027; every weekday open.
	const p = plan({ course });
	const day = (session: PlannedSession) => daysBetween('2027-01-04', session.date!);

	it('twice weekly in weeks 1–4 (eight doses)', () => {
		const induction = doses(p).slice(0, 8);
		expect(induction.every((dose) => dose.stage.name === 'acute')).toBe(true);
		for (let week = 0; week < 4; week++) expect(induction.filter((dose) => Math.floor(day(dose) / 7) === week)).toHaveLength(2);
	});

	it('weekly in weeks 5–8, then every two weeks', () => {
		const weekly = doses(p).slice(8, 12);
		expect(weekly.map((dose) => Math.floor(day(dose) / 7))).toEqual([4, 5, 6, 7]);
		const fortnightly = doses(p).slice(12);
		expect(fortnightly.length).toBeGreaterThan(3);
		fortnightly.forEach((dose, index) => expect(daysBetween((index ? fortnightly[index - 1]! : weekly.at(-1)!).date!, dose.date!)).toBe(14));
		expect(p.openEnded).toBe(true);
		expect(p.handover.date).toBeNull();
	});

	it('marks the review at the end of induction', () => {
		const review = p.sessions.find((session) => session.kind === 'review');
		expect(review?.number).toBe(8);
		expect(review?.date).toBe(doses(p)[7]!.date);
	});
});

describe('every template, with the practice closed some days', () => {
	const practice: PracticeHours = {
		timeZone: 'America/New_York',
		dosing: { weekdays: [1, 3, 5], time: '09:30' },
		integration: { weekdays: [2, 4], times: ['13:00'] },
		closed: [{ from: '2027-01-18', to: '2027-01-22' }, { from: '2027-02-15', to: '2027-02-15' }],
	};
	for (const { name, course } of allTemplates) {
		it(`${name}: sessions on open days, integration in its window or flagged, taper never shorter`, () => {
			const p = plan({ course, practice });
			for (const session of p.sessions.filter((s) => s.kind !== 'review')) {
				if (!session.date) continue;
				expect(practice.closed.some((range) => range.from <= session.date! && session.date! <= range.to), `${session.id} on ${session.date}`).toBe(false);
			}
			for (const session of p.sessions.filter((s) => s.kind === 'integration')) {
				if (session.flags.some((flag) => flag.kind === 'no-slot')) {
					expect(session.date).toBeNull();
					continue;
				}
				const dose = p.sessions.find((s) => s.id === `dose-${session.number}`)!;
				const gap = (toInstant(session.date!, session.time!, practice.timeZone) - toInstant(dose.date!, dose.time!, practice.timeZone)) / HOUR;
				expect(gap).toBeGreaterThanOrEqual(course.integration.window.startHours);
				expect(gap).toBeLessThanOrEqual(course.integration.window.endHours);
			}
			const nominal = doses(p).map((dose) => (dose.stage.name === 'taper' ? course.taper[dose.stage.step - 1]!.intervalDays : 0));
			nominal.forEach((interval, index) => index && expect(interval).toBeGreaterThanOrEqual(nominal[index - 1]!));
			doses(p).forEach((dose, index) => {
				if (!index) return;
				const spacing = dose.stage.name === 'taper' ? course.taper[dose.stage.step - 1]!.intervalDays : course.acute.daysBetween[(index - 1) % course.acute.daysBetween.length]!;
				expect(daysBetween(doses(p)[index - 1]!.date!, dose.date!)).toBeGreaterThanOrEqual(spacing);
			});
		});
	}
});

describe('real life: done, missed and moved sessions', () => {
	const course = shipped('iv-acute-series');

	it('recomputes everything after a moved dose from its actual date, and says what changed', () => {
		const before = plan({ course });
		const moved = plan({ course, events: [{ session: 'dose-2', status: 'moved', date: '2027-01-07', time: '11:00' }] });
		expect(before.sessions.find((s) => s.id === 'dose-2')!.date).toBe('2027-01-06');
		expect(moved.sessions.find((s) => s.id === 'dose-3')!.date).toBe('2027-01-11'); // 7 Jan + 2 days = Saturday → Monday
		const integration = moved.sessions.find((s) => s.id === 'integration-2')!;
		expect(integration.window?.from).toEqual({ date: '2027-01-08', time: '11:00' });
		expect(integration.date).toBe('2027-01-08');
		expect(integration.time).toBe('14:00'); // the first allowed time after 11:00 the next day
		const changes = planChanges(before.sessions, moved.sessions);
		expect(changes.map((change) => change.id)).toContain('dose-2');
		expect(changes.map((change) => change.id)).toContain('dose-3');
		expect(changes.find((change) => change.id === 'dose-1')).toBeUndefined();
	});

	it('reschedules a missed dose to the next open day and keeps when it was missed', () => {
		const p = plan({ course, events: [{ session: 'dose-1', status: 'done', date: '2027-01-04', time: '09:00' }, { session: 'dose-2', status: 'missed', date: '2027-01-06' }] });
		const dose2 = p.sessions.find((s) => s.id === 'dose-2')!;
		expect(dose2).toMatchObject({ date: '2027-01-07', status: 'rescheduled', missed: ['2027-01-06'] });
		expect(p.sessions.find((s) => s.id === 'dose-1')!.status).toBe('done');
	});

	it('flags an integration session with no allowed slot inside its window, and never moves it outside', () => {
		const practice = { ...weekdaysOnly, integration: { weekdays: [6] as Weekday[], times: ['10:00'] } };
		const p = plan({ course, practice });
		// Dose 1 on Monday: its 24–72 h window ends Thursday; no Saturday inside it.
		const first = p.sessions.find((s) => s.id === 'integration-1')!;
		expect(first.date).toBeNull();
		expect(first.flags).toContainEqual({ kind: 'no-slot' });
	});

	it('marks an integration session recorded outside its window', () => {
		const p = plan({ course, events: [{ session: 'integration-1', status: 'done', date: '2027-01-11', time: '10:00' }] });
		expect(p.sessions.find((s) => s.id === 'integration-1')!.flags).toContainEqual({ kind: 'outside-window' });
	});

	it('moves the hand-over off a closed date, never earlier than its days after the last dose', () => {
		const open = plan({ course });
		const closedOnHandover = plan({ course, practice: { ...weekdaysOnly, closed: [{ from: open.handover.date!, to: addDays(open.handover.date!, 2) }] } });
		expect(closedOnHandover.handover.date).toBe(addDays(open.handover.date!, 3));
		expect(daysBetween(doses(closedOnHandover).at(-1)!.date!, closedOnHandover.handover.date!)).toBeGreaterThanOrEqual(course.handover.daysAfterLastSession);
	});

	it('allows a first dose in the past, marked, and flags past sessions not yet recorded', () => {
		const p = plan({ course, today: '2027-01-10' });
		expect(p.firstDoseInPast).toBe(true);
		expect(p.sessions.find((s) => s.id === 'dose-1')!.flags).toContainEqual({ kind: 'unrecorded' });
		expect(p.sessions.find((s) => s.id === 'dose-5')!.flags).not.toContainEqual({ kind: 'unrecorded' });
	});
});

describe('bad input is a clear problem, never a throw', () => {
	const course = shipped('iv-acute-series');
	const attempt = (practice: PracticeHours, firstDose = { date: '2027-01-04', time: '09:00' }) => planCourse({ course, practice, firstDose, today: '2026-12-01' });

	it('refuses a practice with no dosing weekday', () => {
		const result = attempt({ ...weekdaysOnly, dosing: { weekdays: [], time: '09:00' } });
		expect(result).toEqual({ ok: false, problem: expect.stringMatching(/at least one weekday for dosing/) });
	});

	it('refuses a course that cannot be scheduled because every day is closed', () => {
		const result = attempt({ ...weekdaysOnly, closed: [{ from: '2027-01-01', to: '2029-12-31' }] });
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problem).toMatch(/No dosing day is open/);
	});

	it('refuses impossible dates, times and zones', () => {
		expect(attempt(weekdaysOnly, { date: '2027-02-30', time: '09:00' }).ok).toBe(false);
		expect(attempt(weekdaysOnly, { date: '2027-01-04', time: '25:00' }).ok).toBe(false);
		expect(attempt({ ...weekdaysOnly, timeZone: 'Mars/Olympus' }).ok).toBe(false);
	});
});

describe('daylight-saving weeks', () => {
	const course = shipped('iv-acute-series');
	for (const [timeZone, firstDate] of [['Europe/London', '2027-03-24'], ['America/New_York', '2027-11-03']] as const) {
		it(`${timeZone}: dosing stays at 09:00 local and integration windows are real hours`, () => {
			const practice = { ...weekdaysOnly, timeZone };
			const p = plan({ course, practice, firstDose: { date: firstDate, time: '09:00' } });
			expect(doses(p).slice(1).every((dose) => dose.time === '09:00')).toBe(true);
			for (const session of p.sessions.filter((s) => s.kind === 'integration' && s.date)) {
				const dose = p.sessions.find((s) => s.id === `dose-${session.number}`)!;
				const hours = (toInstant(session.date!, session.time!, timeZone) - toInstant(dose.date!, dose.time!, timeZone)) / HOUR;
				expect(hours).toBeGreaterThanOrEqual(24);
				expect(hours).toBeLessThanOrEqual(72);
			}
			// Some window spans the change: 72 h after a 09:00 dose is then 10:00 or 08:00 local.
			const spanning = p.sessions.filter((s) => s.kind === 'integration').flatMap((s) => [s.window!.from.time, s.window!.to.time]);
			expect(spanning.some((time) => time !== '09:00')).toBe(true);
		});
	}
});

describe('properties over random templates, dates and closures', () => {
	const weekdaySet = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }).map((days) => days as Weekday[]);
	const template = fc
		.record({
			sessions: fc.integer({ min: 1, max: 10 }),
			daysBetween: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 3 }),
			afterEvery: fc.integer({ min: 1, max: 3 }),
			startHours: fc.integer({ min: 0, max: 48 }),
			length: fc.integer({ min: 12, max: 96 }),
			taper: fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 1, maxLength: 3 }),
			taperSessions: fc.integer({ min: 1, max: 4 }),
		})
		.map(({ sessions, daysBetween: gaps, afterEvery, startHours, length, taper, taperSessions }) => {
			const widest = Math.max(...gaps);
			let interval = widest;
			return courseSchema.parse({
				title: 'Random course',
				summary: 'A generated course template for property tests.',
				protocol: 'dosing/iv-racemic-infusion',
				acute: { sessions, daysBetween: gaps },
				integration: { afterEvery, window: { startHours, endHours: startHours + length } },
				taper: taper.map((extra) => ({ intervalDays: (interval += extra), sessions: taperSessions })),
				handover: { daysAfterLastSession: 14, to: 'standard care' },
				references: ['murrough-2013'],
			});
		});
	const closures = fc.array(fc.record({ start: fc.integer({ min: 0, max: 120 }), length: fc.integer({ min: 0, max: 10 }) }), { maxLength: 4 });

	it('no session on a closed day; spacing kept; integration inside its window or flagged', () => {
		fc.assert(
			fc.property(template, weekdaySet, weekdaySet, fc.integer({ min: 0, max: 365 }), closures, (course, dosingDays, integrationDays, startOffset, closed) => {
				const firstDate = addDays('2026-06-01', startOffset);
				const practice: PracticeHours = {
					timeZone: 'Europe/London',
					dosing: { weekdays: dosingDays, time: '09:00' },
					integration: { weekdays: integrationDays, times: ['08:00', '15:30'] },
					closed: closed.map(({ start, length }) => ({ from: addDays(firstDate, start), to: addDays(firstDate, start + length) })),
				};
				const result = planCourse({ course, practice, firstDose: { date: firstDate, time: '09:00' }, today: '2026-01-01' });
				expect(result.ok).toBe(true);
				if (!result.ok) return;
				const isClosed = (date: string) => practice.closed.some((range) => range.from <= date && date <= range.to);
				const given = result.plan.sessions.filter((s) => s.kind === 'dosing');
				expect(given).toHaveLength(course.acute.sessions + course.taper.reduce((sum, step) => sum + (step.sessions ?? 0), 0));
				given.forEach((dose, index) => {
					expect(isClosed(dose.date!)).toBe(false);
					if (index) expect(dosingDays).toContain(weekdayOf(dose.date!));
					if (index) expect(daysBetween(given[index - 1]!.date!, dose.date!)).toBeGreaterThanOrEqual(1);
				});
				for (const session of result.plan.sessions.filter((s) => s.kind === 'integration')) {
					expect(session.number % course.integration.afterEvery).toBe(0);
					if (!session.date) {
						expect(session.flags).toContainEqual({ kind: 'no-slot' });
						continue;
					}
					expect(isClosed(session.date)).toBe(false);
					expect(integrationDays).toContain(weekdayOf(session.date));
					const dose = given.find((d) => d.number === session.number)!;
					const hours = (toInstant(session.date, session.time!, 'Europe/London') - toInstant(dose.date!, dose.time!, 'Europe/London')) / HOUR;
					expect(hours).toBeGreaterThanOrEqual(course.integration.window.startHours);
					expect(hours).toBeLessThanOrEqual(course.integration.window.endHours);
				}
			}),
			{ numRuns: 150 },
		);
	});

	it('recording the plan as done changes nothing; moving a dose later never moves later doses earlier', () => {
		fc.assert(
			fc.property(template, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 6 }), (course, which, delay) => {
				const base = plan({ course });
				const asDone = plan({ course, events: doses(base).map((dose) => ({ session: dose.id, status: 'done' as const, date: dose.date!, time: dose.time! })) });
				expect(doses(asDone).map((dose) => dose.date)).toEqual(doses(base).map((dose) => dose.date));
				const target = doses(base)[Math.min(which, doses(base).length) - 1]!;
				const moved = plan({ course, events: [{ session: target.id, status: 'moved', date: addDays(target.date!, delay), time: '09:00' }] });
				doses(base).forEach((dose, index) => expect(doses(moved)[index]!.date! >= dose.date!).toBe(true));
			}),
			{ numRuns: 100 },
		);
	});
});
