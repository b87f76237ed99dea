// Builds the project copy once, cold, under /usr/bin/time -v, and measures what it wrote.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compressedSizes, mapLimit, type Sizes } from './compress.ts';

export const GNU_TIME = '/usr/bin/time';

export interface BuildFigures {
	wallMs: number;
	/** Maximum resident set size of the largest process of the build (GNU time), or null without it. */
	peakRssMB: number | null;
	userSeconds: number | null;
	systemSeconds: number | null;
	/** GNU time is in Debian's `time` package; without it only the wall time is measured. */
	timeTool: 'gnu-time' | 'missing';
	htmlPages: number;
	msPerPage: number;
	/** Where the time went, from Astro's own log (seconds; null where the log did not say). */
	phases: BuildPhases;
}

export interface BuildPhases {
	/** Node and Astro start-up, config, kapkit's content validation, content sync and types. */
	setupAndSyncS: number | null;
	/** Vite/Rolldown bundling of the server and client builds. */
	bundleS: number | null;
	/** Rendering every page to HTML ("generating static routes"). */
	renderS: number | null;
	/** After rendering, kapkit's astro:build:done: link check, Pagefind index, service worker, move into dist/ (Astro's total less the above). */
	afterRenderS: number | null;
	/** Astro's own total ("N page(s) built in"). */
	astroTotalS: number | null;
	/** Process start-up and exit outside Astro's total: wall time less astroTotalS. */
	outsideAstroS: number | null;
}

const seconds = (text: string | undefined): number | null => {
	const match = text ? /([\d.]+)\s*(ms|s)\b/.exec(text) : null;
	return match ? Number(match[1]) / (match[2] === 'ms' ? 1000 : 1) : null;
};
const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/** Reads the phases from Astro's build log (its format: "[build] ✓ Completed in 2.40s.", "[vite] ✓ built in 579ms", …). */
export function parsePhases(output: string, wallMs: number): BuildPhases {
	const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
	const completed = lines.filter((line) => /\[build\] ✓ Completed in/.test(line)).map((line) => seconds(line.split('Completed in')[1]));
	const bundles = lines.filter((line) => /\[vite\] ✓ built in/.test(line)).map((line) => seconds(line.split('built in')[1]));
	const routes = lines.findIndex((line) => line.includes('generating static routes'));
	const render = routes >= 0 ? lines.slice(routes).find((line) => line.includes('✓ Completed in')) : undefined;
	const total = seconds(lines.find((line) => /page\(s\) built in/.test(line))?.split('built in')[1]);
	const setup = completed[0] ?? null;
	const staticBuild = completed[1] ?? null;
	return {
		setupAndSyncS: round2(setup),
		bundleS: bundles.length && bundles.every((value) => value !== null) ? round2(bundles.reduce<number>((sum, value) => sum + (value ?? 0), 0)) : null,
		renderS: round2(seconds(render?.split('Completed in')[1])),
		afterRenderS: total !== null && setup !== null && staticBuild !== null ? round2(total - setup - staticBuild) : null,
		astroTotalS: round2(total),
		outsideAstroS: total !== null ? round2(wallMs / 1000 - total) : null,
	};
}

export class BuildFailed extends Error {}

const parseTime = (report: string, label: string): number | null => {
	const line = report.split('\n').find((text) => text.trim().startsWith(label));
	const value = line ? Number(line.slice(line.lastIndexOf(':') + 1).trim()) : NaN;
	return Number.isFinite(value) ? value : null;
};

/** Astro's command-line entry in a node_modules folder. */
export const astroBin = (nodeModules: string) => join(nodeModules, 'astro/bin/astro.mjs');

/**
 * The environment a project's `npm run build` sets for `astro build` (its script's leading
 * NAME=value words): each project is measured as its own build script runs it.
 */
export function buildScriptEnv(packageJson: string): Record<string, string> {
	const script = (JSON.parse(readFileSync(packageJson, 'utf8')) as { scripts?: Record<string, string> }).scripts?.build;
	const match = script === undefined ? null : /^((?:[A-Z_][A-Z0-9_]*=\S*\s+)*)astro build$/.exec(script.trim());
	if (!match) throw new Error(`${packageJson}: the bench runs "scripts.build" as [NAME=value …] astro build, and it reads ${JSON.stringify(script)}`);
	return Object.fromEntries((match[1] ?? '').trim().split(/\s+/).filter(Boolean).map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]));
}

/** Runs `astro build` (the script `astro`) in `dir` with the project's Node (node_modules/.bin/node when run through npm) and its build script's environment. */
export async function runBuild(dir: string, astro: string, log: (line: string) => void): Promise<Omit<BuildFigures, 'htmlPages' | 'msPerPage'>> {
	const haveTime = existsSync(GNU_TIME);
	if (!haveTime) log(`${GNU_TIME} is missing (Debian package "time"): measuring wall time only, no peak memory.`);
	const report = join(dir, '.bench-time.txt');
	const [command, args] = haveTime ? [GNU_TIME, ['-v', '-o', report, process.execPath, astro, 'build']] : [process.execPath, [astro, 'build']];
	const { KAPKIT_BASE: _base, KAPKIT_OUT_DIR: _outDir, ...env } = process.env;

	const started = performance.now();
	const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
		const child = spawn(command, args, { cwd: dir, env: { ...env, ...buildScriptEnv(join(dir, 'package.json')), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
		const chunks: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ code: status, output: Buffer.concat(chunks).toString('utf8') }));
	});
	const wallMs = performance.now() - started;
	if (code !== 0) {
		const tail = output.replace(/\x1b\[[0-9;]*m/g, '').trimEnd().split('\n').slice(-40).join('\n');
		throw new BuildFailed(`astro build failed (exit ${code}) in ${dir}. Last lines of its output:\n${tail}`);
	}
	const phases = parsePhases(output, wallMs);
	if (!haveTime) return { wallMs, peakRssMB: null, userSeconds: null, systemSeconds: null, timeTool: 'missing', phases };
	const text = readFileSync(report, 'utf8');
	const rssKB = parseTime(text, 'Maximum resident set size (kbytes)');
	return {
		wallMs,
		peakRssMB: rssKB === null ? null : Math.round(rssKB / 1024),
		userSeconds: parseTime(text, 'User time (seconds)'),
		systemSeconds: parseTime(text, 'System time (seconds)'),
		timeTool: 'gnu-time',
		phases,
	};
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

const sumSizes = (files: readonly string[]) => files.reduce((total, file) => total + statSync(file).size, 0);

export interface Distribution {
	median: number;
	max: number;
	/** The page with the largest compressed HTML (by brotli). */
	maxPage: string;
}

export interface DistFigures {
	bytes: number;
	files: number;
	htmlPages: number;
	htmlBytes: number;
	/** _astro/: the bundled CSS and JavaScript. */
	assetsBytes: number;
	pagefind: { bytes: number; files: number; fragmentBytes: number; indexBytes: number; otherBytes: number };
	explorerJson: Sizes | null;
	htmlPerPage: { raw: Distribution; gzip: Distribution; brotli: Distribution };
	/** The same, for the protocol pages only (real and synthetic). */
	protocolHtmlPerPage: { raw: Distribution; gzip: Distribution; brotli: Distribution };
}

function distribution(rows: readonly { page: string; value: number }[]): Distribution {
	const sorted = [...rows].sort((a, b) => a.value - b.value);
	const mid = sorted.length / 2;
	const median = sorted.length === 0 ? 0 : sorted.length % 2 ? (sorted[Math.floor(mid)]?.value ?? 0) : ((sorted[mid - 1]?.value ?? 0) + (sorted[mid]?.value ?? 0)) / 2;
	const last = sorted[sorted.length - 1];
	return { median: Math.round(median), max: last?.value ?? 0, maxPage: last?.page ?? '' };
}

/** Sizes of everything in dist/, and the compressed size of every HTML page. */
export async function measureDist(dist: string, log: (line: string) => void): Promise<DistFigures> {
	const files = walk(dist);
	const rel = (file: string) => relative(dist, file).split(sep).join('/');
	const html = files.filter((file) => file.endsWith('.html'));
	const pagefindFiles = files.filter((file) => rel(file).startsWith('pagefind/'));
	log(`compressing ${html.length} HTML pages (gzip -9, brotli 11)…`);
	const sizes = await mapLimit(html, 4, async (file) => ({ page: `/${rel(file)}`.replace(/index\.html$/, ''), sizes: await compressedSizes(readFileSync(file)) }));
	const pick = (rows: typeof sizes, key: keyof Sizes) => distribution(rows.map((row) => ({ page: row.page, value: row.sizes[key] })));
	const perPage = (rows: typeof sizes) => ({ raw: pick(rows, 'raw'), gzip: pick(rows, 'gzip'), brotli: pick(rows, 'brotli') });
	const protocolRows = sizes.filter((row) => /^\/protocols\/[^/]+\/[^/]+\/$/.test(row.page));
	const explorer = join(dist, 'explorer.json');
	return {
		bytes: sumSizes(files),
		files: files.length,
		htmlPages: html.length,
		htmlBytes: sumSizes(html),
		assetsBytes: sumSizes(files.filter((file) => rel(file).startsWith('_astro/'))),
		pagefind: {
			bytes: sumSizes(pagefindFiles),
			files: pagefindFiles.length,
			fragmentBytes: sumSizes(pagefindFiles.filter((file) => rel(file).startsWith('pagefind/fragment/'))),
			indexBytes: sumSizes(pagefindFiles.filter((file) => rel(file).startsWith('pagefind/index/'))),
			otherBytes: sumSizes(pagefindFiles.filter((file) => !/^pagefind\/(fragment|index)\//.test(rel(file)))),
		},
		explorerJson: existsSync(explorer) ? await compressedSizes(readFileSync(explorer)) : null,
		htmlPerPage: perPage(sizes),
		protocolHtmlPerPage: perPage(protocolRows),
	};
}
