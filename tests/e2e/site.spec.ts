import { expect, test } from '@playwright/test';
import { LAYERS } from '../../src/styles/site-sheet.ts';
import { SITES } from './sites.ts';
import { Workbench } from './support/workbench.ts';

for (const site of SITES) {
	test.describe(`built site at ${site.base}`, () => {
		test('every page loads with its disclaimer, no console errors, nothing from another host', async ({ page }) => {
			const workbench = new Workbench(page, site);
			const { errors, foreign } = workbench.watch();
			const urls = await workbench.crawl(async (url, response) => {
				expect(response?.status(), url).toBe(200);
				await expect(workbench.title, url).toHaveCount(1);
				await expect(workbench.disclaimer, url).toContainText('not medical advice');
				expect(errors, `console errors on ${url}`).toEqual([]);
				expect(foreign, `requests to other hosts from ${url}`).toEqual([]);
				// The cascade layers come in their declared order whichever sheet the bundler put first
				// (not on the binder's pages, whose sheets Paged.js replaces with its own as it lays them out).
				if (!new URL(url).pathname.includes('/binder/')) expect(await workbench.layerOrder(), `cascade layers on ${url}`).toEqual([...LAYERS]);
				errors.length = 0;
				foreign.length = 0;
			});
			const paths = urls.map((url) => workbench.pathOf(url));
			// Each kind of page is reached by following links.
			for (const expected of ['/', '/protocols/dosing/', '/protocols/dosing/iv-racemic-infusion/', '/worksheets/', '/worksheets/session-vitals-log/', '/references/', '/courses/iv-acute-series/']) {
				expect(paths).toContain(expected);
			}
		});

		test('assets and in-page anchors resolve under the base', async ({ page, request }) => {
			const workbench = new Workbench(page, site);
			const failed: string[] = [];
			page.on('response', (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));
			await workbench.open('protocols/dosing/iv-racemic-infusion/');
			expect(failed).toEqual([]);
			for (const anchor of (await workbench.linkTargets()).filter((href) => href.includes('#'))) {
				const url = new URL(anchor);
				if (url.pathname !== new URL(page.url()).pathname) continue;
				await expect(workbench.target(decodeURIComponent(url.hash.slice(1))), anchor).toHaveCount(1);
			}
			const stylesheets = await page.$$eval('link[rel="stylesheet"]', (links) => links.map((link) => (link as HTMLLinkElement).href));
			// One sheet for a protocol page (src/integration/chunks.ts): small sheets apart cost more bytes than one.
			expect(stylesheets, 'a protocol page links one stylesheet').toHaveLength(1);
			for (const stylesheet of stylesheets) {
				expect(new URL(stylesheet).pathname.startsWith(site.base), stylesheet).toBe(true);
				expect((await request.get(stylesheet)).status(), stylesheet).toBe(200);
			}
			expect((await request.get(workbench.url('explorer.json'))).status()).toBe(200);
			expect((await request.get(workbench.url('pagefind/pagefind.js'))).status()).toBe(200);
		});

		test('a missing page answers 404 with a way back', async ({ page }) => {
			const workbench = new Workbench(page, site);
			const response = await workbench.open('protocols/dosing/no-such-protocol/');
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('link', { name: 'Go to the start of the manual' })).toHaveAttribute('href', site.base);
		});
	});
}

test.describe('content of the built pages', () => {
	test('a dosing protocol renders its typed session block, citations and sources', async ({ page }) => {
		const workbench = new Workbench(page);
		await workbench.open('protocols/dosing/intranasal-esketamine/');
		const summary = workbench.sessionSummary;
		await expect(summary.getByRole('row', { name: /Published dose range/ })).toContainText('56–84 mg');
		await expect(summary.getByRole('row', { name: /Observation before discharge/ })).toContainText('at least 2 h');
		await expect(summary.getByRole('row', { name: /Peak effect/ })).toContainText('20 min – 40 min');
		const cite = workbench.citations.first();
		const target = await cite.getAttribute('href');
		expect(target).toMatch(/^#ref-/);
		await expect(workbench.target(target!.slice(1))).toBeVisible();
		await expect(page.getByText('Last reviewed')).toBeVisible();
	});

	test('a worksheet renders every field kind as labelled controls', async ({ page }) => {
		const workbench = new Workbench(page);
		const { worksheet } = workbench;
		await workbench.open('worksheets/post-session-reflection/');
		await expect(worksheet.field('Date of the dosing session')).toHaveAttribute('type', 'date');
		await expect(worksheet.field('What stands out most from the session?')).toHaveAttribute('rows', '6');
		await expect(worksheet.group('How was the experience overall?').getByRole('radio')).toHaveCount(11);
		await workbench.open('worksheets/session-vitals-log/');
		await expect(worksheet.table('Vital signs').getByRole('row')).toHaveCount(9);
		await expect(worksheet.field('Time the dose started')).toHaveAttribute('type', 'time');
	});

	test('the references page links each source back to the protocols that cite it', async ({ page }) => {
		const workbench = new Workbench(page);
		await workbench.open('references/');
		const entry = workbench.target('spravato-label');
		await expect(entry.getByRole('link', { name: 'Intranasal esketamine under its REMS' })).toHaveAttribute('href', '/protocols/dosing/intranasal-esketamine/');
	});

	test('pages have no accessibility violations (axe)', async ({ page }) => {
		const workbench = new Workbench(page);
		for (const path of ['', 'protocols/dosing/iv-racemic-infusion/', 'worksheets/session-vitals-log/', 'references/']) {
			await workbench.open(path);
			expect(await workbench.accessibilityViolations(), path).toEqual([]);
		}
	});
});

test('a review falls overdue on the day the page is read, in the facts and the status bar alike', async ({ page }) => {
	const workbench = new Workbench(page);
	const facts = workbench.document.locator('[data-review-due]');
	const status = workbench.statusBar.locator('[data-review-due]');
	// Reviewed 2026-11-21 with a 12-month interval: due 2027-11-21.
	await page.clock.install({ time: new Date('2027-11-21T12:00:00Z') });
	await workbench.open('protocols/dosing/iv-racemic-infusion/');
	await expect(facts).toHaveAttribute('data-review-due', '2027-11-21');
	for (const mark of [facts, status]) await expect(mark).not.toContainText('review overdue');

	await page.clock.setFixedTime(new Date('2027-11-22T12:00:00Z'));
	await page.reload();
	for (const mark of [facts, status]) {
		await expect(mark).toContainText('review overdue');
		await expect(mark).toHaveAttribute('data-overdue', '');
	}
});
