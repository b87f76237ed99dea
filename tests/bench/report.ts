// The short human-readable summary printed above the JSON.
import type { BudgetCheck } from './budgets.ts';
import { kb, type Sizes } from './compress.ts';
import { COLD_QUERY } from './measure-search.ts';
import type { BenchResult, ReferenceResult } from './result.ts';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const triple = (sizes: Sizes) => `${kb(sizes.raw)}/${kb(sizes.gzip)}/${kb(sizes.brotli)}`;
const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length));
const padStart = (text: string, width: number) => (text.length >= width ? text : ' '.repeat(width - text.length) + text);

export function formatReport(result: BenchResult): string {
	const lines: string[] = [];
	const { build, dist, content } = result;
	lines.push(`kapkit bench · ${content.generatedPages} generated pages + the real manual = ${dist?.htmlPages ?? '?'} HTML pages · seed ${result.options.seed} · ${result.machine.cpus} cores · load ${result.machine.loadAverage.before} → ${result.machine.loadAverage.after ?? '?'}`);
	lines.push(`source     ${content.source ? `${content.source.from === content.source.commit ? 'commit' : `${content.source.from} at`} ${content.source.commit?.slice(0, 7) ?? '?'}${content.source.uncommittedChanges ? ' + uncommitted changes' : ''}, ` : ''}files ${content.sourceHash} · synthetic pages ${content.contentHash}${content.medianWordsPerGeneratedPage ? `, median ${content.medianWordsPerGeneratedPage} words` : ''} · ${content.protocolPages ?? '?'} protocol pages`);
	if (build) {
		lines.push(
			`build      ${(build.wallMs / 1000).toFixed(1)} s wall · ${build.msPerPage.toFixed(1)} ms/page · peak RSS ${build.peakRssMB === null ? 'not measured (no /usr/bin/time)' : `${build.peakRssMB} MB`}${build.userSeconds !== null ? ` · CPU ${build.userSeconds.toFixed(1)} s user + ${(build.systemSeconds ?? 0).toFixed(1)} s sys` : ''}`,
		);
	}
	if (build) {
		const p = build.phases;
		const s = (value: number | null) => (value === null ? '?' : `${value.toFixed(1)} s`);
		lines.push(`           setup+sync ${s(p.setupAndSyncS)} · bundle ${s(p.bundleS)} · render ${s(p.renderS)} · after render (links, Pagefind, SW, move) ${s(p.afterRenderS)} · outside Astro ${s(p.outsideAstroS)}`);
	}
	if (result.growth) {
		const g = result.growth;
		lines.push(`per added  ${g.addedPages} pages since the baseline: ${g.msPerAddedPage} ms build · ${g.distKBPerAddedPage} KB dist/ (HTML ${g.htmlKBPerAddedPage}, Pagefind ${g.pagefindKBPerAddedPage})`);
	}
	if (dist) {
		lines.push(`dist/      ${mb(dist.bytes)} in ${dist.files} files · HTML ${mb(dist.htmlBytes)} · _astro ${kb(dist.assetsBytes)} KB · pagefind ${mb(dist.pagefind.bytes)} (${dist.pagefind.files} files) · explorer.json ${dist.explorerJson ? `${triple(dist.explorerJson)} KB` : 'missing'}`);
		const h = dist.htmlPerPage;
		lines.push(`HTML/page  median ${kb(h.raw.median)} KB raw, ${kb(h.gzip.median)} gzip, ${kb(h.brotli.median)} br · max ${kb(h.raw.max)} raw, ${kb(h.gzip.max)} gzip, ${kb(h.brotli.max)} br (${h.brotli.maxPage})`);
		const p = dist.protocolHtmlPerPage;
		lines.push(`protocols  median ${kb(p.raw.median)} KB raw, ${kb(p.gzip.median)} gzip, ${kb(p.brotli.median)} br · max ${kb(p.gzip.max)} gzip (${p.gzip.maxPage})`);
	}
	if (result.pages.length) {
		lines.push('', 'first load, KB raw/gzip/brotli (the static server does not compress; compressed sizes computed per response)');
		const rows = [
			['page', 'req', 'HTML', 'CSS', 'JS', 'fonts', 'other', 'HTML+CSS+JS', 'JS<interactive', 'React', 'DCL/load ms'],
			...result.pages.map((page) => [
				page.path,
				String(page.requests),
				triple(page.byType.html),
				triple(page.byType.css),
				triple(page.byType.js),
				triple(page.byType.fonts),
				triple(page.byType.other),
				triple(page.htmlCssJs),
				triple(page.jsBeforeInteractive.total),
				page.reactLoaded ? 'yes' : 'no',
				`${page.domContentLoadedMs}/${page.loadMs}`,
			]),
		];
		const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
		for (const row of rows) lines.push(row.map((cell, column) => (column === 1 ? padStart(cell, widths[column] ?? 0) : pad(cell, widths[column] ?? 0))).join('  ').trimEnd());
	}
	for (const search of result.search) {
		lines.push(
			'',
			`search     ${search.surface} on ${search.path} · debounce ${search.debounceMs ?? '?'} ms (included below) · opens in ${search.openMs} ms (${kb(search.openBytes)} KB)`,
			`           cold "${search.cold.query}": ${search.cold.frameMs} ms (rounds: ${search.cold.roundsMs.join(', ')}), ${kb(search.cold.bytes)} KB in ${search.cold.requests} requests (loads Pagefind; KB as a gzip host sends them)`,
			`           warm (${search.warm.queries.length} queries in ${search.rounds} rounds): median ${search.warm.medianFrameMs} ms, p95 ${search.warm.p95FrameMs} ms to the frame (DOM: ${search.warm.medianMs}/${search.warm.p95Ms} ms) · ${search.warm.medianKB} KB/query median, ${search.warm.maxKB} max`,
			`           repeated queries: median ${search.repeat.medianFrameMs} ms, p95 ${search.repeat.p95FrameMs} ms to the frame`,
		);
	}
	for (const search of result.searchDuringPrecache) {
		const during = search.duringPrecache;
		lines.push(
			'',
			`first visit ${search.surface} while the service worker precaches (${search.rounds} fresh contexts, opened at load) · opens in ${search.openMs} ms · cold "${COLD_QUERY}": ${search.coldRoundsMs.join(', ')} ms`,
			`           ${search.beforeReady} of ${search.typed} first-time queries ran before "Offline ready"${during ? `: median ${during.medianFrameMs} ms, p95 ${during.p95FrameMs} ms to the frame (DOM: ${during.medianMs}/${during.p95Ms} ms)` : ''}`,
		);
	}
	const precache = result.offlinePrecache;
	lines.push('', `precache   ${precache.bytes === null ? `null (${precache.note})` : `${mb(precache.bytes)} raw, ${mb(precache.gzipBytes ?? 0)} gzip, in ${precache.files} files (${precache.note})`}`);
	if (result.offlineReady) {
		const ready = result.offlineReady;
		lines.push(`           first visit: "${ready.status}" ${ready.msAfterLoad === null ? 'not reached' : `${ready.msAfterLoad} ms after load`} · the service worker fetched ${mb(ready.serviceWorkerBytes)} in ${ready.serviceWorkerRequests} requests`);
	}
	lines.push('', 'budgets (shared/design.md, "Performance budgets")');
	for (const check of result.budgets) lines.push(formatCheck(check));
	if (result.reference) lines.push('', ...formatReference(result.reference));
	if (result.errors.length) lines.push('', 'errors', ...result.errors.map((error) => `  ${error}`));
	return lines.join('\n');
}

function formatCheck(check: BudgetCheck): string {
	const mark = check.verdict === 'holds' ? 'holds        ' : check.verdict === 'does not hold' ? 'DOES NOT HOLD' : 'not measured ';
	return `  ${mark}  ${check.budget}\n                 ${check.measured}${check.note ? `\n                 (${check.note})` : ''}`;
}

function formatReference(reference: ReferenceResult): string[] {
	const lines: string[] = [];
	const versions = reference.versions ? `Starlight ${reference.versions.starlight} on Astro ${reference.versions.astro}, Pagefind ${reference.versions.pagefind ?? '?'}` : 'Starlight (not installed)';
	lines.push(`reference  ${versions} · ${reference.corpus.note}`);
	const install = reference.install;
	if (install) {
		lines.push(`install    ${install.cached ? `cached (made ${install.installedAt.slice(0, 16).replace('T', ' ')} in ${(install.installMs / 1000).toFixed(1)} s)` : `${(install.installMs / 1000).toFixed(1)} s (npm install, this run)`} · ${install.packages} packages, ${mb(install.nodeModulesBytes)} · ${install.dir}`);
	}
	const build = reference.build;
	if (build) {
		const p = build.phases;
		const s = (value: number | null) => (value === null ? '?' : `${value.toFixed(1)} s`);
		lines.push(`build      Starlight: setup+sync ${s(p.setupAndSyncS)} · bundle ${s(p.bundleS)} · render ${s(p.renderS)} · after render (Pagefind, sitemap) ${s(p.afterRenderS)} · outside Astro ${s(p.outsideAstroS)}`);
	}
	for (const search of reference.search) {
		lines.push(`search     Starlight's dialog on ${search.path} · debounce ${search.debounceMs ?? '?'} ms · cold "${search.cold.query}" ${search.cold.frameMs} ms · repeated p95 ${search.repeat.p95FrameMs} ms`);
	}
	if (reference.comparison.length) {
		lines.push('', 'kapkit side by side with Starlight (one run; ratio = kapkit / Starlight, below 1 is kapkit ahead; sizes gzip -9, 1 KiB = 1024 B)');
		const rows = [['', 'kapkit', 'Starlight', 'ratio'], ...reference.comparison.map((row) => [row.figure, row.kapkit, row.reference, row.ratio === null ? '' : row.ratio.toFixed(2)])];
		const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
		for (const row of rows) lines.push(row.map((cell, column) => (column === 0 ? pad(cell, widths[column] ?? 0) : padStart(cell, widths[column] ?? 0))).join('  ').trimEnd());
	}
	if (reference.goals.length) {
		lines.push('', 'goals (issue 18)');
		for (const check of reference.goals) lines.push(formatCheck(check));
	}
	return lines;
}
