import { addDays, daysBetween, isLocalTime, weekdayOf, type LocalDate } from './calendar.ts';
import { sessionTitle } from './ics.ts';
import type { Flag, Plan, PlannedSession } from './schedule.ts';

/** One column of the timeline: a week from its Monday, with the sessions that fall in it. */
export interface TimelineWeek {
	/** 1 for the week of the first dose. */
	number: number;
	monday: LocalDate;
	sessions: PlannedSession[];
	containsToday: boolean;
	/** The hand-over falls in this week. */
	handover: boolean;
}

/** The plan's dated sessions in week columns, from the first dose's week to the last session or the hand-over. */
export function timelineWeeks(plan: Plan, today: LocalDate): TimelineWeek[] {
	const dated = plan.sessions.filter((session) => session.date);
	if (!dated.length) return [];
	const dates = [...dated.map((session) => session.date!), ...(plan.handover.date ? [plan.handover.date] : [])].sort();
	const firstMonday = mondayOf(dates[0]!);
	const count = Math.floor(daysBetween(firstMonday, dates.at(-1)!) / 7) + 1;
	return Array.from({ length: count }, (_, index) => {
		const monday = addDays(firstMonday, index * 7);
		const sunday = addDays(monday, 6);
		const within = (date: LocalDate) => monday <= date && date <= sunday;
		return {
			number: index + 1,
			monday,
			sessions: dated.filter((session) => within(session.date!)),
			containsToday: within(today),
			handover: plan.handover.date !== null && within(plan.handover.date),
		};
	});
}

const mondayOf = (date: LocalDate) => addDays(date, 1 - weekdayOf(date));

/** The short form the timeline shows on a session: "D3", "I3", "R", "H". */
export const sessionBadge = (session: Pick<PlannedSession, 'kind' | 'number'>) => ({ dosing: `D${session.number}`, integration: `I${session.number}`, review: 'R', handover: 'H' })[session.kind];

export const stageName = (stage: PlannedSession['stage']) => (stage.name === 'acute' ? 'Acute series' : stage.name === 'taper' ? `Taper, step ${stage.step}` : 'After the course');

/** A flag in words, for the table and for screen readers. */
export function flagText(flag: Flag, session: Pick<PlannedSession, 'window'>): string {
	switch (flag.kind) {
		case 'shifted':
			return `${flag.days} day${flag.days === 1 ? '' : 's'} later than the rules' target day (a closed day or no session that weekday)`;
		case 'no-slot':
			return session.window
				? `No allowed day and time inside its window (${session.window.from.date} ${session.window.from.time} to ${session.window.to.date} ${session.window.to.time}): arrange it by hand inside the window`
				: 'No allowed day and time inside its window: arrange it by hand';
		case 'outside-window':
			return 'Recorded outside its integration window';
		case 'closer-than-spacing':
			return `Recorded ${flag.days} day${flag.days === 1 ? '' : 's'} after the previous dose; the rules ask for at least ${flag.spacing}`;
		case 'unrecorded':
			return 'In the past and not marked done or missed';
	}
}

export const statusText = (session: Pick<PlannedSession, 'status' | 'missed'>) =>
	({ planned: 'Planned', done: 'Done', moved: 'Moved', rescheduled: `Rescheduled (missed ${session.missed.join(', ')})` })[session.status];

/** "Dosing session 3" for a session id such as "dose-3", as the list of changes names it. */
export function sessionIdTitle(id: string): string {
	if (id === 'handover') return sessionTitle({ kind: 'handover', number: 0 });
	const match = /^(dose|integration|review)-(\d+|acute)$/.exec(id);
	if (!match) return id;
	if (match[1] === 'review') return 'Review at the end of the acute series';
	return sessionTitle({ kind: match[1] === 'dose' ? 'dosing' : 'integration', number: Number(match[2]) });
}

/** Times typed as "10:00, 14:00": each one checked, so a typo is named instead of dropped. */
export function parseTimes(text: string): { ok: true; times: string[] } | { ok: false; problem: string } {
	const times = text
		.split(/[\s,;]+/)
		.map((time) => time.trim())
		.filter(Boolean)
		.map((time) => (/^\d:\d\d$/.test(time) ? `0${time}` : time));
	const bad = times.find((time) => !isLocalTime(time));
	if (bad !== undefined) return { ok: false, problem: `"${bad}" is not a time: write times as HH:MM (24-hour), separated by commas.` };
	if (!times.length) return { ok: false, problem: 'Give at least one time for integration sessions, e.g. 10:00, 14:00.' };
	return { ok: true, times: [...new Set(times)].sort() };
}
