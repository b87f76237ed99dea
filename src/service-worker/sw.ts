// The service worker: Workbox's precache, offline navigation and the caches of pages kept when
// first opened. Bundled by the build (src/integration/service-worker.ts), which fills in its
// settings and, once every file is written, its precache list (`self.__WB_MANIFEST`).
import { ExpirationPlugin } from 'workbox-expiration';
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import { READER_BUSY, READER_IDLE, ReaderTurns } from '../lib/reader-turns';

/** What the build hands the worker: its paths under the site's base and its edition's cache names. */
export interface WorkerSettings {
	/** The page every navigation to a page not in the precache gets offline. */
	notFound: string;
	/** The paths of pages kept when first opened (RegExp source): no offline fallback for them. */
	keptPath: string;
	/** Their URLs (RegExp source), kept network first in `keptPagesCache`. */
	keptPages: string;
	/** The binder's own files (RegExp source), kept when first loaded in `keptAssetsCache`. */
	keptAssets: string;
	keptPagesCache: string;
	keptAssetsCache: string;
}

declare const __KAPKIT_WORKER__: WorkerSettings;
// The worker's scope, as far as this file uses it (the project's TypeScript library is the page's).
declare const self: {
	__WB_MANIFEST: (string | PrecacheEntry)[];
	skipWaiting(): Promise<void>;
	addEventListener(type: 'message', listener: (event: { data: unknown; source: { id: string } | null }) => void): void;
	addEventListener(type: 'activate', listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void): void;
};

const settings = __KAPKIT_WORKER__;

// Workbox's plugin types predate TypeScript's exactOptionalPropertyTypes, which this project checks with.
const atMost = (maxEntries: number) => new ExpirationPlugin({ maxEntries }) as unknown as WorkboxPlugin;

const readerTurns = new ReaderTurns();

self.addEventListener('message', (event) => {
	const type = (event.data as { type?: unknown } | null)?.type;
	// A new edition's worker waits until the reader accepts the update (scripts/offline-update.ts posts
	// Workbox's SKIP_WAITING), so one page never mixes two editions.
	if (type === 'SKIP_WAITING') void self.skipWaiting();
	// A page's search is loading (scripts/reader-turn.ts): the precache waits for it.
	else if (type === READER_BUSY) readerTurns.hold(event.source?.id ?? '', Date.now());
	else if (type === READER_IDLE) readerTurns.release(event.source?.id ?? '', Date.now());
});

// The precache downloads one file after another (Workbox's install); before each, it lets a reader's
// search go first. On a first visit the two would share the network and the device's cores, and the
// reader is the one waiting.
addPlugins([
	{
		requestWillFetch: async ({ request, event }) => {
			if (event.type !== 'install') return request;
			for (let wait = readerTurns.waitMs(Date.now()); wait > 0; wait = readerTurns.waitMs(Date.now())) await new Promise((resolve) => setTimeout(resolve, wait));
			return request;
		},
	},
]);

precacheAndRoute(self.__WB_MANIFEST, {
	// Pagefind asks for its entry file with ?ts=<metaCacheTag>, a dosing page opens the live session
	// tool with ?protocol=<id>, and What's new takes ?since=<edition>: the cached copies must still match.
	ignoreURLParametersMatching: [/^ts$/, /^protocol$/, /^since$/],
});
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL(settings.notFound), { denylist: [/\/pagefind\//, new RegExp(settings.keptPath)] }));
// The network when there is one (a new edition's page), the copy kept at the last visit when not;
// What's new is the same page whatever edition its ?since= names.
registerRoute(
	new RegExp(settings.keptPages),
	new NetworkFirst({ cacheName: settings.keptPagesCache, matchOptions: { ignoreSearch: true }, plugins: [atMost(32)] }),
);
// Hashed file names: a kept copy never goes stale.
registerRoute(new RegExp(settings.keptAssets), new CacheFirst({ cacheName: settings.keptAssetsCache, plugins: [atMost(8)] }));

// Pages and files kept when first opened live in caches named for their edition (the precache is
// Workbox's to clean). Without this, every edition's kept binder (10 MB at 1,000 pages) would stay on
// the device, using the origin's quota that the reader's saved answers share.
self.addEventListener('activate', (event) => {
	const current = [settings.keptPagesCache, settings.keptAssetsCache];
	event.waitUntil(caches.keys().then((names) => Promise.all(names.filter((name) => name.startsWith('kapkit-') && !current.includes(name)).map((name) => caches.delete(name)))));
});
