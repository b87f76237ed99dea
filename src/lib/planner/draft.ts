import { CLIENT_LABEL_MAX, type PlanSetup } from './record.ts';
import { isLocalDate, isLocalTime } from './calendar.ts';
import { parseTimes } from './view.ts';

/** The set-up form as typed: text until it is checked, so nothing the reader typed is lost. */
export interface Draft {
	label: string;
	template: string;
	firstDate: string;
	firstTime: string;
	dosingWeekdays: number[];
	dosingTime: string;
	integrationWeekdays: number[];
	integrationTimes: string;
	closed: { from: string; to: string }[];
	dosingMinutes: string;
	integrationMinutes: string;
}

export const newDraft = (template: string, today: string): Draft => ({
	label: '',
	template,
	firstDate: today,
	firstTime: '09:00',
	dosingWeekdays: [1, 2, 3, 4, 5],
	dosingTime: '09:00',
	integrationWeekdays: [1, 2, 3, 4, 5],
	integrationTimes: '10:00, 14:00',
	closed: [],
	dosingMinutes: '120',
	integrationMinutes: '60',
});

export const draftOf = (setup: PlanSetup): Draft => ({
	label: setup.label,
	template: setup.template,
	firstDate: setup.firstDose.date,
	firstTime: setup.firstDose.time,
	dosingWeekdays: setup.dosing.weekdays,
	dosingTime: setup.dosing.time,
	integrationWeekdays: setup.integration.weekdays,
	integrationTimes: setup.integration.times.join(', '),
	closed: setup.closed,
	dosingMinutes: String(setup.minutes.dosing),
	integrationMinutes: String(setup.minutes.integration),
});

export type DraftProblems = Partial<Record<'label' | 'firstDate' | 'firstTime' | 'dosingTime' | 'integrationTimes' | 'closed' | 'minutes', string>>;

/** The set-up a draft makes, or what is wrong with it, by field. */
export function setupOf(draft: Draft, timeZone: string, created: string): { setup: PlanSetup; problems?: undefined } | { setup?: undefined; problems: DraftProblems } {
	const problems: DraftProblems = {};
	const label = draft.label.trim();
	if (!label) problems.label = "Type the client's initials or a pseudonym: the plan is kept under it.";
	else if (label.length > CLIENT_LABEL_MAX) problems.label = `Keep the label to ${CLIENT_LABEL_MAX} characters: initials or a pseudonym.`;
	if (!isLocalDate(draft.firstDate)) problems.firstDate = 'Choose the date of the first dose.';
	if (!isLocalTime(draft.firstTime)) problems.firstTime = 'Give the time of the first dose as HH:MM.';
	if (!isLocalTime(draft.dosingTime)) problems.dosingTime = 'Give the time of dosing sessions as HH:MM.';
	const times = parseTimes(draft.integrationTimes);
	if (!times.ok) problems.integrationTimes = times.problem;
	const badRange = draft.closed.find((range) => !isLocalDate(range.from) || !isLocalDate(range.to) || range.to < range.from);
	if (badRange) problems.closed = `A closed period runs from a date to the same or a later one: check ${badRange.from || 'the empty start'} to ${badRange.to || 'the empty end'}.`;
	const dosingMinutes = Number(draft.dosingMinutes);
	const integrationMinutes = Number(draft.integrationMinutes);
	if (!Number.isInteger(dosingMinutes) || dosingMinutes < 10 || dosingMinutes > 720 || !Number.isInteger(integrationMinutes) || integrationMinutes < 10 || integrationMinutes > 480)
		problems.minutes = 'Session lengths are whole minutes: 10 to 720 for dosing, 10 to 480 for integration.';
	if (Object.keys(problems).length || !times.ok) return { problems };
	return {
		setup: {
			label,
			template: draft.template,
			timeZone,
			firstDose: { date: draft.firstDate, time: draft.firstTime },
			dosing: { weekdays: [...draft.dosingWeekdays].sort(), time: draft.dosingTime },
			integration: { weekdays: [...draft.integrationWeekdays].sort(), times: times.times },
			closed: draft.closed,
			minutes: { dosing: dosingMinutes, integration: integrationMinutes },
			created,
		},
	};
}
