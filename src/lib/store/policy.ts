/** When the device lock locks itself, and what the status bar says about storage: pure rules the UI drives. */

export const IDLE_LOCK_DEFAULT_MINUTES = 15;
export const IDLE_LOCK_MIN_MINUTES = 1;
export const IDLE_LOCK_MAX_MINUTES = 240;

/** The idle time a reader chose, or the default when the choice is missing or out of range. */
export function idleLockMinutes(chosen: unknown): number {
	return typeof chosen === 'number' && Number.isInteger(chosen) && chosen >= IDLE_LOCK_MIN_MINUTES && chosen <= IDLE_LOCK_MAX_MINUTES ? chosen : IDLE_LOCK_DEFAULT_MINUTES;
}

/** Milliseconds until the store should lock, given the last activity; 0 means lock now. */
export function msUntilIdleLock(lastActivityMs: number, nowMs: number, minutes = IDLE_LOCK_DEFAULT_MINUTES): number {
	return Math.max(0, lastActivityMs + minutes * 60_000 - nowMs);
}

export const shouldIdleLock = (lastActivityMs: number, nowMs: number, minutes = IDLE_LOCK_DEFAULT_MINUTES) => msUntilIdleLock(lastActivityMs, nowMs, minutes) === 0;

/**
 * Where answers stand, for the status bar: `saved` (kept, and the browser promised to keep the
 * storage), `may-be-cleared` (kept, but the browser may evict it: install the app or export),
 * `unavailable` (the store could not open or the last write failed).
 */
export type StorageStatus = 'saved' | 'unavailable' | 'may-be-cleared';

export function storageStatus(state: { open: boolean; lastWriteFailed: boolean; persisted: boolean | undefined }): StorageStatus {
	if (!state.open || state.lastWriteFailed) return 'unavailable';
	return state.persisted === true ? 'saved' : 'may-be-cleared';
}
