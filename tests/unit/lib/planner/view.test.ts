import { describe, expect, it } from 'vitest';
import type { Plan, PlannedSession } from '../../../../src/lib/planner/schedule.ts';
import { flagText, parseTimes, sessionBadge, sessionIdTitle, timelineWeeks } from '../../../../src/lib/planner/view.ts';

const session = (id: string, kind: PlannedSession['kind'], number: number, date: string | null): PlannedSession => ({ id, kind, stage: { name: 'acute' }, number, date, time: date ? '09:00' : null, status: 'planned', missed: [], flags: [] });

describe('the planner view', () => {
	it('lays dated sessions out in weeks from the first dose’s Monday to the hand-over, marking today’s week', () => {
		const plan: Plan = {
			sessions: [session('dose-1', 'dosing', 1, '2027-01-06'), session('integration-1', 'integration', 1, null), session('dose-2', 'dosing', 2, '2027-01-11')],
			handover: { date: '2027-01-27', to: 'standard care', afterDays: 14 },
			openEnded: false,
			firstDoseInPast: false,
		};
		const weeks = timelineWeeks(plan, '2027-01-12');
		expect(weeks.map((week) => week.monday)).toEqual(['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25']);
		expect(weeks.map((week) => week.sessions.map((s) => s.id))).toEqual([['dose-1'], ['dose-2'], [], []]);
		expect(weeks.map((week) => week.containsToday)).toEqual([false, true, false, false]);
		expect(weeks.map((week) => week.handover)).toEqual([false, false, false, true]);
	});

	it('names sessions, badges and flags in words', () => {
		expect(sessionIdTitle('dose-3')).toBe('Dosing session 3');
		expect(sessionIdTitle('integration-12')).toBe('Integration after dose 12');
		expect(sessionIdTitle('review-acute')).toBe('Review at the end of the acute series');
		expect(sessionBadge({ kind: 'integration', number: 4 })).toBe('I4');
		expect(flagText({ kind: 'no-slot' }, { window: { from: { date: '2027-01-07', time: '09:00' }, to: { date: '2027-01-09', time: '09:00' } } })).toMatch(/2027-01-07 09:00 to 2027-01-09 09:00/);
		expect(flagText({ kind: 'shifted', days: 1 }, {})).toMatch(/^1 day later/);
	});

	it('reads integration times typed by hand, naming a typo instead of dropping it', () => {
		expect(parseTimes('14:00, 9:30;10:00 14:00')).toEqual({ ok: true, times: ['09:30', '10:00', '14:00'] });
		expect(parseTimes('10:00, 25:00')).toEqual({ ok: false, problem: expect.stringContaining('"25:00" is not a time') });
		expect(parseTimes('  ')).toEqual({ ok: false, problem: expect.stringContaining('at least one time') });
	});
});
