import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { origin, SITES } from './sites.ts';

const home = `${origin(SITES[0])}/`;
const dir = mkdtempSync(join(tmpdir(), 'kapkit-worksheets-'));
const ready = (page: Page) => expect(page.getByRole('toolbar', { name: 'Worksheet' })).toBeVisible();

async function fillReflection(page: Page) {
	await page.getByLabel('Client name or initials').fill('J. D.');
	await page.getByLabel('Date of the dosing session').fill('2026-11-19');
	await page.getByRole('group', { name: 'How was the experience overall?' }).getByRole('radio', { name: '8' }).check();
	await page.getByRole('group', { name: 'Did you feel safe during the session?' }).getByRole('radio', { name: 'Yes' }).check();
	await page.getByLabel('What stands out most from the session?').fill('The music at the peak.\nA sense of the sea.');
	await page.getByLabel('One word or image for the session').fill('harbour');
	await page.getByLabel('Better sleep').check();
	await page.getByLabel('Feeling more connected to others').check();
	await page.getByLabel('Client', { exact: true }).fill('Jo Doe');
}

async function expectReflection(page: Page) {
	await expect(page.getByLabel('Client name or initials')).toHaveValue('J. D.');
	await expect(page.getByLabel('Date of the dosing session')).toHaveValue('2026-11-19');
	await expect(page.getByRole('group', { name: 'How was the experience overall?' }).getByRole('radio', { name: '8' })).toBeChecked();
	await expect(page.getByRole('group', { name: 'Did you feel safe during the session?' }).getByRole('radio', { name: 'Yes' })).toBeChecked();
	await expect(page.getByLabel('What stands out most from the session?')).toHaveValue('The music at the peak.\nA sense of the sea.');
	await expect(page.getByLabel('One word or image for the session')).toHaveValue('harbour');
	await expect(page.getByLabel('Better sleep')).toBeChecked();
	await expect(page.getByLabel('Worse sleep')).not.toBeChecked();
	await expect(page.getByLabel('Client', { exact: true })).toHaveValue('Jo Doe');
}

test('answers of every field kind survive a reload, stay on the device and out of the URL', async ({ page }) => {
	const sent: string[] = [];
	page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`));
	await page.goto(`${home}worksheets/post-session-reflection/`);
	await ready(page);
	await fillReflection(page);
	await page.goto(`${home}worksheets/session-vitals-log/`);
	await ready(page);
	await page.getByLabel('Time the dose started').fill('09:30');
	await page.getByLabel('Blood pressure (mmHg), Baseline').fill('128/82');
	await page.getByLabel('Pulse (/min), +15 min').fill('74');
	await page.reload();
	await ready(page);
	await expect(page.getByLabel('Time the dose started')).toHaveValue('09:30');
	await expect(page.getByLabel('Blood pressure (mmHg), Baseline')).toHaveValue('128/82');
	await expect(page.getByLabel('Pulse (/min), +15 min')).toHaveValue('74');
	await page.goto(`${home}worksheets/post-session-reflection/`);
	await ready(page);
	await expectReflection(page);
	for (const text of ['harbour', 'J. D.', '128/82', 'Jo Doe', 'sea']) {
		expect(sent.filter((entry) => entry.includes(encodeURIComponent(text)) || entry.includes(text)), text).toEqual([]);
	}
	// Working on the page kept its tab open, as editing a file does in VS Code.
	await page.getByLabel('One word or image for the session').fill('harbour lights');
	await expect(page.getByRole('tab', { selected: true })).not.toHaveClass(/tab--preview/);
});

test('export, clear, import gives the same answers; a bad file is refused and changes nothing', async ({ page }) => {
	await page.goto(`${home}worksheets/post-session-reflection/`);
	await ready(page);
	await fillReflection(page);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export answers' }).click()]);
	const file = join(dir, download.suggestedFilename());
	await download.saveAs(file);
	const exported = JSON.parse(readFileSync(file, 'utf8'));
	expect(exported).toMatchObject({ format: 'kapkit-worksheet-answers', formatVersion: 1, worksheet: 'post-session-reflection', answers: { 'one-word': 'harbour', 'overall-experience': 8 } });

	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Clear answers' }).click();
	await expect(page.getByLabel('One word or image for the session')).toHaveValue('');
	await page.reload();
	await ready(page);
	await expect(page.getByLabel('One word or image for the session')).toHaveValue('');

	await page.getByLabel('Saved-answers file to import').setInputFiles(file);
	await expectReflection(page);
	await page.reload();
	await ready(page);
	await expectReflection(page);

	// Malformed, and for another worksheet: refused with a reason, and the saved answers stay.
	const broken = join(dir, 'broken.json');
	writeFileSync(broken, '{"format": "kapkit-worksheet-answers", "answers": ');
	await page.getByLabel('Saved-answers file to import').setInputFiles(broken);
	await expect(page.getByRole('alert')).toHaveText(/not valid JSON\. Nothing was changed\./);
	const other = join(dir, 'other.json');
	writeFileSync(other, JSON.stringify({ ...exported, worksheet: 'session-vitals-log' }));
	await page.getByLabel('Saved-answers file to import').setInputFiles(other);
	await expect(page.getByRole('alert')).toHaveText('This file holds answers to the worksheet "session-vitals-log", not "Post-session reflection". Nothing was changed.');
	const wrong = join(dir, 'wrong.json');
	writeFileSync(wrong, JSON.stringify({ ...exported, answers: { ...exported.answers, 'overall-experience': 99 } }));
	await page.getByLabel('Saved-answers file to import').setInputFiles(wrong);
	await expect(page.getByRole('alert')).toContainText('"How was the experience overall?"');
	await page.reload();
	await ready(page);
	await expectReflection(page);
});

test('answers keep working with the network off', async ({ page, context }) => {
	await page.goto(`${home}worksheets/intention-setting/`);
	await ready(page);
	await expect(page.locator('[data-status-entry="offline"]')).toHaveText(/^Offline ready/, { timeout: 30_000 });
	await context.setOffline(true);
	await page.reload();
	await ready(page);
	const first = page.locator('.worksheet-form textarea').first();
	await first.fill('To be kinder to myself.');
	await page.reload();
	await ready(page);
	await expect(first).toHaveValue('To be kinder to myself.');
});

test('clear all saved answers, from the palette, empties every worksheet', async ({ page }) => {
	await page.goto(`${home}worksheets/post-session-reflection/`);
	await ready(page);
	await page.getByLabel('One word or image for the session').fill('tide');
	await page.goto(`${home}protocols/dosing/recovery-and-discharge/`);
	await page.keyboard.press('Control+k');
	await page.getByRole('dialog').getByRole('combobox').fill('>clear all');
	page.once('dialog', (dialog) => dialog.accept());
	await page.keyboard.press('Enter');
	await page.goto(`${home}worksheets/post-session-reflection/`);
	await ready(page);
	await expect(page.getByLabel('One word or image for the session')).toHaveValue('');
});

const worksheets = (JSON.parse(readFileSync('dist/explorer.json', 'utf8')) as { id: string; children?: { id: string; href: string }[] }[])
	.find((folder) => folder.id === 'integration-worksheets')!
	.children!.map((node) => node.href);

for (const paper of ['A4', 'Letter'] as const) {
	test(`every worksheet prints blank on ${paper}: all labels, header and footer on every page`, async ({ page }) => {
		expect(worksheets.length).toBeGreaterThanOrEqual(12);
		for (const href of worksheets) {
			await page.goto(`${home}${href.slice(1)}`);
			await ready(page);
			const labels = await page.locator('.worksheet-form .field__label').allInnerTexts();
			const title = await page.getByRole('heading', { level: 1 }).innerText();
			await page.evaluate((size) => {
				document.documentElement.dataset.paper = size;
				document.documentElement.dataset.print = 'blank';
			}, paper);
			const pdf = join(dir, `${href.replace(/\W+/g, '-')}-${paper}.pdf`);
			writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
			const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
			const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
			expect(info, href).toContain(paper === 'A4' ? '(A4)' : '(letter)');
			const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
			const flat = text.replace(/\s+/g, ' ');
			for (const label of labels) expect(flat, `${href}: "${label}"`).toContain(label.replace(/\s+/g, ' ').trim());
			const perPage = text.split('\f').filter((sheet) => sheet.trim());
			expect(perPage, href).toHaveLength(pages);
			perPage.forEach((sheet, index) => {
				expect(sheet, `${href} page ${index + 1}`).toContain(`Your Practice Name · ${title}`);
				expect(sheet, `${href} page ${index + 1}`).toMatch(/Version \d+\.\d+/);
				expect(sheet, `${href} page ${index + 1}`).toContain(`Page ${index + 1} of ${pages}`);
			});
			// No workbench chrome on paper.
			expect(flat).not.toMatch(/EXPLORER|Search the manual|Export answers/);
			expect(pages, href).toBeLessThanOrEqual(4);
		}
	});
}

test('print filled carries the answers; print blank does not', async ({ page }) => {
	await page.goto(`${home}worksheets/post-session-reflection/`);
	await ready(page);
	await page.getByLabel('One word or image for the session').fill('lighthouse');
	const print = async (mode: 'blank' | 'filled') => {
		await page.evaluate((m) => (document.documentElement.dataset.print = m), mode);
		await expect(page.getByLabel('One word or image for the session')).toHaveValue(mode === 'blank' ? '' : 'lighthouse');
		const pdf = join(dir, `reflection-${mode}.pdf`);
		writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
		return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
	};
	expect(await print('filled')).toContain('lighthouse');
	expect(await print('blank')).not.toContain('lighthouse');
});

test('worksheet pages have no accessibility violations once the form is live', async ({ page }) => {
	for (const href of ['worksheets/post-session-reflection/', 'worksheets/session-vitals-log/', 'worksheets/booster-decision-record/']) {
		await page.goto(`${home}${href}`);
		await ready(page);
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), href).toEqual([]);
	}
});
