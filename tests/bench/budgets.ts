// The performance budgets of shared/design.md ("Performance budgets"), checked against one run.
// A budget that does not hold is reported, never an error: the benchmark measures, it does not gate.
import { kb } from './compress.ts';
import type { BuildFigures, DistFigures } from './measure-build.ts';
import type { PageLoadFigures } from './measure-browser.ts';
import type { SearchFigures } from './measure-search.ts';
import type { PrecacheFigures } from './precache.ts';

export type Verdict = 'holds' | 'does not hold' | 'not measured';

export interface BudgetCheck {
	id: string;
	budget: string;
	measured: string;
	verdict: Verdict;
	note?: string;
}

/** The reference (Starlight 0.42 on these machines): cold build of a 200- and a 1,000-page manual. */
export const REFERENCE_BUILD = { 200: { seconds: 5.2, msPerPage: 26 }, 1000: { seconds: 19.4, msPerPage: 19.4 } } as const;
export const KB = 1024;
export const BUDGETS = {
	protocolFirstLoadKB: 30,
	protocolOwnJsKB: 15,
	searchP95Ms: 100,
	precacheMB: 3,
	buildMsPerPage: REFERENCE_BUILD[1000].msPerPage,
	/** Compressed HTML a page may gain when the manual grows before it counts as growth (rounding, ids). */
	htmlGrowthToleranceBytes: 512,
} as const;

/** What a previous run (usually N=0) said, for the "does not grow with the manual" budget. */
export interface Baseline {
	file: string;
	generatedPages: number;
	/** totalGzip: all bytes of the first load (absent in results written before it was recorded). */
	pages: { path: string; htmlGzip: number; htmlCssJsGzip: number; totalGzip?: number }[];
	build: { wallMs: number; htmlPages: number } | null;
	dist: { bytes: number; htmlBytes: number; pagefindBytes: number } | null;
}

/** What each page added since the baseline cost: the slope between two runs. */
export interface Growth {
	baseline: string;
	addedPages: number;
	msPerAddedPage: number | null;
	distKBPerAddedPage: number | null;
	htmlKBPerAddedPage: number | null;
	pagefindKBPerAddedPage: number | null;
}

export function growthSince(baseline: Baseline, build: BuildFigures, dist: DistFigures): Growth | null {
	if (!baseline.build || !baseline.dist) return null;
	const added = dist.htmlPages - baseline.build.htmlPages;
	if (added <= 0) return null;
	const per = (now: number, before: number, unit = 1) => Math.round(((now - before) / added / unit) * 100) / 100;
	return {
		baseline: baseline.file,
		addedPages: added,
		msPerAddedPage: per(build.wallMs, baseline.build.wallMs),
		distKBPerAddedPage: per(dist.bytes, baseline.dist.bytes, 1024),
		htmlKBPerAddedPage: per(dist.htmlBytes, baseline.dist.htmlBytes, 1024),
		pagefindKBPerAddedPage: per(dist.pagefind.bytes, baseline.dist.pagefindBytes, 1024),
	};
}

export interface BudgetInput {
	generatedPages: number;
	build: BuildFigures;
	dist: DistFigures;
	pages: PageLoadFigures[];
	search: SearchFigures[];
	precache: PrecacheFigures;
	baseline: Baseline | null;
}

const isProtocol = (page: PageLoadFigures) => page.path.startsWith('/protocols/');

export function checkBudgets(input: BudgetInput): BudgetCheck[] {
	const checks: BudgetCheck[] = [];
	const protocols = input.pages.filter(isProtocol);
	const worst = <T>(items: readonly T[], value: (item: T) => number) => items.reduce<T | undefined>((max, item) => (max === undefined || value(item) > value(max) ? item : max), undefined);

	const firstLoad = worst(protocols, (page) => page.htmlCssJs.gzip);
	checks.push(
		firstLoad
			? {
					id: 'protocol-first-load',
					budget: `protocol page first load (HTML + CSS + JS) < ${BUDGETS.protocolFirstLoadKB} KB compressed`,
					measured: `max ${kb(firstLoad.htmlCssJs.gzip)} KB gzip / ${kb(firstLoad.htmlCssJs.brotli)} KB brotli (${firstLoad.path}); ${protocols.map((page) => `${page.label} ${kb(page.htmlCssJs.gzip)}`).join(', ')}`,
					verdict: firstLoad.htmlCssJs.gzip < BUDGETS.protocolFirstLoadKB * KB ? 'holds' : 'does not hold',
					note: 'judged on gzip -9 (the larger of the two); 1 KB = 1024 bytes',
				}
			: { id: 'protocol-first-load', budget: `protocol page first load < ${BUDGETS.protocolFirstLoadKB} KB compressed`, measured: '-', verdict: 'not measured', note: 'no protocol page was loaded' },
	);

	const ownJs = worst(protocols, (page) => page.jsBeforeInteractive.total.gzip);
	checks.push(
		ownJs
			? {
					id: 'protocol-own-js',
					budget: `protocol page's own JS ≤ ${BUDGETS.protocolOwnJsKB} KB compressed`,
					measured: `max ${kb(ownJs.jsBeforeInteractive.total.gzip)} KB gzip / ${kb(ownJs.jsBeforeInteractive.total.brotli)} KB brotli (${ownJs.path}: ${kb(ownJs.jsBeforeInteractive.external.gzip)} KB fetched before load + ${kb(ownJs.jsBeforeInteractive.inline.gzip)} KB in ${ownJs.jsBeforeInteractive.inlineScripts} inline scripts)`,
					verdict: ownJs.jsBeforeInteractive.total.gzip <= BUDGETS.protocolOwnJsKB * KB ? 'holds' : 'does not hold',
					note: 'inline scripts compressed one by one (an upper bound: in the page they compress with the HTML)',
				}
			: { id: 'protocol-own-js', budget: `protocol page's own JS ≤ ${BUDGETS.protocolOwnJsKB} KB compressed`, measured: '-', verdict: 'not measured' },
	);

	const withReact = protocols.filter((page) => page.reactLoaded);
	checks.push({
		id: 'protocol-no-react',
		budget: 'no React (react-dom) on protocol pages',
		measured: protocols.length ? (withReact.length ? `React loaded on ${withReact.map((page) => page.path).join(', ')}` : `not loaded on any of ${protocols.length} protocol pages`) : '-',
		verdict: protocols.length ? (withReact.length ? 'does not hold' : 'holds') : 'not measured',
	});

	checks.push(htmlGrowth(input));

	// The budget names the palette; the side bar's view stands in for it where there is none.
	const search = input.search.find((figures) => figures.surface === 'command palette') ?? input.search[0];
	checks.push(
		search
			? {
					id: 'search-p95',
					budget: `search results < ${BUDGETS.searchP95Ms} ms p95, warm, on a 1,000-page manual`,
					measured: `p95 ${search.warm.p95FrameMs} ms to the frame after the results (${search.warm.p95Ms} ms to the DOM; median ${search.warm.medianMs} ms) over ${search.warm.queries.length} first-time queries, ${search.surface}, debounce ${search.debounceMs ?? '?'} ms included; repeated queries p95 ${search.repeat.p95FrameMs} ms`,
					verdict: search.warm.p95FrameMs < BUDGETS.searchP95Ms ? 'holds' : 'does not hold',
					note: `${input.dist.htmlPages} HTML pages${input.build.htmlPages < 1000 ? ' (the budget is stated for 1,000 pages)' : ''}; measured on the ${search.surface}`,
				}
			: { id: 'search-p95', budget: `search results < ${BUDGETS.searchP95Ms} ms p95 warm`, measured: '-', verdict: 'not measured' },
	);

	const precache = input.precache;
	checks.push({
		id: 'offline-precache',
		budget: `offline precache of the default manual < ${BUDGETS.precacheMB} MB`,
		measured: precache.bytes === null ? 'null' : `${(precache.bytes / KB / KB).toFixed(2)} MB raw (${((precache.gzipBytes ?? 0) / KB / KB).toFixed(2)} MB gzip) in ${precache.files} files`,
		verdict: precache.bytes === null ? 'not measured' : input.generatedPages > 0 ? 'not measured' : precache.bytes < BUDGETS.precacheMB * KB * KB ? 'holds' : 'does not hold',
		note: precache.bytes === null ? precache.note : input.generatedPages > 0 ? 'the budget is for the default manual: run with --pages 0' : `${precache.note}; judged on raw bytes (what the browser stores); 1 MB = 1024 KB`,
	});

	const reference = input.build.htmlPages >= 1000 ? REFERENCE_BUILD[1000] : input.build.htmlPages >= 200 ? REFERENCE_BUILD[200] : null;
	checks.push({
		id: 'build-per-page',
		budget: `a 1,000-page manual builds in ≤ ${BUDGETS.buildMsPerPage} ms a page (the reference)`,
		measured: `${input.build.msPerPage.toFixed(1)} ms a page (${(input.build.wallMs / 1000).toFixed(1)} s for ${input.build.htmlPages} HTML pages)`,
		verdict: input.build.htmlPages >= 1000 ? (input.build.msPerPage <= BUDGETS.buildMsPerPage ? 'holds' : 'does not hold') : 'not measured',
		note:
			input.build.htmlPages >= 1000
				? 'wall time of a cold `astro build` (validation, render, link check, Pagefind, move into dist/)'
				: `the budget is stated for 1,000 pages: run --pages 1000${reference ? `; the reference took ${reference.msPerPage} ms a page at ~200 pages` : '; a small manual is dominated by fixed start-up cost'}`,
	});
	return checks;
}

function htmlGrowth(input: BudgetInput): BudgetCheck {
	const budget = 'protocol page HTML does not grow with the size of the manual';
	const { baseline } = input;
	if (!baseline) return { id: 'html-flat', budget, measured: '-', verdict: 'not measured', note: input.generatedPages === 0 ? 'this run is the baseline: pass its JSON as --baseline to a run with --pages N' : 'pass the JSON of a --pages 0 run as --baseline <file>' };
	if (baseline.generatedPages >= input.generatedPages) return { id: 'html-flat', budget, measured: '-', verdict: 'not measured', note: `the baseline (${baseline.file}) has as many generated pages as this run or more` };
	const rows = input.pages
		.filter(isProtocol)
		.flatMap((page) => {
			const before = baseline.pages.find((row) => row.path === page.path);
			return before ? [{ path: page.path, before: before.htmlGzip, after: page.byType.html.gzip }] : [];
		});
	if (rows.length === 0) return { id: 'html-flat', budget, measured: '-', verdict: 'not measured', note: 'no protocol page of this run was measured in the baseline' };
	const grew = rows.filter((row) => row.after - row.before > BUDGETS.htmlGrowthToleranceBytes);
	return {
		id: 'html-flat',
		budget,
		measured: rows.map((row) => `${row.path} ${kb(row.before)} → ${kb(row.after)} KB gzip (${row.after >= row.before ? '+' : ''}${row.after - row.before} B)`).join('; '),
		verdict: grew.length ? 'does not hold' : 'holds',
		note: `compared with ${baseline.file} (${baseline.generatedPages} generated pages); growth above ${BUDGETS.htmlGrowthToleranceBytes} B counts`,
	};
}
