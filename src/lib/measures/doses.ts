import { toLocal } from '../planner/calendar.ts';
import { doseNumberOf, type SessionEvent } from '../planner/schedule.ts';

/** A dose given, as a client's measure trend marks it. */
export interface DoseMark {
	/** YYYY-MM-DD, the day it was given where it was given. */
	date: string;
	/** The planner's dose number, when the course plan has it marked done. */
	number?: number;
}

/** Each tool asks for its own client label: "J.D." in one and " j.d." in another are the same client. */
export const sameClient = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * The doses a client has had, from what this device keeps: sessions marked done in their course
 * plan (with the dose's number) and dosing sessions run in the live session view (a dose given at
 * its start). One mark a day: a live session and the plan's mark on the same day are one dose.
 */
export function dosesGiven(
	client: string,
	plans: readonly { label: string; events: readonly SessionEvent[] }[],
	sessions: readonly { clientLabel: string; startedAt: string; timeZone: string }[],
): DoseMark[] {
	const byDate = new Map<string, DoseMark>();
	for (const session of sessions) {
		if (!sameClient(session.clientLabel, client)) continue;
		const { date } = toLocal(Date.parse(session.startedAt), session.timeZone);
		byDate.set(date, { date });
	}
	for (const plan of plans) {
		if (!sameClient(plan.label, client)) continue;
		for (const event of plan.events) {
			const number = doseNumberOf(event.session);
			if (number !== undefined && event.status === 'done') byDate.set(event.date, { date: event.date, number });
		}
	}
	return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** How the trend and its text name a dose: "dose 3", or "dose" when no plan numbers it. */
export const doseName = (dose: DoseMark) => (dose.number === undefined ? 'dose' : `dose ${dose.number}`);
