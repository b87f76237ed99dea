import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW, getManifest } from 'workbox-build';

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
		// The binder is the whole manual in one page: it grows with the manual (10 MB at 1,000 pages),
		// so it is kept when first opened (BINDER_CACHE), not precached on every reader's first visit.
		globIgnores: ['sw.js', 'workbox-*.js', 'pagefind/pagefind-*ui*.{js,css}', 'pagefind/pagefind-highlight.js', 'binder/**'],
	};
}
export const OFFLINE_FILE = 'offline.json';
// Astro's and Pagefind's file names already carry a content hash.
const DONT_CACHE_BUST = /(?:\/_astro\/|\.pf_(?:meta|index|fragment|filter)$)/;
const MAXIMUM_FILE_SIZE = 8 * 1024 * 1024;

/** Stands in for the precache list while sw.js is bundled; replaced by the list itself (fillPrecacheList). */
const PRECACHE_STAND_IN = 'kapkit:precache-list';
const STAND_IN_LIST = `[{url:${JSON.stringify(PRECACHE_STAND_IN)},revision:null}]`;

/** sw.js bundled with a stand-in for its precache list: see draftServiceWorker. */
export interface ServiceWorkerDraft {
	path: string;
	code: string;
	edition: string;
}

/**
 * Bundles sw.js (Workbox, runtime inlined: nothing is fetched from another host) into the built
 * site with a one-entry stand-in for its precache list. Bundling (Workbox's runtime through
 * Babel and Terser) is the slow part, and with the real list (2,262 entries at 1,000 pages) it
 * was slower still; without the list it needs nothing of Pagefind's, so it runs while Pagefind
 * indexes. A new edition's worker waits until the reader accepts the update, so one page never
 * mixes two editions.
 */
export async function draftServiceWorker(dir: string, base: string, edition: string): Promise<ServiceWorkerDraft> {
	const binder = `${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}binder/`;
	// Navigation fallbacks test the path; runtime routes test the whole URL.
	const binderPath = new RegExp(`^${binder}`);
	const binderPages = new RegExp(`^https?://[^/]+${binder}`);
	const path = join(dir, 'sw.js');
	const result = await generateSW({
		globDirectory: dir,
		globPatterns: [],
		additionalManifestEntries: [{ url: PRECACHE_STAND_IN, revision: null }],
		swDest: path,
		inlineWorkboxRuntime: true,
		mode: 'production',
		sourcemap: false,
		cleanupOutdatedCaches: true,
		clientsClaim: false,
		skipWaiting: false,
		directoryIndex: 'index.html',
		navigateFallback: `${base}404.html`,
		navigateFallbackDenylist: [/\/pagefind\//, binderPath],
		// Pagefind asks for its entry file with ?ts=<metaCacheTag>, a dosing page opens the live session
		// tool with ?protocol=<id>, and What's new takes ?since=<edition>: the cached copies must still match.
		ignoreURLParametersMatching: [/^ts$/, /^protocol$/, /^since$/],
		// The network when there is one (a new edition's binder), the copy kept at the last visit when not.
		runtimeCaching: [{ urlPattern: binderPages, handler: 'NetworkFirst', options: { cacheName: `kapkit-binder-${edition}`, expiration: { maxEntries: 16 } } }],
	});
	if (result.warnings.length) throw new Error(`Workbox: ${result.warnings.join('; ')}`);
	return { path, code: readFileSync(path, 'utf8'), edition };
}

/** The bundled worker with its stand-in replaced by the list, written as Terser writes it. */
export function fillPrecacheList(code: string, entries: readonly { url: string; revision: string | null }[]): string {
	const at = code.indexOf(STAND_IN_LIST);
	if (at === -1 || code.indexOf(STAND_IN_LIST, at + 1) !== -1) {
		throw new Error(`Workbox: expected the bundled sw.js to hold its precache list's stand-in ${STAND_IN_LIST} once; Workbox's output has changed`);
	}
	const list = `[${entries.map(({ url, revision }) => `{url:${JSON.stringify(url)},revision:${JSON.stringify(revision)}}`).join(',')}]`;
	return code.slice(0, at) + list + code.slice(at + STAND_IN_LIST.length);
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
