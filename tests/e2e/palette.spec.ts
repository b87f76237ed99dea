import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { origin, SITES } from './sites.ts';

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });
const input = (page: Page) => palette(page).getByRole('combobox');
const options = (page: Page) => palette(page).getByRole('listbox').getByRole('option');

for (const site of SITES) {
	const home = `${origin(site)}${site.base}`;

	test.describe(`command palette at ${site.base}`, () => {
		test('Ctrl+K, F1, Ctrl+Shift+P and the title-bar button open it; Esc closes and returns focus', async ({ page }) => {
			await page.goto(`${home}protocols/dosing/iv-racemic-infusion/`);
			const button = page.getByRole('button', { name: 'Search the manual' });
			// The palette's code is not loaded with the page.
			const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js')));
			expect(scripts.filter((name) => /mount-palette|\/client\./.test(name))).toEqual([]);
			await page.keyboard.press('Control+k');
			await expect(input(page)).toBeFocused();
			const after = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js')));
			expect(after.some((name) => /mount-palette/.test(name))).toBe(true);
			await page.keyboard.press('Escape');

			await button.focus();
			await page.keyboard.press('Control+k');
			await expect(input(page)).toBeFocused();
			await expect(input(page)).toHaveValue('');
			await page.keyboard.press('Escape');
			await expect(palette(page)).toHaveCount(0);
			await expect(button).toBeFocused();

			await page.keyboard.press('F1');
			await expect(input(page)).toHaveValue('>');
			await page.keyboard.press('Escape');
			await page.keyboard.press('Control+Shift+P');
			await expect(input(page)).toHaveValue('>');
			await page.keyboard.press('Escape');
			await button.click();
			await expect(input(page)).toBeFocused();
		});

		test('a phrase from a dosing protocol finds it; a phase filter narrows; Enter opens the section with the words marked', async ({ page }) => {
			await page.goto(home);
			await page.keyboard.press('Control+k');
			await input(page).fill('eye mask');
			await expect(palette(page).getByRole('status')).toContainText(/\d+ results?/);
			const top = (await options(page).allInnerTexts()).slice(0, 3).join('\n');
			expect(top).toContain('Eye mask and music');
			const count = async () => Number((await palette(page).getByRole('status').innerText()).match(/(\d+) results?/)![1]);
			const all = await count();
			await palette(page).getByRole('group', { name: 'Filter results' }).getByRole('button', { name: 'Maintenance' }).click();
			await expect.poll(count).toBeLessThan(all);
			const narrowed = await options(page).allInnerTexts();
			expect(narrowed.join('\n')).not.toContain('Eye mask and music ›');
			await palette(page).getByRole('group', { name: 'Filter results' }).getByRole('button', { name: 'Maintenance' }).click();
			await expect.poll(count).toBe(all);

			// Arrow keys move the active option (aria-activedescendant); Enter opens it.
			await input(page).focus();
			await page.keyboard.press('ArrowDown');
			await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
			await expect(input(page)).toHaveAttribute('aria-activedescendant', (await options(page).nth(1).getAttribute('id'))!);
			await page.keyboard.press('ArrowUp');
			const first = options(page).first();
			await expect(first).toContainText('Eye mask and music');
			await page.keyboard.press('Enter');
			// The result opens at the section where the words occur most (here it may be the page's top).
			await page.waitForURL(/\/protocols\/dosing\/eye-mask-and-music\/(#.+)?$/);
			// What the reader typed is not in the address.
			expect(new URL(page.url()).search).toBe('');
			const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
			if (hash) await expect(page.locator(`[id="${hash}"]`)).toBeInViewport();
			await expect(page.locator('mark.search-hit').first()).toBeInViewport();
			expect((await page.locator('mark.search-hit').allInnerTexts()).map((text) => text.toLowerCase())).toEqual(expect.arrayContaining(['eye', 'mask']));
			// The page opened as an ordinary preview tab: nothing pinned that the reader did not ask for.
			await expect(page.getByRole('tab', { selected: true })).toHaveClass(/tab--preview/);
		});

		test('> runs a command, # jumps to a heading, ? lists the prefixes, recent pages show when empty', async ({ page }) => {
			await page.goto(`${home}protocols/dosing/intranasal-esketamine/`);
			await page.goto(`${home}protocols/dosing/iv-racemic-infusion/`);
			await page.keyboard.press('Control+k');
			await expect(options(page).first()).toContainText('Intranasal esketamine under its REMS');
			await expect(options(page).first()).toContainText('recently opened');

			await input(page).fill('?');
			await expect(options(page)).toHaveText([/Search the whole manual/, />\s*Run a command/, /#\s*Go to a heading/, /\?\s*List these prefixes/]);
			await options(page).nth(2).click();
			await expect(input(page)).toHaveValue('#');
			await input(page).pressSequentially('observ');
			await expect(options(page).first()).toHaveText('Observation and discharge');
			await page.keyboard.press('Enter');
			await expect(palette(page)).toHaveCount(0);
			expect(new URL(page.url()).hash).toBe('#observation-and-discharge');
			await expect(page.locator('#observation-and-discharge')).toBeInViewport();

			await page.keyboard.press('Control+k');
			await input(page).fill('>dark modern');
			await expect(options(page).first()).toHaveText(/Colour Theme: Dark Modern/);
			await page.keyboard.press('Enter');
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			await page.keyboard.press('Control+k');
			await input(page).fill('>go maint');
			await page.keyboard.press('Enter');
			await page.waitForURL(`${home}protocols/maintenance/`);
		});
	});
}

test('native text editing keys stay with the input, and axe finds nothing with the palette open', async ({ page }) => {
	const home = `${origin(SITES[0])}/`;
	await page.goto(`${home}worksheets/session-vitals-log/`);
	await page.keyboard.press('Control+k');
	await input(page).fill('blood pressure');
	await page.keyboard.press('Home');
	await page.keyboard.type('high ');
	await expect(input(page)).toHaveValue('high blood pressure');
	await page.keyboard.press('Control+a');
	await page.keyboard.type('taper');
	await expect(input(page)).toHaveValue('taper');
	await expect(palette(page).getByRole('status')).toContainText(/\d+ results?/);
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	// Tab stays inside the modal dialog.
	for (let i = 0; i < 20; i++) {
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')))).toBe(true);
	}
});
