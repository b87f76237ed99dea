import { ICalCalendar } from 'ical-generator';
import { toInstant } from './calendar.ts';
import type { Plan, PlannedSession } from './schedule.ts';

/**
 * The calendar file (RFC 5545) of a plan, written by ical-generator: one event per dated session,
 * at its local time in the practice's named zone (TZID + the zone's VTIMEZONE block), so a 09:00
 * session stays 09:00 across a daylight-saving change. UIDs come from the plan's id and the
 * session's id, so a re-export after a change updates the same events in a calendar app.
 */
export interface CalendarExport {
	plan: Plan;
	/** The plan record's random id: never the client label. */
	planId: string;
	timeZone: string;
	/** The zone's VTIMEZONE component, read at build time (the library that has it reads files). */
	vtimezone: string;
	practiceName: string;
	courseTitle: string;
	/** Titles of the protocols the sessions follow. */
	protocols: { dosing: string; integration?: string | undefined };
	minutes: { dosing: number; integration: number };
	/** Raised on every export, so a calendar app takes a re-exported event as the newer version. */
	sequence: number;
	/** Only when the clinician asks for it. */
	clientLabel?: string | undefined;
}

/** A sequence number that grows with time (minutes since 2026), for exports made minutes or months apart. */
export const exportSequence = (now: Date) => Math.max(0, Math.floor((now.getTime() - Date.UTC(2026, 0, 1)) / 60_000));

export const sessionUid = (planId: string, sessionId: string) => `${planId}.${sessionId}@kapkit`;

/** What a session is called in a calendar and on paper: "Dosing session 3", "Integration after dose 3". */
export function sessionTitle(session: Pick<PlannedSession, 'kind' | 'number'>): string {
	switch (session.kind) {
		case 'dosing':
			return `Dosing session ${session.number}`;
		case 'integration':
			return `Integration after dose ${session.number}`;
		case 'review':
			return `Review after dose ${session.number}`;
		case 'handover':
			return 'Hand-over to standard care';
	}
}

export function planCalendar(request: CalendarExport): string {
	const { plan, planId, timeZone, vtimezone, practiceName, courseTitle, protocols, minutes, sequence, clientLabel } = request;
	const calendar = new ICalCalendar({ name: clientLabel ? `${courseTitle} · ${clientLabel}` : courseTitle, prodId: { company: 'kapkit', product: 'course-planner' } });
	calendar.timezone({ name: timeZone, generator: () => vtimezone });
	const prefix = clientLabel ? `${clientLabel} · ` : '';

	for (const session of plan.sessions) {
		if (!session.date) continue;
		const protocol = session.kind === 'dosing' ? protocols.dosing : session.kind === 'integration' ? protocols.integration : undefined;
		const summary = `${prefix}${sessionTitle(session)}${protocol ? ` · ${protocol}` : ''} · ${practiceName}`;
		const description = [`${courseTitle}, at ${practiceName}.`, session.note ?? ''].filter(Boolean).join('\n');
		const common = { id: sessionUid(planId, session.id), sequence, summary, description, location: practiceName };
		if (!session.time) {
			calendar.createEvent({ ...common, start: wallClock(session.date, '00:00'), allDay: true, timezone: timeZone });
			continue;
		}
		calendar.createEvent({ ...common, ...zonedTimes(session.date, session.time, session.kind === 'dosing' ? minutes.dosing : minutes.integration, timeZone) });
	}
	if (plan.handover.date) {
		calendar.createEvent({
			id: sessionUid(planId, 'handover'),
			sequence,
			summary: `${prefix}${sessionTitle({ kind: 'handover', number: 0 })} · ${practiceName}`,
			description: `${courseTitle}: hand-over to ${plan.handover.to}.`,
			location: practiceName,
			start: wallClock(plan.handover.date, '00:00'),
			allDay: true,
			timezone: timeZone,
		});
	}
	return withUtcStamps(calendar.toString());
}

/**
 * RFC 5545 wants DTSTAMP in UTC; ical-generator writes it as local time, unmarked, once the calendar
 * has a time zone. Every stamp is the moment of export, so each is rewritten as that moment in UTC.
 */
function withUtcStamps(text: string, exported = new Date()): string {
	const utc = exported.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
	return text.replace(/^DTSTAMP:[0-9T]+Z?$/gm, `DTSTAMP:${utc}`);
}

/**
 * ical-generator writes a TZID time from a Date's own local fields, so the Date is built to show the
 * session's wall-clock time in this runtime. When the runtime's zone skips that time (its own
 * daylight-saving gap), the event is written as the exact instant in UTC instead: still right.
 */
function zonedTimes(date: string, time: string, minutes: number, timeZone: string) {
	const start = wallClock(date, time);
	if (localTimeOf(start) === time) return { start, end: wallClock(date, time, minutes), timezone: timeZone };
	const instant = toInstant(date, time, timeZone);
	return { start: new Date(instant), end: new Date(instant + minutes * 60_000), timezone: null };
}

const wallClock = (date: string, time: string, addMinutes = 0) => {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const [hours, minutes] = time.split(':').map(Number) as [number, number];
	return new Date(y, m - 1, d, hours, minutes + addMinutes);
};
const localTimeOf = (date: Date) => `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
