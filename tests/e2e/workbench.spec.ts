import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { origin, SITES } from './sites.ts';

const home = `${origin(SITES[0])}/`;
const tree = (page: Page) => page.getByRole('tree', { name: 'Explorer' });
const focused = (page: Page) => page.evaluate(() => ({ role: document.activeElement?.getAttribute('role'), text: document.activeElement?.textContent?.trim() }));
const tabs = (page: Page) => page.getByRole('tablist', { name: 'Open documents' }).getByRole('tab');

test('a keyboard-only journey: explorer, preview tab, pin, close, breadcrumbs, outline', async ({ page }) => {
	await page.goto(home);
	// Tab into the explorer.
	for (let i = 0; i < 25 && (await focused(page)).role !== 'treeitem'; i++) await page.keyboard.press('Tab');
	expect(await focused(page)).toEqual({ role: 'treeitem', text: 'Protocols' });

	// Arrows to a protocol: open the Preparation folder, go into it, open its first document.
	await page.keyboard.press('ArrowDown');
	expect((await focused(page)).text).toBe('Preparation');
	await page.keyboard.press('ArrowRight');
	await expect(tree(page).getByRole('treeitem', { name: 'Preparation' })).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('ArrowRight');
	expect((await focused(page)).text).toBe('Referral and eligibility');
	await page.keyboard.press('Enter');
	await page.waitForURL('**/protocols/preparation/referral-and-eligibility/');
	// The home page's own tab was a preview too: the new document replaced it.
	await expect(tabs(page)).toHaveCount(1);
	await expect(tabs(page).nth(0)).toHaveClass(/tab--preview/);
	await expect(tabs(page).nth(0)).toHaveAttribute('aria-selected', 'true');
	await expect(tree(page).getByRole('treeitem', { name: 'Referral and eligibility' })).toHaveAttribute('aria-current', 'page');

	// Opening another document replaces the preview tab.
	for (let i = 0; i < 25 && (await focused(page)).role !== 'treeitem'; i++) await page.keyboard.press('Tab');
	expect((await focused(page)).text).toBe('Referral and eligibility');
	await page.keyboard.press('ArrowDown');
	const second = (await focused(page)).text!;
	await page.keyboard.press('Enter');
	await page.waitForURL('**/protocols/preparation/screening-and-contraindications/');
	await expect(tabs(page)).toHaveCount(1);
	await expect(tabs(page).nth(0)).toContainText(second);

	// A double-click pins it; the next document then opens in a new preview tab.
	await tabs(page).nth(0).dblclick();
	await expect(tabs(page).nth(0)).not.toHaveClass(/tab--preview/);
	await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Preparation' }).focus();
	await page.keyboard.press('Enter');
	await page.waitForURL('**/protocols/preparation/');
	await expect(tabs(page)).toHaveCount(2);
	await expect(tabs(page).nth(1)).toHaveClass(/tab--preview/);

	// Delete on the active tab closes it and shows its neighbour.
	await tabs(page).nth(1).focus();
	await page.keyboard.press('Delete');
	await page.waitForURL('**/protocols/preparation/screening-and-contraindications/');
	await expect(tabs(page)).toHaveCount(1);

	// Arrow keys move between tabs; Enter opens one.
	await page.getByRole('link', { name: 'KAP Clinical Manual' }).first().focus();
	await page.keyboard.press('Enter');
	await page.waitForURL(home);
	await expect(tabs(page)).toHaveCount(2);
	await tabs(page).nth(1).focus();
	await page.keyboard.press('ArrowLeft');
	await expect(tabs(page).nth(0)).toBeFocused();
	await page.keyboard.press('Enter');
	await page.waitForURL('**/protocols/preparation/screening-and-contraindications/');

	// The outline navigates and marks the section being read; the breadcrumb follows it.
	await page.goto(`${home}protocols/dosing/iv-racemic-infusion/`);
	const outline = page.getByRole('navigation', { name: 'Outline' });
	const target = outline.getByRole('link', { name: 'Observation and discharge' });
	await target.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('#observation-and-discharge')).toBeInViewport();
	await expect(target).toHaveAttribute('aria-current', 'location');
	await expect(page.locator('[data-breadcrumb-heading]')).toHaveText('Observation and discharge');
});

test('the explorer treeview follows the APG keys: Home/End, left to parent, type-ahead and *', async ({ page }) => {
	await page.goto(`${home}protocols/dosing/im-ketamine/`);
	const current = tree(page).getByRole('treeitem', { name: 'Intramuscular (IM) ketamine' });
	await expect(current).toHaveAttribute('tabindex', '0');
	await current.focus();
	await page.keyboard.press('ArrowLeft');
	expect((await focused(page)).text).toBe('Dosing session');
	await page.keyboard.press('*');
	for (const folder of ['Preparation', 'Integration', 'Maintenance', 'Course templates']) {
		await expect(tree(page).getByRole('treeitem', { name: folder, exact: true })).toHaveAttribute('aria-expanded', 'true');
	}
	await page.keyboard.press('Home');
	expect((await focused(page)).text).toBe('Protocols');
	await page.keyboard.press('End');
	// The worksheets folder is closed on a protocol's page: End stops at it.
	expect((await focused(page)).text).toBe('Worksheets');
	await page.keyboard.press('Home');
	await page.keyboard.type('glo');
	expect((await focused(page)).text).toBe('Glossary');
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowLeft');
	await expect(tree(page).getByRole('treeitem', { name: 'Protocols' })).toHaveAttribute('aria-expanded', 'false');
});

test('without JavaScript the pages show content and navigation', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${home}protocols/dosing/iv-racemic-infusion/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('IV racemic ketamine infusion');
	await expect(page.getByRole('region', { name: 'Session at a glance' })).toBeVisible();
	const explorer = page.getByRole('navigation', { name: 'Explorer' });
	await expect(explorer.locator('details[open] > summary', { hasText: 'Dosing session' })).toBeVisible();
	await expect(explorer.getByRole('link', { name: 'IV racemic ketamine infusion' })).toHaveAttribute('aria-current', 'page');
	// Other phases are links to their own pages, not empty folders.
	await explorer.getByRole('link', { name: 'Maintenance' }).click();
	await page.waitForURL('**/protocols/maintenance/');
	await page.getByRole('link', { name: 'When to offer a booster' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/booster/i);
	await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Protocols' }).click();
	await page.waitForURL('**/protocols/');
	await expect(page.getByRole('navigation', { name: 'Outline' }).getByRole('link', { name: 'Integration' })).toHaveAttribute('href', '#integration');
	await context.close();
});

test('Ctrl+B hides the side bar and the choice survives a reload; the sash resizes it', async ({ page }) => {
	await page.goto(`${home}protocols/dosing/iv-racemic-infusion/`);
	const sidebar = page.getByRole('complementary', { name: 'Side bar' });
	await expect(sidebar).toBeVisible();
	await page.keyboard.press('Control+b');
	await expect(sidebar).toBeHidden();
	await page.reload();
	await expect(sidebar).toBeHidden();
	await page.keyboard.press('Control+b');
	await expect(sidebar).toBeVisible();
	const sash = page.getByRole('separator', { name: 'Resize the side bar' });
	const before = (await sidebar.boundingBox())!.width;
	await sash.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect.poll(async () => Math.round((await sidebar.boundingBox())!.width - before)).toBe(20);
	await page.reload();
	await expect.poll(async () => Math.round((await sidebar.boundingBox())!.width - before)).toBe(20);
});

test('the activity bar switches views and the theme follows the system until chosen', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(`${home}protocols/dosing/iv-racemic-infusion/`);
	const background = () => page.evaluate(() => getComputedStyle(document.querySelector('.editor')!).backgroundColor);
	expect(await background()).toBe('rgb(31, 31, 31)');
	await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Worksheets' }).click();
	await expect(page.getByRole('link', { name: /Session vitals log/ }).first()).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Explorer' })).toBeHidden();
	await page.getByLabel('Colour theme').selectOption('light');
	expect(await background()).toBe('rgb(255, 255, 255)');
	await page.reload();
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
	expect(await background()).toBe('rgb(255, 255, 255)');
	// The view chosen is remembered too.
	await expect(page.getByRole('navigation', { name: 'Explorer' })).toBeHidden();
});

test('session view hides the chrome, enlarges the text, and Esc Esc leaves it', async ({ page }) => {
	await page.goto(`${home}protocols/dosing/intranasal-esketamine/`);
	const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.editor__document')!).fontSize));
	const normal = await size();
	await page.getByRole('button', { name: 'Session view' }).click();
	await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
	await expect(page.getByRole('complementary', { name: 'Side bar' })).toBeHidden();
	expect(await size()).toBeGreaterThan(normal);
	const leave = page.getByRole('button', { name: 'Leave session view' });
	await expect(leave).toBeVisible();
	// It stays on while moving between pages.
	await page.goto(`${home}protocols/dosing/recovery-and-discharge/`);
	await expect(leave).toBeVisible();
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
	await expect(leave).toBeHidden();
});

test('on a phone the activity bar is at the bottom and the side bar is a drawer', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
	const page = await context.newPage();
	await page.goto(`${home}protocols/dosing/iv-racemic-infusion/`);
	const views = page.getByRole('navigation', { name: 'Views' });
	expect((await views.boundingBox())!.y).toBeGreaterThan(700);
	const sidebar = page.getByRole('complementary', { name: 'Side bar' });
	await expect(sidebar).toBeHidden();
	await views.getByRole('link', { name: 'Explorer' }).tap();
	await expect(sidebar).toBeVisible();
	await expect(page.getByRole('treeitem', { name: 'IV racemic ketamine infusion' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(sidebar).toBeHidden();
	// Nothing essential is lost: the document, its facts and the status bar are all on screen.
	await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
	await expect(page.locator('.statusbar')).toBeInViewport();
	await context.close();
});

test('printing a protocol gives the document only, without the workbench', async ({ page }) => {
	await page.goto(`${home}protocols/dosing/iv-racemic-infusion/`);
	await page.emulateMedia({ media: 'print' });
	for (const part of ['.titlebar', '.activitybar', '.sidebar', '.statusbar', '.tabs', '.breadcrumbs']) await expect(page.locator(part)).toBeHidden();
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	const dir = mkdtempSync(join(tmpdir(), 'kapkit-print-'));
	writeFileSync(join(dir, 'protocol.pdf'), pdf);
	const text = execFileSync('pdftotext', ['-layout', join(dir, 'protocol.pdf'), '-'], { encoding: 'utf8' });
	expect(text).toContain('IV racemic ketamine infusion');
	expect(text).toContain('Session at a glance');
	expect(text).toContain('not medical advice');
	expect(text).not.toMatch(/EXPLORER|Search the manual|Edition 2026/);
	// External links are spelled out on paper.
	expect(text).toMatch(/https:\/\/doi\.org\/10\./);
});

for (const theme of ['light', 'dark', 'hc-dark', 'hc-light'] as const) {
	test(`no accessibility violations (axe) in the ${theme} theme`, async ({ page }) => {
		await page.addInitScript((choice) => localStorage.setItem('kapkit:theme', choice), theme);
		for (const path of ['protocols/dosing/iv-racemic-infusion/', 'worksheets/session-vitals-log/', '']) {
			await page.goto(`${home}${path}`);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${theme} ${path}`).toEqual([]);
		}
	});
}

test('no accessibility violations (axe) in session view and with the drawer open', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto(`${home}protocols/dosing/iv-racemic-infusion/`);
	await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Explorer' }).click();
	const violations = async () => (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(await violations()).toEqual([]);
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: 'Session view' }).click();
	expect(await violations()).toEqual([]);
	await context.close();
});

test('every inline script that runs is allowed by the page\'s CSP by its hash, the first-paint one included', async ({ request }) => {
	for (const path of ['', 'protocols/dosing/iv-racemic-infusion/', 'worksheets/session-vitals-log/']) {
		const html = await (await request.get(`${home}${path}`)).text();
		const csp = html.match(/http-equiv="content-security-policy" content="([^"]*)"/)![1]!;
		const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
		expect(scripts.some((script) => script.includes('data-sidebar-hidden')), `first-paint script on /${path}`).toBe(true);
		for (const script of scripts) expect(csp, `/${path}: ${script.slice(0, 60)}`).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
	}
});
