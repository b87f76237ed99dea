/**
 * Whose turn it is on the network while the service worker precaches: the reader's. A page holds
 * the turn while a search it started is loading and gives it back once the results are drawn; the
 * precache fetches its next file only when no page holds it. A hold lapses on its own, so a page
 * closed mid-search never stops the precache for good.
 */

/** The messages a page posts to the installing worker. */
export const READER_BUSY = 'KAPKIT_READER_BUSY';
export const READER_IDLE = 'KAPKIT_READER_IDLE';

/** The longest one hold keeps the precache waiting: a search on a slow network still lets it go on. */
export const HOLD_MS = 5000;
/** After the results are drawn: the page paints, and the next word typed often follows this soon. */
export const AFTER_MS = 200;

export class ReaderTurns {
	readonly #until = new Map<string, number>();

	hold(page: string, now: number): void {
		this.#until.set(page, now + HOLD_MS);
	}

	release(page: string, now: number): void {
		if (this.#until.has(page)) this.#until.set(page, now + AFTER_MS);
	}

	/** How long the precache should wait before asking again: 0 when no page holds the turn. */
	waitMs(now: number): number {
		let latest = now;
		for (const [page, until] of this.#until) {
			if (until <= now) this.#until.delete(page);
			else latest = Math.max(latest, until);
		}
		return latest - now;
	}
}
