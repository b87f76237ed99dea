// The service worker itself: bundled into the built site's sw.js by service-worker.ts, which
// defines __KAPKIT_OFFLINE__ (this edition's precache manifest and routes). It runs in the
// reader's browser, never in Node.
import { ExpirationPlugin } from 'workbox-expiration';
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { restAfter } from '../lib/offline/precache-pace.ts';

export interface OfflineWorkerConfig {
	edition: string;
	manifest: PrecacheEntry[];
	/** Where a navigation to an address the precache does not hold is answered (the manual's 404 page). */
	navigateFallback: string;
	/** Regular-expression sources: paths the fallback leaves alone, query parameters the precache ignores. */
	navigateFallbackDenylist: string[];
	ignoreURLParametersMatching: string[];
	/** Whole URLs of the pages kept when first opened, and of the binder's own files. */
	keptPages: string;
	keptAssets: string;
}

declare const __KAPKIT_OFFLINE__: OfflineWorkerConfig;

/** The parts of the service worker's global scope this file uses (the project's types are the DOM's). */
interface WorkerScope {
	addEventListener(type: 'install' | 'activate', listener: () => void): void;
	addEventListener(type: 'message', listener: (event: { data?: { type?: string } }) => void): void;
	skipWaiting(): Promise<void>;
}

const worker = self as unknown as WorkerScope;
const config = __KAPKIT_OFFLINE__;

// workbox-window's messageSkipWaiting(): the reader accepted the new edition.
worker.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void worker.skipWaiting();
});

// The precache yields to the reader: one file at a time, resting after each (see restAfter).
// Only while installing: once active, the precache serves from its cache and fetches nothing.
let installing = false;
let busySince: number | undefined;
worker.addEventListener('install', () => (installing = true));
worker.addEventListener('activate', () => (installing = false));
addPlugins([
	{
		requestWillFetch: async ({ request }) => {
			if (installing) {
				const since = busySince;
				if (since !== undefined) await new Promise((resolve) => setTimeout(resolve, restAfter(performance.now() - since)));
				busySince = performance.now();
			}
			return request;
		},
	},
]);

precacheAndRoute(config.manifest, { directoryIndex: 'index.html', ignoreURLParametersMatching: config.ignoreURLParametersMatching.map((source) => new RegExp(source)) });
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL(config.navigateFallback), { denylist: config.navigateFallbackDenylist.map((source) => new RegExp(source)) }));
// Workbox's own plugin class does not type-check under exactOptionalPropertyTypes; it is a WorkboxPlugin.
const expireAfter = (maxEntries: number) => new ExpirationPlugin({ maxEntries }) as WorkboxPlugin;

// The network when there is one (a new edition's page), the copy kept at the last visit when not;
// What's new is the same page whatever edition its ?since= names.
registerRoute(new RegExp(config.keptPages), new NetworkFirst({ cacheName: `kapkit-kept-${config.edition}`, plugins: [expireAfter(32)], matchOptions: { ignoreSearch: true } }), 'GET');
// Hashed file names: a kept copy never goes stale.
registerRoute(new RegExp(config.keptAssets), new CacheFirst({ cacheName: `kapkit-kept-assets-${config.edition}`, plugins: [expireAfter(8)] }), 'GET');
