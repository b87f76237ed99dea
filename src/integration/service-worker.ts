import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { getManifest } from 'workbox-build';
import type { OfflineWorkerConfig } from './offline-worker.ts';

/**
 * Pages a reader does not need to have offline before opening them once: the binder (the whole
 * manual in one page: it grows with the manual, 10 MB at 1,000 pages), the review log, What's new
 * and the bibliography (each protocol lists its own sources). Each is kept when first opened
 * (network first, one cache per edition) rather than downloaded on every reader's first visit.
 */
const KEPT_WHEN_OPENED = ['binder/', 'reviews/', 'whats-new/', 'references/'];
/** The binder's own script and sheet (Astro names them after Binder.astro): Paged.js, 0.5 MB that only the binder loads. */
const BINDER_ASSETS = '_astro/Binder.';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every file a reader needs offline: pages, styles, scripts, icons, the explorer tree and the
 * search index. Of Pagefind's output only what kapkit loads: its API, worker, index files and
 * the WebAssembly for the languages the index has (not its UI bundles).
 */
function precacheGlobs(dir: string) {
	const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm?: string }> };
	const wasm = Object.values(entry.languages).map((language) => `pagefind/wasm.${language.wasm ?? 'unknown'}.pagefind`);
	return {
		globPatterns: ['**/*.{html,css,js,json,svg,png,webp,ico,woff2,webmanifest}', 'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/**/*.pf_*', ...wasm],
		globIgnores: ['sw.js', 'workbox-*.js', 'pagefind/pagefind-*ui*.{js,css}', 'pagefind/pagefind-highlight.js', ...KEPT_WHEN_OPENED.map((route) => `${route}**`), `${BINDER_ASSETS}*`],
	};
}
export const OFFLINE_FILE = 'offline.json';

/** The precache manifest's options: what generateSW was given before kapkit bundled its own worker. */
const MANIFEST_OPTIONS = {
	// Astro's and Pagefind's file names already carry a content hash.
	dontCacheBustURLsMatching: /(?:\/_astro\/|\.pf_(?:meta|index|fragment|filter)$)/,
	maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
};

/**
 * Writes sw.js into the built site: kapkit's worker (offline-worker.ts, Workbox's modules bundled in:
 * nothing is fetched from another host) with this edition's precache manifest. It must run after
 * Pagefind has written its files. A new edition's worker waits until the reader accepts the
 * update, so one page never mixes two editions.
 */
export async function writeServiceWorker(dir: string, base: string, edition: string): Promise<{ count: number; size: number }> {
	const { globPatterns, globIgnores } = precacheGlobs(dir);
	const kept = `${escapeRegExp(base)}(?:${KEPT_WHEN_OPENED.map(escapeRegExp).join('|')})`;
	const figures = await getManifest({ globDirectory: dir, globPatterns, globIgnores: [...globIgnores, OFFLINE_FILE], ...MANIFEST_OPTIONS });
	// What the status bar reports as "offline ready"; precached itself so it reads offline too.
	writeFileSync(join(dir, OFFLINE_FILE), JSON.stringify({ edition, files: figures.count, bytes: figures.size }));
	const { manifestEntries, count, size, warnings } = await getManifest({ globDirectory: dir, globPatterns, globIgnores, ...MANIFEST_OPTIONS });
	if (warnings.length) throw new Error(`Workbox: ${warnings.join('; ')}`);
	const config: OfflineWorkerConfig = {
		edition,
		manifest: manifestEntries ?? [],
		navigateFallback: `${base}404.html`,
		// Navigation fallbacks test the path; runtime routes test the whole URL.
		navigateFallbackDenylist: ['/pagefind/', `^${kept}`],
		// Pagefind asks for its entry file with ?ts=<metaCacheTag>, a dosing page opens the live session
		// tool with ?protocol=<id>, and What's new takes ?since=<edition>: the cached copies must still match.
		ignoreURLParametersMatching: ['^ts$', '^protocol$', '^since$'],
		keptPages: `^https?://[^/]+${kept}`,
		keptAssets: `^https?://[^/]+${escapeRegExp(base + BINDER_ASSETS)}`,
	};
	const bundle = await build({
		input: fileURLToPath(new URL('./offline-worker.ts', import.meta.url)),
		platform: 'browser',
		logLevel: 'warn',
		write: false,
		transform: { define: { __KAPKIT_OFFLINE__: 'self.__KAPKIT_OFFLINE__', 'process.env.NODE_ENV': JSON.stringify('production') } },
		output: { format: 'iife', minify: true, sourcemap: false },
	});
	const worker = bundle.output[0];
	// The edition's manifest as plain JSON ahead of the worker's code: readable, and the same for every build tool.
	writeFileSync(join(dir, 'sw.js'), `self.__KAPKIT_OFFLINE__=${JSON.stringify(config)};\n${worker.code}`);
	return { count, size };
}
