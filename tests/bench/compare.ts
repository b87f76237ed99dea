// kapkit side by side with the reference (Starlight) measured in the same run: each figure with the
// ratio kapkit / reference, and the goals of issue 18 checked against them. Like the budgets, a goal
// that does not hold is reported, never an error.
import { BUDGETS, KB, type Baseline, type BudgetCheck } from './budgets.ts';
import { kb } from './compress.ts';
import type { BuildFigures, DistFigures } from './measure-build.ts';
import { RESOURCE_KINDS, type PageLoadFigures } from './measure-browser.ts';
import type { PrecacheSearchFigures, SearchFigures } from './measure-search.ts';
import type { OfflineReadyFigures } from './precache.ts';

/** The goals of issue 18 ("Goals"), on top of kapkit's own budgets. */
export const GOALS = {
	/** All bytes of a protocol page's first load, gzip. */
	firstLoadKB: 22,
	/** kapkit's first load at most this share of the reference's. */
	firstLoadShareOfReference: 1 / 3,
	searchP95Ms: BUDGETS.searchP95Ms,
	openSearchKB: 25,
	/** kapkit's cold build wall time at most this share of the reference's. */
	buildWallShareOfReference: 0.8,
	/** The goals on search and the build are stated for a manual of this many generated pages. */
	statedAtPages: 1000,
} as const;

export interface SiteFigures {
	build: BuildFigures | null;
	dist: DistFigures | null;
	pages: PageLoadFigures[];
	search: SearchFigures[];
}

export interface ComparisonRow {
	figure: string;
	kapkit: string;
	reference: string;
	/** kapkit / reference, or null where either side has no figure. */
	ratio: number | null;
}

export interface ComparisonInput {
	generatedPages: number;
	kapkit: SiteFigures & { offlineReady: OfflineReadyFigures | null; searchDuringPrecache: PrecacheSearchFigures[] };
	reference: SiteFigures;
	baseline: Baseline | null;
}

const isProtocol = (page: PageLoadFigures) => page.path.startsWith('/protocols/');
const ratio = (kapkit: number | null | undefined, reference: number | null | undefined) =>
	kapkit === null || kapkit === undefined || reference === null || reference === undefined || reference === 0 ? null : Math.round((kapkit / reference) * 100) / 100;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const kib = (bytes: number) => `${kb(bytes)} KiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** kapkit's heaviest protocol page by all bytes of its first load (the goal's page). */
export function heaviestProtocolPage(pages: readonly PageLoadFigures[]): PageLoadFigures | undefined {
	return pages.filter(isProtocol).reduce<PageLoadFigures | undefined>((max, page) => (max === undefined || page.total.gzip > max.total.gzip ? page : max), undefined);
}

/** The reference's content page: the synthetic page kapkit also measured, else (no synthetic pages) its index page. */
export function referenceContentPage(pages: readonly PageLoadFigures[]): PageLoadFigures | undefined {
	return pages.find(isProtocol) ?? pages[0];
}

/** kapkit's page at the reference page's address when it has one (the same text on both), else its heaviest protocol page. */
function kapkitCounterpart(kapkit: readonly PageLoadFigures[], reference: PageLoadFigures | undefined): PageLoadFigures | undefined {
	return kapkit.find((page) => page.path === reference?.path) ?? heaviestProtocolPage(kapkit);
}

const PALETTE = 'command palette';
const SIDE_BAR = 'side-bar search view';

export function compareWithReference(input: ComparisonInput): ComparisonRow[] {
	const { kapkit, reference } = input;
	const rows: ComparisonRow[] = [];
	const add = (figure: string, mine: number | null | undefined, theirs: number | null | undefined, format: (value: number) => string) =>
		rows.push({ figure, kapkit: mine === null || mine === undefined ? '-' : format(mine), reference: theirs === null || theirs === undefined ? '-' : format(theirs), ratio: ratio(mine, theirs) });

	add('HTML pages built', kapkit.dist?.htmlPages, reference.dist?.htmlPages, String);
	add('cold build, wall', kapkit.build?.wallMs, reference.build?.wallMs, seconds);
	add('build peak memory (RSS)', kapkit.build?.peakRssMB, reference.build?.peakRssMB, (value) => `${value} MiB`);
	add('dist/', kapkit.dist?.bytes, reference.dist?.bytes, mib);
	const pageHtml = (dist: DistFigures | null | undefined) => (dist ? (dist.protocolHtmlPerPage.gzip.median || dist.htmlPerPage.gzip.median) : null);
	add('page HTML, gzip (median of protocol pages)', pageHtml(kapkit.dist), pageHtml(reference.dist), kib);

	const theirs = referenceContentPage(reference.pages);
	const mine = kapkitCounterpart(kapkit.pages, theirs);
	const pair = mine && theirs ? ` (${mine.path === theirs.path ? mine.path : `${mine.path} vs ${theirs.path}`})` : '';
	add(`first load, all bytes, gzip${pair}`, mine?.total.gzip, theirs?.total.gzip, kib);
	for (const kind of RESOURCE_KINDS) add(`  of which ${kind}`, mine?.byType[kind].gzip, theirs?.byType[kind].gzip, kib);
	add('  requests', mine?.requests, theirs?.requests, String);

	const dialog = reference.search[0];
	for (const name of [PALETTE, SIDE_BAR]) {
		const surface = kapkit.search.find((figures) => figures.surface === name);
		const label = name === PALETTE ? 'palette' : 'side bar';
		add(`search opens (${label}): key or click → input shown`, surface?.openMs, dialog?.openMs, (value) => `${value} ms`);
		add(`opening search fetches (${label}), gzip`, surface?.openBytes, dialog?.openBytes, kib);
		add(`search typed → results, warm median (${label})`, surface?.warm.medianFrameMs, dialog?.warm.medianFrameMs, (value) => `${value} ms`);
		add(`search typed → results, warm p95 (${label})`, surface?.warm.p95FrameMs, dialog?.warm.p95FrameMs, (value) => `${value} ms`);
	}
	rows.push({ figure: 'first visit → "Offline ready"', kapkit: kapkit.offlineReady?.msAfterLoad ? seconds(kapkit.offlineReady.msAfterLoad) : 'not reached', reference: 'no offline mode', ratio: null });
	return rows;
}

/** The goals of issue 18, checked on this run. */
export function checkGoals(input: ComparisonInput): BudgetCheck[] {
	const { kapkit, reference, generatedPages } = input;
	const atScale = generatedPages >= GOALS.statedAtPages;
	const scaleNote = `stated for ${GOALS.statedAtPages.toLocaleString('en')} generated pages: run --pages ${GOALS.statedAtPages}`;
	const checks: BudgetCheck[] = [];
	const heaviest = heaviestProtocolPage(kapkit.pages);
	const theirs = referenceContentPage(reference.pages);

	checks.push(
		heaviest
			? {
					id: 'goal-first-load',
					budget: `first load of a protocol page, all bytes ≤ ${GOALS.firstLoadKB} KiB gzip`,
					measured: `max ${kib(heaviest.total.gzip)} (${heaviest.path}); ${kapkit.pages.filter(isProtocol).map((page) => `${page.label} ${kb(page.total.gzip)}`).join(', ')}`,
					verdict: heaviest.total.gzip <= GOALS.firstLoadKB * KB ? 'holds' : 'does not hold',
				}
			: { id: 'goal-first-load', budget: `first load of a protocol page ≤ ${GOALS.firstLoadKB} KiB`, measured: '-', verdict: 'not measured', note: 'no protocol page was loaded' },
	);

	const comparable = heaviest && theirs && isProtocol(theirs);
	checks.push({
		id: 'goal-first-load-vs-reference',
		budget: 'first load of a protocol page ≤ ⅓ of Starlight’s (all bytes, gzip)',
		measured: heaviest && theirs ? `${kib(heaviest.total.gzip)} (${heaviest.path}) / ${kib(theirs.total.gzip)} (Starlight ${theirs.path}) = ${ratio(heaviest.total.gzip, theirs.total.gzip)}` : '-',
		verdict: comparable ? (heaviest.total.gzip <= theirs.total.gzip * GOALS.firstLoadShareOfReference ? 'holds' : 'does not hold') : 'not measured',
		...(comparable ? {} : { note: 'Starlight has no synthetic page to compare with: run with --pages 1 or more' }),
	});

	checks.push(firstLoadFlat(input));

	for (const name of [PALETTE, SIDE_BAR]) {
		const surface = kapkit.search.find((figures) => figures.surface === name);
		checks.push(
			surface
				? {
						id: `goal-search-p95-${name === PALETTE ? 'palette' : 'side-bar'}`,
						budget: `search typed → results p95 < ${GOALS.searchP95Ms} ms, warm, at ${GOALS.statedAtPages.toLocaleString('en')} pages: ${name}`,
						measured: `p95 ${surface.warm.p95FrameMs} ms (median ${surface.warm.medianFrameMs} ms) over ${surface.warm.queries.length} first-time queries${reference.search[0] ? `; Starlight's dialog p95 ${reference.search[0].warm.p95FrameMs} ms` : ''}`,
						verdict: atScale ? (surface.warm.p95FrameMs < GOALS.searchP95Ms ? 'holds' : 'does not hold') : 'not measured',
						...(atScale ? {} : { note: scaleNote }),
					}
				: { id: `goal-search-p95-${name === PALETTE ? 'palette' : 'side-bar'}`, budget: `search p95 < ${GOALS.searchP95Ms} ms: ${name}`, measured: '-', verdict: 'not measured', note: `the ${name} was not measured` },
		);
	}

	checks.push(...checkSearchDuringPrecache(kapkit.searchDuringPrecache, generatedPages, false));

	const palette = kapkit.search.find((figures) => figures.surface === PALETTE);
	checks.push(
		palette
			? {
					id: 'goal-open-search',
					budget: `opening the palette fetches ≤ ${GOALS.openSearchKB} KiB gzip`,
					measured: `${kib(palette.openBytes)}${reference.search[0] ? `; Starlight's dialog ${kib(reference.search[0].openBytes)}` : ''}`,
					verdict: palette.openBytes <= GOALS.openSearchKB * KB ? 'holds' : 'does not hold',
				}
			: { id: 'goal-open-search', budget: `opening the palette fetches ≤ ${GOALS.openSearchKB} KiB`, measured: '-', verdict: 'not measured', note: 'the palette was not measured' },
	);

	const wall = kapkit.build && reference.build ? { mine: kapkit.build.wallMs, theirs: reference.build.wallMs } : null;
	checks.push({
		id: 'goal-build-wall',
		budget: `cold build wall time ≤ ${GOALS.buildWallShareOfReference}× Starlight’s, at ${GOALS.statedAtPages.toLocaleString('en')} pages`,
		measured: wall ? `${seconds(wall.mine)} / ${seconds(wall.theirs)} = ${ratio(wall.mine, wall.theirs)}` : '-',
		verdict: wall && atScale ? (wall.mine <= wall.theirs * GOALS.buildWallShareOfReference ? 'holds' : 'does not hold') : 'not measured',
		...(wall && atScale ? {} : { note: wall ? scaleNote : 'a build was not measured' }),
	});
	const memory = kapkit.build?.peakRssMB != null && reference.build?.peakRssMB != null ? { mine: kapkit.build.peakRssMB, theirs: reference.build.peakRssMB } : null;
	checks.push({
		id: 'goal-build-memory',
		budget: `build peak memory ≤ Starlight’s, at ${GOALS.statedAtPages.toLocaleString('en')} pages`,
		measured: memory ? `${memory.mine} MiB / ${memory.theirs} MiB = ${ratio(memory.mine, memory.theirs)}` : '-',
		verdict: memory && atScale ? (memory.mine <= memory.theirs ? 'holds' : 'does not hold') : 'not measured',
		...(memory && atScale ? {} : { note: memory ? scaleNote : 'peak memory needs GNU time (Debian package "time")' }),
	});
	return checks;
}

/** "The same at 0 and 1,000 pages": this run's protocol pages against the baseline run's, all bytes. */
function firstLoadFlat(input: ComparisonInput): BudgetCheck {
	const budget = 'first load of a protocol page flat in N (all bytes, gzip, same page as the baseline run)';
	const { baseline } = input;
	if (!baseline) return { id: 'goal-first-load-flat', budget, measured: '-', verdict: 'not measured', note: 'pass the JSON of a --pages 0 run as --baseline <file>' };
	if (baseline.generatedPages >= input.generatedPages) return { id: 'goal-first-load-flat', budget, measured: '-', verdict: 'not measured', note: `the baseline (${baseline.file}) has as many generated pages as this run or more` };
	const rows = input.kapkit.pages.filter(isProtocol).flatMap((page) => {
		const before = baseline.pages.find((row) => row.path === page.path)?.totalGzip;
		return before === undefined ? [] : [{ path: page.path, before, after: page.total.gzip }];
	});
	if (rows.length === 0) return { id: 'goal-first-load-flat', budget, measured: '-', verdict: 'not measured', note: 'no protocol page of this run has an all-bytes figure in the baseline' };
	const grew = rows.filter((row) => row.after - row.before > BUDGETS.htmlGrowthToleranceBytes);
	return {
		id: 'goal-first-load-flat',
		budget,
		measured: rows.map((row) => `${row.path} ${kb(row.before)} → ${kb(row.after)} KiB (${row.after >= row.before ? '+' : ''}${row.after - row.before} B)`).join('; '),
		verdict: grew.length ? 'does not hold' : 'holds',
		note: `compared with ${baseline.file} (${baseline.generatedPages} generated pages); growth above ${BUDGETS.htmlGrowthToleranceBytes} B counts`,
	};
}

/**
 * "Search p95 < 100 ms … including first visits while the service worker is still precaching": each
 * surface judged on the queries that ran before the status bar said "Offline ready". Below the
 * stated scale the verdict is given with a note when `judgeBelowScale` (the budgets), else not
 * measured (the goals, like the warm search goal).
 */
export function checkSearchDuringPrecache(figures: readonly PrecacheSearchFigures[], generatedPages: number, judgeBelowScale: boolean): BudgetCheck[] {
	const atScale = generatedPages >= GOALS.statedAtPages;
	return [PALETTE, SIDE_BAR].map((name): BudgetCheck => {
		const id = `goal-search-p95-precaching-${name === PALETTE ? 'palette' : 'side-bar'}`;
		const budget = `search typed → results p95 < ${GOALS.searchP95Ms} ms on a first visit while the service worker precaches: ${name}`;
		const surface = figures.find((entry) => entry.surface === name);
		if (!surface) return { id, budget, measured: '-', verdict: 'not measured', note: `the ${name} was not measured on a first visit` };
		const counted = `${surface.beforeReady} of ${surface.typed} first-time queries ran before "Offline ready" (cold query: ${surface.coldBeforeReady} of ${surface.rounds})`;
		const during = surface.duringPrecache;
		if (!during) return { id, budget, measured: counted, verdict: 'not measured', note: 'the precache finished before any query: nothing competed with search' };
		const judged = atScale || judgeBelowScale;
		return {
			id,
			budget,
			measured: `p95 ${during.p95FrameMs} ms (median ${during.medianFrameMs} ms) to the frame; ${counted}`,
			verdict: judged ? (during.p95FrameMs < GOALS.searchP95Ms ? 'holds' : 'does not hold') : 'not measured',
			...(atScale ? {} : { note: `stated for ${GOALS.statedAtPages.toLocaleString('en')} generated pages: run --pages ${GOALS.statedAtPages}` }),
		};
	});
}
