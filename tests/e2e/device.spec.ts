import { expect, test, type Page } from '@playwright/test';
import { Workbench, type BackupFile } from './support/workbench.ts';

const WORKSHEET = 'post-session-reflection';
const PASSPHRASE = 'harbour lights at dusk';

/** Fills a fixture worksheet through its form (which saves every answer), then opens Device data. */
async function withAnswers(page: Page) {
	const workbench = new Workbench(page);
	await workbench.open(`worksheets/${WORKSHEET}/`);
	await workbench.worksheet.ready();
	const { worksheet } = workbench;
	await worksheet.field('Client name or initials').fill('J. D.');
	await worksheet.group('How was the experience overall?').getByRole('radio', { name: '8' }).check();
	await worksheet.field('What stands out most from the session?').fill('The music at the peak.\nA sense of the sea.');
	await worksheet.field('One word or image for the session').fill('seahorse');
	await worksheet.field('Better sleep').check();
	await expect(worksheet.field('Better sleep')).toBeChecked();
	await openDevice(workbench);
	await expect(workbench.device.kept).toContainText('Post-session reflection: 5 answers');
	return workbench;
}

async function openDevice(workbench: Workbench) {
	await workbench.open('device/');
	await workbench.device.ready();
}

/** The records of a backup without the time it was made: what must be identical after a restore. */
const answersOf = (backup: BackupFile) => backup.records;

test('backup → clear everything → restore: every answer identical', async ({ page }) => {
	const workbench = await withAnswers(page);
	const { device, palette } = workbench;
	await workbench.open('');
	await palette.search('>Device: Back Up');
	await page.keyboard.press('Enter');
	await workbench.arrivedAt('device/#backup');
	await device.ready();
	const before = await device.backUp();
	expect(before.name).toMatch(/^kapkit-device-backup-\d{4}-\d{2}-\d{2}\.json$/);
	expect(before.text).toContain('A sense of the sea.');
	expect(before.records.map((record) => record.id)).toEqual([WORKSHEET]);

	await device.clearEverything();
	await expect(device.nothingKept).toBeVisible();
	await expect(device.status).toHaveText('Everything on this device was cleared.');

	await device.restore(before.name, before.text);
	await device.replaceButton.click();
	await expect(device.status).toContainText(`Replaced everything with 1 worksheet from ${before.name}.`);
	await expect(device.kept).toContainText('Post-session reflection: 5 answers');
	expect(answersOf(await device.backUp())).toEqual(answersOf(before));
});

test('a merge keeps the newer answer, lists the conflict, and shows markup as text only', async ({ page }) => {
	const { device } = await withAnswers(page);
	const before = await device.backUp();
	const markup = '<img src=x onerror="document.title=\'pwned\'">';
	const newer = structuredClone(before.records);
	newer[0]!.fields['one-word'] = { value: markup, updated: '2099-01-01T00:00:00.000Z' };
	await device.restore('newer.json', JSON.stringify({ ...JSON.parse(before.text), records: newer }));
	await device.mergeButton.click();
	await expect(device.status).toContainText('Merged 1 worksheet from newer.json.');
	await expect(device.conflicts.getByRole('row')).toHaveCount(2);
	await expect(device.conflicts).toContainText('Post-session reflection: One word or image for the session');
	await expect(device.conflicts.getByRole('cell', { name: markup })).toBeVisible();
	await expect(device.conflicts.getByRole('cell', { name: 'seahorse' })).toBeVisible();
	await expect(page.locator('.device-data img')).toHaveCount(0);
	expect(await page.title()).not.toBe('pwned');
	expect((await device.backUp()).records[0]!.fields['one-word']!.value).toBe(markup);
});

test('each refused backup says why and changes nothing', async ({ page }) => {
	const { device } = await withAnswers(page);
	const before = await device.backUp();
	const valid = () => JSON.parse(before.text);
	const misfit = valid();
	misfit.records[0].fields['overall-experience'].value = 'loud';
	const newer = { ...valid(), formatVersion: 2 };
	const refused: [string, string | Buffer, RegExp][] = [
		['not-json.json', 'this is not JSON {', /not valid JSON/],
		['other-format.json', JSON.stringify({ ...valid(), format: 'someone-elses-backup' }), /not a kapkit device backup/],
		['newer.json', JSON.stringify(newer), /newer edition \(format version 2/],
		['misfit.json', JSON.stringify(misfit), /"How was the experience overall\?" .* is not a possible answer/],
		['huge.json', Buffer.alloc(10 * 1024 * 1024 + 1024, 'a'), /at most 10 MB/],
		['proto.json', before.text.replace('"fields": {', '"fields": {"__proto__": {"value": "x", "updated": "2026-11-28T09:00:00.000Z"},'), /"__proto__"/],
		['constructor.json', before.text.replace('"fields": {', '"fields": {"constructor": {"value": "x", "updated": "2026-11-28T09:00:00.000Z"},'), /"constructor"/],
	];
	for (const [name, contents, reason] of refused) {
		await device.restore(name, contents);
		await expect(device.alert, name).toContainText(name);
		await expect(device.alert, name).toContainText(reason);
		await expect(device.alert, name).toContainText('Nothing was changed.');
		await expect(device.mergeButton, name).toBeHidden();
		expect(answersOf(await device.backUp()), name).toEqual(answersOf(before));
	}
});

test('lock → reload → locked, nothing readable → wrong passphrase refused → right one shows every answer, on later pages too until locked', async ({ page }) => {
	const workbench = await withAnswers(page);
	const { device, palette } = workbench;
	const before = await device.backUp();
	await expect(device.statusEntry).toHaveCount(0);
	// Without a passphrase the answers are stored as they were typed: the storage reader sees them.
	expect(await device.storedText()).toContain('seahorse');

	await device.setPassphrase(PASSPHRASE, 'harbour lights at dawn');
	await expect(device.alert).toHaveText('The two passphrases differ: type the same passphrase twice.');
	await expect(page.getByText('A forgotten passphrase cannot be recovered.')).toBeVisible();
	await device.setPassphrase(PASSPHRASE);
	await expect(device.status).toHaveText('The passphrase is set: the answers on this device are now encrypted.', { timeout: 20_000 });
	await expect(device.statusEntry.getByRole('button', { name: 'Lock now' })).toBeVisible();

	await palette.search('>Device: Lock Now');
	await page.keyboard.press('Enter');
	await expect(device.unlockDialog).toBeVisible();
	await page.reload();
	await expect(device.unlockDialog).toBeVisible();
	await expect(device.lockedNotice).toBeVisible();
	await expect(device.statusEntry).toHaveText('Locked · Unlock…');
	const stored = await device.storedText();
	expect(stored).toContain(WORKSHEET);
	for (const answer of ['J. D.', 'seahorse', 'A sense of the sea']) expect(await page.content(), answer).not.toContain(answer);
	// The ticked option's id is in the page's worksheet definitions, but never in storage.
	for (const answer of ['J. D.', 'seahorse', 'A sense of the sea', 'better-sleep']) expect(stored, answer).not.toContain(answer);

	await device.unlock('harbour lights at dawn');
	await expect(device.unlockDialog.getByRole('alert')).toHaveText('That is not the passphrase set on this device. Nothing was changed.', { timeout: 20_000 });
	await expect(device.unlockDialog).toBeVisible();
	expect(await device.storedText()).toBe(stored);

	await device.unlock(PASSPHRASE);
	await expect(device.unlockDialog).toBeHidden({ timeout: 20_000 });
	await expect(device.lockedNotice).toBeHidden();
	expect(answersOf(await device.backUp())).toEqual(answersOf(before));

	// Unlocked for this visit: the next page shows the answers without asking again.
	await workbench.open(`worksheets/${WORKSHEET}/`);
	await workbench.worksheet.ready();
	await expect(workbench.worksheet.field('One word or image for the session')).toHaveValue('seahorse');
	await expect(device.unlockDialog).toBeHidden();
	// Lock now, from the status bar: the form empties and the next page asks again.
	await device.statusEntry.getByRole('button', { name: 'Lock now' }).click();
	await expect(device.unlockDialog).toBeVisible();
	await expect(workbench.worksheet.field('One word or image for the session')).toHaveValue('');
	expect(await page.content()).not.toContain('seahorse');
	await workbench.open(`worksheets/${WORKSHEET}/`);
	await expect(device.unlockDialog).toBeVisible();
	expect(await page.content()).not.toContain('seahorse');
});

test('the device locks itself after the chosen idle time, and input postpones it', async ({ page }) => {
	await page.clock.install();
	const workbench = await withAnswers(page);
	const { device } = workbench;
	await device.idleTime.selectOption({ label: '1 minute' });
	await device.setPassphrase(PASSPHRASE);
	await expect(device.status).toHaveText('The passphrase is set: the answers on this device are now encrypted.', { timeout: 20_000 });

	await page.clock.fastForward('00:50');
	await expect(device.unlockDialog).toBeHidden();
	await page.keyboard.press('Shift');
	await page.clock.fastForward('00:30');
	await expect(device.unlockDialog).toBeHidden();
	await page.clock.fastForward('00:31');
	await expect(device.unlockDialog).toBeVisible();
	await expect(device.lockedNotice).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
	test(`no accessibility violations (axe) on the Device data page in the ${theme} theme`, async ({ page }) => {
		const workbench = new Workbench(page);
		await workbench.presetTheme(theme);
		await openDevice(workbench);
		await expect(workbench.themeRoot).toHaveAttribute('data-theme', theme);
		expect(await workbench.accessibilityViolations()).toEqual([]);
		await workbench.device.setPassphrase('short', 'short');
		await expect(workbench.device.alert).toBeVisible();
		expect(await workbench.accessibilityViolations()).toEqual([]);
		// Locked: the unlock dialog over the workbench, with a refused passphrase's message.
		await workbench.device.setPassphrase(PASSPHRASE);
		await workbench.device.lockNowButton.click();
		await workbench.device.unlock('not it at all');
		await expect(workbench.device.unlockDialog.getByRole('alert')).toHaveText(/Nothing was changed\.$/, { timeout: 20_000 });
		expect(await workbench.accessibilityViolations()).toEqual([]);
	});
}
