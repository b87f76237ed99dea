import { describe, expect, it } from 'vitest';
import { AFTER_MS, HOLD_MS, ReaderTurns } from '../../../src/lib/reader-turns.ts';

describe('ReaderTurns', () => {
	it('lets the precache fetch when no page holds the turn', () => {
		expect(new ReaderTurns().waitMs(1000)).toBe(0);
	});

	it('makes it wait while a page searches, and a little after the results are drawn', () => {
		const turns = new ReaderTurns();
		turns.hold('page-a', 1000);
		expect(turns.waitMs(1050)).toBe(HOLD_MS - 50);
		turns.release('page-a', 1100);
		expect(turns.waitMs(1100)).toBe(AFTER_MS);
		expect(turns.waitMs(1100 + AFTER_MS)).toBe(0);
	});

	it('waits for the last of several pages', () => {
		const turns = new ReaderTurns();
		turns.hold('page-a', 1000);
		turns.hold('page-b', 1200);
		turns.release('page-a', 1300);
		expect(turns.waitMs(1300)).toBe(1200 + HOLD_MS - 1300);
		turns.release('page-b', 1400);
		expect(turns.waitMs(1400)).toBe(AFTER_MS);
	});

	it('lets a hold lapse, so a page closed mid-search never stops the precache for good', () => {
		const turns = new ReaderTurns();
		turns.hold('closed-page', 0);
		expect(turns.waitMs(HOLD_MS - 1)).toBe(1);
		expect(turns.waitMs(HOLD_MS)).toBe(0);
	});

	it('ignores a release from a page that holds nothing (its hold lapsed, or it never sent one)', () => {
		const turns = new ReaderTurns();
		turns.release('page-a', 1000);
		expect(turns.waitMs(1000)).toBe(0);
	});
});
