import { describe, expect, it } from 'vitest';
import { reviewDue, reviewState } from '../../../src/lib/review.ts';

describe('review due dates', () => {
	it('flags a review older than the interval', () => {
		expect(reviewState('2025-11-21', 12, '2026-11-21').overdue).toBe(false);
		expect(reviewState('2025-11-20', 12, '2026-11-21').overdue).toBe(true);
	});

	it('falls due the interval later, across a year end', () => {
		expect(reviewDue('2026-03-15', 12)).toBe('2027-03-15');
		expect(reviewDue('2026-11-28', 3)).toBe('2027-02-28');
	});

	it('is overdue only after the due day, not on it', () => {
		expect(reviewState('2026-01-10', 6, '2026-07-10')).toEqual({ reviewed: '2026-01-10', due: '2026-07-10', overdue: false });
		expect(reviewState('2026-01-10', 6, '2026-07-11').overdue).toBe(true);
	});
});
