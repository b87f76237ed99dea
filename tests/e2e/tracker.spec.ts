import { expect, test } from '@playwright/test';
import { CoursePlanner } from './support/planner.ts';
import { Tracker } from './support/tracker.ts';

const CLIENT = 'J.D.';
// A PHQ-9 course: baseline 20, then 16, 10 (a 50% fall: response), 7, and 4 (below 5: remission).
const COURSE: [string, number[]][] = [
	['2026-09-01', [3, 3, 3, 3, 3, 3, 2, 0, 0]],
	['2026-09-08', [3, 3, 3, 3, 2, 2, 0, 0, 0]],
	['2026-09-15', [2, 2, 2, 1, 1, 1, 1, 0, 0]],
	['2026-09-22', [1, 1, 1, 1, 1, 1, 1, 0, 0]],
	['2026-09-29', [1, 1, 1, 1, 0, 0, 0, 0, 0]],
];

async function withCourse(tracker: Tracker) {
	await tracker.open();
	await tracker.addClient(CLIENT);
	for (const [date, answers] of COURSE) await tracker.enter('PHQ-9', date, answers);
}

test('a baseline and four follow-ups: totals, bands, response and remission, the trend; kept on reload; CSV and the printed summary read back', async ({ page }) => {
	const tracker = new Tracker(page);
	await withCourse(tracker);
	const expectCourse = async () => {
		await expect(tracker.table('PHQ-9').getByRole('row')).toHaveCount(6);
		expect(await tracker.row('PHQ-9', '2026-09-01')).toEqual(['20', 'Severe', 'Baseline', '0', 'Edit']);
		expect(await tracker.row('PHQ-9', '2026-09-08')).toEqual(['16', 'Moderately severe', '-4 (-20%)', '0', 'Edit']);
		expect(await tracker.row('PHQ-9', '2026-09-15')).toEqual(['10', 'Moderate', '-10 (-50%), response', '0', 'Edit']);
		expect(await tracker.row('PHQ-9', '2026-09-22')).toEqual(['7', 'Mild', '-13 (-65%), response', '0', 'Edit']);
		expect(await tracker.row('PHQ-9', '2026-09-29')).toEqual(['4', 'Minimal', '-16 (-80%), response, remission', '0', 'Edit']);
		await expect(tracker.chart('PHQ-9')).toHaveAccessibleName(/2026-09-01 20; 2026-09-08 16; 2026-09-15 10; 2026-09-22 7; 2026-09-29 4/);
		await expect(tracker.chart('PHQ-9').locator('circle')).toHaveCount(5);
		await expect(tracker.chart('PHQ-9')).toContainText('Response ≤ 10');
		await expect(tracker.chart('PHQ-9')).toContainText('Remission < 5');
		await expect(tracker.chart('PHQ-9')).toContainText('Moderately severe');
	};
	await expectCourse();

	await page.reload();
	await tracker.clientSelect.selectOption({ label: CLIENT });
	await expectCourse();

	const csv = await tracker.exportCsv();
	expect(csv.name).toMatch(/^kapkit-measures-\d{4}-\d{2}-\d{2}\.csv$/);
	const lines = csv.text.trimEnd().split('\r\n');
	expect(lines).toHaveLength(6);
	expect(lines[0]).toMatch(/^client,date,instrument,item_1,.*,item_20,total,band,safety_item_above_0,entered_by$/);
	expect(lines[1]).toBe(`${CLIENT},2026-09-01,PHQ-9,3,3,3,3,3,3,2,0,0${','.repeat(11)},20,Severe,no,clinician`);
	expect(lines[5]).toBe(`${CLIENT},2026-09-29,PHQ-9,1,1,1,1,0,0,0,0,0${','.repeat(11)},4,Minimal,no,clinician`);

	await page.emulateMedia({ media: 'print' });
	const printed = await tracker.workbench.print('tracker-summary');
	expect(printed.pages).toBe(1);
	expect(printed.text).toContain(`Summary for ${CLIENT}`);
	expect(printed.text).toContain('-16 (-80%), response, remission');
	expect(printed.text).toContain('Remission < 5');
	for (const absent of ['Enter scores', 'Add client', 'Export CSV', 'Instruments and licences']) expect(printed.text, absent).not.toContain(absent);
});

test('an item-9 answer of 1 puts the safety protocol in front of the reader until acknowledged, and marks the entry and the trend', async ({ page }) => {
	const tracker = new Tracker(page);
	await tracker.open();
	await tracker.addClient('A.B.');
	await tracker.type('PHQ-9', '2026-10-01', [1, 1, 1, 1, 1, 1, 1, 1, 1]);
	const dialog = tracker.safetyDialog;
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('answered 1');
	await expect(dialog).toContainText('any answer above 0 on item 9 starts the practice’s safety protocol the same day');
	const link = dialog.getByRole('link', { name: /Measurement-based follow-up/ });
	await expect(link).toHaveAttribute('href', '/protocols/maintenance/measurement-based-follow-up/#phq-9');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'I have read this' })).toBeFocused();
	await dialog.getByRole('button', { name: 'I have read this' }).click();
	await expect(dialog).toBeHidden();
	await tracker.saveButton.click();
	await expect(tracker.status).toContainText('Saved the PHQ-9 of 2026-10-01: total 9, mild.');
	expect(await tracker.row('PHQ-9', '2026-10-01')).toEqual(['9', 'Mild', 'Baseline', '⚠ 1: safety protocol', 'Edit']);
	await expect(tracker.chart('PHQ-9')).toHaveAccessibleName(/2026-10-01 9 \(item 9 above 0\)/);
	await expect(tracker.chart('PHQ-9')).toContainText('item 9');
	await expect(page.getByText('71.6% of the suicides')).toBeVisible();
});

test('bad input is named at its field and nothing typed is lost', async ({ page }) => {
	const tracker = new Tracker(page);
	await tracker.open();
	await tracker.addClient('C.D.');
	await tracker.type('GAD-7', '2099-01-01', [1, 4, 1, 1, 1, 1, 1]);
	await tracker.saveButton.click();
	await expect(tracker.alert).toHaveText('Nothing was saved: correct the fields marked below.');
	await expect(tracker.problemAt(2)).toHaveText(/^Item 2: type a whole number from 0 to 3; “4” is not one\.$/);
	await expect(tracker.item(2)).toHaveAttribute('aria-invalid', 'true');
	await expect(tracker.item(2)).toHaveValue('4');
	await expect(tracker.problemAt('date')).toContainText('2099-01-01 is in the future');
	await tracker.item(2).fill('2');
	await tracker.date.fill('2026-10-02');
	await tracker.saveButton.click();
	await expect(tracker.status).toContainText('Saved the GAD-7 of 2026-10-02: total 8, mild.');
	await tracker.type('GAD-7', '2026-10-02', [0, 0, 0, 0, 0, 0, 0]);
	await tracker.saveButton.click();
	await expect(tracker.problemAt('date')).toHaveText('A GAD-7 on 2026-10-02 is already kept for this client: edit that one instead.');
	await expect(tracker.table('GAD-7').getByRole('row')).toHaveCount(2);
	await tracker.type('PCL-5', '2026-10-02', [2, 0, 0, 0, 0, '', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
	await tracker.saveButton.click();
	await expect(tracker.status).toContainText('no total, item 6 left out');
	expect(await tracker.row('PCL-5', '2026-10-02')).toEqual(['No total: item 6 left out', '—', '—', 'Edit']);
});

test('the client completes it on the tablet with scores hidden; the clinician reviews and saves', async ({ page }) => {
	const tracker = new Tracker(page);
	await withCourse(tracker);
	await tracker.instrument.selectOption({ label: 'PHQ-9' });
	await tracker.date.fill('2026-10-06');
	await tracker.root.getByRole('button', { name: 'Hand the tablet to the client' }).click();
	const entry = tracker.clientEntry;
	await expect(entry).toBeVisible();
	await expect(tracker.root).toHaveCount(0);
	await expect(page.getByText(CLIENT)).toHaveCount(0);
	await expect(page.getByRole('table')).toHaveCount(0);
	await expect(page.getByRole('img', { name: /totals over time/ })).toHaveCount(0);
	await expect(page.getByText('Summary for')).toHaveCount(0);
	for (const [index, answer] of ['Several days', 'Several days', 'Not at all', 'Not at all', 'Not at all', 'Not at all', 'Not at all', 'Not at all', 'Not at all'].entries()) {
		await expect(entry.getByText(`Question ${index + 1} of 9`)).toBeVisible();
		await entry.getByRole('button', { name: answer }).click();
	}
	await expect(entry.getByRole('heading', { name: 'Thank you' })).toBeVisible();
	await entry.getByRole('button', { name: 'Clinician: review answers' }).click();
	await expect(tracker.root.getByRole('heading', { name: 'Review the client’s PHQ-9' })).toBeVisible();
	await expect(tracker.item(1)).toHaveValue('1');
	await expect(tracker.item(9)).toHaveValue('0');
	await tracker.saveButton.click();
	await expect(tracker.status).toContainText('Saved the PHQ-9 of 2026-10-06: total 2, minimal.');
	await expect(tracker.table('PHQ-9').getByRole('rowheader', { name: '2026-10-06 (client)' })).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
	test(`axe finds nothing on the tracker with a course and with the safety notice open (${theme})`, async ({ page }) => {
		const tracker = new Tracker(page);
		await tracker.workbench.presetTheme(theme);
		await withCourse(tracker);
		expect(await tracker.workbench.accessibilityViolations()).toEqual([]);
		await tracker.type('PHQ-9', '2026-10-06', [0, 0, 0, 0, 0, 0, 0, 0, 2]);
		await expect(tracker.safetyDialog).toBeVisible();
		expect(await tracker.workbench.accessibilityViolations()).toEqual([]);
	});
}

test("doses marked done in the course planner are marked on the client's trends, and one marked in another window appears at once", async ({ page, context }) => {
	// Planned before the course starts (the planner plans only from today), scored after two doses.
	await page.clock.install({ time: new Date('2026-12-01T10:00:00Z') });
	const tracker = new Tracker(page);
	const planner = new CoursePlanner(page);
	await tracker.workbench.open('planner/');
	await planner.ready();
	await planner.label.fill('J.D.');
	await planner.firstDate.fill('2027-01-04');
	await planner.saveButton.click();
	await expect(planner.status).toHaveText('Saved the plan for J.D. on this device.');
	await page.clock.setSystemTime(new Date('2027-01-12T10:00:00Z'));
	await planner.mark('Dosing session 1', 'Done on', '2027-01-04', '09:00');
	await planner.mark('Dosing session 2', 'Done on', '2027-01-06', '09:30');
	await planner.mark('Integration after dose 1', 'Done on', '2027-01-05', '10:00');

	await tracker.open();
	// The tracker's label typed differently: the same client.
	await tracker.addClient('j.d.');
	await tracker.enter('PHQ-9', '2027-01-03', [3, 3, 3, 3, 3, 3, 2, 0, 0]);
	await tracker.enter('PHQ-9', '2027-01-11', [2, 2, 2, 1, 1, 1, 1, 0, 0]);
	const doses = tracker.chart('PHQ-9').locator('.tracker-chart__dose');
	await expect(doses).toHaveText(['D1', 'D2']);
	await expect(tracker.chart('PHQ-9')).toHaveAccessibleName(/2027-01-03 20; 2027-01-11 10; doses on 2027-01-04, 2027-01-06\./);
	await expect(tracker.root.locator('.tracker__doses')).toHaveText(/dose 1 on 2027-01-04; dose 2 on 2027-01-06/);
	// Between the two scores, in date order: baseline point, dose 1, dose 2, follow-up point.
	const x = async (locator: ReturnType<typeof tracker.chart>) => Number(await locator.getAttribute('cx') ?? await locator.getAttribute('x1'));
	const [baseline, followUp] = [await x(tracker.chart('PHQ-9').locator('circle').first()), await x(tracker.chart('PHQ-9').locator('circle').last())];
	const [first, second] = [await x(doses.first().locator('line')), await x(doses.last().locator('line'))];
	expect(baseline < first && first < second && second < followUp).toBe(true);

	// The planner in a second window: dose 3 marked there shows here without a reload.
	const other = await context.newPage();
	const otherPlanner = new CoursePlanner(other);
	await new Tracker(other).workbench.open('planner/');
	await otherPlanner.ready();
	await otherPlanner.openButton('J.D.').click();
	await otherPlanner.mark('Dosing session 3', 'Done on', '2027-01-08', '09:00');
	await expect(doses).toHaveText(['D1', 'D2', 'D3']);
	await other.close();

	await page.emulateMedia({ media: 'print' });
	const printed = await tracker.workbench.print('tracker-doses');
	expect(printed.text).toContain('dose 3 on 2027-01-08');
});

test('works offline after one visit, and asks nothing of any other host', async ({ page, context }) => {
	const tracker = new Tracker(page);
	const { foreign } = tracker.workbench.watch();
	await tracker.open();
	await tracker.workbench.waitUntilOfflineReady();
	await context.setOffline(true);
	await page.reload();
	await expect(tracker.root).toBeVisible();
	await tracker.addClient('E.F.');
	await tracker.enter('GAD-7', '2026-10-01', [0, 1, 0, 1, 0, 1, 0]);
	expect(await tracker.row('GAD-7', '2026-10-01')).toEqual(['3', 'Minimal', 'Baseline', 'Edit']);
	expect(foreign).toEqual([]);
});
