// The one JSON object a run prints and writes.
import type { Baseline, BudgetCheck, Growth } from './budgets.ts';
import type { SourceOrigin } from './generate.ts';
import type { ComparisonRow } from './compare.ts';
import type { BuildFigures, DistFigures } from './measure-build.ts';
import type { PageLoadFigures } from './measure-browser.ts';
import type { PrecacheSearchFigures, SearchFigures } from './measure-search.ts';
import type { OfflineReadyFigures, PrecacheFigures } from './precache.ts';
import type { InstallFigures, ReferenceName } from './reference.ts';

export interface BenchResult {
	benchmark: 'kapkit-bench';
	schema: 1;
	date: string;
	machine: { cpus: number; cpuModel: string; memoryGB: number; node: string; chromium: string | null; timeTool: string; /** 1-minute load average before and after the run: other work on the machine makes timings noisy. */ loadAverage: { before: number; after: number | null } };
	options: { pages: number; seed: number; ref: string | null; baseline: string | null };
	content: { generatedPages: number; source: SourceOrigin | null; sourceHash: string; contentHash: string; medianWordsPerGeneratedPage: number | null; protocolPages: number | null };
	build: BuildFigures | null;
	dist: DistFigures | null;
	pages: PageLoadFigures[];
	search: SearchFigures[];
	/** Search on a first visit while the service worker precaches (the search above blocks it). */
	searchDuringPrecache: PrecacheSearchFigures[];
	/** Cost per page added since the baseline run (with --baseline). */
	growth: Growth | null;
	offlinePrecache: PrecacheFigures;
	/** A first visit with the service worker allowed (the page loads and search above block it, to measure the network path alone). */
	offlineReady: OfflineReadyFigures | null;
	budgets: BudgetCheck[];
	/** With --reference: the reference built from the same synthetic pages and measured the same way in this run. */
	reference: ReferenceResult | null;
	errors: string[];
	resultFile: string;
	/** The project copy, when kept with --keep. */
	keptDir: string | null;
}

export interface ReferenceResult {
	name: ReferenceName;
	versions: { starlight: string; astro: string; pagefind: string | null } | null;
	/** The install of the pinned reference into the cache (this run's, or the earlier one it reused). */
	install: InstallFigures | null;
	/** What the reference builds: the synthetic pages and an index page (kapkit also builds its shipped pages). */
	corpus: { generatedPages: number; indexPage: string; note: string };
	build: BuildFigures | null;
	dist: DistFigures | null;
	pages: PageLoadFigures[];
	search: SearchFigures[];
	/** Each figure side by side, with kapkit / reference. */
	comparison: ComparisonRow[];
	/** Issue 18's goals, checked on this run. */
	goals: BudgetCheck[];
}

/** Reads a previous run's JSON as the baseline for the "HTML does not grow" budget. */
export function toBaseline(file: string, result: BenchResult): Baseline {
	return {
		file,
		generatedPages: result.content.generatedPages,
		pages: result.pages.map((page) => ({ path: page.path, htmlGzip: page.byType.html.gzip, htmlCssJsGzip: page.htmlCssJs.gzip, totalGzip: page.total.gzip })),
		build: result.build ? { wallMs: result.build.wallMs, htmlPages: result.build.htmlPages } : null,
		dist: result.dist ? { bytes: result.dist.bytes, htmlBytes: result.dist.htmlBytes, pagefindBytes: result.dist.pagefind.bytes } : null,
	};
}
