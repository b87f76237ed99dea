import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW, getManifest } from 'workbox-build';

/**
 * Pages a reader does not need to have offline before opening them once: the binder (the whole
 * manual in one page: it grows with the manual, 10 MB at 1,000 pages), the review log, What's new
 * and the bibliography (each protocol lists its own sources). Each is kept when first opened
 * (network first, one cache per edition) rather than downloaded on every reader's first visit.
 */
const KEPT_WHEN_OPENED = ['binder/', 'reviews/', 'whats-new/', 'references/'];
/** The binder's own script and sheet (Astro names them after Binder.astro): Paged.js, 0.5 MB that only the binder loads. */
const BINDER_ASSETS = '_astro/Binder.';
/** The worker's own addition (importScripts): it drops what earlier editions kept, once this one takes over. */
const EDITION_CLEANUP_FILE = 'sw-editions.js';

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
		globIgnores: ['sw.js', EDITION_CLEANUP_FILE, 'workbox-*.js', 'pagefind/pagefind-*ui*.{js,css}', 'pagefind/pagefind-highlight.js', ...KEPT_WHEN_OPENED.map((route) => `${route}**`), `${BINDER_ASSETS}*`],
	};
}
export const OFFLINE_FILE = 'offline.json';
// Astro's and Pagefind's file names already carry a content hash.
const DONT_CACHE_BUST = /(?:\/_astro\/|\.pf_(?:meta|index|fragment|filter)$)/;
const MAXIMUM_FILE_SIZE = 8 * 1024 * 1024;

/** Stands in for the precache list while sw.js is bundled; replaced by the list itself (fillPrecacheList). */
const PRECACHE_STAND_IN = 'kapkit:precache-list';
const STAND_IN_LIST = `[{url:${JSON.stringify(PRECACHE_STAND_IN)},revision:null}]`;

/**
 * Pages and files kept when first opened live in caches named for their edition; the precache is
 * Workbox's to clean. Without this, every edition's kept binder (10 MB at 1,000 pages) would stay
 * on the device, using the origin's quota that the reader's saved answers share.
 */
function editionCleanup(current: readonly string[]): string {
	return `// Written by kapkit's build. On activation: delete the caches earlier editions kept pages and files in.
self.addEventListener('activate', (event) => {
	const current = ${JSON.stringify(current)};
	event.waitUntil(caches.keys().then((names) => Promise.all(names.filter((name) => name.startsWith('kapkit-') && !current.includes(name)).map((name) => caches.delete(name)))));
});
`;
}

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
	const kept = `${escapeRegExp(base)}(?:${KEPT_WHEN_OPENED.map(escapeRegExp).join('|')})`;
	// Navigation fallbacks test the path; runtime routes test the whole URL.
	const keptPath = new RegExp(`^${kept}`);
	const keptPages = new RegExp(`^https?://[^/]+${kept}`);
	const keptAssets = new RegExp(`^https?://[^/]+${escapeRegExp(base + BINDER_ASSETS)}`);
	const keptPagesCache = `kapkit-kept-${edition}`;
	const keptAssetsCache = `kapkit-kept-assets-${edition}`;
	writeFileSync(join(dir, EDITION_CLEANUP_FILE), editionCleanup([keptPagesCache, keptAssetsCache]));
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
		navigateFallbackDenylist: [/\/pagefind\//, keptPath],
		// Pagefind asks for its entry file with ?ts=<metaCacheTag>, a dosing page opens the live session
		// tool with ?protocol=<id>, and What's new takes ?since=<edition>: the cached copies must still match.
		ignoreURLParametersMatching: [/^ts$/, /^protocol$/, /^since$/],
		importScripts: [EDITION_CLEANUP_FILE],
		runtimeCaching: [
			// The network when there is one (a new edition's page), the copy kept at the last visit when
			// not; What's new is the same page whatever edition its ?since= names.
			{ urlPattern: keptPages, handler: 'NetworkFirst', options: { cacheName: keptPagesCache, expiration: { maxEntries: 32 }, matchOptions: { ignoreSearch: true } } },
			// Hashed file names: a kept copy never goes stale.
			{ urlPattern: keptAssets, handler: 'CacheFirst', options: { cacheName: keptAssetsCache, expiration: { maxEntries: 8 } } },
		],
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
