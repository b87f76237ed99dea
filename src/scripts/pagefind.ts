import { sharedUntilFailure } from '../lib/shared-until-failure';
import { whileReaderWaits } from './reader-turn';

/**
 * The manual's search engine: Pagefind, loaded once from the site itself on first use and shared
 * by the Search view and the command palette. Pagefind searches in a web worker.
 */
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results?: { url: string; title: string; excerpt: string; locations?: number[] }[];
}
interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	debouncedSearch: (query: string, options?: Record<string, unknown>, ms?: number) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] } | null>;
}

export interface SearchHit {
	/** Page or section address, with the base. */
	url: string;
	title: string;
	/** The heading of the section that matched, when it is not the page's top. */
	section?: string;
	/** Pagefind's excerpt: the page's own text with <mark> around the matched words. */
	excerpt: string;
	phase?: string;
}

export const loadPagefind = sharedUntilFailure((base: string): Promise<Pagefind> =>
	import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
		// metaCacheTag keeps Pagefind's metadata request free of a timestamp, so a cached copy serves offline.
		await module.options({ baseUrl: base, excerptLength: 24, metaCacheTag: 'kapkit' });
		await module.init();
		return module;
	}),
);

export interface SearchResults {
	total: number;
	/** The first screen of the best hits: drawn at once. */
	hits: SearchHit[];
	/** The rest of the best `limit`, loaded only when asked, after the first screen is drawn. */
	rest: () => Promise<SearchHit[]>;
}

/**
 * How many hits a surface draws before loading the rest: about what fits without scrolling. Each
 * hit's excerpt is a fragment Pagefind fetches and unpacks one after the other, so fetching only
 * these first halves the time to the first results at 1,000 pages.
 */
export const FIRST_SCREEN = 5;

/** A Pagefind result as a hit: the section where the words occur most (Pagefind lists sections in page order). */
function toHit(page: PagefindResultData): SearchHit {
	const best = [...(page.sub_results ?? [])].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
	const title = page.meta.title ?? page.url;
	return {
		url: best?.url ?? page.url,
		title,
		...(best && best.title !== title ? { section: best.title } : {}),
		excerpt: best?.excerpt ?? page.excerpt,
		...(page.meta.phase ? { phase: page.meta.phase } : {}),
	};
}

/**
 * Searches, returning the first screen of the best `limit` hits; null when a newer search
 * superseded this one. The debounce is one frame: it only merges keys that arrive together (a
 * paste, a key held down), and Pagefind starts loading the words' index chunks during it.
 */
export function searchManual(base: string, query: string, filters: Record<string, string[]> = {}, limit = 10, debounceMs = 16): Promise<SearchResults | null> {
	return whileReaderWaits(async () => {
		const pagefind = await loadPagefind(base);
		const found = await pagefind.debouncedSearch(query, { filters }, debounceMs);
		if (!found) return null;
		const hitsFrom = (from: number, to: number) => whileReaderWaits(async () => (await Promise.all(found.results.slice(from, to).map((result) => result.data()))).map(toHit));
		const first = Math.min(FIRST_SCREEN, limit);
		return { total: found.results.length, hits: await hitsFrom(0, first), rest: () => hitsFrom(first, limit) };
	});
}

export async function searchFilters(base: string): Promise<Record<string, Record<string, number>>> {
	return (await loadPagefind(base)).filters();
}
