import { describe, expect, it } from 'vitest';
import { IDLE_LOCK_DEFAULT_MINUTES, idleLockMinutes, msUntilIdleLock, shouldIdleLock, storageStatus } from '../../../src/lib/store/policy.ts';

describe('idle lock policy', () => {
	it('locks after 15 minutes without activity by default', () => {
		expect(IDLE_LOCK_DEFAULT_MINUTES).toBe(15);
		const start = Date.UTC(2026, 10, 28, 9, 0);
		expect(msUntilIdleLock(start, start + 60_000)).toBe(14 * 60_000);
		expect(shouldIdleLock(start, start + 15 * 60_000 - 1)).toBe(false);
		expect(shouldIdleLock(start, start + 15 * 60_000)).toBe(true);
		expect(msUntilIdleLock(start, start + 60 * 60_000)).toBe(0);
	});

	it('follows the chosen time, and falls back to the default for a choice out of range', () => {
		expect(shouldIdleLock(0, 5 * 60_000, idleLockMinutes(5))).toBe(true);
		expect(idleLockMinutes(240)).toBe(240);
		for (const bad of [0, 241, 2.5, '5', undefined]) expect(idleLockMinutes(bad)).toBe(15);
	});
});

describe('storage status', () => {
	it('says saved only when storage is persistent and the last write worked', () => {
		expect(storageStatus({ open: true, lastWriteFailed: false, persisted: true })).toBe('saved');
		expect(storageStatus({ open: true, lastWriteFailed: false, persisted: false })).toBe('may-be-cleared');
		expect(storageStatus({ open: true, lastWriteFailed: false, persisted: undefined })).toBe('may-be-cleared');
		expect(storageStatus({ open: true, lastWriteFailed: true, persisted: true })).toBe('unavailable');
		expect(storageStatus({ open: false, lastWriteFailed: false, persisted: true })).toBe('unavailable');
	});
});
