import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isLocalDate, toInstant, toLocal, weekdayOf } from '../../../../src/lib/planner/calendar.ts';

const iso = (instant: number) => new Date(instant).toISOString();

describe('planner calendar', () => {
	it('does date arithmetic on local dates, across month and year ends', () => {
		expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(daysBetween('2026-11-28', '2027-01-01')).toBe(34);
		expect(weekdayOf('2026-11-28')).toBe(6);
		expect(weekdayOf('2026-11-30')).toBe(1);
		expect(isLocalDate('2026-02-30')).toBe(false);
	});

	it('keeps 09:00 at 09:00 local on both sides of a daylight-saving change', () => {
		expect(iso(toInstant('2026-03-28', '09:00', 'Europe/London'))).toBe('2026-03-28T09:00:00.000Z');
		expect(iso(toInstant('2026-03-29', '09:00', 'Europe/London'))).toBe('2026-03-29T08:00:00.000Z');
		expect(iso(toInstant('2026-10-31', '09:00', 'America/New_York'))).toBe('2026-10-31T13:00:00.000Z');
		expect(iso(toInstant('2026-11-01', '09:00', 'America/New_York'))).toBe('2026-11-01T14:00:00.000Z');
		expect(toLocal(Date.parse('2026-03-29T08:00:00Z'), 'Europe/London')).toEqual({ date: '2026-03-29', time: '09:00' });
	});

	it('resolves skipped and repeated wall times as calendar apps do', () => {
		expect(iso(toInstant('2026-03-29', '01:30', 'Europe/London'))).toBe('2026-03-29T01:30:00.000Z');
		expect(iso(toInstant('2026-10-25', '01:30', 'Europe/London'))).toBe('2026-10-25T00:30:00.000Z');
		expect(iso(toInstant('2026-03-08', '02:30', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
	});
});
