import { expect, test } from '@playwright/test';
import { SITES } from './sites.ts';
import { coldSlowWorkbench, holdOnNetwork, Workbench } from './support/workbench.ts';

/** The site's own scripts loaded so far. */
const loadedScripts = (workbench: Workbench) => workbench.page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js')));

for (const site of SITES) {
	test.describe(`command palette at ${site.base}`, () => {
		test('Ctrl+K, F1, Ctrl+Shift+P and the title-bar button open it; Esc closes and returns focus', async ({ page }) => {
			const workbench = new Workbench(page, site);
			const { palette } = workbench;
			await workbench.open('protocols/dosing/iv-racemic-infusion/');
			const button = workbench.searchButton;
			// The palette's code is not loaded with the page, and opening it never loads React.
			expect((await loadedScripts(workbench)).filter((name) => /palette-view|\/client\./.test(name))).toEqual([]);
			await page.keyboard.press('Control+k');
			await expect(palette.input).toBeFocused();
			await expect(palette.status).toHaveText(/Type to search the manual/);
			expect((await loadedScripts(workbench)).some((name) => /palette-view/.test(name))).toBe(true);
			expect((await loadedScripts(workbench)).filter((name) => /\/client\./.test(name))).toEqual([]);
			await page.keyboard.press('Escape');

			await button.focus();
			await page.keyboard.press('Control+k');
			await expect(palette.input).toBeFocused();
			await expect(palette.input).toHaveValue('');
			await page.keyboard.press('Escape');
			await expect(palette.dialog).toHaveCount(0);
			await expect(button).toBeFocused();

			await page.keyboard.press('F1');
			await expect(palette.input).toHaveValue('>');
			await page.keyboard.press('Escape');
			await page.keyboard.press('Control+Shift+P');
			await expect(palette.input).toHaveValue('>');
			await page.keyboard.press('Escape');
			await button.click();
			await expect(palette.input).toBeFocused();
		});

		test('a phrase from a dosing protocol finds it; a phase filter narrows; Enter opens the section with the words marked', async ({ page }) => {
			const workbench = new Workbench(page, site);
			const { palette } = workbench;
			await workbench.open();
			await palette.search('eye mask');
			await expect(palette.status).toContainText(/\d+ results?/);
			const top = (await palette.options.allInnerTexts()).slice(0, 3).join('\n');
			expect(top).toContain('Eye mask and music');
			const all = await palette.resultCount();
			await palette.filter('Maintenance').click();
			await expect.poll(() => palette.resultCount()).toBeLessThan(all);
			const narrowed = await palette.options.allInnerTexts();
			expect(narrowed.join('\n')).not.toContain('Eye mask and music ›');
			await palette.filter('Maintenance').click();
			await expect.poll(() => palette.resultCount()).toBe(all);

			// Arrow keys move the active option (aria-activedescendant); Enter opens it.
			await palette.input.focus();
			await page.keyboard.press('ArrowDown');
			await expect(palette.options.nth(1)).toHaveAttribute('aria-selected', 'true');
			await expect(palette.input).toHaveAttribute('aria-activedescendant', (await palette.options.nth(1).getAttribute('id'))!);
			await page.keyboard.press('ArrowUp');
			await expect(palette.options.first()).toContainText('Eye mask and music');
			await page.keyboard.press('Enter');
			// The result opens at the section where the words occur most (here it may be the page's top).
			await workbench.arrivedAt(/\/protocols\/dosing\/eye-mask-and-music\/(#.+)?$/);
			// What the reader typed is not in the address.
			expect(new URL(page.url()).search).toBe('');
			const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
			if (hash) await expect(workbench.target(hash)).toBeInViewport();
			await expect(workbench.searchHits.first()).toBeInViewport();
			expect((await workbench.searchHits.allInnerTexts()).map((text) => text.toLowerCase())).toEqual(expect.arrayContaining(['eye', 'mask']));
			// The page opened as an ordinary preview tab: nothing pinned that the reader did not ask for.
			await expect(workbench.ownTab).toHaveClass(/tab--preview/);
			await workbench.reachTabs();
			await expect(workbench.activeTab).toHaveClass(/tab--preview/);
		});

		test('> runs a command, # jumps to a heading, ? lists the prefixes, recent pages show when empty', async ({ page }) => {
			const workbench = new Workbench(page, site);
			const { palette } = workbench;
			await workbench.open('protocols/dosing/intranasal-esketamine/');
			await workbench.open('protocols/dosing/iv-racemic-infusion/');
			await page.keyboard.press('Control+k');
			await expect(palette.options.first()).toContainText('Intranasal esketamine under its REMS');
			await expect(palette.options.first()).toContainText('recently opened');

			await palette.input.fill('?');
			await expect(palette.options).toHaveText([/Search the whole manual/, />\s*Run a command/, /#\s*Go to a heading/, /\?\s*List these prefixes/]);
			await palette.options.nth(2).click();
			await expect(palette.input).toHaveValue('#');
			await palette.input.pressSequentially('observ');
			await expect(palette.options.first()).toHaveText('Observation and discharge');
			await page.keyboard.press('Enter');
			await expect(palette.dialog).toHaveCount(0);
			expect(new URL(page.url()).hash).toBe('#observation-and-discharge');
			await expect(workbench.target('observation-and-discharge')).toBeInViewport();

			await palette.search('>dark modern');
			await expect(palette.options.first()).toHaveText(/Colour Theme: Dark Modern/);
			await page.keyboard.press('Enter');
			await expect(workbench.themeRoot).toHaveAttribute('data-theme', 'dark');
			await palette.search('>go maint');
			await page.keyboard.press('Enter');
			await workbench.arrivedAt('protocols/maintenance/');

			// Each tool is a command, from the side bar's lists that load beside the palette's code.
			await palette.search('>tool planner');
			await expect(palette.options.first()).toHaveText(/Open Tool: Course Planner/);
			await page.keyboard.press('Enter');
			await workbench.arrivedAt('planner/');
		});
	});
}

test('no key typed right after Ctrl+K, F1 or a click on the search box is lost, on a cold page with a slow CPU', async ({ browser }) => {
	const ways: { name: string; open: (workbench: Workbench) => Promise<void>; prefix: string }[] = [
		{ name: 'Ctrl+K', open: (workbench) => workbench.page.keyboard.press('Control+k'), prefix: '' },
		{ name: 'F1', open: (workbench) => workbench.page.keyboard.press('F1'), prefix: '>' },
		{ name: 'the title-bar search box', open: (workbench) => workbench.searchButton.click(), prefix: '' },
	];
	for (const way of ways) {
		// Nothing cached: the palette's code and Pagefind not loaded yet.
		const { workbench, close } = await coldSlowWorkbench(browser);
		const { page } = workbench;
		await page.goto(workbench.url('protocols/dosing/iv-racemic-infusion/'), { waitUntil: 'domcontentloaded' });
		await way.open(workbench);
		// No wait for the palette: the keys follow the opening key at once.
		await page.keyboard.type('booster');
		await expect(workbench.palette.input, way.name).toHaveValue(`${way.prefix}booster`);
		await expect(workbench.palette.input, way.name).toBeFocused();
		// What was typed before the palette's code arrived is acted on once it has.
		await expect(workbench.palette.status, way.name).toHaveText(way.prefix ? /\d+ commands?\./ : /\d+ results?/);
		await close();
	}
});

test('native text editing keys stay with the input, and axe finds nothing with the palette open', async ({ page }) => {
	const workbench = new Workbench(page);
	const { palette } = workbench;
	await workbench.open('worksheets/session-vitals-log/');
	await palette.search('blood pressure');
	await page.keyboard.press('Home');
	await page.keyboard.type('high ');
	await expect(palette.input).toHaveValue('high blood pressure');
	await page.keyboard.press('Control+a');
	await page.keyboard.type('taper');
	await expect(palette.input).toHaveValue('taper');
	await expect(palette.status).toContainText(/\d+ results?/);
	expect(await workbench.accessibilityViolations()).toEqual([]);
	// Tab stays inside the modal dialog.
	for (let i = 0; i < 20; i++) {
		await page.keyboard.press('Tab');
		expect(await palette.holdsFocus()).toBe(true);
	}
});

test("words typed right after choosing the Search view, before its box has loaded, all arrive in it", async ({ page }) => {
	const workbench = new Workbench(page);
	// The view's code held on the network: the race, every time.
	const { release } = await holdOnNetwork(page, '**/_astro/side-bar-views*.js');
	await workbench.open('protocols/dosing/iv-racemic-infusion/');
	await workbench.view('Search').click();
	await page.keyboard.type('eye mask');
	const input = page.getByRole('search').getByRole('searchbox', { name: 'Search the manual' });
	await expect(input).toHaveCount(0);
	release();
	await expect(input).toBeFocused();
	await expect(input).toHaveValue('eye mask');
	await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results?\.$/);
	await page.keyboard.type(' music');
	await expect(input).toHaveValue('eye mask music');
});

test('on a phone, words typed right after choosing the Search view arrive in it as its drawer opens', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true });
	const page = await context.newPage();
	const workbench = new Workbench(page);
	await workbench.open('protocols/dosing/iv-racemic-infusion/');
	await workbench.view('Search').click();
	await page.keyboard.type('eye mask');
	const input = page.getByRole('search').getByRole('searchbox', { name: 'Search the manual' });
	await expect(input).toBeFocused();
	await expect(input).toHaveValue('eye mask');
	await context.close();
});

test("the side bar's Search view lists the best hits, the first screen at once and the rest below, and opens one with the words marked", async ({ page }) => {
	const workbench = new Workbench(page);
	await workbench.open('protocols/dosing/iv-racemic-infusion/');
	await workbench.view('Search').click();
	const input = page.getByRole('search').getByRole('searchbox', { name: 'Search the manual' });
	await expect(input).toBeFocused();
	await input.pressSequentially('eye mask');
	const status = page.locator('[data-search-status]');
	await expect(status).toHaveText(/^\d+ results?\.$/);
	const hits = page.locator('[data-search-results] > li');
	const total = Number((await status.innerText()).match(/^(\d+)/)![1]);
	// Up to twelve: the first five drawn with the status, the rest appended as their excerpts arrive.
	await expect(hits).toHaveCount(Math.min(total, 12));
	expect((await hits.allInnerTexts()).slice(0, 3).join('\n')).toContain('Eye mask and music');
	await input.fill('');
	await expect(hits).toHaveCount(0);
	await expect(status).toHaveText('');
	await input.fill('eye mask');
	await hits.filter({ hasText: 'Eye mask and music' }).first().getByRole('link').click();
	await workbench.arrivedAt(/\/protocols\/dosing\/eye-mask-and-music\/(#.+)?$/);
	expect(new URL(page.url()).search).toBe('');
	await expect(workbench.searchHits.first()).toBeVisible();
});
