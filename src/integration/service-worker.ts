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

/**
 * Writes sw.js (Workbox, runtime inlined: nothing is fetched from another host) into the built
 * site. It must run after Pagefind has written its files. A new edition's worker waits until the
 * reader accepts the update, so one page never mixes two editions.
 */
export async function writeServiceWorker(dir: string, base: string, edition: string): Promise<{ count: number; size: number }> {
	const { globPatterns, globIgnores } = precacheGlobs(dir);
	const binder = `${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}binder/`;
	// Navigation fallbacks test the path; runtime routes test the whole URL.
	const binderPath = new RegExp(`^${binder}`);
	const binderPages = new RegExp(`^https?://[^/]+${binder}`);
	// Every file is read and hashed once, here: the worker is then given this list, and only
	// offline.json (written from it) is hashed by generateSW.
	const { manifestEntries, count, size, warnings } = await getManifest({
		globDirectory: dir,
		globPatterns,
		globIgnores: [...globIgnores, OFFLINE_FILE],
		dontCacheBustURLsMatching: DONT_CACHE_BUST,
		maximumFileSizeToCacheInBytes: MAXIMUM_FILE_SIZE,
	});
	if (warnings.length) throw new Error(`Workbox: ${warnings.join('; ')}`);
	// What the status bar reports as "offline ready"; precached itself so it reads offline too.
	writeFileSync(join(dir, OFFLINE_FILE), JSON.stringify({ edition, files: count, bytes: size }));
	const result = await generateSW({
		globDirectory: dir,
		globPatterns: [OFFLINE_FILE],
		additionalManifestEntries: manifestEntries,
		swDest: join(dir, 'sw.js'),
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
	// generateSW counts every entry of the manifest, but sizes only what it read itself (offline.json).
	return { count: result.count, size: size + result.size };
}
