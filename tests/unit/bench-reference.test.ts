import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildScriptEnv, type BuildFigures } from '../bench/measure-build.ts';
import type { PageLoadFigures, ResourceKind } from '../bench/measure-browser.ts';
import type { PrecacheSearchFigures, SearchFigures } from '../bench/measure-search.ts';
import { checkGoals, checkSearchDuringPrecache, compareWithReference, type ComparisonInput } from '../bench/compare.ts';
import { referenceCacheDir, referencePackageJson, REFERENCE_ASTRO_VERSION, STARLIGHT_VERSION, toStarlightPage } from '../bench/reference.ts';

const PAGE = `---
title: "Benchmark page 0001: kaveine planning"
summary: "Synthetic benchmark text, not clinical guidance: The nurse records the session plan."
phase: dosing
order: 101
audience: [nurse, therapist]
references: [swainson-2021, fava-2018]
status: draft
---

<Callout kind="note" title="Synthetic benchmark page">
Generated.
</Callout>

Text <Cite id="swainson-2021" />.

<Callout kind="threshold" title="Kaveine check">
More <Cite id="fava-2018" />.
</Callout>
`;

describe('toStarlightPage', () => {
	const converted = toStarlightPage(PAGE, 2, 'protocols/dosing/bench-0001.mdx');

	it('keeps the frontmatter, with summary as description and order as the sidebar order', () => {
		const frontmatter = converted.split('\n---\n')[0] ?? '';
		expect(frontmatter).toContain('title: "Benchmark page 0001: kaveine planning"');
		expect(frontmatter).toContain('description: "Synthetic benchmark text, not clinical guidance: The nurse records the session plan."');
		expect(frontmatter).not.toContain('summary:');
		expect(frontmatter).toContain('sidebar:\n  order: 101');
		expect(frontmatter).toContain('audience: [nurse, therapist]');
		expect(frontmatter).toContain('status: draft');
	});

	it('writes callouts as Starlight asides and imports the components the body uses', () => {
		expect(converted).toContain('<Aside type="note" title="Synthetic benchmark page">');
		expect(converted).toContain('<Aside type="tip" title="Kaveine check">');
		expect(converted).not.toMatch(/Callout/);
		expect(converted).toContain(`import { Aside } from '@astrojs/starlight/components';`);
		expect(converted).toContain(`import Cite from '../../../../components/Cite.astro';`);
		expect(converted).toContain('Text <Cite id="swainson-2021" />.');
	});

	it('names the file when a page cannot be converted', () => {
		expect(() => toStarlightPage('no frontmatter', 2, 'protocols/x.mdx')).toThrow(/protocols\/x\.mdx: no frontmatter/);
		expect(() => toStarlightPage(PAGE.replace('kind="note"', 'kind="aside"'), 2, 'protocols/y.mdx')).toThrow(/protocols\/y\.mdx: a Callout of kind "aside"/);
	});
});

describe('the reference install', () => {
	it('pins Starlight and Astro exactly', () => {
		const manifest = JSON.parse(referencePackageJson()) as { dependencies: Record<string, string> };
		expect(manifest.dependencies).toEqual({ '@astrojs/starlight': STARLIGHT_VERSION, astro: REFERENCE_ASTRO_VERSION });
		expect(STARLIGHT_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
		expect(REFERENCE_ASTRO_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
	});

	it('caches under a folder named by the pinned versions, outside the project', () => {
		const dir = referenceCacheDir('/tmp/cache-root');
		expect(dir.startsWith('/tmp/cache-root/')).toBe(true);
		expect(dir).toContain(`starlight-${STARLIGHT_VERSION}-astro-${REFERENCE_ASTRO_VERSION}-`);
		expect(referenceCacheDir('/tmp/cache-root')).toBe(dir);
	});
});

describe('each project built as its own build script builds it', () => {
	const withScript = (build: string | undefined) => {
		const dir = mkdtempSync(join(tmpdir(), 'kapkit-build-script-'));
		try {
			writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: build === undefined ? {} : { build } }));
			return buildScriptEnv(join(dir, 'package.json'));
		} finally {
			rmSync(dir, { recursive: true });
		}
	};

	it('takes the environment the script sets before astro build', () => {
		expect(withScript('ASTRO_TELEMETRY_DISABLED=1 MIMALLOC_PURGE_DELAY=0 astro build')).toEqual({ ASTRO_TELEMETRY_DISABLED: '1', MIMALLOC_PURGE_DELAY: '0' });
		expect(withScript(JSON.parse(referencePackageJson()).scripts.build)).toEqual({});
	});

	it('refuses a script it cannot run the same way, naming what it read', () => {
		expect(() => withScript('npm run check && astro build')).toThrow(/scripts\.build.*"npm run check && astro build"/);
		expect(() => withScript(undefined)).toThrow(/scripts\.build/);
	});

	it('reads kapkit’s own script', () => {
		expect(buildScriptEnv(join(import.meta.dirname, '../../package.json'))).toHaveProperty('MIMALLOC_PURGE_DELAY', '0');
	});
});

const sizes = (gzip: number) => ({ raw: gzip * 4, gzip, brotli: gzip - 1 });
function page(path: string, label: string, byKind: Partial<Record<ResourceKind, number>>): PageLoadFigures {
	const kinds = ['html', 'css', 'js', 'fonts', 'other'] as const;
	const total = kinds.reduce((sum, kind) => sum + (byKind[kind] ?? 0), 0);
	return {
		label,
		path,
		requests: kinds.filter((kind) => byKind[kind]).length,
		requestsBeforeLoad: 1,
		byType: Object.fromEntries(kinds.map((kind) => [kind, { ...sizes(byKind[kind] ?? 0), count: byKind[kind] ? 1 : 0 }])) as PageLoadFigures['byType'],
		total: sizes(total),
		htmlCssJs: sizes((byKind.html ?? 0) + (byKind.css ?? 0) + (byKind.js ?? 0)),
		jsBeforeInteractive: { external: sizes(0), inline: sizes(0), total: sizes(0), inlineScripts: 0 },
		reactLoaded: false,
		domContentLoadedMs: 10,
		loadMs: 20,
		resources: [],
	};
}
function search(surface: string, p95: number, openBytes: number): SearchFigures {
	const figure = { query: 'q', ms: p95, frameMs: p95, results: 1, bytes: 0, rawBytes: 0, requests: 0, timedOut: false };
	return {
		surface,
		path: '/protocols/dosing/bench-0001/',
		debounceMs: 40,
		rounds: 3,
		openMs: 30,
		openBytes,
		cold: { ...figure, roundsMs: [p95] },
		warm: { queries: [figure], medianMs: p95 / 2, p95Ms: p95, medianFrameMs: p95 / 2, p95FrameMs: p95, medianKB: 1, maxKB: 2 },
		repeat: { medianMs: 1, p95Ms: 2, medianFrameMs: 1, p95FrameMs: 2 },
	};
}
function firstVisit(surface: string, beforeReadyMs: number[], typed = 15): PrecacheSearchFigures {
	const queries = beforeReadyMs.map((ms) => ({ query: 'q', ms, frameMs: ms, results: 1, bytes: 0, rawBytes: 0, requests: 0, timedOut: false }));
	const sorted = [...beforeReadyMs].sort((a, b) => a - b);
	const p95 = sorted[Math.ceil(0.95 * sorted.length) - 1] ?? 0;
	return {
		surface,
		path: '/protocols/dosing/iv-racemic-infusion/',
		rounds: 1,
		openMs: 40,
		coldRoundsMs: [300],
		coldBeforeReady: 1,
		typed,
		beforeReady: queries.length,
		duringPrecache: queries.length ? { queries, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, p95Ms: p95, medianFrameMs: sorted[Math.floor(sorted.length / 2)] ?? 0, p95FrameMs: p95 } : null,
	};
}
const build = (wallMs: number, peakRssMB: number): BuildFigures => ({ wallMs, peakRssMB, userSeconds: 1, systemSeconds: 1, timeTool: 'gnu-time', htmlPages: 1000, msPerPage: wallMs / 1000, phases: { setupAndSyncS: null, bundleS: null, renderS: null, afterRenderS: null, astroTotalS: null, outsideAstroS: null } });

function sides(generatedPages: number, kapkitPage: number, referencePage: number, kapkitWall: number): ComparisonInput {
	const route = '/protocols/dosing/bench-0001/';
	return {
		generatedPages,
		kapkit: {
			build: build(kapkitWall, 900),
			dist: null,
			pages: [page('/protocols/dosing/iv-racemic-infusion/', 'IV dosing', { html: 8000, css: 4000, js: kapkitPage - 12_000 }), page(route, 'generated', { html: 7000, css: 4000, js: 5000 }), page('/worksheets/session-vitals-log/', 'worksheet', { html: 9000, js: 90_000 })],
			search: [search('side-bar search view', 80, 0), search('command palette', 120, 20 * 1024)],
			offlineReady: null,
			searchDuringPrecache: [],
		},
		reference: { build: build(20_000, 1000), dist: null, pages: [page('/', 'index', { html: 15_000 }), page(route, 'generated', { html: referencePage - 40_000, css: 10_000, js: 30_000 })], search: [search('Starlight search dialog', 380, 13_000)] },
		baseline: null,
	};
}
const verdict = (input: ComparisonInput, id: string) => checkGoals(input).find((check) => check.id === id)?.verdict;

describe('kapkit against the reference', () => {
	it('puts the same page side by side with kapkit / reference as the ratio', () => {
		const rows = compareWithReference(sides(1000, 20_000, 66_000, 15_000));
		const firstLoad = rows.find((row) => row.figure.startsWith('first load, all bytes'));
		expect(firstLoad?.figure).toContain('/protocols/dosing/bench-0001/');
		expect(firstLoad?.ratio).toBe(Math.round((16_000 / 66_000) * 100) / 100);
		expect(rows.find((row) => row.figure === 'cold build, wall')?.ratio).toBe(0.75);
		expect(rows.find((row) => row.figure.startsWith('search typed → results, warm p95 (palette)'))?.ratio).toBe(Math.round((120 / 380) * 100) / 100);
		expect(rows.find((row) => row.figure === 'dist/')?.ratio).toBeNull();
	});

	it('judges the first load on kapkit’s heaviest protocol page, not the worksheet', () => {
		expect(verdict(sides(1000, 20_000, 66_000, 15_000), 'goal-first-load')).toBe('holds');
		expect(verdict(sides(1000, 23_000, 66_000, 15_000), 'goal-first-load')).toBe('does not hold');
		expect(verdict(sides(1000, 20_000, 66_000, 15_000), 'goal-first-load-vs-reference')).toBe('holds');
		expect(verdict(sides(1000, 20_000, 59_000, 15_000), 'goal-first-load-vs-reference')).toBe('does not hold');
	});

	it('judges search, the palette’s opening cost and the build, the latter two only at the stated scale', () => {
		const atScale = sides(1000, 20_000, 66_000, 15_000);
		expect(verdict(atScale, 'goal-search-p95-side-bar')).toBe('holds');
		expect(verdict(atScale, 'goal-search-p95-palette')).toBe('does not hold');
		expect(verdict(atScale, 'goal-open-search')).toBe('holds');
		expect(verdict(atScale, 'goal-build-wall')).toBe('holds');
		expect(verdict(sides(1000, 20_000, 66_000, 17_000), 'goal-build-wall')).toBe('does not hold');
		expect(verdict(atScale, 'goal-build-memory')).toBe('holds');
		const small = sides(8, 20_000, 66_000, 15_000);
		expect(verdict(small, 'goal-build-wall')).toBe('not measured');
		expect(verdict(small, 'goal-search-p95-palette')).toBe('not measured');
		expect(verdict(small, 'goal-open-search')).toBe('holds');
	});

	it('says whether the first load is flat against a baseline run', () => {
		const input = sides(1000, 20_000, 66_000, 15_000);
		const at = (totalGzip: number) => ({ file: 'n0.json', generatedPages: 0, pages: [{ path: '/protocols/dosing/iv-racemic-infusion/', htmlGzip: 8000, htmlCssJsGzip: 20_000, totalGzip }], build: null, dist: null });
		expect(verdict(input, 'goal-first-load-flat')).toBe('not measured');
		expect(verdict({ ...input, baseline: at(19_800) }, 'goal-first-load-flat')).toBe('holds');
		expect(verdict({ ...input, baseline: at(18_000) }, 'goal-first-load-flat')).toBe('does not hold');
	});

	it('judges search during the first visit’s precache on the queries that ran before "Offline ready"', () => {
		const surfaces = [firstVisit('command palette', [40, 60, 180]), firstVisit('side-bar search view', [50, 70, 90])];
		const checks = checkSearchDuringPrecache(surfaces, 0, true);
		expect(checks.map((check) => [check.id, check.verdict])).toEqual([
			['goal-search-p95-precaching-palette', 'does not hold'],
			['goal-search-p95-precaching-side-bar', 'holds'],
		]);
		expect(checks[0]?.measured).toContain('3 of 15 first-time queries ran before "Offline ready"');
		expect(checks[0]?.note).toMatch(/stated for 1,000 generated pages/);
		// No query before the precache finished: nothing to judge.
		expect(checkSearchDuringPrecache([firstVisit('command palette', [])], 1000, true)[0]?.verdict).toBe('not measured');
		expect(checkSearchDuringPrecache([], 1000, true).map((check) => check.verdict)).toEqual(['not measured', 'not measured']);
		// The goals list judges it only at the stated scale, like the warm search goal.
		const small = { ...sides(8, 20_000, 66_000, 15_000) };
		small.kapkit.searchDuringPrecache = surfaces;
		expect(verdict(small, 'goal-search-p95-precaching-side-bar')).toBe('not measured');
		const atScale = sides(1000, 20_000, 66_000, 15_000);
		atScale.kapkit.searchDuringPrecache = surfaces;
		expect(verdict(atScale, 'goal-search-p95-precaching-side-bar')).toBe('holds');
		expect(verdict(atScale, 'goal-search-p95-precaching-palette')).toBe('does not hold');
	});
});
