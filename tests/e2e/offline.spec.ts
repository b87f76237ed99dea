import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { buildCopy, copyProject, projectRoot } from '../support/project-copy.ts';
import { origin, SITES } from './sites.ts';

async function waitUntilOfflineReady(page: Page) {
	await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated', undefined, { timeout: 30_000 });
	await expect(page.locator('[data-offline-status]')).toHaveText(/^Offline ready · \d+\.\d MB$/, { timeout: 30_000 });
}

for (const site of SITES) {
	const home = `${origin(site)}${site.base}`;

	test(`after one visit the manual works with the network off (${site.base})`, async ({ browser }) => {
		const context: BrowserContext = await browser.newContext();
		const page = await context.newPage();
		await page.goto(home);
		await waitUntilOfflineReady(page);
		const tree = (await (await page.request.get(`${home}explorer.json`)).json()) as { href: string; folder: boolean; children?: unknown[] }[];
		const documents: string[] = [];
		const walk = (nodes: { href: string; folder: boolean; children?: unknown[] }[]) => {
			for (const node of nodes) {
				if (!node.folder) documents.push(node.href);
				walk((node.children ?? []) as typeof nodes);
			}
		};
		walk(tree);

		await context.setOffline(true);
		expect(await page.evaluate(() => navigator.onLine)).toBe(false);
		// Ten pages never visited open from the cache.
		const unvisited = documents.filter((href) => href.startsWith('/protocols/')).slice(0, 10);
		expect(unvisited).toHaveLength(10);
		for (const href of unvisited) {
			const response = await page.goto(`${home}${href.slice(1)}`);
			expect(response?.status(), href).toBe(200);
			await expect(page.getByRole('heading', { level: 1 }), href).toBeVisible();
		}
		await expect(page.locator('[data-offline-status]')).toContainText('Offline');

		// Search works from the cached index.
		await page.keyboard.press('Control+k');
		await page.getByRole('dialog').getByRole('combobox').fill('blood pressure');
		await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/^\d+ results?/);
		await expect(page.getByRole('dialog').getByRole('option').first()).toBeVisible();
		await page.keyboard.press('Escape');

		// A worksheet opens and takes answers; a reload keeps working.
		await page.goto(`${home}worksheets/post-session-reflection/`);
		await page.getByLabel('One word or image for the session').fill('harbour');
		await expect(page.getByLabel('One word or image for the session')).toHaveValue('harbour');
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Post-session reflection');
		// An address that is not in the manual gets the manual's own 404 page, offline too.
		await page.goto(`${home}protocols/nowhere/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await context.close();
	});
}

test('the app manifest and service worker carry the base path', async ({ request }) => {
	for (const site of SITES) {
		const manifest = await (await request.get(`${origin(site)}${site.base}manifest.webmanifest`)).json();
		expect(manifest.start_url).toBe(site.base);
		expect(manifest.scope).toBe(site.base);
		expect(manifest.icons.map((icon: { src: string }) => icon.src)).toContain(`${site.base}icon-192.png`);
		const sw = await (await request.get(`${origin(site)}${site.base}sw.js`)).text();
		expect(sw.includes('url:"pagefind/pagefind-entry.json"'), 'the search index is precached').toBe(true);
		expect(/pagefind-(?:component-|modular-)?ui\.(?:js|css)/.test(sw), 'Pagefind UI bundles are not precached').toBe(false);
		expect(/https?:\/\/(?!bit\.ly\/wb-precache)/.test(sw), 'no other host').toBe(false);
	}
});

test('a new edition is offered, not forced: declining keeps the old one, accepting shows the new', async ({ browser }) => {
	test.setTimeout(180_000);
	const dir = copyProject('kapkit-edition-');
	let server: ChildProcess | undefined;
	try {
		const build = () => {
			const result = buildCopy(dir);
			expect(result.status, result.output).toBe(0);
		};
		build();
		server = spawn(process.execPath, [join(projectRoot, 'tests/e2e/serve.ts'), join(dir, 'dist'), '/', '4331', '--live'], { stdio: 'ignore' });
		const url = 'http://127.0.0.1:4331/protocols/dosing/intranasal-esketamine/';
		const context = await browser.newContext();
		const page = await context.newPage();
		for (let i = 0; i < 50; i++) {
			if ((await page.goto(url).catch(() => null))?.ok()) break;
			await page.waitForTimeout(200);
		}
		await waitUntilOfflineReady(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Intranasal esketamine under its REMS');

		// The practice publishes a new edition with a changed page.
		const protocol = join(dir, 'protocols/dosing/intranasal-esketamine.mdx');
		writeFileSync(protocol, readFileSync(protocol, 'utf8').replace('title: Intranasal esketamine under its REMS', 'title: Intranasal esketamine (revised)'));
		const config = join(dir, 'kapkit.config.ts');
		writeFileSync(config, readFileSync(config, 'utf8').replace("edition: '2026.1'", "edition: '2026.2'"));
		const changes = join(dir, 'protocols/changes.yaml');
		writeFileSync(changes, `- edition: '2026.2'\n  date: 2026-12-01\n  changes:\n    - { page: protocols/dosing/intranasal-esketamine, kind: revised, summary: The title now says the page was revised. }\n${readFileSync(changes, 'utf8')}`);
		build();

		await page.reload();
		const offer = page.getByRole('button', { name: 'New edition available — reload' });
		await expect(offer).toBeVisible({ timeout: 30_000 });
		// Declining: the old edition keeps working, whole, on every page.
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Intranasal esketamine under its REMS');
		await page.goto('http://127.0.0.1:4331/protocols/dosing/iv-racemic-infusion/');
		await expect(page.locator('.statusbar')).toContainText('Edition 2026.1');
		await page.goto(url);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Intranasal esketamine under its REMS');
		// Accepting: the new edition, after one reload the reader asked for.
		await page.getByRole('button', { name: 'New edition available — reload' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Intranasal esketamine (revised)', { timeout: 30_000 });
		await expect(page.locator('.statusbar')).toContainText('Edition 2026.2');
		await context.close();
	} finally {
		server?.kill();
		rmSync(dir, { recursive: true, force: true });
	}
});
