// First-load figures of a few pages in headless Chromium: one fresh context (empty cache) per page,
// the site served by tests/e2e/serve.ts on 127.0.0.1. That server does not compress, so each
// response is compressed here (gzip -9, brotli 11) to give what a compressing host would send.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Response } from '@playwright/test';
import { chromiumArgs } from '../e2e/sites.ts';
import { addSizes, compressedSizes, zeroSizes, type Sizes } from './compress.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RESOURCE_KINDS = ['html', 'css', 'js', 'fonts', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** react-dom's production build carries these; kapkit's own scripts do not. */
const REACT_MARKERS = /react\.dev\/errors|__REACT_DEVTOOLS_GLOBAL_HOOK__|react-dom/;

export interface Server {
	origin: string;
	process: ChildProcess;
	stop: () => Promise<void>;
}

function portIsFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.once('error', () => resolve(false));
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
	});
}

export async function freePort(from: number): Promise<number> {
	for (let port = from; port < from + 100; port++) if (await portIsFree(port)) return port;
	throw new Error(`no free port on 127.0.0.1 between ${from} and ${from + 99}`);
}

/** Serves `dist` at the root with the e2e tests' static server; resolves once it answers. */
export async function startServer(project: string, dist: string, port: number): Promise<Server> {
	const child = spawn(process.execPath, [join(project, 'tests/e2e/serve.ts'), dist, '/', String(port)], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const origin = `http://127.0.0.1:${port}`;
	const stop = () =>
		new Promise<void>((resolve) => {
			if (child.exitCode !== null || child.signalCode !== null) return resolve();
			child.once('exit', () => resolve());
			child.kill('SIGTERM');
			setTimeout(() => {
				if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
			}, 2000).unref();
		});
	const deadline = Date.now() + 15_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`the static server exited (${child.exitCode}): ${output.trim()}`);
		try {
			const response = await fetch(`${origin}/`);
			if (response.ok) return { origin, process: child, stop };
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	await stop();
	throw new Error(`the static server did not answer on ${origin} within 15 s: ${output.trim()}`);
}

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs });
}

function kindOf(response: Response): ResourceKind {
	const url = new URL(response.url());
	const type = response.headers()['content-type'] ?? '';
	if (response.request().resourceType() === 'document' || type.startsWith('text/html')) return 'html';
	if (/\.css$/.test(url.pathname) || type.startsWith('text/css')) return 'css';
	if (/\.m?js$/.test(url.pathname) || type.includes('javascript')) return 'js';
	if (/\.(woff2?|ttf|otf)$/.test(url.pathname) || type.startsWith('font/')) return 'fonts';
	return 'other';
}

export interface LoadedResource {
	url: string;
	kind: ResourceKind;
	status: number;
	beforeLoad: boolean;
	sizes: Sizes;
}

export interface PageLoadFigures {
	label: string;
	path: string;
	requests: number;
	requestsBeforeLoad: number;
	/** Everything fetched until the network was idle (500 ms with no request), by kind. */
	byType: Record<ResourceKind, Sizes & { count: number }>;
	total: Sizes;
	/** HTML + CSS + JS of the first load: the budget's figure. */
	htmlCssJs: Sizes;
	/** Script fetched before the load event plus inline scripts: what runs before the page is interactive. */
	jsBeforeInteractive: { external: Sizes; inline: Sizes; total: Sizes; inlineScripts: number };
	reactLoaded: boolean;
	domContentLoadedMs: number;
	loadMs: number;
	resources: LoadedResource[];
}

/**
 * Opens `path` in a fresh context (empty cache) and measures its first load. Service workers are
 * blocked: their install (the whole offline precache) runs after load and is measured on its own.
 */
export async function measurePageLoad(browser: Browser, origin: string, path: string, label: string): Promise<PageLoadFigures> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		const pending: Promise<{ response: Response; body: Buffer | null }>[] = [];
		page.on('response', (response) => pending.push(response.body().then((body) => ({ response, body }), () => ({ response, body: null }))));
		const main = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
		if (!main || !main.ok()) throw new Error(`${path} answered ${main?.status() ?? 'nothing'}`);
		await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
		const timing = await page.evaluate(() => {
			const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
			const executable = ['', 'module', 'text/javascript', 'application/javascript'];
			return {
				domContentLoaded: nav?.domContentLoadedEventStart ?? 0,
				load: nav?.loadEventStart ?? 0,
				resources: performance.getEntriesByType('resource').map((entry) => ({ url: entry.name, responseEnd: (entry as PerformanceResourceTiming).responseEnd })),
				inline: [...document.scripts].filter((script) => !script.src && executable.includes(script.type)).map((script) => script.textContent ?? ''),
			};
		});
		const loaded = await Promise.all(pending);
		const endByUrl = new Map(timing.resources.map((entry) => [entry.url, entry.responseEnd]));
		const resources: LoadedResource[] = [];
		let reactLoaded = false;
		for (const { response, body } of loaded) {
			const kind = kindOf(response);
			const end = endByUrl.get(response.url());
			const isDocument = response.request().resourceType() === 'document';
			if (kind === 'js' && body && (REACT_MARKERS.test(body.toString('latin1')) || /react/i.test(response.url()))) reactLoaded = true;
			resources.push({ url: response.url().replace(origin, ''), kind, status: response.status(), beforeLoad: isDocument || (end !== undefined && end <= timing.load), sizes: body ? await compressedSizes(body) : zeroSizes() });
		}
		const byType = Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, { ...zeroSizes(), count: 0 }])) as Record<ResourceKind, Sizes & { count: number }>;
		const total = zeroSizes();
		for (const resource of resources) {
			addSizes(byType[resource.kind], resource.sizes);
			byType[resource.kind].count++;
			addSizes(total, resource.sizes);
		}
		const htmlCssJs = addSizes(addSizes(addSizes(zeroSizes(), byType.html), byType.css), byType.js);
		const external = resources.filter((resource) => resource.kind === 'js' && resource.beforeLoad).reduce((sum, resource) => addSizes(sum, resource.sizes), zeroSizes());
		const inline = zeroSizes();
		for (const text of timing.inline) addSizes(inline, await compressedSizes(text));
		return {
			label,
			path,
			requests: resources.length,
			requestsBeforeLoad: resources.filter((resource) => resource.beforeLoad).length,
			byType,
			total,
			htmlCssJs,
			jsBeforeInteractive: { external, inline, total: addSizes(addSizes(zeroSizes(), external), inline), inlineScripts: timing.inline.length },
			reactLoaded,
			domContentLoadedMs: Math.round(timing.domContentLoaded),
			loadMs: Math.round(timing.load),
			resources,
		};
	} finally {
		await context.close();
	}
}
