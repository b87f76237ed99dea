import { expect, test, type Page } from '@playwright/test';
import { Workbench } from './support/workbench.ts';

// The live dosing session on the fixture manual's esketamine protocol, with Playwright's clock in
// place of the wall clock, so that "40 minutes after the dose" is exactly that.
test.use({ timezoneId: 'UTC' });

const DOSE = new Date('2027-01-04T09:00:00.000Z');
const PROTOCOL = 'protocols/dosing/intranasal-esketamine/';

/** The session page's parts, as a clinician finds them. */
const session = (page: Page) => ({
	clock: page.locator('[data-session-elapsed]'),
	due: page.getByRole('region', { name: 'What is due' }),
	timeline: page.getByRole('region', { name: 'Timeline' }),
	readings: page.getByRole('region', { name: 'Readings' }),
	crossings: page.getByRole('region', { name: 'Thresholds crossed' }),
	summary: page.getByRole('region', { name: 'Session summary' }),
	rems: page.getByRole('region', { name: 'For the REMS Patient Monitoring Form' }),
	field: (label: string) => page.getByLabel(label, { exact: true }),
	record: page.getByRole('button', { name: 'Record' }),
});

/** The session vitals log's answers as the device store keeps them. */
const storedVitalsLog = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<Record<string, { value: unknown }>>((resolve, reject) => {
				const open = indexedDB.open('kapkit');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const get = open.result.transaction('records').objectStore('records').get(['worksheet', 'session-vitals-log']);
					get.onsuccess = () => resolve(get.result?.fields ?? {});
					get.onerror = () => reject(get.error);
				};
			}),
	);

async function startEsketamineSession(workbench: Workbench) {
	const { page, palette } = workbench;
	await page.clock.install({ time: DOSE });
	await workbench.open(PROTOCOL);
	await expect(page.getByRole('link', { name: 'Start Dosing Session…' })).toBeVisible();
	await palette.search('>Start Dosing Session');
	await page.keyboard.press('Enter');
	await workbench.arrivedAt(/\/session\/\?protocol=dosing%2Fintranasal-esketamine$/);
	const view = session(page);
	await expect(view.field('Protocol')).toHaveValue('dosing/intranasal-esketamine');
	await view.field('Client label').fill('J. D.');
	await page.getByLabel(/^Dose given/).fill('56');
	await view.field('Lot (optional)').fill('LOT-42');
	await page.getByRole('button', { name: 'Start the clock' }).click();
	await expect(view.clock).toHaveText(/^\+00:0\d$/);
	return view;
}

test('an esketamine session: due at 40 min, a crossing with its action and source, a reload keeps it, the vitals log holds every reading', async ({ page }) => {
	const workbench = new Workbench(page);
	const view = await startEsketamineSession(workbench);

	// The baseline, taken before the dose, entered with its own time.
	await expect(view.due).toContainText('Before the dose: Blood pressure');
	await view.field('Systolic').fill('128');
	await view.field('Diastolic').fill('82');
	await view.field('Time taken (leave empty for now)').fill('08:55');
	await view.record.click();
	await expect(view.readings).toContainText('08:55');
	await expect(view.readings).toContainText('128/82 mmHg');
	await expect(view.timeline.locator('[data-point-at="40"]')).toContainText('Upcoming');

	await page.clock.fastForward('40:00');
	await expect(view.clock).toHaveText(/^\+40:0\d$/);
	await expect(view.due).toContainText('Due now (+40 min): Blood pressure, SpO₂');
	await expect(view.timeline.locator('[data-point-at="40"]')).toContainText('Due now');

	// Implausible values are refused at the field, and what was typed stays.
	await view.field('Systolic').fill('300');
	await view.field('Diastolic').fill('20');
	await view.record.click();
	await expect(view.field('Systolic')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('alert')).toContainText('Systolic: 300 mmHg is not a possible reading');
	await expect(view.field('Systolic')).toHaveValue('300');
	await view.field('Systolic').fill('185');
	await view.field('Diastolic').fill('112');
	await view.field('SpO₂').fill('140');
	await view.record.click();
	await expect(page.getByRole('alert')).toContainText('SpO₂: 140 % is not a possible reading');
	await view.field('SpO₂').fill('97');
	await view.record.click();
	await expect(page.getByText('Recorded Blood pressure 185/112 mmHg, SpO₂ 97 %.')).toBeVisible();

	// The crossing: the protocol's action, practice-specific, and its source linked.
	await expect(view.crossings).toContainText('Escalate — Blood pressure after dosing: 185/112 mmHg at 09:40');
	await expect(view.crossings).toContainText('Practice-specific: not found in a guideline');
	await expect(view.crossings).toContainText('It informs; the clinician decides.');
	const source = view.crossings.getByRole('link').first();
	await expect(source).toHaveAttribute('href', /\/references\/#spravato-label$/);
	await expect(view.timeline.locator('[data-point-at="40"]')).toContainText('Done');

	// A reload at 55 minutes: the same session, the same readings, the clock still right.
	await page.clock.fastForward('15:00');
	await page.reload();
	await expect(view.clock).toHaveText(/^\+55:0\d$/);
	await expect(page.getByText('J. D.', { exact: true })).toBeVisible();
	await expect(view.readings.getByRole('row')).toHaveCount(4);
	await expect(view.crossings).toContainText('185/112 mmHg at 09:40');

	// The end of the observation time, a last reading, and the finish.
	await page.clock.fastForward('01:05:00');
	await expect(view.clock).toHaveText(/^\+2:00:0\d$/);
	await expect(view.due).toContainText('Due now (+120 min): Blood pressure');
	await view.field('Systolic').fill('132');
	await view.field('Diastolic').fill('84');
	await view.record.click();
	await expect(view.readings).toContainText('132/84 mmHg');
	await page.clock.fastForward('10:00');
	await expect(page.getByRole('timer')).toContainText('Observation time complete at 11:10');
	await page.getByRole('button', { name: 'Finish the session' }).click();

	await expect(view.summary).toContainText('J. D.');
	await expect(view.rems).toContainText('Blood pressure before the dose128/82 mmHg at 08:55');
	await expect(view.rems).toContainText('Blood pressure about 40 minutes after185/112 mmHg at 09:40');
	await expect(view.rems).toContainText('Blood pressure at the end132/84 mmHg at 11:00');
	await expect(view.rems).toContainText('LotLOT-42');
	await expect(view.rems).toContainText('Minutes monitored130');
	await expect(view.rems).toContainText('Ready to leave11:10');

	// The record is the vitals log: the same store, the worksheet's own field ids.
	const log = await storedVitalsLog(page);
	expect(log['header:client']?.value).toBe('J. D.');
	expect(log['dose-time']?.value).toBe('09:00');
	expect(log['discharge-time']?.value).toBe('11:10');
	expect(log.vitals?.value).toEqual({
		'0': { time: '08:55', bp: '128/82' },
		'3': { time: '09:40', bp: '185/112', spo2: '97' },
		'6': { time: '11:00', bp: '132/84' },
	});
});

test('the vitals log worksheet shows the session\'s readings and prints them filled', async ({ page }) => {
	const workbench = new Workbench(page);
	const view = await startEsketamineSession(workbench);
	await view.field('Systolic').fill('128');
	await view.field('Diastolic').fill('82');
	await view.field('Time taken (leave empty for now)').fill('08:55');
	await view.record.click();
	await page.clock.fastForward('40:00');
	await view.field('Systolic').fill('185');
	await view.field('Diastolic').fill('112');
	await view.field('SpO₂').fill('97');
	await view.record.click();
	await expect(view.readings).toContainText('185/112 mmHg');
	await page.getByRole('button', { name: 'Finish the session' }).click();
	await expect(view.summary).toBeVisible();

	await page.getByRole('link', { name: 'Session vitals log' }).last().click();
	await workbench.worksheet.ready();
	const vitals = workbench.worksheet.table('Vital signs');
	await expect.poll(() => vitals.locator('input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value).filter(Boolean))).toEqual(['08:55', '128/82', '09:40', '185/112', '97']);
	await expect(workbench.worksheet.field('Client name or initials')).toHaveValue('J. D.');
	await workbench.worksheet.setPrintMode('filled');
	const printed = (await workbench.print('session-vitals-log-filled', undefined, { layout: false })).text;
	for (const text of ['185/112', '128/82', '97', 'J. D.']) expect(printed).toContain(text);
});

test('a vitals log holding another session\'s answers is never overwritten silently', async ({ page }) => {
	const workbench = new Workbench(page);
	await startEsketamineSession(workbench);
	await page.getByRole('button', { name: 'Finish the session' }).click();
	await expect(session(page).summary).toBeVisible();
	await session(page).field('Client label').fill('K. L.');
	await page.getByLabel(/^Dose given/).fill('84');
	await page.getByRole('button', { name: 'Start the clock' }).click();
	await expect(page.getByRole('alert')).toContainText('already holds another session\'s answers');
	expect((await storedVitalsLog(page))['header:client']?.value).toBe('J. D.');
	await expect(page.getByRole('link', { name: 'Open the session vitals log' })).toBeVisible();
	await page.getByRole('button', { name: 'Clear the log and start' }).click();
	await expect(session(page).clock).toBeVisible();
	expect((await storedVitalsLog(page))['header:client']?.value).toBe('K. L.');
});

for (const theme of ['light', 'dark'] as const) {
	test(`the running session is axe-clean in the ${theme} theme, in session view`, async ({ page }) => {
		const workbench = new Workbench(page);
		await workbench.presetTheme(theme);
		const view = await startEsketamineSession(workbench);
		await workbench.sessionViewButton.click();
		await page.clock.fastForward('40:00');
		await view.field('Systolic').fill('185');
		await view.field('Diastolic').fill('112');
		await view.record.click();
		await expect(view.crossings).toBeVisible();
		expect(await workbench.accessibilityViolations()).toEqual([]);
	});
}

test('after one visit the session page works offline, and a running session carries on', async ({ page, context }) => {
	const workbench = new Workbench(page);
	await workbench.open();
	await workbench.waitUntilOfflineReady();
	await startEsketamineSession(workbench);
	await context.setOffline(true);
	await page.clock.fastForward('40:00');
	await page.reload();
	await expect(session(page).clock).toHaveText(/^\+40:0\d$/);
	await expect(session(page).due).toContainText('Due now (+40 min)');
});
