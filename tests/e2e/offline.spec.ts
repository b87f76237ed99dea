import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';
import { buildCopy, copyProject, projectRoot } from '../support/project-copy.ts';
import { origin, SITES, type Site } from './sites.ts';
import { holdOnNetwork, Workbench } from './support/workbench.ts';

for (const site of SITES) {
	test(`after one visit the manual works with the network off (${site.base})`, async ({ browser }) => {
		const context: BrowserContext = await browser.newContext();
		const workbench = new Workbench(await context.newPage(), site);
		const { page, palette, worksheet } = workbench;
		await workbench.open();
		await workbench.waitUntilOfflineReady();
		const tree = (await (await page.request.get(workbench.url('explorer.json'))).json()) as { href: string; folder: boolean; children?: unknown[] }[];
		const documents: string[] = [];
		const walk = (nodes: { href: string; folder: boolean; children?: unknown[] }[]) => {
			for (const node of nodes) {
				if (!node.folder) documents.push(node.href);
				walk((node.children ?? []) as typeof nodes);
			}
		};
		walk(tree);
		// The binder grows with the manual, so it is kept when first opened rather than precached, with its
		// layout script (Paged.js); so are the review log, What's new and the bibliography.
		const binderOnline = await (await workbench.open('binder/'))!.text();
		expect(binderOnline).toContain('<h1');
		await page.waitForFunction(() => document.documentElement.dataset.binderReady, undefined, { timeout: 60_000 });
		const keptWhenOpened = { 'reviews/': 'Reviews', 'whats-new/': "What's new", 'references/': 'References' };
		for (const [path, title] of Object.entries(keptWhenOpened)) {
			await workbench.open(path);
			await expect(workbench.title, path).toHaveText(title);
		}

		await context.setOffline(true);
		expect(await page.evaluate(() => navigator.onLine)).toBe(false);
		// Ten pages never visited open from the cache.
		const unvisited = documents.filter((href) => href.startsWith('/protocols/')).slice(0, 10);
		expect(unvisited).toHaveLength(10);
		for (const href of unvisited) {
			const response = await workbench.open(href);
			expect(response?.status(), href).toBe(200);
			await expect(workbench.title, href).toBeVisible();
		}
		await expect(workbench.offlineStatus).toContainText('Offline');

		// Search works from the cached index.
		await palette.search('blood pressure');
		await expect(palette.status).toHaveText(/^\d+ results?/);
		await expect(palette.options.first()).toBeVisible();
		await page.keyboard.press('Escape');

		// A worksheet opens and takes answers; a reload keeps working.
		await workbench.open('worksheets/post-session-reflection/');
		await worksheet.field('One word or image for the session').fill('harbour');
		await expect(worksheet.field('One word or image for the session')).toHaveValue('harbour');
		await page.reload();
		await expect(workbench.title).toHaveText('Post-session reflection');
		// An address that is not in the manual gets the manual's own 404 page, offline too.
		await workbench.open('protocols/nowhere/');
		await expect(workbench.title).toHaveText('Page not found');
		// The binder opened once online opens offline, as it was.
		const binderOffline = await workbench.open('binder/');
		expect(binderOffline?.status()).toBe(200);
		expect(await binderOffline!.text()).toBe(binderOnline);
		// and lays itself out into pages from the script kept with it.
		await page.waitForFunction(() => document.documentElement.dataset.binderReady, undefined, { timeout: 60_000 });
		await expect(page.locator('[data-binder-print]')).toBeEnabled();
		for (const [path, title] of Object.entries(keptWhenOpened)) {
			const response = await workbench.open(path);
			expect(response?.status(), path).toBe(200);
			await expect(workbench.title, path).toHaveText(title);
		}
		// What's new opened from an edition notice carries ?since=: the kept copy answers it.
		await workbench.open('whats-new/?since=2025.1');
		await expect(workbench.title).toHaveText("What's new");
		await context.close();
	});
}

test("on a first visit the precache waits while the reader's search loads, and goes on once its results are drawn", async ({ browser }) => {
	const context = await browser.newContext();
	// The worker's downloads, each slowed, so the precache is still under way when the reader searches.
	let precacheRequests = 0;
	await context.route('**/*', async (route, request) => {
		if (!request.serviceWorker()) return route.fallback();
		precacheRequests++;
		await new Promise((resolve) => setTimeout(resolve, 30));
		await route.continue();
	});
	const page = await context.newPage();
	const workbench = new Workbench(page);
	// The search's excerpts held on the network: the reader is waiting for as long as the test needs.
	const excerpts = await holdOnNetwork(page, '**/pagefind/fragment/**');
	await workbench.open('protocols/dosing/iv-racemic-infusion/');
	await expect.poll(() => precacheRequests).toBeGreaterThan(3);

	await workbench.view('Search').click();
	const input = page.getByRole('search').getByRole('searchbox', { name: 'Search the manual' });
	const excerptAsked = page.waitForRequest(/\/pagefind\/fragment\//);
	await input.fill('blood pressure');
	await excerptAsked;
	const whileWaiting = precacheRequests;
	await page.waitForTimeout(1500);
	// At 30 ms a file it would have asked for some fifty more; one already on its way may still go.
	expect(precacheRequests - whileWaiting).toBeLessThanOrEqual(1);
	await expect(workbench.offlineStatus).toHaveText('Saving for offline use…');

	excerpts.release();
	await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results?\.$/);
	await expect.poll(() => precacheRequests).toBeGreaterThan(whileWaiting + 10);
	await workbench.waitUntilOfflineReady();
	await context.close();
});

test('the app manifest and service worker carry the base path', async ({ request }) => {
	for (const site of SITES) {
		const manifest = await (await request.get(`${origin(site)}${site.base}manifest.webmanifest`)).json();
		expect(manifest.start_url).toBe(site.base);
		expect(manifest.scope).toBe(site.base);
		expect(manifest.icons.map((icon: { src: string }) => icon.src)).toContain(`${site.base}icon-192.png`);
		const sw = await (await request.get(`${origin(site)}${site.base}sw.js`)).text();
		expect(sw.includes('url:"pagefind/pagefind-entry.json"'), 'the search index is precached').toBe(true);
		expect(/pagefind-(?:component-|modular-)?ui\.(?:js|css)/.test(sw), 'Pagefind UI bundles are not precached').toBe(false);
		expect(/url:"(?:binder|reviews|whats-new|references)\/|url:"_astro\/Binder\./.test(sw), 'pages kept when first opened are not precached').toBe(false);
		expect(/https?:\/\/(?!bit\.ly\/wb-precache)/.test(sw), 'no other host').toBe(false);
	}
});

test('a new edition is offered, not forced: declining keeps the old one, accepting shows the new', async ({ browser }) => {
	test.setTimeout(180_000);
	const dir = copyProject('kapkit-edition-');
	// Its own copy, served live on its own port, so that a rebuild never touches the other sites.
	const edition: Site = { name: 'edition', manual: 'fixture', base: '/', outDir: join(dir, 'dist'), port: 4331 };
	let server: ChildProcess | undefined;
	try {
		const build = () => {
			const result = buildCopy(dir);
			expect(result.status, result.output).toBe(0);
		};
		build();
		server = spawn(process.execPath, [join(projectRoot, 'tests/e2e/serve.ts'), edition.outDir, edition.base, String(edition.port), '--live'], { stdio: 'ignore' });
		const context = await browser.newContext();
		const workbench = new Workbench(await context.newPage(), edition);
		const { page, title } = workbench;
		const url = workbench.url('protocols/dosing/intranasal-esketamine/');
		for (let i = 0; i < 50; i++) {
			if ((await page.goto(url).catch(() => null))?.ok()) break;
			await page.waitForTimeout(200);
		}
		await workbench.waitUntilOfflineReady();
		await expect(title).toHaveText('Intranasal esketamine under its REMS');
		// A page kept when first opened: this edition keeps it in its own cache.
		await workbench.open('reviews/');
		await expect.poll(() => page.evaluate(() => caches.keys())).toContain('kapkit-kept-2026.1');
		await page.goto(url);

		// The practice publishes a new edition with a changed page.
		const protocol = join(dir, 'protocols/dosing/intranasal-esketamine.mdx');
		writeFileSync(protocol, readFileSync(protocol, 'utf8').replace('title: Intranasal esketamine under its REMS', 'title: Intranasal esketamine (revised)'));
		const config = join(dir, 'kapkit.config.ts');
		writeFileSync(config, readFileSync(config, 'utf8').replace("edition: '2026.1'", "edition: '2026.2'"));
		const changes = join(dir, 'protocols/changes.yaml');
		writeFileSync(changes, `- edition: '2026.2'\n  date: 2026-12-01\n  changes:\n    - { page: protocols/dosing/intranasal-esketamine, kind: revised, summary: The title now says the page was revised. }\n${readFileSync(changes, 'utf8')}`);
		build();

		await page.reload();
		await expect(workbench.newEditionButton).toBeVisible({ timeout: 30_000 });
		// Declining: the old edition keeps working, whole, on every page.
		await expect(title).toHaveText('Intranasal esketamine under its REMS');
		await workbench.open('protocols/dosing/iv-racemic-infusion/');
		await expect(workbench.statusBar).toContainText('Edition 2026.1');
		await page.goto(url);
		await expect(title).toHaveText('Intranasal esketamine under its REMS');
		// Accepting: the new edition, after one reload the reader asked for.
		await workbench.newEditionButton.click();
		await expect(title).toHaveText('Intranasal esketamine (revised)', { timeout: 30_000 });
		await expect(workbench.statusBar).toContainText('Edition 2026.2');
		// What the old edition kept when first opened is gone once the new one has taken over.
		await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(expect.not.arrayContaining(['kapkit-kept-2026.1']));
		await context.close();
	} finally {
		server?.kill();
		rmSync(dir, { recursive: true, force: true });
	}
});
