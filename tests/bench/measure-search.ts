// Search latency: from the last keystroke to the results in the DOM. Each search surface (the side
// bar's Search view, the command palette) says how to open it and where its input, results and
// status are; the measurement is the same for all of them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Request } from '@playwright/test';
import { gzipSize } from './compress.ts';

export interface SearchSurface {
	name: string;
	/** The page the surface is opened on. */
	path: string;
	/** The debounce the surface's own code waits before searching, in ms, when known. */
	debounceMs: number | null;
	open: (page: Page) => Promise<void>;
	input: string;
	results: string;
	status: string;
	/** The status line once results are shown (not while "Searching…"). */
	done: RegExp;
	/** Observed for changes instead of the status line, when the status line is only created by the first search (Pagefind's default UI). */
	root?: string;
	/** Placeholders drawn while a result is still loading: results are drawn once none is left under `root`. */
	pending?: string;
	/** The status line repeats the query ("3 results for taper"): only a line naming the current query counts. */
	statusEchoesQuery?: boolean;
}

/** The debounce a call in `file` passes to Pagefind's debouncedSearch or to searchManual(…, limit, debounceMs), or the latter's default. */
function readDebounce(project: string, file: string): number | null {
	const source = readFileSync(join(project, file), 'utf8');
	const explicit = /(?:debouncedSearch|searchManual)\([^)]*?,\s*\d+\s*,\s*(\d+)\s*\)|debouncedSearch\([^)]*?,\s*(\d+)\s*\)/.exec(source);
	if (explicit) return Number(explicit[1] ?? explicit[2]);
	if (!/searchManual\(/.test(source)) return null;
	const engine = join(project, 'src/scripts/pagefind.ts');
	const fallback = existsSync(engine) ? /debounceMs\s*=\s*(\d+)/.exec(readFileSync(engine, 'utf8'))?.[1] : undefined;
	return fallback ? Number(fallback) : null;
}

/** The side bar's Search view (src/components/workbench/search-results.ts), opened from the activity bar. */
export function sideBarSearch(project: string, path: string): SearchSurface {
	return {
		name: 'side-bar search view',
		path,
		debounceMs: readDebounce(project, 'src/components/workbench/search-results.ts'),
		open: async (page) => {
			await page.locator('.activitybar').getByRole('link', { name: 'Search', exact: true }).click();
			await page.locator('#search-view-input').waitFor({ state: 'visible' });
		},
		input: '#search-view-input',
		results: '[data-search-results]',
		status: '[data-search-status]',
		done: /\d+ results?|No results/,
	};
}

/** Where the palette's search code lives: the plain TypeScript view, or the React island of commits before it. */
const PALETTE_SOURCES = ['src/scripts/palette-view.ts', 'src/islands/CommandPalette.tsx'];

/**
 * The command palette, opened with Ctrl+K; its code loads on first open. Open means ready: its
 * input on screen and its status line written by the palette's code (the opener shows the input
 * before that code has arrived), so what opening fetches includes it.
 */
export function commandPaletteSearch(project: string, path: string): SearchSurface | null {
	const source = PALETTE_SOURCES.find((file) => existsSync(join(project, file)));
	if (!source) return null;
	const dialog = '[role="dialog"][aria-label="Command palette"]';
	return {
		name: 'command palette',
		path,
		debounceMs: readDebounce(project, source),
		open: async (page) => {
			await page.keyboard.press('Control+k');
			await page.locator(`${dialog} [role="combobox"]`).waitFor({ state: 'visible' });
			await page.waitForFunction((status) => Boolean(document.querySelector(status)?.textContent), `${dialog} [role="status"]`);
		},
		input: `${dialog} [role="combobox"]`,
		results: `${dialog} [role="listbox"]`,
		status: `${dialog} [role="status"]`,
		done: /\d+ results?|No results/,
	};
}

/** The fixed queries, in order; the cold query runs first, alone, before any of them. */
export const COLD_QUERY = 'ketamine';
export const QUERIES = ['eye mask', 'blood pressure', 'integration', 'esketamine', 'taper', 'consent', 'dissociation', 'PHQ-9', 'music', 'discharge', 'benzodiazepines', 'relapse', 'window', 'lozenge', 'booster'];

export interface QueryFigure {
	query: string;
	/** From the input event to the results list and status updated in the DOM. */
	ms: number;
	/** From the input event to the next animation frame after that (the results can be painted). */
	frameMs: number;
	results: number;
	/** Bytes fetched for this query (Pagefind's index chunks and fragments) as a compressing host sends them. */
	bytes: number;
	/** The same, as this benchmark's (non-compressing) server sent them. */
	rawBytes: number;
	requests: number;
	timedOut: boolean;
}

export interface SearchFigures {
	surface: string;
	path: string;
	debounceMs: number | null;
	/** Each round is a fresh context: the surface opened, one cold query, the list, the list again. */
	rounds: number;
	/** From the key or click that opens the surface to its input on screen (includes loading its code); median of the rounds. */
	openMs: number;
	/** Bytes fetched while opening (the palette's own code), as a compressing host sends them. */
	openBytes: number;
	/** The first query, typed as soon as the surface is open: loads Pagefind. The median round's, and each round's time. */
	cold: QueryFigure & { roundsMs: number[] };
	/** First time each query is typed in a round (Pagefind loaded; the index chunks for its words may not be), pooled over the rounds. */
	warm: { queries: QueryFigure[]; medianMs: number; p95Ms: number; medianFrameMs: number; p95FrameMs: number; medianKB: number; maxKB: number };
	/** The same queries again in the same round: everything they need is in memory. */
	repeat: { medianMs: number; p95Ms: number; medianFrameMs: number; p95FrameMs: number };
}

/** Pagefind's index files (.pf_*, .pagefind) are gzip-compressed already; anything else a host would gzip. */
const PRECOMPRESSED = /\.(pf_\w+|pagefind)$/;

async function transferSizes(request: Request): Promise<{ raw: number; sent: number }> {
	const body = await request
		.response()
		.then((response) => response?.body() ?? null)
		.catch(() => null);
	if (!body) return { raw: 0, sent: 0 };
	if (PRECOMPRESSED.test(new URL(request.url()).pathname)) return { raw: body.length, sent: body.length };
	return { raw: body.length, sent: Math.min(body.length, await gzipSize(body)) };
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

const median = (values: readonly number[]) => {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Sets the input's value and dispatches one `input` event (a well-defined last keystroke), then
 * waits until the status line says the results are shown. The value goes through the native
 * setter, so a React-controlled input (the palette) sees the change as typing.
 */
async function typeAndWait(page: Page, surface: SearchSurface, query: string) {
	return page.evaluate(
		({ query, input, results, status, root, pending, echoes, done }) =>
			new Promise<{ ms: number; frameMs: number; results: number; timedOut: boolean }>((resolve, reject) => {
				const field = document.querySelector<HTMLInputElement>(input);
				const watched = document.querySelector(root ?? status);
				if (!field || !watched || (!root && !document.querySelector(results))) return reject(new Error(`search surface not found (${input}, ${results}, ${root ?? status})`));
				const finished = new RegExp(done);
				const count = () => document.querySelector(results)?.children.length ?? 0;
				const shown = () => {
					const text = document.querySelector(status)?.textContent ?? '';
					if (/Searching/i.test(text) || !finished.test(text)) return false;
					if (echoes && !text.toLowerCase().includes(query.toLowerCase())) return false;
					return !pending || watched.querySelector(pending) === null;
				};
				let start = 0;
				let observer: MutationObserver | undefined;
				const timer = setTimeout(() => {
					observer?.disconnect();
					resolve({ ms: performance.now() - start, frameMs: performance.now() - start, results: count(), timedOut: true });
				}, 10_000);
				observer = new MutationObserver(() => {
					if (!shown()) return;
					const ms = performance.now() - start;
					observer?.disconnect();
					clearTimeout(timer);
					requestAnimationFrame(() => resolve({ ms, frameMs: performance.now() - start, results: count(), timedOut: false }));
				});
				observer.observe(watched, { childList: true, characterData: true, subtree: true, attributes: Boolean(pending) });
				const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
				start = performance.now();
				if (setValue) setValue.call(field, query);
				else field.value = query;
				field.dispatchEvent(new Event('input', { bubbles: true }));
			}),
		{ query, input: surface.input, results: surface.results, status: surface.status, root: surface.root ?? null, pending: surface.pending ?? null, echoes: surface.statusEchoesQuery ?? false, done: surface.done.source },
	);
}

interface Round {
	openMs: number;
	openBytes: number;
	cold: QueryFigure;
	queries: QueryFigure[];
	repeat: QueryFigure[];
}

/** The status bar's offline item (src/scripts/offline.ts): "Saving for offline use…" until the precache is complete. */
const OFFLINE_STATUS = '[data-status-entry="offline"]';
const OFFLINE_READY = /Offline ready/;

/**
 * One round in a fresh context. Warm: the service worker is blocked, so its precache download does
 * not compete, and the page is idle before the surface opens. First visit: the service worker is
 * allowed and the surface opens as soon as the page has loaded, while the worker installs; each
 * query then records whether the status bar still said the manual was not yet offline ready.
 */
async function measureRound(browser: Browser, origin: string, surface: SearchSurface, visit: 'warm' | 'precaching'): Promise<Round & { stillInstalling: boolean[] }> {
	const precaching = visit === 'precaching';
	const context = await browser.newContext({ serviceWorkers: precaching ? 'allow' : 'block' });
	try {
		const page = await context.newPage();
		// Every request, the worker's included, tagged with the query that was running when it finished.
		let current = -1;
		const fetched: { query: number; sizes: Promise<{ raw: number; sent: number }> }[] = [];
		context.on('requestfinished', (request) => {
			// The service worker's precache downloads are not what a query fetched.
			if (!request.serviceWorker()) fetched.push({ query: current, sizes: transferSizes(request) });
		});
		const sum = async (query: number) => {
			const sizes = await Promise.all(fetched.filter((entry) => entry.query === query).map((entry) => entry.sizes));
			return { raw: sizes.reduce((total, size) => total + size.raw, 0), sent: sizes.reduce((total, size) => total + size.sent, 0), requests: sizes.length };
		};
		await page.goto(`${origin}${surface.path}`, { waitUntil: 'load' });
		if (!precaching) await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);

		const stillInstalling: boolean[] = [];
		const run = async (index: number, query: string): Promise<QueryFigure> => {
			current = index;
			const result = await typeAndWait(page, surface, query);
			if (precaching) stillInstalling.push(!OFFLINE_READY.test((await page.locator(OFFLINE_STATUS).textContent({ timeout: 1000 }).catch(() => null)) ?? ''));
			// Let the last responses' events arrive before the next query is tagged.
			await page.waitForTimeout(150);
			current = -1;
			const { raw, sent, requests } = await sum(index);
			return { query, ms: round(result.ms), frameMs: round(result.frameMs), results: result.results, bytes: sent, rawBytes: raw, requests, timedOut: result.timedOut };
		};

		const OPEN = -2;
		current = OPEN;
		const opening = performance.now();
		await surface.open(page);
		const openMs = round(performance.now() - opening);
		const openBytes = (await sum(OPEN)).sent;
		const cold = await run(0, COLD_QUERY);
		const queries: QueryFigure[] = [];
		for (const [index, query] of QUERIES.entries()) queries.push(await run(index + 1, query));
		const repeat: QueryFigure[] = [];
		// Repeated queries need nothing from the network: only the warm visit measures them.
		if (!precaching) for (const [index, query] of QUERIES.entries()) repeat.push(await run(index + 1 + QUERIES.length, query));
		return { openMs, openBytes, cold, queries, repeat, stillInstalling };
	} finally {
		await context.close();
	}
}

const stats = (list: readonly QueryFigure[]) => ({
	medianMs: round(median(list.map((query) => query.ms))),
	p95Ms: round(percentile(list.map((query) => query.ms), 95)),
	medianFrameMs: round(median(list.map((query) => query.frameMs))),
	p95FrameMs: round(percentile(list.map((query) => query.frameMs), 95)),
});

/** Measures one surface over `rounds` fresh contexts and pools the warm queries (15 per round), so one slow query does not make the p95. */
export async function measureSearch(browser: Browser, origin: string, surface: SearchSurface, rounds = 3): Promise<SearchFigures> {
	const results: Round[] = [];
	for (let index = 0; index < rounds; index++) results.push(await measureRound(browser, origin, surface, 'warm'));
	const colds = [...results].sort((a, b) => a.cold.frameMs - b.cold.frameMs);
	const middle = colds[Math.floor(colds.length / 2)] as Round;
	const queries = results.flatMap((result) => result.queries);
	const repeat = results.flatMap((result) => result.repeat);
	const kbs = queries.map((query) => query.bytes / 1024);
	return {
		surface: surface.name,
		path: surface.path,
		debounceMs: surface.debounceMs,
		rounds,
		openMs: round(median(results.map((result) => result.openMs))),
		openBytes: middle.openBytes,
		cold: { ...middle.cold, roundsMs: results.map((result) => result.cold.frameMs) },
		warm: { queries, ...stats(queries), medianKB: round(median(kbs)), maxKB: round(Math.max(...kbs)) },
		repeat: stats(repeat),
	};
}

export interface PrecacheSearchFigures {
	surface: string;
	path: string;
	rounds: number;
	/** From the key or click that opens the surface to its input on screen, while the worker installs; median of the rounds. */
	openMs: number;
	/** The cold query of each round (loads Pagefind), and whether it finished before "Offline ready". */
	coldRoundsMs: number[];
	coldBeforeReady: number;
	/** The first-time queries typed (after the cold one), pooled over the rounds. */
	typed: number;
	/** Of those, how many had their results drawn while the status bar had not yet said "Offline ready". */
	beforeReady: number;
	/** Latency of the queries that ran before "Offline ready": the figure the goal judges (null when none did). */
	duringPrecache: (ReturnType<typeof stats> & { queries: QueryFigure[] }) | null;
}

/**
 * A first visit with the service worker allowed: each round opens the surface as soon as the page
 * has loaded and types the cold query and the same first-time queries as the warm measurement while
 * the worker precaches in the background; only the queries whose results were drawn before the
 * status bar said "Offline ready" count towards the latency.
 */
export async function measureSearchDuringPrecache(browser: Browser, origin: string, surface: SearchSurface, rounds = 3): Promise<PrecacheSearchFigures> {
	const results: (Round & { stillInstalling: boolean[] })[] = [];
	for (let index = 0; index < rounds; index++) results.push(await measureRound(browser, origin, surface, 'precaching'));
	// stillInstalling holds the cold query's answer first, then one per query of the list.
	const during = results.flatMap((result) => result.queries.filter((_, index) => result.stillInstalling[index + 1]));
	return {
		surface: surface.name,
		path: surface.path,
		rounds,
		openMs: round(median(results.map((result) => result.openMs))),
		coldRoundsMs: results.map((result) => result.cold.frameMs),
		coldBeforeReady: results.filter((result) => result.stillInstalling[0]).length,
		typed: results.reduce((sum, result) => sum + result.queries.length, 0),
		beforeReady: during.length,
		duringPrecache: during.length ? { queries: during, ...stats(during) } : null,
	};
}
