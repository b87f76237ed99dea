import { describe, expect, it } from 'vitest';
import { doseName, dosesGiven, sameClient } from '../../../../src/lib/measures/doses.ts';
import type { SessionEvent } from '../../../../src/lib/planner/schedule.ts';

const done = (session: string, date: string): SessionEvent => ({ session, status: 'done', date, time: '09:00' });

describe('the doses a trend marks', () => {
	it('takes the doses marked done in the client’s course plan, numbered, and leaves out the rest', () => {
		const events: SessionEvent[] = [done('dose-1', '2026-09-02'), done('integration-1', '2026-09-03'), { session: 'dose-2', status: 'missed', date: '2026-09-04' }, { session: 'dose-2', status: 'moved', date: '2026-09-07', time: '10:00' }, done('dose-3', '2026-09-09'), done('review-acute', '2026-09-20')];
		expect(dosesGiven('J.D.', [{ label: 'J.D.', events }], [])).toEqual([
			{ date: '2026-09-02', number: 1 },
			{ date: '2026-09-09', number: 3 },
		]);
	});

	it('takes live dosing sessions, on the day they started where they were run', () => {
		// 23:30 UTC on 1 September is already 2 September in Sydney.
		const sessions = [{ clientLabel: 'J.D.', startedAt: '2026-09-01T23:30:00.000Z', timeZone: 'Australia/Sydney' }];
		expect(dosesGiven('J.D.', [], sessions)).toEqual([{ date: '2026-09-02' }]);
	});

	it('counts a live session and the plan’s mark on the same day as one dose, with the plan’s number', () => {
		const sessions = [
			{ clientLabel: 'j.d. ', startedAt: '2026-09-02T08:05:00.000Z', timeZone: 'Europe/London' },
			{ clientLabel: 'J.D.', startedAt: '2026-09-16T08:00:00.000Z', timeZone: 'Europe/London' },
		];
		expect(dosesGiven('J.D.', [{ label: 'J.D.', events: [done('dose-1', '2026-09-02')] }], sessions)).toEqual([
			{ date: '2026-09-02', number: 1 },
			{ date: '2026-09-16' },
		]);
	});

	it('takes only this client’s, matching labels as typed in each tool (case and spaces aside)', () => {
		expect(sameClient(' J.D.', 'j.d.')).toBe(true);
		expect(sameClient('J.D.', 'J.M.')).toBe(false);
		const plans = [
			{ label: 'J.M.', events: [done('dose-1', '2026-09-02')] },
			{ label: 'j.d.', events: [done('dose-1', '2026-09-05')] },
		];
		const sessions = [{ clientLabel: 'A.B.', startedAt: '2026-09-03T08:00:00.000Z', timeZone: 'Europe/London' }];
		expect(dosesGiven('J.D.', plans, sessions)).toEqual([{ date: '2026-09-05', number: 1 }]);
	});

	it('names a dose by its number when a plan gives one', () => {
		expect(doseName({ date: '2026-09-02', number: 4 })).toBe('dose 4');
		expect(doseName({ date: '2026-09-02' })).toBe('dose');
	});
});
