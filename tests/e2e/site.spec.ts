import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { origin, SITES } from './sites.ts';

/** Opens a page, recording console errors and every request that leaves the site's own origin. */
async function open(page: Page, url: string) {
	const errors: string[] = [];
	const foreign: string[] = [];
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('request', (request) => {
		if (!request.url().startsWith(new URL(url).origin + '/') && !request.url().startsWith('data:')) foreign.push(request.url());
	});
	const response = await page.goto(url, { waitUntil: 'load' });
	return { response, errors, foreign };
}

/** Every page reachable by following links from the home page, without leaving the base path. */
async function crawl(page: Page, start: string): Promise<string[]> {
	const base = new URL(start);
	const seen = new Set<string>([start]);
	const queue = [start];
	while (queue.length) {
		const url = queue.shift()!;
		await page.goto(url);
		const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => (link as HTMLAnchorElement).href));
		for (const href of hrefs) {
			const target = new URL(href);
			target.hash = '';
			if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname) || /\.\w+$/.test(target.pathname)) continue;
			if (!seen.has(target.href)) {
				seen.add(target.href);
				queue.push(target.href);
			}
		}
	}
	return [...seen].sort();
}

for (const site of SITES) {
	test.describe(`built site at ${site.base}`, () => {
		const home = `${origin(site)}${site.base}`;

		test('every page loads with its disclaimer, no console errors, nothing from another host', async ({ page }) => {
			const urls = await crawl(page, home);
			const paths = urls.map((url) => new URL(url).pathname.slice(site.base.length - 1));
			// Each kind of page is reached by following links.
			for (const expected of ['/', '/protocols/dosing/', '/protocols/dosing/iv-racemic-infusion/', '/worksheets/', '/worksheets/session-vitals-log/', '/references/', '/courses/iv-acute-series/']) {
				expect(paths).toContain(expected);
			}
			for (const url of urls) {
				const { response, errors, foreign } = await open(page, url);
				expect(response?.status(), url).toBe(200);
				await expect(page.locator('h1'), url).toHaveCount(1);
				await expect(page.locator('.disclaimer'), url).toContainText('not medical advice');
				expect(errors, `console errors on ${url}`).toEqual([]);
				expect(foreign, `requests to other hosts from ${url}`).toEqual([]);
			}
		});

		test('assets and in-page anchors resolve under the base', async ({ page, request }) => {
			const failed: string[] = [];
			page.on('response', (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));
			await page.goto(`${home}protocols/dosing/iv-racemic-infusion/`);
			expect(failed).toEqual([]);
			for (const anchor of await page.$$eval('a[href*="#"]', (links) => links.map((link) => (link as HTMLAnchorElement).href))) {
				const url = new URL(anchor);
				if (url.pathname !== new URL(page.url()).pathname) continue;
				await expect(page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`), anchor).toHaveCount(1);
			}
			const stylesheet = await page.$eval('link[rel="stylesheet"][href$="site.css"]', (link) => (link as HTMLLinkElement).href);
		expect((await request.get(`${home}explorer.json`)).status()).toBe(200);
			expect(new URL(stylesheet).pathname).toBe(`${site.base}site.css`);
			expect((await request.get(stylesheet)).status()).toBe(200);
			expect((await request.get(`${home}pagefind/pagefind.js`)).status()).toBe(200);
		});

		test('a missing page answers 404 with a way back', async ({ page }) => {
			const { response } = await open(page, `${home}protocols/dosing/no-such-protocol/`);
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('link', { name: 'Go to the start of the manual' })).toHaveAttribute('href', site.base);
		});
	});
}

test.describe('content of the built pages', () => {
	const home = `${origin(SITES[0])}/`;

	test('a dosing protocol renders its typed session block, citations and sources', async ({ page }) => {
		await page.goto(`${home}protocols/dosing/intranasal-esketamine/`);
		const summary = page.getByRole('region', { name: 'Session at a glance' });
		await expect(summary.getByRole('row', { name: /Dose in the label/ })).toContainText('56–84 mg');
		await expect(summary.getByRole('row', { name: /Observation before discharge/ })).toContainText('at least 2 h');
		await expect(summary.getByRole('row', { name: /Peak plasma level \(Tmax\)/ })).toContainText('20 min – 40 min');
		const cite = page.locator('article a.cite').first();
		const target = await cite.getAttribute('href');
		expect(target).toMatch(/^#ref-/);
		await expect(page.locator(`li${target}`)).toBeVisible();
		await expect(page.getByText('Last reviewed')).toBeVisible();
	});

	test('a worksheet renders every field kind as labelled controls', async ({ page }) => {
		await page.goto(`${home}worksheets/post-session-reflection/`);
		await expect(page.getByLabel('Date of the dosing session')).toHaveAttribute('type', 'date');
		await expect(page.getByLabel('What stands out most from the session?')).toHaveAttribute('rows', '6');
		await expect(page.getByRole('group', { name: 'How was the experience overall?' }).getByRole('radio')).toHaveCount(11);
		await page.goto(`${home}worksheets/session-vitals-log/`);
		await expect(page.getByRole('table', { name: 'Vital signs' }).getByRole('row')).toHaveCount(9);
		await expect(page.getByLabel('Time the dose started')).toHaveAttribute('type', 'time');
	});

	test('the references page links each source back to the protocols that cite it', async ({ page }) => {
		await page.goto(`${home}references/`);
		const entry = page.locator('li[id="spravato-label"]');
		await expect(entry.getByRole('link', { name: 'Intranasal esketamine under its REMS' })).toHaveAttribute('href', '/protocols/dosing/intranasal-esketamine/');
	});

	test('pages have no accessibility violations (axe)', async ({ page }) => {
		for (const path of ['', 'protocols/dosing/iv-racemic-infusion/', 'worksheets/session-vitals-log/', 'references/']) {
			await page.goto(`${home}${path}`);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
		}
	});
});
