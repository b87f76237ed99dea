/**
 * What the manual remembers for its reader between pages: the pages opened recently (offered by
 * the palette), and the words to mark on a page opened from a search. Kept apart from the
 * palette's matching, which loads only with the palette.
 */

export interface RecentPage {
	href: string;
	title: string;
}

/** Reads the recent pages saved in storage, dropping anything malformed rather than failing. */
export function parseRecent(text: string | null): RecentPage[] {
	try {
		const value: unknown = JSON.parse(text ?? '[]');
		if (!Array.isArray(value)) return [];
		return value.filter((page): page is RecentPage => typeof page === 'object' && page !== null && typeof page.href === 'string' && typeof page.title === 'string');
	} catch {
		return [];
	}
}

/** Recently opened pages, newest first, without duplicates, at most `limit`. */
export function rememberPage(recent: readonly { href: string; title: string }[], page: { href: string; title: string }, limit = 8) {
	return [page, ...recent.filter((entry) => entry.href !== page.href)].slice(0, limit);
}

/** Splits a query into the words to mark on the page the reader lands on. */
export function highlightTerms(query: string): string[] {
	return [...new Set(query.toLocaleLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((word) => word.length > 1))];
}
