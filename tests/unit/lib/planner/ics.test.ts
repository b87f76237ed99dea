import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { exportSequence, planCalendar, sessionUid, type CalendarExport } from '../../../../src/lib/planner/ics.ts';
import { planCourse, type Plan, type PracticeHours, type SessionEvent } from '../../../../src/lib/planner/schedule.ts';
import { courseSchema } from '../../../../src/schemas/course.ts';

const root = join(import.meta.dirname, '../../../..');
const course = courseSchema.parse(parse(readFileSync(join(root, 'protocols/courses/iv-acute-series.yaml'), 'utf8')));
const practice = (timeZone: string): PracticeHours => ({
	timeZone,
	dosing: { weekdays: [1, 2, 3, 4, 5], time: '09:00' },
	integration: { weekdays: [1, 2, 3, 4, 5], times: ['10:00', '14:00'] },
	closed: [],
});

function planFor(timeZone: string, firstDate: string, events: SessionEvent[] = []): Plan {
	const result = planCourse({ course, practice: practice(timeZone), firstDose: { date: firstDate, time: '09:00' }, today: '2026-01-01', events });
	if (!result.ok) throw new Error(result.problem);
	return result.plan;
}

const exportOf = (plan: Plan, timeZone: string, extra: Partial<CalendarExport> = {}) =>
	planCalendar({
		plan,
		planId: '6f1c2f4e-1111-4222-8333-444455556666',
		timeZone,
		vtimezone: getVtimezoneComponent(timeZone)!,
		practiceName: 'Harbour Street Clinic',
		courseTitle: course.title,
		protocols: { dosing: 'IV racemic ketamine infusion', integration: 'Integration sessions' },
		minutes: { dosing: 120, integration: 60 },
		sequence: 7,
		...extra,
	});

/** Reads the file back with ical.js, an independent parser, as a calendar app would. */
function events(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	return calendar.getAllSubcomponents('vevent').map((component) => {
		const event = new ICAL.Event(component);
		const start = event.startDate;
		return { uid: event.uid, summary: event.summary, tzid: component.getFirstProperty('dtstart')!.getParameter('tzid'), local: start.toString(), utc: start.toJSDate().toISOString(), allDay: start.isDate, location: event.location };
	});
}

const originalZone = process.env.TZ;
afterEach(() => {
	process.env.TZ = originalZone;
});

describe('the calendar file of a plan', () => {
	it('has one event per dated session and the hand-over, with the kind, number, protocol and practice', () => {
		const plan = planFor('Europe/London', '2027-01-04');
		const read = events(exportOf(plan, 'Europe/London'));
		const dated = plan.sessions.filter((session) => session.date);
		expect(read).toHaveLength(dated.length + 1);
		expect(read[0]).toMatchObject({ summary: 'Dosing session 1 · IV racemic ketamine infusion · Harbour Street Clinic', location: 'Harbour Street Clinic', tzid: 'Europe/London', local: '2027-01-04T09:00:00' });
		expect(read.find((event) => event.uid === sessionUid('6f1c2f4e-1111-4222-8333-444455556666', 'integration-1'))?.summary).toBe('Integration after dose 1 · Integration sessions · Harbour Street Clinic');
		expect(read.at(-1)).toMatchObject({ summary: 'Hand-over to standard care · Harbour Street Clinic', allDay: true, local: plan.handover.date });
	});

	it('keeps 09:00 local across the change to summer time, and carries the zone so the instant moves', () => {
		const read = events(exportOf(planFor('Europe/London', '2027-03-24'), 'Europe/London')).filter((event) => event.summary.startsWith('Dosing'));
		expect(read.every((event) => event.tzid === 'Europe/London' && event.local.endsWith('T09:00:00'))).toBe(true);
		expect(read.map((event) => event.utc.slice(11, 16))).toContain('09:00'); // winter: GMT
		expect(read.map((event) => event.utc.slice(11, 16))).toContain('08:00'); // summer: BST
	});

	it('stamps every event in UTC, as RFC 5545 requires, whatever zone the browser is in', () => {
		process.env.TZ = 'Asia/Tokyo';
		const before = Date.now();
		const text = exportOf(planFor('Europe/London', '2027-01-04'), 'Europe/London');
		const stamps = text.match(/^DTSTAMP:.*$/gm)!.map((line) => line.slice('DTSTAMP:'.length).trim());
		expect(stamps.length).toBeGreaterThan(5);
		for (const stamp of stamps) {
			expect(stamp).toMatch(/^\d{8}T\d{6}Z$/);
			const at = Date.parse(`${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`);
			expect(Math.abs(at - before)).toBeLessThan(60_000);
		}
	});

	it('writes the same file whatever zone the browser is in', () => {
		const plan = planFor('America/New_York', '2027-11-03');
		process.env.TZ = 'UTC';
		const inUtc = exportOf(plan, 'America/New_York');
		process.env.TZ = 'Asia/Tokyo';
		const inTokyo = exportOf(plan, 'America/New_York');
		const strip = (text: string) => text.replace(/DTSTAMP:\S+/g, '');
		expect(strip(inTokyo)).toBe(strip(inUtc));
		const doses = events(inUtc).filter((event) => event.summary.startsWith('Dosing'));
		expect(doses.every((event) => event.local.endsWith('T09:00:00'))).toBe(true);
		expect(new Set(doses.map((event) => event.utc.slice(11, 16)))).toEqual(new Set(['13:00', '14:00']));
	});

	it('keeps each session’s UID when a moved dose changes the dates after it', () => {
		const before = events(exportOf(planFor('Europe/London', '2027-01-04'), 'Europe/London'));
		const moved = planFor('Europe/London', '2027-01-04', [{ session: 'dose-2', status: 'moved', date: '2027-01-07', time: '11:00' }]);
		const after = events(exportOf(moved, 'Europe/London'));
		// The move gives some integration sessions a slot they lacked: every event of before is still there, under its UID.
		for (const event of before) expect(after.map((later) => later.uid)).toContain(event.uid);
		expect(after.map((event) => event.uid)).toEqual([...moved.sessions.filter((session) => session.date).map((session) => sessionUid('6f1c2f4e-1111-4222-8333-444455556666', session.id)), sessionUid('6f1c2f4e-1111-4222-8333-444455556666', 'handover')]);
		expect(new Set(after.map((event) => event.uid)).size).toBe(after.length);
		expect(after.find((event) => event.uid.includes('.dose-2@'))?.local).toBe('2027-01-07T11:00:00');
	});

	it('raises the sequence with time, so a calendar app takes a later export as the update', () => {
		expect(exportSequence(new Date('2026-01-01T00:10:00Z'))).toBe(10);
		expect(exportSequence(new Date('2027-06-01T00:00:00Z'))).toBeGreaterThan(exportSequence(new Date('2027-05-31T23:59:00Z')));
		const read = new ICAL.Component(ICAL.parse(exportOf(planFor('Europe/London', '2027-01-04'), 'Europe/London'))).getAllSubcomponents('vevent');
		expect(read.map((event) => Number(event.getFirstPropertyValue('sequence')))).toEqual(read.map(() => 7));
	});

	it('names the client only when asked', () => {
		const plan = planFor('Europe/London', '2027-01-04');
		expect(exportOf(plan, 'Europe/London')).not.toContain('J.D.');
		const labelled = exportOf(plan, 'Europe/London', { clientLabel: 'J.D.' });
		expect(events(labelled).every((event) => event.summary.startsWith('J.D. · '))).toBe(true);
	});

	it('leaves out an integration session with no slot in its window', () => {
		const result = planCourse({ course, practice: { ...practice('Europe/London'), integration: { weekdays: [6], times: ['10:00'] } }, firstDose: { date: '2027-01-04', time: '09:00' }, today: '2026-01-01' });
		if (!result.ok) throw new Error(result.problem);
		const unslotted = result.plan.sessions.filter((session) => !session.date).map((session) => session.id);
		expect(unslotted.length).toBeGreaterThan(0);
		const uids = events(exportOf(result.plan, 'Europe/London')).map((event) => event.uid);
		for (const id of unslotted) expect(uids).not.toContain(sessionUid('6f1c2f4e-1111-4222-8333-444455556666', id));
	});
});
