import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FIXTURE, origin } from './sites.ts';

// The binder printed as a reader would print it, read back from the PDF: every protocol in
// explorer order, each on the page the contents give, a running header and a page number on
// every page. PNGs of the first pages are kept in test-results/binder/ to look at.

const site = FIXTURE;
const home = `${origin(site)}${site.base}`;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const sizes = { A4: /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/, letter: /Page size:\s+612 x 792 pts/ } as const;

interface ExplorerNode { id: string; label: string; folder: boolean; children?: ExplorerNode[] }

/** Protocol titles in explorer order: the leaves below the "protocols" folder's phase folders. */
function protocolTitles(tree: ExplorerNode[]): string[] {
	const protocols = tree.find((node) => node.id === 'protocols');
	return (protocols?.children ?? []).filter((node) => node.folder && /^protocols\/(preparation|dosing|integration|maintenance)$/.test(node.id)).flatMap((phase) => (phase.children ?? []).filter((node) => !node.folder).map((node) => node.label));
}

for (const paper of ['A4', 'letter'] as const) {
	test(`the binder prints on ${paper} with contents that give the right pages`, async ({ page }) => {
		test.setTimeout(180_000);
		const problems: string[] = [];
		page.on('pageerror', (error) => problems.push(error.message));
		page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
		const elsewhere: string[] = [];
		page.on('request', (request) => !request.url().startsWith(origin(site)) && elsewhere.push(request.url()));

		await page.goto(`${home}binder/#${paper}`);
		await page.waitForFunction(() => document.documentElement.dataset.binderReady, undefined, { timeout: 150_000 });
		await expect(page.locator('[data-binder-print]')).toBeEnabled();
		const titles = protocolTitles((await (await page.request.get(`${home}explorer.json`)).json()) as ExplorerNode[]);
		expect(titles.length).toBeGreaterThan(3);

		const dir = join('test-results', 'binder', paper);
		mkdirSync(dir, { recursive: true });
		const pdf = join(dir, 'binder.pdf');
		writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
		expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(sizes[paper]);
		const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1).map(squash);
		expect(pages.length).toBeGreaterThan(titles.length);

		pages.forEach((text, index) => {
			expect(text, `page ${index + 1}`).toContain('KAP Clinical Manual · Edition 2026.1');
			expect(text, `page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`);
		});

		// The contents: each title, a leader, its page number; in explorer order, each on its own page.
		const contents = pages.slice(1, 4).join(' ');
		let last = 0;
		for (const title of titles) {
			const entry = new RegExp(`${squash(title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ .]*?(\\d+)(?: |$)`).exec(contents);
			expect(entry, `"${title}" in the contents`).not.toBeNull();
			const number = Number(entry![1]);
			expect(number, `"${title}" starts after the protocol before it`).toBeGreaterThan(last);
			expect(pages[number - 1], `"${title}" on page ${number}`).toContain(squash(title));
			last = number;
		}
		expect(pages.join(' ')).toContain('Glossary');
		expect(pages.at(-1)).toMatch(/doi:|References/);

		execFileSync('pdftoppm', ['-f', '1', '-l', '3', '-r', '60', '-png', pdf, join(dir, 'page')]);
		expect(problems).toEqual([]);
		expect(elsewhere).toEqual([]);
	});
}

test('Print this phase lays out only that phase', async ({ page }) => {
	await page.goto(`${home}protocols/dosing/`);
	await page.getByRole('link', { name: 'Print this phase' }).click();
	await expect(page).toHaveURL(`${home}binder/dosing/`);
	await page.waitForFunction(() => document.documentElement.dataset.binderReady, undefined, { timeout: 60_000 });
	await expect(page.locator('.pagedjs_page').first()).toContainText('Dosing session');
	await expect(page.locator('.binder-phase__title')).toHaveText(['Dosing session', 'References']);
	// Every citation lands on exactly one entry (the phase's list of references at the end), as built.
	const html = await (await page.request.get(`${home}binder/dosing/`)).text();
	const targets = [...new Set([...html.matchAll(/<a class="cite" href="#([^"]+)"/g)].map((match) => match[1]!))];
	expect(targets.length).toBeGreaterThan(0);
	for (const target of targets) expect(html.split(`id="${target}"`).length - 1, target).toBe(1);
});

test('a draft protocol prints its draft mark on every page', async ({ page }) => {
	await page.goto(`${home}protocols/dosing/iv-racemic-infusion/`);
	await expect(page.locator('.draft-notice')).toContainText('not been clinically reviewed');
	const dir = join('test-results', 'binder', 'draft');
	mkdirSync(dir, { recursive: true });
	const pdf = join(dir, 'draft.pdf');
	writeFileSync(pdf, await page.pdf({ format: 'A4' }));
	const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1).map(squash);
	expect(pages.length).toBeGreaterThan(1);
	pages.forEach((text, index) => expect(text, `page ${index + 1}`).toContain('DRAFT — not clinically reviewed'));
	execFileSync('pdftoppm', ['-f', '1', '-l', '2', '-r', '60', '-png', pdf, join(dir, 'page')]);
});
