import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FIXTURE, SHIPPED, type Site } from './sites.ts';
import { Workbench, type WorksheetForm } from './support/workbench.ts';


async function fillReflection(worksheet: WorksheetForm) {
	await worksheet.field('Client name or initials').fill('J. D.');
	await worksheet.field('Date of the dosing session').fill('2026-11-19');
	await worksheet.group('How was the experience overall?').getByRole('radio', { name: '8' }).check();
	await worksheet.group('Did you feel safe during the session?').getByRole('radio', { name: 'Yes' }).check();
	await worksheet.field('What stands out most from the session?').fill('The music at the peak.\nA sense of the sea.');
	await worksheet.field('One word or image for the session').fill('harbour');
	await worksheet.field('Better sleep').check();
	await worksheet.field('Feeling more connected to others').check();
	await worksheet.field('Client', { exact: true }).fill('Jo Doe');
}

async function expectReflection(worksheet: WorksheetForm) {
	await expect(worksheet.field('Client name or initials')).toHaveValue('J. D.');
	await expect(worksheet.field('Date of the dosing session')).toHaveValue('2026-11-19');
	await expect(worksheet.group('How was the experience overall?').getByRole('radio', { name: '8' })).toBeChecked();
	await expect(worksheet.group('Did you feel safe during the session?').getByRole('radio', { name: 'Yes' })).toBeChecked();
	await expect(worksheet.field('What stands out most from the session?')).toHaveValue('The music at the peak.\nA sense of the sea.');
	await expect(worksheet.field('One word or image for the session')).toHaveValue('harbour');
	await expect(worksheet.field('Better sleep')).toBeChecked();
	await expect(worksheet.field('Worse sleep')).not.toBeChecked();
	await expect(worksheet.field('Client', { exact: true })).toHaveValue('Jo Doe');
}

/** Opens a worksheet and waits for its form to be live. */
async function openWorksheet(page: Page, id: string) {
	const workbench = new Workbench(page);
	await workbench.open(`worksheets/${id}/`);
	await workbench.worksheet.ready();
	return workbench;
}

test('answers of every field kind survive a reload, stay on the device and out of the URL', async ({ page }) => {
	const sent: string[] = [];
	page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`));
	const { worksheet } = await openWorksheet(page, 'post-session-reflection');
	await fillReflection(worksheet);
	await openWorksheet(page, 'session-vitals-log');
	await worksheet.field('Time the dose started').fill('09:30');
	await worksheet.field('Blood pressure (mmHg), Baseline').fill('128/82');
	await worksheet.field('Pulse (/min), +15 min').fill('74');
	await page.reload();
	await worksheet.ready();
	await expect(worksheet.field('Time the dose started')).toHaveValue('09:30');
	await expect(worksheet.field('Blood pressure (mmHg), Baseline')).toHaveValue('128/82');
	await expect(worksheet.field('Pulse (/min), +15 min')).toHaveValue('74');
	const workbench = await openWorksheet(page, 'post-session-reflection');
	await expectReflection(worksheet);
	for (const text of ['harbour', 'J. D.', '128/82', 'Jo Doe', 'sea']) {
		expect(sent.filter((entry) => entry.includes(encodeURIComponent(text)) || entry.includes(text)), text).toEqual([]);
	}
	// Working on the page kept its tab open, as editing a file does in VS Code.
	await worksheet.field('One word or image for the session').fill('harbour lights');
	await expect(workbench.activeTab).not.toHaveClass(/tab--preview/);
});

test('export, clear, import gives the same answers; a bad file is refused and changes nothing', async ({ page }) => {
	const { worksheet } = await openWorksheet(page, 'post-session-reflection');
	await fillReflection(worksheet);
	const [download] = await Promise.all([page.waitForEvent('download'), worksheet.exportButton.click()]);
	const file = test.info().outputPath(download.suggestedFilename());
	await download.saveAs(file);
	const exported = JSON.parse(readFileSync(file, 'utf8'));
	expect(exported).toMatchObject({ format: 'kapkit-worksheet-answers', formatVersion: 1, worksheet: 'post-session-reflection', answers: { 'one-word': 'harbour', 'overall-experience': 8 } });

	page.once('dialog', (dialog) => dialog.accept());
	await worksheet.clearButton.click();
	await expect(worksheet.field('One word or image for the session')).toHaveValue('');
	await page.reload();
	await worksheet.ready();
	await expect(worksheet.field('One word or image for the session')).toHaveValue('');

	await worksheet.importInput.setInputFiles(file);
	await expectReflection(worksheet);
	await page.reload();
	await worksheet.ready();
	await expectReflection(worksheet);

	// Malformed, and for another worksheet: refused with a reason, and the saved answers stay.
	const broken = test.info().outputPath('broken.json');
	writeFileSync(broken, '{"format": "kapkit-worksheet-answers", "answers": ');
	await worksheet.importInput.setInputFiles(broken);
	await expect(worksheet.alert).toHaveText(/not valid JSON\. Nothing was changed\./);
	const other = test.info().outputPath('other.json');
	writeFileSync(other, JSON.stringify({ ...exported, worksheet: 'session-vitals-log' }));
	await worksheet.importInput.setInputFiles(other);
	await expect(worksheet.alert).toHaveText('This file holds answers to the worksheet "session-vitals-log", not "Post-session reflection". Nothing was changed.');
	const wrong = test.info().outputPath('wrong.json');
	writeFileSync(wrong, JSON.stringify({ ...exported, answers: { ...exported.answers, 'overall-experience': 99 } }));
	await worksheet.importInput.setInputFiles(wrong);
	await expect(worksheet.alert).toContainText('"How was the experience overall?"');
	await page.reload();
	await worksheet.ready();
	await expectReflection(worksheet);
});

test('answers keep working with the network off', async ({ page, context }) => {
	const { worksheet, offlineStatus } = await openWorksheet(page, 'intention-setting');
	await expect(offlineStatus).toHaveText(/^Offline ready/, { timeout: 30_000 });
	await context.setOffline(true);
	await page.reload();
	await worksheet.ready();
	const first = worksheet.textareas.first();
	await first.fill('To be kinder to myself.');
	await page.reload();
	await worksheet.ready();
	await expect(first).toHaveValue('To be kinder to myself.');
});

test('clear all saved answers, from the palette, empties every worksheet', async ({ page }) => {
	const workbench = await openWorksheet(page, 'post-session-reflection');
	const { worksheet, palette } = workbench;
	await worksheet.field('One word or image for the session').fill('tide');
	await workbench.open('protocols/dosing/recovery-and-discharge/');
	await palette.search('>clear all');
	page.once('dialog', (dialog) => dialog.accept());
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-status-entry="storage"]')).toHaveText('Cleared the answers of 1 worksheet');
	await openWorksheet(page, 'post-session-reflection');
	await expect(worksheet.field('One word or image for the session')).toHaveValue('');
});

// Every worksheet of a manual, as its built explorer lists them: the fixture's, and the shipped
// manual's too, so that every worksheet a practice prints is proven to print.
const worksheetsOf = (site: Site) =>
	(JSON.parse(readFileSync(join(site.outDir, 'explorer.json'), 'utf8')) as { id: string; children?: { id: string; href: string }[] }[])
		.find((folder) => folder.id === 'integration-worksheets')!
		.children!.map((node) => node.href);
const worksheetFolder: Record<Site['manual'], string> = { fixture: 'tests/build/fixture/integration-worksheets', shipped: 'integration-worksheets' };

for (const site of [FIXTURE, SHIPPED]) {
	for (const paper of ['A4', 'Letter'] as const) {
		test(`every ${site.manual} worksheet prints blank on ${paper}: all labels, header and footer on every page`, async ({ page }) => {
			test.setTimeout(180_000);
			const worksheets = worksheetsOf(site);
			// The list is the whole set, not a part of it.
			expect(worksheets).toHaveLength(readdirSync(worksheetFolder[site.manual]).filter((name) => name.endsWith('.mdx')).length);
			const workbench = new Workbench(page, site);
			const { worksheet } = workbench;
			for (const href of worksheets) {
				await workbench.open(href);
				await worksheet.ready();
				const labels = await worksheet.labels.allInnerTexts();
				const title = await workbench.title.innerText();
				await worksheet.setPaper(paper);
				await worksheet.setPrintMode('blank');
				const { info, pages, text } = await workbench.print(`${site.manual}${href}-${paper}`);
				expect(info, href).toContain(paper === 'A4' ? '(A4)' : '(letter)');
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
}

test('print filled carries the answers; print blank does not', async ({ page }) => {
	const workbench = await openWorksheet(page, 'post-session-reflection');
	const { worksheet } = workbench;
	await worksheet.field('One word or image for the session').fill('lighthouse');
	const print = async (mode: 'blank' | 'filled') => {
		await worksheet.setPrintMode(mode);
		await expect(worksheet.field('One word or image for the session')).toHaveValue(mode === 'blank' ? '' : 'lighthouse');
		return (await workbench.print(`reflection-${mode}`, undefined, { layout: false })).text;
	};
	expect(await print('filled')).toContain('lighthouse');
	expect(await print('blank')).not.toContain('lighthouse');
});

test('worksheet pages have no accessibility violations once the form is live', async ({ page }) => {
	for (const id of ['post-session-reflection', 'session-vitals-log', 'booster-decision-record']) {
		const workbench = await openWorksheet(page, id);
		expect(await workbench.accessibilityViolations(), `worksheets/${id}/`).toEqual([]);
	}
});
