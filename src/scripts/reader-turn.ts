import { READER_BUSY, READER_IDLE } from '../lib/reader-turns';

// Searches under way in this page: the worker hears "idle" when the last of them ends.
let loading = 0;

/** Tells the worker installing the precache, if one is, that the reader is waiting or no longer is. */
function tell(type: typeof READER_BUSY | typeof READER_IDLE): void {
	if (!('serviceWorker' in navigator)) return;
	navigator.serviceWorker.getRegistration().then(
		(registration) => registration?.installing?.postMessage({ type }),
		() => undefined,
	);
}

/**
 * Runs work the reader is waiting for (a search) with the network theirs: the service worker's
 * precache holds its next download until it is done (lib/reader-turns.ts). Each start renews the
 * hold, so a search that never finishes (a stalled request) lets the next one still be first.
 */
export async function whileReaderWaits<T>(work: () => Promise<T>): Promise<T> {
	loading++;
	tell(READER_BUSY);
	try {
		return await work();
	} finally {
		if (--loading === 0) tell(READER_IDLE);
	}
}
