// npm run bench [-- --pages N] [--seed S] [--ref GIT-REF] [--reference starlight] [--baseline result.json] [--out file.json] [--port P] [--keep]
//
// A deterministic, self-contained benchmark of kapkit: copies the project to a temporary folder,
// adds N synthetic protocol pages (seeded, identical on every run), builds it cold, serves dist/ on
// 127.0.0.1 and loads pages and the search view in headless Chromium. It prints a short table and
// one JSON object with every figure, and compares them with the performance budgets of
// shared/design.md. A budget that does not hold is reported, never a failure: the exit code is
// non-zero only when the benchmark itself could not run. It never writes into the working tree.
// With --reference starlight it also builds the same synthetic pages with Starlight (pinned, installed
// once into a cache under the OS temp dir) and measures both side by side (issue 18's goals).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { checkBudgets, growthSince, type Baseline } from './budgets.ts';
import { checkGoals, checkSearchDuringPrecache, compareWithReference, type ComparisonInput } from './compare.ts';
import { prepareProject, PHASES, type PreparedProject } from './generate.ts';
import { astroBin, BuildFailed, GNU_TIME, measureDist, runBuild } from './measure-build.ts';
import { CHROMIUM, freePort, launchBrowser, measurePageLoad, startServer, type Server } from './measure-browser.ts';
import { commandPaletteSearch, measureSearch, measureSearchDuringPrecache, sideBarSearch, type SearchSurface } from './measure-search.ts';
import { measureOfflineReady, measurePrecache } from './precache.ts';
import { installReference, prepareReference, REFERENCE_ASTRO_VERSION, REFERENCES, STARLIGHT_VERSION, starlightSearch, type ReferenceName } from './reference.ts';
import { formatReport } from './report.ts';
import { toBaseline, type BenchResult } from './result.ts';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const log = (line: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

function usage(message: string): never {
	process.stderr.write(`bench: ${message}\nusage: npm run bench [-- --pages N] [--seed S] [--ref GIT-REF] [--reference starlight] [--baseline result.json] [--out file.json] [--port P] [--keep]\n  --ref measures a commit (git archive) instead of the working tree\n  --reference starlight also builds the synthetic pages with Starlight ${STARLIGHT_VERSION} (Astro ${REFERENCE_ASTRO_VERSION}) and compares\n`);
	process.exit(2);
}

const { values } = parseArgs({
	options: {
		pages: { type: 'string', default: '0' },
		seed: { type: 'string', default: '20261121' },
		ref: { type: 'string' },
		reference: { type: 'string' },
		baseline: { type: 'string' },
		out: { type: 'string' },
		port: { type: 'string', default: '4510' },
		keep: { type: 'boolean', default: false },
	},
	allowPositionals: false,
});
const count = Number(values.pages);
const seed = Number(values.seed);
const port = Number(values.port);
if (!Number.isInteger(count) || count < 0 || count > 20_000) usage(`--pages expects a whole number from 0 to 20000, found ${JSON.stringify(values.pages)}`);
if (!Number.isInteger(seed)) usage(`--seed expects a whole number, found ${JSON.stringify(values.seed)}`);
if (!Number.isInteger(port) || port < 1024 || port > 65000) usage(`--port expects a port number, found ${JSON.stringify(values.port)}`);
if (values.reference !== undefined && !(REFERENCES as readonly string[]).includes(values.reference)) usage(`--reference expects one of ${REFERENCES.join(', ')}, found ${JSON.stringify(values.reference)}`);
const referenceName = values.reference as ReferenceName | undefined;

let baseline: Baseline | null = null;
if (values.baseline) {
	try {
		const previous = JSON.parse(readFileSync(values.baseline, 'utf8')) as BenchResult;
		if (previous.benchmark !== 'kapkit-bench') throw new Error('not a kapkit bench result');
		baseline = toBaseline(values.baseline, previous);
	} catch (error) {
		usage(`--baseline ${values.baseline}: ${(error as Error).message}`);
	}
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const resultFile = resolve(values.out ?? join(tmpdir(), 'kapkit-bench', `bench-n${count}-${stamp}.json`));
const dir = mkdtempSync(join(tmpdir(), 'kapkit-bench-'));
const referenceDir = referenceName ? mkdtempSync(join(tmpdir(), `kapkit-bench-${referenceName}-`)) : null;
let server: Server | undefined;
let referenceServer: Server | undefined;
let browser: Browser | undefined;

const removeCopies = () => {
	for (const folder of [dir, referenceDir]) if (folder) rmSync(folder, { recursive: true, force: true });
};
const cleanUp = () => {
	for (const running of [server, referenceServer]) if (running && running.process.exitCode === null) running.process.kill('SIGKILL');
	if (!values.keep) removeCopies();
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		log(`${signal}: stopping`);
		cleanUp();
		process.exit(130);
	});
}

const result: BenchResult = {
	benchmark: 'kapkit-bench',
	schema: 1,
	date: new Date().toISOString(),
	machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: null, timeTool: existsSync(GNU_TIME) ? GNU_TIME : 'missing (Debian package "time")', loadAverage: { before: Math.round((loadavg()[0] ?? 0) * 100) / 100, after: null } },
	options: { pages: count, seed, ref: values.ref ?? null, baseline: values.baseline ?? null },
	content: { generatedPages: count, source: null, sourceHash: '', contentHash: '', medianWordsPerGeneratedPage: null, protocolPages: null },
	build: null,
	dist: null,
	pages: [],
	search: [],
	searchDuringPrecache: [],
	growth: null,
	offlinePrecache: { bytes: null, gzipBytes: null, files: null, source: null, note: 'not measured' },
	offlineReady: null,
	budgets: [],
	reference: referenceName
		? { name: referenceName, versions: null, install: null, corpus: { generatedPages: count, indexPage: '/', note: `Starlight builds the ${count} synthetic pages and an index page; kapkit builds them and its shipped pages` }, build: null, dist: null, pages: [], search: [], comparison: [], goals: [] }
		: null,
	errors: [],
	resultFile,
	keptDir: values.keep ? dir : null,
};

/** A measurement that failed is recorded and the run goes on; the exit code says the run was incomplete. */
async function attempt<T>(what: string, work: () => Promise<T>): Promise<T | undefined> {
	try {
		return await work();
	} catch (error) {
		const message = `${what}: ${error instanceof Error ? error.message : String(error)}`;
		log(message);
		result.errors.push(message);
		return undefined;
	}
}

try {
	log(`copying the project (${values.ref ? `commit ${values.ref}` : 'working tree'}) to ${dir} and writing ${count} synthetic pages (seed ${seed})`);
	const prepared: PreparedProject = prepareProject(project, dir, count, seed, values.ref ?? null);
	result.content.source = prepared.origin;
	result.content.sourceHash = prepared.sourceHash;
	result.content.contentHash = prepared.contentHash;
	result.content.medianWordsPerGeneratedPage = prepared.medianWords;
	result.content.protocolPages = PHASES.reduce((sum, phase) => sum + readdirSync(join(dir, 'protocols', phase)).filter((name) => name.endsWith('.mdx')).length, 0);

	log('building (cold) …');
	const built = await runBuild(dir, astroBin(join(project, 'node_modules')), log);
	const dist = join(dir, 'dist');
	result.dist = await measureDist(dist, log);
	result.build = { ...built, htmlPages: result.dist.htmlPages, msPerPage: built.wallMs / result.dist.htmlPages };
	log(`built ${result.dist.htmlPages} pages in ${(built.wallMs / 1000).toFixed(1)} s`);
	result.offlinePrecache = await measurePrecache(dist);

	const reference = result.reference;
	// A reference that cannot be installed or built is an error of the run; kapkit's own figures are still measured.
	if (reference && referenceDir) {
		await attempt(`the ${reference.name} reference`, async () => {
			const install = await installReference(log);
			reference.install = install;
			reference.versions = install.versions;
			log(`writing the ${count} synthetic pages as Starlight docs pages in ${referenceDir}`);
			prepareReference(referenceDir, install, dir, prepared.pages);
			log('building the reference (cold) …');
			const referenceBuilt = await runBuild(referenceDir, astroBin(join(install.dir, 'node_modules')), log);
			reference.dist = await measureDist(join(referenceDir, 'dist'), log);
			reference.build = { ...referenceBuilt, htmlPages: reference.dist.htmlPages, msPerPage: referenceBuilt.wallMs / reference.dist.htmlPages };
			log(`the reference built ${reference.dist.htmlPages} pages in ${(referenceBuilt.wallMs / 1000).toFixed(1)} s`);
		});
	}

	if (!existsSync(CHROMIUM)) {
		result.errors.push(`no Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH; the benchmark never downloads a browser`);
	} else {
		const listening = await freePort(port);
		server = await startServer(project, dist, listening);
		log(`serving dist/ at ${server.origin}`);
		browser = await launchBrowser();
		result.machine.chromium = browser.version();
		const first = prepared.pages[0];
		const targets: [string, string][] = [
			['/protocols/dosing/iv-racemic-infusion/', 'IV dosing'],
			['/protocols/integration/integration-models/', 'integration'],
			first ? [first.route, 'generated'] : ['/protocols/preparation/set-and-setting/', 'preparation'],
			['/worksheets/session-vitals-log/', 'worksheet'],
		];
		// One load first, not counted: the browser's own start-up would otherwise land on the first page measured.
		await attempt('warm-up load', () => measurePageLoad(browser as Browser, (server as Server).origin, '/', 'warm-up'));
		for (const [path, label] of targets) {
			log(`first load of ${path}`);
			const figures = await attempt(`first load of ${path}`, () => measurePageLoad(browser as Browser, (server as Server).origin, path, label));
			if (figures) result.pages.push(figures);
		}
		// Every search surface the site has, each in a fresh context (so each one's first query is cold).
		const searchPage = '/protocols/dosing/iv-racemic-infusion/';
		const palette = commandPaletteSearch(dir, searchPage);
		const surfaces: SearchSurface[] = [sideBarSearch(dir, searchPage), ...(palette ? [palette] : [])];
		for (const surface of surfaces) {
			log(`search latency: ${surface.name}`);
			const figures = await attempt(`search (${surface.name})`, () => measureSearch(browser as Browser, (server as Server).origin, surface));
			if (figures) result.search.push(figures);
		}
		if (result.offlinePrecache.source) {
			for (const surface of surfaces) {
				log(`search latency on a first visit, while the service worker precaches: ${surface.name}`);
				const figures = await attempt(`search during the precache (${surface.name})`, () => measureSearchDuringPrecache(browser as Browser, (server as Server).origin, surface));
				if (figures) result.searchDuringPrecache.push(figures);
			}
			log('offline: first visit until the status bar says "Offline ready"');
			result.offlineReady = (await attempt('offline ready', () => measureOfflineReady(browser as Browser, (server as Server).origin, searchPage))) ?? null;
		}
		await server.stop();

		if (reference?.dist && referenceDir) {
			referenceServer = await startServer(project, join(referenceDir, 'dist'), await freePort(listening + 1));
			log(`serving the reference's dist/ at ${referenceServer.origin}`);
			const origin = referenceServer.origin;
			const contentPath = first ? first.route : '/';
			await attempt('reference warm-up load', () => measurePageLoad(browser as Browser, origin, '/', 'warm-up'));
			const referenceTargets: [string, string][] = first ? [['/', 'index'], [contentPath, 'generated']] : [['/', 'index']];
			for (const [path, label] of referenceTargets) {
				log(`reference: first load of ${path}`);
				const figures = await attempt(`reference first load of ${path}`, () => measurePageLoad(browser as Browser, origin, path, label));
				if (figures) reference.pages.push(figures);
			}
			const surface = starlightSearch(contentPath);
			log(`reference search latency: ${surface.name}`);
			const figures = await attempt(`reference search (${surface.name})`, () => measureSearch(browser as Browser, origin, surface));
			if (figures) reference.search.push(figures);
			await referenceServer.stop();
		}
	}
	if (result.build && result.dist) {
		result.growth = baseline ? growthSince(baseline, result.build, result.dist) : null;
		result.budgets = [
			...checkBudgets({ generatedPages: count, build: result.build, dist: result.dist, pages: result.pages, search: result.search, precache: result.offlinePrecache, baseline }),
			...(result.offlinePrecache.source ? checkSearchDuringPrecache(result.searchDuringPrecache, count, true) : []),
		];
	}
	if (result.reference) {
		const sides: ComparisonInput = {
			generatedPages: count,
			kapkit: { build: result.build, dist: result.dist, pages: result.pages, search: result.search, offlineReady: result.offlineReady, searchDuringPrecache: result.searchDuringPrecache },
			reference: result.reference,
			baseline,
		};
		result.reference.comparison = compareWithReference(sides);
		result.reference.goals = checkGoals(sides);
	}
} catch (error) {
	const message = error instanceof BuildFailed ? error.message : `the benchmark could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
	result.errors.push(message);
	log(message);
} finally {
	await browser?.close().catch(() => undefined);
	await server?.stop();
	await referenceServer?.stop();
	if (values.keep) log(`kept the project copy in ${dir}${referenceDir ? ` and the reference's in ${referenceDir}` : ''}`);
	else removeCopies();
}

result.machine.loadAverage.after = Math.round((loadavg()[0] ?? 0) * 100) / 100;
mkdirSync(dirname(resultFile), { recursive: true });
writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`${formatReport(result)}\n\nresult written to ${resultFile}\n${JSON.stringify(result)}\n`);
if (result.errors.length) {
	process.stderr.write(`bench: the run was incomplete (${result.errors.length} error${result.errors.length === 1 ? '' : 's'}, listed above); budgets that do not hold never fail it.\n`);
	process.exitCode = 1;
}
