/**
 * How the service worker's first download (the precache) yields to the reader. It fetches one file
 * at a time; after each file it rests for as long as that file kept it busy, times `restPerBusy`,
 * so it uses at most 1 / (1 + restPerBusy) of the machine. A machine the reader is keeping busy
 * (a search, a page being drawn) makes each file take longer, so the rests grow with it.
 */
export interface PrecachePace {
	restPerBusy: number;
	/** A stalled download must not stall the precache for as long again. */
	maxRestMs: number;
}

export const PRECACHE_PACE: PrecachePace = { restPerBusy: 1, maxRestMs: 200 };

/** The rest after a file that kept the precache busy for `busyMs`. */
export function restAfter(busyMs: number, pace: PrecachePace = PRECACHE_PACE): number {
	if (!Number.isFinite(busyMs) || busyMs <= 0) return 0;
	return Math.min(pace.maxRestMs, busyMs * pace.restPerBusy);
}
