import { describe, expect, it } from 'vitest';
import { PRECACHE_PACE, restAfter } from '../../../../src/lib/offline/precache-pace.ts';

describe('restAfter', () => {
	it('rests as long as the last file kept the precache busy, so it takes at most half the machine', () => {
		expect(PRECACHE_PACE.restPerBusy).toBe(1);
		expect(restAfter(6)).toBe(6);
		expect(restAfter(40)).toBe(40);
	});

	it('rests longer on a machine the reader keeps busy, up to a limit for a stalled download', () => {
		expect(restAfter(30, { restPerBusy: 2, maxRestMs: 100 })).toBe(60);
		expect(restAfter(5_000)).toBe(PRECACHE_PACE.maxRestMs);
	});

	it('does not rest before the first file or after a time it cannot read', () => {
		expect(restAfter(0)).toBe(0);
		expect(restAfter(-3)).toBe(0);
		expect(restAfter(Number.NaN)).toBe(0);
	});
});
