// The offline precache: the files the service worker's precache manifest lists, summed from dist/,
// and — in the browser — how long a first visit takes to become "offline ready" and what the
// service worker downloads for it. Without a service worker the figures are null.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { gzipSize, mapLimit } from './compress.ts';

export interface PrecacheFigures {
	/** Raw bytes of the listed files: what the browser stores. */
	bytes: number | null;
	/** What a gzip host sends for them (Pagefind's own files are compressed already). */
	gzipBytes: number | null;
	files: number | null;
	source: string | null;
	note: string;
}

/** Where a Workbox / @vite-pwa build puts its service worker or manifest, below dist/. */
const CANDIDATES = ['sw.js', 'service-worker.js', 'precache-manifest.json', 'workbox-manifest.json'];
const PRECOMPRESSED = /\.(pf_\w+|pagefind)$/;

/** Every precache URL in a Workbox manifest (`{url, revision}` entries, in JS or JSON). */
export function manifestUrls(text: string): string[] {
	const urls = new Set<string>();
	for (const match of text.matchAll(/["']?url["']?\s*:\s*["']([^"']+)["']/g)) if (match[1]) urls.add(match[1]);
	return [...urls];
}

export async function measurePrecache(dist: string, base = '/'): Promise<PrecacheFigures> {
	const source = CANDIDATES.find((name) => existsSync(join(dist, name)));
	if (!source) return { bytes: null, gzipBytes: null, files: null, source: null, note: 'no service worker yet' };
	const urls = manifestUrls(readFileSync(join(dist, source), 'utf8'));
	if (urls.length === 0) return { bytes: null, gzipBytes: null, files: null, source, note: `${source} exists but lists no precache entries this benchmark can read` };
	const missing: string[] = [];
	const sizes = await mapLimit(urls, 4, async (url) => {
		// Workbox lists URLs relative to the service worker's scope (the base); strip the base if a URL carries it.
		let path = decodeURIComponent(url.split(/[?#]/)[0] ?? '');
		if (path.startsWith(base)) path = path.slice(base.length);
		path = path.replace(/^\//, '');
		const file = join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
		if (!existsSync(file)) {
			missing.push(url);
			return { raw: 0, gzip: 0 };
		}
		const body = readFileSync(file);
		return { raw: body.length, gzip: PRECOMPRESSED.test(path) ? body.length : Math.min(body.length, await gzipSize(body)) };
	});
	return {
		bytes: sizes.reduce((sum, size) => sum + size.raw, 0),
		gzipBytes: sizes.reduce((sum, size) => sum + size.gzip, 0),
		files: urls.length,
		source,
		note: missing.length ? `${missing.length} listed URLs not found in dist/ (e.g. ${missing[0]})` : `the files ${source}'s precache manifest lists`,
	};
}

export interface OfflineReadyFigures {
	/** From the load event to the status bar saying "Offline ready". */
	msAfterLoad: number | null;
	/** What the service worker fetched to get there (raw, as this server sent it). */
	serviceWorkerBytes: number;
	serviceWorkerRequests: number;
	status: string;
}

/** A first visit with the service worker allowed: how long until the status bar says the manual works offline. */
export async function measureOfflineReady(browser: Browser, origin: string, path: string): Promise<OfflineReadyFigures> {
	const context = await browser.newContext({ serviceWorkers: 'allow' });
	try {
		const fetched: Promise<number>[] = [];
		context.on('requestfinished', (request) => {
			if (request.serviceWorker()) fetched.push(request.sizes().then((sizes) => sizes.responseBodySize, () => 0));
		});
		const page = await context.newPage();
		await page.goto(`${origin}${path}`, { waitUntil: 'load' });
		const loaded = Date.now();
		const status = page.locator('[data-status-entry="offline"]');
		let msAfterLoad: number | null = null;
		try {
			await status.filter({ hasText: /Offline ready/ }).waitFor({ state: 'visible', timeout: 180_000 });
			msAfterLoad = Date.now() - loaded;
		} catch {
			// not ready within the time: reported as null with the status line as it was
		}
		const bytes = await Promise.all(fetched);
		return { msAfterLoad, serviceWorkerBytes: bytes.reduce((sum, size) => sum + size, 0), serviceWorkerRequests: bytes.length, status: (await status.textContent().catch(() => null))?.trim() ?? '' };
	} finally {
		await context.close();
	}
}
