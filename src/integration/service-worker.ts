import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
// Workbox's manifest alone: its package's index also loads generateSW's Rollup, Babel and Terser.
import { getManifest } from 'workbox-build/build/get-manifest.js';
import type { WorkerSettings } from '../service-worker/sw.ts';

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
		globIgnores: ['sw.js', 'pagefind/pagefind-*ui*.{js,css}', 'pagefind/pagefind-highlight.js', ...KEPT_WHEN_OPENED.map((route) => `${route}**`), `${BINDER_ASSETS}*`],
	};
}
export const OFFLINE_FILE = 'offline.json';
// Astro's and Pagefind's file names already carry a content hash.
const DONT_CACHE_BUST = /(?:\/_astro\/|\.pf_(?:meta|index|fragment|filter)$)/;
const MAXIMUM_FILE_SIZE = 8 * 1024 * 1024;

/** The worker's source, beside this module's folder. */
const WORKER_SOURCE = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));
/** Where the bundled worker takes its precache list: Workbox's injectManifest convention. */
const PRECACHE_STAND_IN = 'self.__WB_MANIFEST';

/** sw.js bundled with a stand-in for its precache list: see draftServiceWorker. */
export interface ServiceWorkerDraft {
	path: string;
	code: string;
	edition: string;
}

/**
 * Bundles the service worker (src/service-worker/sw.ts: Workbox's runtime, inlined, so nothing is
 * fetched from another host) with its settings for this base and edition, and a stand-in for its
 * precache list. It needs nothing of Pagefind's, so it runs while Pagefind indexes; Rolldown (Vite's
 * bundler) does it in a fraction of a second, where workbox-build's generateSW took Rollup, Babel and
 * Terser over a second and a half of CPU.
 */
export async function draftServiceWorker(dir: string, base: string, edition: string): Promise<ServiceWorkerDraft> {
	const kept = `${escapeRegExp(base)}(?:${KEPT_WHEN_OPENED.map(escapeRegExp).join('|')})`;
	const settings: WorkerSettings = {
		notFound: `${base}404.html`,
		// Navigation fallbacks test the path; runtime routes test the whole URL.
		keptPath: `^${kept}`,
		keptPages: `^https?://[^/]+${kept}`,
		keptAssets: `^https?://[^/]+${escapeRegExp(base + BINDER_ASSETS)}`,
		keptPagesCache: `kapkit-kept-${edition}`,
		keptAssetsCache: `kapkit-kept-assets-${edition}`,
	};
	const bundle = await build({
		input: WORKER_SOURCE,
		platform: 'browser',
		write: false,
		// Workbox's modules keep their development logging behind NODE_ENV.
		transform: { define: { __KAPKIT_WORKER__: JSON.stringify(settings), 'process.env.NODE_ENV': '"production"' } },
		output: { format: 'iife', minify: true },
	});
	const [chunk] = bundle.output;
	return { path: join(dir, 'sw.js'), code: chunk.code, edition };
}

/** The bundled worker with its stand-in replaced by the list. */
export function fillPrecacheList(code: string, entries: readonly { url: string; revision: string | null }[]): string {
	const at = code.indexOf(PRECACHE_STAND_IN);
	if (at === -1 || code.indexOf(PRECACHE_STAND_IN, at + 1) !== -1) {
		throw new Error(`service worker: expected the bundled sw.js to hold its precache list's stand-in ${PRECACHE_STAND_IN} once; the bundler's output has changed`);
	}
	const list = `[${entries.map(({ url, revision }) => `{url:${JSON.stringify(url)},revision:${JSON.stringify(revision)}}`).join(',')}]`;
	return code.slice(0, at) + list + code.slice(at + PRECACHE_STAND_IN.length);
}

/**
 * Fills in the drafted sw.js's precache list. It must run after Pagefind has written its files.
 * Every file is read and hashed once; offline.json is written from the list and then listed too.
 */
export async function writeServiceWorker(dir: string, draft: ServiceWorkerDraft): Promise<{ count: number; size: number }> {
	const { globPatterns, globIgnores } = precacheGlobs(dir);
	const site = await getManifest({
		globDirectory: dir,
		globPatterns,
		globIgnores: [...globIgnores, OFFLINE_FILE],
		dontCacheBustURLsMatching: DONT_CACHE_BUST,
		maximumFileSizeToCacheInBytes: MAXIMUM_FILE_SIZE,
	});
	if (site.warnings.length) throw new Error(`Workbox: ${site.warnings.join('; ')}`);
	// What the status bar reports as "offline ready"; precached itself so it reads offline too.
	writeFileSync(join(dir, OFFLINE_FILE), JSON.stringify({ edition: draft.edition, files: site.count, bytes: site.size }));
	const offline = await getManifest({ globDirectory: dir, globPatterns: [OFFLINE_FILE] });
	const entries = [...site.manifestEntries, ...offline.manifestEntries];
	writeFileSync(draft.path, fillPrecacheList(draft.code, entries));
	return { count: entries.length, size: site.size + offline.size };
}
