import type { Course } from '../../schemas/course.ts';
import { addDays, daysBetween, isLocalDate, isLocalTime, isValidTimeZone, toInstant, toLocal, weekdayOf, type LocalDate, type LocalTime, type Weekday } from './calendar.ts';

/** When the practice sees clients, in its own time zone. */
export interface PracticeHours {
	/** IANA name, e.g. "Europe/London". */
	timeZone: string;
	dosing: { weekdays: Weekday[]; time: LocalTime };
	integration: { weekdays: Weekday[]; times: LocalTime[] };
	/** Days the practice is closed (holidays, leave), each range inclusive. */
	closed: { from: LocalDate; to: LocalDate }[];
}

/** What actually happened to a session; everything after it is planned from this. */
export type SessionEvent =
	| { session: string; status: 'done' | 'moved'; date: LocalDate; time: LocalTime }
	| { session: string; status: 'missed'; date: LocalDate };

export type CourseTemplate = Pick<Course, 'acute' | 'integration' | 'taper' | 'handover'>;

/** A dosing session's id: stable across recomputation, exports and the marks kept for it. */
export const doseId = (number: number) => `dose-${number}`;
/** The dose number a session id names, or undefined for an integration session, a review or the hand-over. */
export const doseNumberOf = (sessionId: string): number | undefined => {
	const match = /^dose-(\d+)$/.exec(sessionId);
	return match ? Number(match[1]) : undefined;
};

export interface PlanRequest {
	course: CourseTemplate;
	firstDose: { date: LocalDate; time: LocalTime };
	practice: PracticeHours;
	events?: readonly SessionEvent[];
	/** The day the plan is made, for marking the past. */
	today: LocalDate;
	/** How far ahead an open-ended taper step is planned, in weeks from the first dose. */
	horizonWeeks?: number;
}

export type Flag =
	/** Placed later than its rules' target day, because of the practice's weekdays or a closure. */
	| { kind: 'shifted'; days: number }
	/** An integration session for which no allowed day and time falls inside its window: never placed outside it. */
	| { kind: 'no-slot' }
	/** Recorded (done or moved) at a time outside its window or spacing: kept as recorded, marked. */
	| { kind: 'outside-window' }
	| { kind: 'closer-than-spacing'; days: number; spacing: number }
	/** In the past and not yet recorded as done or missed. */
	| { kind: 'unrecorded' };

export interface PlannedSession {
	/** Stable across recomputation and exports: "dose-3", "integration-3", "review-acute", "handover". */
	id: string;
	kind: 'dosing' | 'integration' | 'review' | 'handover';
	/** Acute series, a taper step (1-based), or after the course. */
	stage: { name: 'acute' } | { name: 'taper'; step: number; label?: string | undefined } | { name: 'after' };
	/** A dose's number, or the number of the dose an integration session follows. */
	number: number;
	/** Null only for an integration session with no slot in its window. */
	date: LocalDate | null;
	time: LocalTime | null;
	status: 'planned' | 'done' | 'moved' | 'rescheduled';
	/** Integration only: the window after its dose, as local dates and times. */
	window?: { from: { date: LocalDate; time: LocalTime }; to: { date: LocalDate; time: LocalTime } };
	/** Dates this session was missed on before being rescheduled. */
	missed: LocalDate[];
	flags: Flag[];
	/** Review only: what the clinician judges. */
	note?: string;
}

export interface Plan {
	sessions: PlannedSession[];
	handover: { date: LocalDate | null; to: string; afterDays: number };
	/** The last step has no fixed end: sessions are planned up to the horizon, and go on. */
	openEnded: boolean;
	firstDoseInPast: boolean;
}

export type PlanResult = { ok: true; plan: Plan } | { ok: false; problem: string };

/** How far ahead to look for an open day before deciding there is none. */
const SEARCH_DAYS = 366;
const MAX_DOSES = 200;
const HOUR = 3_600_000;

/**
 * Every session of a course, from its template, the first dose and the practice's hours, recomputed
 * from what actually happened (done, missed, moved). The acute series keeps its spacing, a taper
 * only lengthens it, each integration session sits in the window after its actual dose or is
 * flagged, and no session falls on a closed day. Never throws: a plan that cannot be made is a
 * problem the page shows.
 */
export function planCourse(request: PlanRequest): PlanResult {
	const { course, firstDose, practice, today } = request;
	const problem = checkRequest(request);
	if (problem) return { ok: false, problem };

	const events = new Map((request.events ?? []).map((event) => [event.session, event]));
	const closed = (date: LocalDate) => practice.closed.some((range) => range.from <= date && date <= range.to);
	const openDosingDay = (from: LocalDate): LocalDate | null => {
		for (let offset = 0; offset < SEARCH_DAYS; offset++) {
			const day = addDays(from, offset);
			if (practice.dosing.weekdays.includes(weekdayOf(day)) && !closed(day)) return day;
		}
		return null;
	};
	const noDosingDay = (from: LocalDate) => `No dosing day is open in the year from ${from}: every allowed weekday falls on a closed date. Check the weekdays and closed dates.`;

	const horizon = addDays(firstDose.date, (request.horizonWeeks ?? 26) * 7);
	const lastStep = course.taper.at(-1);
	const openEnded = lastStep !== undefined && lastStep.sessions === undefined;
	const sessions: PlannedSession[] = [];
	let previous: { date: LocalDate; time: LocalTime } | null = null;

	for (const spec of doseSpecs(course)) {
		if (spec.openEnded && previous && previous.date >= horizon) break;
		const id = doseId(spec.number);
		const event = events.get(id);
		const target = previous ? addDays(previous.date, spec.spacing) : firstDose.date;
		const flags: Flag[] = [];
		const missed: LocalDate[] = [];
		let date: LocalDate;
		let time = spec.number === 1 ? firstDose.time : practice.dosing.time;
		let status: PlannedSession['status'] = 'planned';
		if (event && event.status !== 'missed') {
			({ date, time } = event);
			status = event.status;
			if (previous && daysBetween(previous.date, date) < spec.spacing) flags.push({ kind: 'closer-than-spacing', days: daysBetween(previous.date, date), spacing: spec.spacing });
		} else {
			const from = event ? maxDate(target, addDays(event.date, 1)) : target;
			if (event) {
				missed.push(event.date);
				status = 'rescheduled';
			}
			const open = openDosingDay(from);
			if (!open) return { ok: false, problem: noDosingDay(from) };
			date = open;
			if (open !== target && !event) flags.push({ kind: 'shifted', days: daysBetween(target, open) });
			if (date < today) flags.push({ kind: 'unrecorded' });
		}
		sessions.push({ id, kind: 'dosing', stage: spec.stage, number: spec.number, date, time, status, missed, flags });
		if (spec.number % course.integration.afterEvery === 0) sessions.push(integrationFor(spec.number, { date, time }, spec.stage, request, events.get(`integration-${spec.number}`), closed));
		if (spec.number === course.acute.sessions && course.acute.review) {
			sessions.push({ id: 'review-acute', kind: 'review', stage: { name: 'acute' }, number: spec.number, date, time: null, status: 'planned', missed: [], flags: [], note: course.acute.review });
		}
		previous = { date, time };
		if (sessions.filter((session) => session.kind === 'dosing').length >= MAX_DOSES) break;
	}

	const lastDose = previous!;
	let handoverDate: LocalDate | null = null;
	if (!openEnded) {
		const due = addDays(lastDose.date, course.handover.daysAfterLastSession);
		handoverDate = due;
		while (closed(handoverDate)) handoverDate = addDays(handoverDate, 1);
	}
	return {
		ok: true,
		plan: {
			sessions,
			handover: { date: handoverDate, to: course.handover.to, afterDays: course.handover.daysAfterLastSession },
			openEnded,
			firstDoseInPast: firstDose.date < today,
		},
	};
}

interface DoseSpec {
	number: number;
	/** Days from the previous dose to this one's target day (0 for the first). */
	spacing: number;
	stage: PlannedSession['stage'];
	openEnded: boolean;
}

/** The doses a course gives, in order: the acute series, then each taper step. */
function* doseSpecs(course: CourseTemplate): Generator<DoseSpec> {
	let number = 0;
	for (let i = 0; i < course.acute.sessions; i++) {
		number++;
		yield { number, spacing: i === 0 ? 0 : course.acute.daysBetween[(i - 1) % course.acute.daysBetween.length]!, stage: { name: 'acute' }, openEnded: false };
	}
	for (const [index, step] of course.taper.entries()) {
		const stage = { name: 'taper' as const, step: index + 1, label: step.label };
		for (let i = 0; step.sessions === undefined || i < step.sessions; i++) {
			number++;
			yield { number, spacing: step.intervalDays, stage, openEnded: step.sessions === undefined };
			if (number >= MAX_DOSES) return;
		}
	}
}

/** The integration session after a dose: the first allowed slot inside the window, or flagged. */
function integrationFor(
	doseNumber: number,
	dose: { date: LocalDate; time: LocalTime },
	stage: PlannedSession['stage'],
	{ course, practice, today }: PlanRequest,
	event: SessionEvent | undefined,
	closed: (date: LocalDate) => boolean,
): PlannedSession {
	const { timeZone } = practice;
	const doseAt = toInstant(dose.date, dose.time, timeZone);
	const start = doseAt + course.integration.window.startHours * HOUR;
	const end = doseAt + course.integration.window.endHours * HOUR;
	const window = { from: toLocal(start, timeZone), to: toLocal(end, timeZone) };
	const base = { id: `integration-${doseNumber}`, kind: 'integration' as const, stage, number: doseNumber, window };

	if (event && event.status !== 'missed') {
		const at = toInstant(event.date, event.time, timeZone);
		return { ...base, date: event.date, time: event.time, status: event.status, missed: [], flags: at < start || at > end ? [{ kind: 'outside-window' }] : [] };
	}
	const after = event ? toInstant(event.date, '23:59', timeZone) : start;
	const times = [...practice.integration.times].sort();
	for (let day = window.from.date; day <= window.to.date; day = addDays(day, 1)) {
		if (!practice.integration.weekdays.includes(weekdayOf(day)) || closed(day)) continue;
		for (const time of times) {
			const at = toInstant(day, time, timeZone);
			if (at >= start && at <= end && at > after) {
				return { ...base, date: day, time, status: event ? 'rescheduled' : 'planned', missed: event ? [event.date] : [], flags: day < today ? [{ kind: 'unrecorded' }] : [] };
			}
		}
	}
	return { ...base, date: null, time: null, status: event ? 'rescheduled' : 'planned', missed: event ? [event.date] : [], flags: [{ kind: 'no-slot' }] };
}

function checkRequest({ firstDose, practice }: PlanRequest): string | null {
	if (!isLocalDate(firstDose.date)) return `The first dose's date must be a real date (YYYY-MM-DD); found "${firstDose.date}".`;
	if (!isLocalTime(firstDose.time)) return `The first dose's time must be HH:MM (24-hour); found "${firstDose.time}".`;
	if (!isValidTimeZone(practice.timeZone)) return `"${practice.timeZone}" is not a time zone this browser knows; use an IANA name such as Europe/London.`;
	if (!practice.dosing.weekdays.length) return 'Choose at least one weekday for dosing sessions: with none, no session can be planned.';
	if (!isLocalTime(practice.dosing.time)) return `The dosing time must be HH:MM (24-hour); found "${practice.dosing.time}".`;
	if (!practice.integration.weekdays.length || !practice.integration.times.length) return 'Choose at least one weekday and one time for integration sessions.';
	const badTime = practice.integration.times.find((time) => !isLocalTime(time));
	if (badTime !== undefined) return `Integration times must be HH:MM (24-hour); found "${badTime}".`;
	const badRange = practice.closed.find((range) => !isLocalDate(range.from) || !isLocalDate(range.to) || range.to < range.from);
	if (badRange) return `A closed period must run from a real date to the same or a later one; found ${badRange.from} to ${badRange.to}.`;
	return null;
}

const maxDate = (a: LocalDate, b: LocalDate) => (a > b ? a : b);

/** What moved between two plans of the same course: for the page to show after a change. */
export function planChanges(before: readonly PlannedSession[], after: readonly PlannedSession[]): { id: string; from: string | null; to: string | null }[] {
	const when = (session: PlannedSession | undefined) => (session?.date ? `${session.date}${session.time ? ` ${session.time}` : ''}` : null);
	const earlier = new Map(before.map((session) => [session.id, session]));
	const later = new Map(after.map((session) => [session.id, session]));
	const ids = [...new Set([...earlier.keys(), ...later.keys()])];
	return ids.flatMap((id) => {
		const from = when(earlier.get(id));
		const to = when(later.get(id));
		return from === to && earlier.has(id) === later.has(id) ? [] : [{ id, from, to }];
	});
}
