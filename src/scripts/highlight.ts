import { highlightTerms } from '../lib/reading';
import { session } from '../store/web-storage';

// Pagefind's own highlighting reads the search words from the URL; kapkit keeps what a reader
// types out of URLs, so the words travel in sessionStorage, to the one page opened from a result.
export const KEY = 'kapkit:highlight';

export function rememberHighlight(path: string, query: string): void {
	// Without storage the page simply opens without marks.
	session.set(KEY, JSON.stringify({ path, terms: highlightTerms(query) }));
}

/** Whether words wait to be marked, checked before the code that marks them is loaded. */
export const highlightPending = (): boolean => session.get(KEY) !== null;
