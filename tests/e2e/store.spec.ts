import { expect, test, type Page } from '@playwright/test';
import { origin, FIXTURE } from './sites.ts';
import { Workbench } from './support/workbench.ts';

// What a clinician types is never lost: two windows, a slow connection, an upgrade, a full disk,
// a page closed mid-save. Each journey drives the fixture's post-session reflection worksheet.
const WORKSHEET = 'post-session-reflection';
const WORD = 'One word or image for the session';
const STANDS_OUT = 'What stands out most from the session?';
const CLIENT = 'Client name or initials';

async function openWorksheet(page: Page) {
	const workbench = new Workbench(page);
	await workbench.open(`worksheets/${WORKSHEET}/`);
	await workbench.worksheet.ready();
	return workbench;
}

const storageEntry = (page: Page) => page.locator('[data-status-entry="storage"]');

test('two windows of one worksheet typing in turn keep every answer, and each shows the other’s live without moving the caret', async ({ context }) => {
	const [a, b] = [await context.newPage(), await context.newPage()];
	const [inA, inB] = [(await openWorksheet(a)).worksheet, (await openWorksheet(b)).worksheet];

	await inA.field(WORD).fill('tide');
	await inB.field(CLIENT).fill('J. D.');
	await inA.field(STANDS_OUT).fill('The music at the peak.');
	for (const form of [inA, inB]) {
		await expect(form.field(WORD)).toHaveValue('tide');
		await expect(form.field(CLIENT)).toHaveValue('J. D.');
		await expect(form.field(STANDS_OUT)).toHaveValue('The music at the peak.');
	}

	// A's reader is mid-sentence, caret after "music"; B saves another field meanwhile.
	const caret = 'The music'.length;
	await inA.field(STANDS_OUT).evaluate((area: HTMLTextAreaElement, at) => {
		area.focus();
		area.setSelectionRange(at, at);
	}, caret);
	await inB.field(WORD).fill('harbour');
	await expect(inA.field(WORD)).toHaveValue('harbour');
	expect(await inA.field(STANDS_OUT).evaluate((area: HTMLTextAreaElement) => [document.activeElement === area, area.selectionStart])).toEqual([true, caret]);
	await a.keyboard.type(' and the silence');
	await expect(inA.field(STANDS_OUT)).toHaveValue('The music and the silence at the peak.');
	await expect(inB.field(STANDS_OUT)).toHaveValue('The music and the silence at the peak.');

	await b.reload();
	await inB.ready();
	await expect(inB.field(WORD)).toHaveValue('harbour');
	await expect(inB.field(CLIENT)).toHaveValue('J. D.');
	await expect(inB.field(STANDS_OUT)).toHaveValue('The music and the silence at the peak.');
});

test('typing on a slow connection before the form is live is kept and saved', async ({ page, context }) => {
	// Poor clinic wifi, and the form's script held back until the reader has typed.
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 300, downloadThroughput: 200_000 / 8, uploadThroughput: 200_000 / 8 });
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_astro\/WorksheetForm\.[^/]+\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	const workbench = new Workbench(page);
	await page.goto(`${origin(FIXTURE)}/worksheets/${WORKSHEET}/`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
	const { worksheet } = workbench;
	await expect(worksheet.toolbar).toHaveCount(0);
	await worksheet.field(WORD).pressSequentially('lantern');
	await worksheet.field(STANDS_OUT).pressSequentially('Typed before the page was ready.');
	await worksheet.group('How was the experience overall?').getByRole('radio', { name: '7' }).check();
	await worksheet.field('Better sleep').check();
	release();

	await expect(worksheet.toolbar).toBeVisible({ timeout: 60_000 });
	await expect(page.locator('.worksheet-status')).toHaveText(/typed while the page was loading is saved|Saved on this device/);
	await expect(worksheet.field(WORD)).toHaveValue('lantern');
	await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
	await page.unroute(/\/_astro\/WorksheetForm\.[^/]+\.js$/);
	await page.reload();
	await worksheet.ready();
	await expect(worksheet.field(WORD)).toHaveValue('lantern');
	await expect(worksheet.field(STANDS_OUT)).toHaveValue('Typed before the page was ready.');
	await expect(worksheet.group('How was the experience overall?').getByRole('radio', { name: '7' })).toBeChecked();
	await expect(worksheet.field('Better sleep')).toBeChecked();
});

test('answers edition 2026.1 kept in localStorage are all there after the upgrade, and the old copy is gone', async ({ page }) => {
	const saved2026 = {
		worksheetVersion: '1.0',
		updated: '2026-11-20T10:00:00.000Z',
		header: { client: 'K. L.', date: '2026-11-20' },
		answers: { 'one-word': 'lighthouse', 'what-stood-out': 'Warmth in the hands.', 'overall-experience': 6, 'felt-safe': 'yes', 'noticed-since': ['better-sleep'] },
		orphaned: {},
	};
	await page.addInitScript((saved) => {
		// Once: the upgrade happens on the first visit of the new edition.
		if (sessionStorage.getItem('seeded')) return;
		sessionStorage.setItem('seeded', '1');
		localStorage.setItem('kapkit:answers:post-session-reflection', saved);
	}, JSON.stringify(saved2026));
	const { worksheet } = await openWorksheet(page);
	await expect(worksheet.field(CLIENT)).toHaveValue('K. L.');
	await expect(worksheet.field(WORD)).toHaveValue('lighthouse');
	await expect(worksheet.field(STANDS_OUT)).toHaveValue('Warmth in the hands.');
	await expect(worksheet.group('How was the experience overall?').getByRole('radio', { name: '6' })).toBeChecked();
	await expect(worksheet.group('Did you feel safe during the session?').getByRole('radio', { name: 'Yes' })).toBeChecked();
	await expect(worksheet.field('Better sleep')).toBeChecked();
	expect(await page.evaluate(() => localStorage.getItem('kapkit:answers:post-session-reflection'))).toBeNull();
	await page.reload();
	await worksheet.ready();
	await expect(worksheet.field(WORD)).toHaveValue('lighthouse');
});

test('a full device while typing: a message at the form and in the status bar, earlier answers intact, the rest saved once there is room', async ({ page }) => {
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			if (sessionStorage.getItem('disk-full') === 'yes' && this.name === 'records') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		};
	});
	const { worksheet } = await openWorksheet(page);
	await worksheet.field(WORD).fill('anchor');
	await expect(page.locator('.worksheet-status')).toHaveText('Saved on this device.');
	await page.evaluate(() => sessionStorage.setItem('disk-full', 'yes'));
	await worksheet.field(STANDS_OUT).fill('Typed when the disk was full.');
	await expect(worksheet.alert).toContainText('This device has no room left for answers');
	await expect(worksheet.alert).toContainText('What you typed is still in the form.');
	await expect(worksheet.field(STANDS_OUT)).toHaveValue('Typed when the disk was full.');
	await expect(storageEntry(page)).toHaveText('⚠ Not saved — storage unavailable');

	await page.evaluate(() => sessionStorage.removeItem('disk-full'));
	await page.reload();
	await worksheet.ready();
	await expect(worksheet.field(WORD)).toHaveValue('anchor');
	await expect(worksheet.field(STANDS_OUT)).toHaveValue('Typed when the disk was full.');
	await expect(storageEntry(page)).not.toContainText('Not saved');
});

test('a page closed the moment after typing loses nothing', async ({ page }) => {
	const { worksheet } = await openWorksheet(page);
	await worksheet.field(WORD).fill('compass');
	await worksheet.field(CLIENT).fill('M. N.');
	await page.reload();
	await worksheet.ready();
	await expect(worksheet.field(WORD)).toHaveValue('compass');
	await expect(worksheet.field(CLIENT)).toHaveValue('M. N.');
	// Nothing typed stays in the journal once written.
	expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('kapkit:unsaved:')))).toEqual([]);
});
