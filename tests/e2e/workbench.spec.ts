import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { coldSlowWorkbench, holdOnNetwork, Workbench } from './support/workbench.ts';

test('a keyboard-only journey: explorer, preview tab, pin, close, breadcrumbs, outline', async ({ page }) => {
	const workbench = new Workbench(page);
	const { tabs } = workbench;
	await workbench.open();
	// Tab into the explorer.
	await workbench.tabIntoExplorer();
	expect(await workbench.focused()).toEqual({ role: 'treeitem', text: 'Protocols' });

	// Arrows to a protocol: open the Preparation folder, go into it, open its first document.
	await page.keyboard.press('ArrowDown');
	expect((await workbench.focused()).text).toBe('Preparation');
	await page.keyboard.press('ArrowRight');
	await expect(workbench.treeItem('Preparation')).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('ArrowRight');
	expect((await workbench.focused()).text).toBe('Referral and eligibility');
	await page.keyboard.press('Enter');
	await workbench.arrivedAt('protocols/preparation/referral-and-eligibility/');
	// The home page's own tab was a preview too: the new document replaced it. One preview tab is
	// what the page's own markup shows; the strip is drawn when the reader reaches it.
	await expect(workbench.ownTab).toHaveText('Referral and eligibility');
	await expect(workbench.ownTab).toHaveClass(/tab--preview/);
	await workbench.reachTabs();
	await expect(tabs).toHaveCount(1);
	await expect(tabs.nth(0)).toHaveClass(/tab--preview/);
	await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
	await workbench.reachExplorer();
	await expect(workbench.treeItem('Referral and eligibility')).toHaveAttribute('aria-current', 'page');

	// Opening another document replaces the preview tab (from the top of the page, Tab into the explorer again).
	await workbench.homeLink.focus();
	await workbench.tabIntoExplorer();
	expect((await workbench.focused()).text).toBe('Referral and eligibility');
	await page.keyboard.press('ArrowDown');
	const second = (await workbench.focused()).text!;
	await page.keyboard.press('Enter');
	await workbench.arrivedAt('protocols/preparation/screening-and-contraindications/');
	await workbench.reachTabs();
	await expect(tabs).toHaveCount(1);
	await expect(tabs.nth(0)).toContainText(second);

	// A double-click pins it; the next document then opens in a new preview tab.
	await tabs.nth(0).dblclick();
	await expect(tabs.nth(0)).not.toHaveClass(/tab--preview/);
	await workbench.breadcrumbs.getByRole('link', { name: 'Preparation' }).focus();
	await page.keyboard.press('Enter');
	await workbench.arrivedAt('protocols/preparation/');
	await expect(tabs).toHaveCount(2);
	await expect(tabs.nth(1)).toHaveClass(/tab--preview/);

	// Delete on the active tab closes it and shows its neighbour.
	await tabs.nth(1).focus();
	await page.keyboard.press('Delete');
	await workbench.arrivedAt('protocols/preparation/screening-and-contraindications/');
	await expect(tabs).toHaveCount(1);

	// Arrow keys move between tabs; Enter opens one.
	await workbench.homeLink.focus();
	await page.keyboard.press('Enter');
	await workbench.arrivedAt('');
	await expect(tabs).toHaveCount(2);
	await tabs.nth(1).focus();
	await page.keyboard.press('ArrowLeft');
	await expect(tabs.nth(0)).toBeFocused();
	await page.keyboard.press('Enter');
	await workbench.arrivedAt('protocols/preparation/screening-and-contraindications/');

	// The outline navigates and marks the section being read; the breadcrumb follows it.
	await workbench.open('protocols/dosing/iv-racemic-infusion/');
	const target = workbench.outline.getByRole('link', { name: 'Observation and discharge' });
	await target.focus();
	await page.keyboard.press('Enter');
	await expect(workbench.target('observation-and-discharge')).toBeInViewport();
	await expect(target).toHaveAttribute('aria-current', 'location');
	await expect(workbench.breadcrumbHeading).toHaveText('Observation and discharge');
});

test('the explorer treeview follows the APG keys: Home/End, left to parent, type-ahead and *', async ({ page }) => {
	const workbench = new Workbench(page);
	await workbench.open('protocols/dosing/im-ketamine/');
	// The page's own link first: focus on it brings in the tree, which takes the focus to its item.
	await workbench.explorer.getByRole('link', { name: 'Intramuscular (IM) ketamine' }).focus();
	const current = workbench.treeItem('Intramuscular (IM) ketamine');
	await expect(current).toBeFocused();
	await expect(current).toHaveAttribute('tabindex', '0');
	await page.keyboard.press('ArrowLeft');
	expect((await workbench.focused()).text).toBe('Dosing session');
	await page.keyboard.press('*');
	for (const folder of ['Preparation', 'Integration', 'Maintenance', 'Course templates']) {
		await expect(workbench.treeItem(folder, { exact: true })).toHaveAttribute('aria-expanded', 'true');
	}
	await page.keyboard.press('Home');
	expect((await workbench.focused()).text).toBe('Protocols');
	await page.keyboard.press('End');
	// The worksheets folder is closed on a protocol's page: End stops at it.
	expect((await workbench.focused()).text).toBe('Worksheets');
	await page.keyboard.press('Home');
	await page.keyboard.type('glo');
	expect((await workbench.focused()).text).toBe('Glossary');
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowLeft');
	await expect(workbench.treeItem('Protocols')).toHaveAttribute('aria-expanded', 'false');
});

test('keys pressed in the explorer while its tree loads all arrive, in order, on a cold page with a slow CPU', async ({ browser }) => {
	// Nothing cached, so the tree's code is still on its way when the keys come.
	const { workbench, close } = await coldSlowWorkbench(browser);
	const { page } = workbench;
	await page.goto(workbench.url('protocols/dosing/im-ketamine/'), { waitUntil: 'load' });
	expect(await page.getByRole('tree').count(), 'the page carries links, not yet a tree').toBe(0);
	await workbench.explorer.getByRole('link', { name: 'Intramuscular (IM) ketamine' }).focus();
	// No wait for the tree: left to the parent folder, left again to close it, down to the next folder.
	// A key lost or taken out of order ends anywhere else.
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowDown');
	await expect.poll(async () => (await workbench.focused()).text).toBe('Integration');
	expect((await workbench.focused()).role).toBe('treeitem');
	await expect(workbench.treeItem('Dosing session')).toHaveAttribute('aria-expanded', 'false');
	await close();
});

test("clicks on the tabs while their actions load are kept and done, in order, once they have loaded", async ({ browser }) => {
	const { workbench, close } = await coldSlowWorkbench(browser);
	const { page } = workbench;
	// Two tabs: the IM protocol kept open, this page (the IV one) a preview.
	await workbench.keepImProtocolOpen();
	// The tabs' actions are held on the network until the clicks are made: the race, every time.
	const { release } = await holdOnNetwork(page, '**/_astro/editor-tabs-actions*.js');
	await page.goto(workbench.url('protocols/dosing/iv-racemic-infusion/'), { waitUntil: 'load' });
	const { tabs } = workbench;
	await expect(tabs).toHaveCount(2);
	await expect(tabs.nth(1)).toHaveClass(/tab--preview/);
	// Pin this page's tab, then close the other one.
	await tabs.nth(1).dblclick();
	await tabs.nth(0).locator('.tab__close').click();
	await expect(tabs, 'nothing happens before the actions arrive').toHaveCount(2);
	release();
	await expect(tabs).toHaveCount(1);
	await expect(tabs.nth(0)).toContainText('IV racemic ketamine infusion');
	await expect(tabs.nth(0)).not.toHaveClass(/tab--preview/);
	expect(new URL(page.url()).pathname, 'closing the other tab stays on this page').toContain('iv-racemic-infusion');
	await close();
});

test('a page showing only its own preview tab loads the strip when the reader reaches for it; a pinned tab is drawn at once', async ({ page }) => {
	const workbench = new Workbench(page);
	const fetched: string[] = [];
	page.on('request', (request) => {
		if (/\/_astro\/editor-tabs-/.test(request.url())) fetched.push(new URL(request.url()).pathname);
	});
	await workbench.open('protocols/dosing/iv-racemic-infusion/');
	// Before it is drawn, the page's own tab is still a tab list of one, its tab selected.
	await expect(workbench.tabs).toHaveCount(1);
	await expect(workbench.activeTab).toHaveClass(/tab--preview/);
	await expect(workbench.activeTab).not.toHaveAttribute('aria-description');
	expect(fetched, 'nothing of the strip on a first page').toEqual([]);

	await workbench.ownTab.hover();
	await expect(workbench.activeTab).toHaveAttribute('aria-description', 'Preview tab. Delete closes it.');
	await expect.poll(() => fetched.join(' ')).toMatch(/editor-tabs-strip.*editor-tabs-actions|editor-tabs-actions.*editor-tabs-strip/);
	await workbench.tabs.nth(0).dblclick();
	await expect(workbench.tabs.nth(0)).not.toHaveClass(/tab--preview/);

	// Pinned, it is more than the page's own markup shows: drawn on load, without being reached.
	await page.reload();
	await expect(workbench.tabs).toHaveCount(1);
	await expect(workbench.tabs.nth(0)).not.toHaveClass(/tab--preview/);
	await expect(workbench.tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
});

test('a side bar view whose code cannot load says so and points to its page, and is drawn when next opened', async ({ page }) => {
	const workbench = new Workbench(page);
	// As if offline before the manual was saved for offline use.
	await page.route('**/_astro/side-bar-views*.js', (route) => route.abort());
	await workbench.open('protocols/dosing/iv-racemic-infusion/');
	await workbench.view('Worksheets').click();
	const view = page.locator('[data-view-panel="worksheets"]');
	await expect(view).toContainText('This view could not load');
	await expect(view.getByRole('link', { name: 'Open the Worksheets page' })).toHaveAttribute('href', /\/worksheets\/$/);

	await page.unroute('**/_astro/side-bar-views*.js');
	await workbench.view('Explorer').click();
	await workbench.view('Worksheets').click();
	await expect(view.getByRole('link', { name: /Post-session reflection/ })).toBeVisible();
	await expect(view).not.toContainText('could not load');
});

test("a tab still opens its page when the tabs' actions cannot load", async ({ page }) => {
	const workbench = new Workbench(page);
	await workbench.keepImProtocolOpen();
	// As if offline before the manual was saved, or open across a new edition: the code is not there.
	await page.route('**/_astro/editor-tabs-actions*.js', (route) => route.abort());
	await workbench.open('protocols/dosing/iv-racemic-infusion/');
	await workbench.tabs.nth(0).click();
	await workbench.arrivedAt('protocols/dosing/im-ketamine/');
});

test('without JavaScript the pages show content and navigation', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const workbench = new Workbench(await context.newPage());
	const { page, explorer } = workbench;
	await workbench.open('protocols/dosing/iv-racemic-infusion/');
	await expect(workbench.title).toHaveText('IV racemic ketamine infusion');
	await expect(workbench.sessionSummary).toBeVisible();
	await expect(workbench.explorerFolder('Dosing session')).toBeVisible();
	await expect(explorer.getByRole('link', { name: 'IV racemic ketamine infusion' })).toHaveAttribute('aria-current', 'page');
	// Other phases are links to their own pages, not empty folders.
	await explorer.getByRole('link', { name: 'Maintenance' }).click();
	await workbench.arrivedAt('protocols/maintenance/');
	await page.getByRole('link', { name: 'When to offer a booster' }).first().click();
	await expect(workbench.title).toHaveText(/booster/i);
	await workbench.breadcrumbs.getByRole('link', { name: 'Protocols' }).click();
	await workbench.arrivedAt('protocols/');
	await expect(workbench.outline.getByRole('link', { name: 'Integration' })).toHaveAttribute('href', '#integration');
	await context.close();
});

test('Ctrl+B hides the side bar and the choice survives a reload; the sash resizes it', async ({ page }) => {
	const workbench = new Workbench(page);
	const { sideBar } = workbench;
	await workbench.open('protocols/dosing/iv-racemic-infusion/');
	await expect(sideBar).toBeVisible();
	await page.keyboard.press('Control+b');
	await expect(sideBar).toBeHidden();
	await page.reload();
	await expect(sideBar).toBeHidden();
	await page.keyboard.press('Control+b');
	await expect(sideBar).toBeVisible();
	const before = (await sideBar.boundingBox())!.width;
	await workbench.sash.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect.poll(async () => Math.round((await sideBar.boundingBox())!.width - before)).toBe(20);
	await page.reload();
	await expect.poll(async () => Math.round((await sideBar.boundingBox())!.width - before)).toBe(20);
});

test("a drag on the sash begun before its code arrives resizes the side bar once it has", async ({ page }) => {
	const workbench = new Workbench(page);
	const { sideBar, sash } = workbench;
	const { release } = await holdOnNetwork(page, '**/_astro/sash*.js');
	await workbench.open('protocols/dosing/iv-racemic-infusion/');
	const before = (await sideBar.boundingBox())!.width;
	const box = (await sash.boundingBox())!;
	const x = box.x + box.width / 2;
	const y = box.y + box.height / 2;
	await page.mouse.move(x, y);
	await page.mouse.down();
	release();
	await expect(sash, 'the press held meanwhile starts the drag').toHaveAttribute('data-dragging', '');
	await page.mouse.move(x + 60, y, { steps: 4 });
	await page.mouse.up();
	// The side bar's edge follows the pointer: 60 px to the right, give or take where on the sash it was pressed.
	await expect.poll(async () => Math.abs((await sideBar.boundingBox())!.width - before - 60)).toBeLessThanOrEqual(4);
	await expect(sash).not.toHaveAttribute('data-dragging');
});

test('the activity bar switches views and the theme follows the system until chosen', async ({ page }) => {
	const workbench = new Workbench(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	await workbench.open('protocols/dosing/iv-racemic-infusion/');
	const background = () => workbench.editor.evaluate((editor) => getComputedStyle(editor).backgroundColor);
	expect(await background()).toBe('rgb(31, 31, 31)');
	// The Tools and References views are drawn when first opened: the tools with what each is for,
	// and the sources this page cites, linked to its own list.
	await workbench.view('Tools').click();
	await expect(workbench.sideBar.getByRole('link', { name: 'Course Planner' })).toHaveAttribute('title', /Plan a client's course/);
	await workbench.view('References').click();
	const cited = workbench.sideBar.getByRole('link', { name: 'Swainson et al., 2021' });
	await expect(cited).toHaveAttribute('href', '#ref-swainson-2021');
	await expect(cited).toHaveAttribute('title', /Canadian Network for Mood and Anxiety Treatments/);
	await workbench.view('Worksheets').click();
	await expect(page.getByRole('link', { name: /Session vitals log/ }).first()).toBeVisible();
	await expect(workbench.explorer).toBeHidden();
	await workbench.themeSelect.selectOption('light');
	expect(await background()).toBe('rgb(255, 255, 255)');
	await page.reload();
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
	expect(await background()).toBe('rgb(255, 255, 255)');
	// The view chosen is remembered too.
	await expect(workbench.explorer).toBeHidden();
});

test('session view hides the chrome, enlarges the text, and Esc Esc leaves it', async ({ page }) => {
	const workbench = new Workbench(page);
	await workbench.open('protocols/dosing/intranasal-esketamine/');
	const size = () => workbench.document.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
	const normal = await size();
	await workbench.sessionViewButton.click();
	await expect(workbench.views).toBeHidden();
	await expect(workbench.sideBar).toBeHidden();
	expect(await size()).toBeGreaterThan(normal);
	const leave = workbench.leaveSessionViewButton;
	await expect(leave).toBeVisible();
	// It stays on while moving between pages.
	await workbench.open('protocols/dosing/recovery-and-discharge/');
	await expect(leave).toBeVisible();
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	await expect(workbench.views).toBeVisible();
	await expect(leave).toBeHidden();
});

test('on a phone the activity bar is at the bottom and the side bar is a drawer', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
	const workbench = new Workbench(await context.newPage());
	const { page, views, sideBar } = workbench;
	await workbench.open('protocols/dosing/iv-racemic-infusion/');
	expect((await views.boundingBox())!.y).toBeGreaterThan(700);
	await expect(sideBar).toBeHidden();
	await workbench.view('Explorer').tap();
	await expect(sideBar).toBeVisible();
	// The current page in the explorer, as the page carries it (the tree comes when the reader reaches for it).
	await expect(sideBar.locator('#explorer [aria-current="page"]')).toHaveText('IV racemic ketamine infusion');
	await page.keyboard.press('Escape');
	await expect(sideBar).toBeHidden();
	// Nothing essential is lost: the document, its facts and the status bar are all on screen.
	await expect(workbench.title).toBeInViewport();
	await expect(workbench.statusBar).toBeInViewport();
	await context.close();
});

test('printing a protocol gives the document only, without the workbench', async ({ page }) => {
	const workbench = new Workbench(page);
	await workbench.open('protocols/dosing/iv-racemic-infusion/');
	await page.emulateMedia({ media: 'print' });
	for (const part of workbench.chrome) await expect(part).toBeHidden();
	const { text } = await workbench.print('protocol', { format: 'A4', printBackground: true });
	expect(text).toContain('IV racemic ketamine infusion');
	expect(text).toContain('Session at a glance');
	expect(text).toContain('not medical advice');
	expect(text).not.toMatch(/EXPLORER|Search the manual|Edition 2026/);
	// External links are spelled out on paper.
	expect(text).toMatch(/https:\/\/doi\.org\/10\./);
});

for (const theme of ['light', 'dark', 'hc-dark', 'hc-light'] as const) {
	test(`no accessibility violations (axe) in the ${theme} theme`, async ({ page }) => {
		const workbench = new Workbench(page);
		await workbench.presetTheme(theme);
		for (const path of ['protocols/dosing/iv-racemic-infusion/', 'worksheets/session-vitals-log/', '']) {
			await workbench.open(path);
			await expect(workbench.themeRoot).toHaveAttribute('data-theme', theme);
			expect(await workbench.accessibilityViolations(), `${theme} ${path}`).toEqual([]);
		}
	});
}

test('no accessibility violations (axe) in session view and with the drawer open', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const workbench = new Workbench(await context.newPage());
	await workbench.open('protocols/dosing/iv-racemic-infusion/');
	await workbench.view('Explorer').click();
	expect(await workbench.accessibilityViolations()).toEqual([]);
	await workbench.page.keyboard.press('Escape');
	await workbench.sessionViewButton.click();
	expect(await workbench.accessibilityViolations()).toEqual([]);
	await context.close();
});

test("every inline script that runs is allowed by the page's CSP by its hash, the first-paint one included", async ({ page, request }) => {
	const workbench = new Workbench(page);
	for (const path of ['', 'protocols/dosing/iv-racemic-infusion/', 'worksheets/session-vitals-log/']) {
		const html = await (await request.get(workbench.url(path))).text();
		const csp = html.match(/http-equiv="content-security-policy" content="([^"]*)"/)![1]!;
		const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
		expect(scripts.some((script) => script.includes('data-sidebar-hidden')), `first-paint script on /${path}`).toBe(true);
		for (const script of scripts) expect(csp, `/${path}: ${script.slice(0, 60)}`).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
	}
});
