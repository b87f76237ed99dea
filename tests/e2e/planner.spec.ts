import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { CoursePlanner } from './support/planner.ts';
import { Workbench } from './support/workbench.ts';

// The fixture manual has one course template, the IV acute series: six doses Mon–Wed–Fri, then
// four weekly. Its practice is in Europe/London (kapkit.config.ts); "today" is fixed before the course.
const TODAY = new Date('2026-12-01T10:00:00Z');

async function openPlanner(page: Page) {
	await page.clock.install({ time: TODAY });
	const workbench = new Workbench(page);
	const planner = new CoursePlanner(page);
	await workbench.open('planner/');
	await planner.ready();
	return { workbench, planner };
}

async function planForJD(page: Page) {
	const opened = await openPlanner(page);
	const { planner } = opened;
	await planner.label.fill('J.D.');
	await planner.firstDate.fill('2027-01-04');
	await planner.saveButton.click();
	await expect(planner.status).toHaveText('Saved the plan for J.D. on this device.');
	return opened;
}

/** The calendar file read back with ical.js, an independent parser: each event's UID, title and local start. */
function calendarEvents(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return calendar.getAllSubcomponents('vevent').map((component) => {
		const start = component.getFirstProperty('dtstart')!;
		return { uid: String(component.getFirstPropertyValue('uid')), summary: String(component.getFirstPropertyValue('summary')), tzid: start.getParameter('tzid'), start: String(start.getFirstValue()) };
	});
}

test('plan a course, reload it, move a dose, and export the calendar twice with the same UIDs', async ({ page }) => {
	const { planner } = await planForJD(page);
	await expect(planner.row('Dosing session 1')).toContainText('4 Jan 2027');
	await expect(planner.row('Dosing session 2')).toContainText('6 Jan 2027');
	await expect(planner.row('Dosing session 3')).toContainText('8 Jan 2027');
	await expect(planner.row('Integration after dose 1')).toContainText(/5 Jan 2027\s*10:00/);
	await expect(planner.row('Hand-over to standard care')).toContainText('12 Mar 2027');
	await expect(planner.timeline.getByRole('link', { name: /^Dosing session 1, / })).toHaveAttribute('href', '/protocols/dosing/iv-racemic-infusion/');
	await expect(planner.row('Dosing session 1').getByRole('link', { name: 'Session vitals log' })).toHaveAttribute('href', '/worksheets/session-vitals-log/');

	await page.reload();
	await planner.ready();
	await expect(planner.keptPlans).toContainText(/J\.D\. · IV acute series · first dose Mon,? 4 Jan 2027/);
	await planner.openButton('J.D.').click();
	await expect(planner.row('Dosing session 2')).toContainText('6 Jan 2027');

	const first = await planner.downloadCalendar();
	expect(first.name).toBe('course-plan-iv-acute-series.ics');
	expect(first.text).not.toContain('J.D.');
	const before = calendarEvents(first.text);
	const datedRows = await planner.table.locator('tbody tr[data-session]').filter({ hasNotText: 'No slot' }).count();
	expect(before).toHaveLength(datedRows + 1); // and the hand-over
	expect(before[0]).toMatchObject({ summary: 'Dosing session 1 · IV racemic ketamine infusion · Your Practice Name', tzid: 'Europe/London', start: '2027-01-04T09:00:00' });

	await planner.mark('Dosing session 2', 'Moved to', '2027-01-07', '11:00');
	await expect(planner.row('Dosing session 2')).toContainText(/7 Jan 2027\s*11:00\s*Moved/);
	await expect(planner.row('Dosing session 3')).toContainText('11 Jan 2027'); // 7 Jan + 2 days is a Saturday
	await expect(planner.row('Integration after dose 2')).toContainText(/8 Jan 2027\s*14:00/); // the window follows the actual dose
	await expect(planner.changes).toContainText('Dosing session 2: 2027-01-06 09:00 → 2027-01-07 11:00');
	await expect(planner.changes).toContainText('Dosing session 3: 2027-01-08 09:00 → 2027-01-11 09:00');

	await planner.includeLabel.check();
	const second = calendarEvents((await planner.downloadCalendar()).text);
	for (const event of before) expect(second.map((later) => later.uid)).toContain(event.uid);
	expect(second.find((event) => event.uid === before[2]!.uid)).toMatchObject({ start: '2027-01-07T11:00:00', summary: 'J.D. · Dosing session 2 · IV racemic ketamine infusion · Your Practice Name' });
	expect(second.every((event) => event.summary.startsWith('J.D. · '))).toBe(true);

	await page.reload();
	await planner.ready();
	await planner.openButton('J.D.').click();
	await expect(planner.row('Dosing session 3')).toContainText('11 Jan 2027');
});

test('prints the plan on A4 and Letter with the client label, the template, its sources and a notes column', async ({ page }) => {
	const { workbench, planner } = await planForJD(page);
	const a4 = await workbench.print('planner-a4');
	expect(a4.info).toMatch(/Page size:\s+84[12](\.\d+)? x 59[45](\.\d+)? pts \(A4\)/); // landscape
	expect(a4.text).toContain('Course plan for J.D.');
	expect(a4.text).toContain('IV acute series');
	expect(a4.text).toContain('Notes');
	expect(a4.text).toContain('Rapid and longer-term antidepressant effects of repeated ketamine');
	expect(a4.text).toMatch(/Dosing session 1\s+Acute series\s+Mon,? 4 Jan 2027\s+09:00/);
	// The table starts on the first page, under the header: it is not pushed whole onto the next.
	expect(a4.text.split('\f')[0]).toContain('Dosing session 1');
	expect(a4.text).not.toContain('Save changes');
	expect(a4.text).not.toContain('Record…');

	await planner.paper.selectOption('Letter');
	const letter = await workbench.print('planner-letter');
	expect(letter.info).toMatch(/Page size:\s+792 x 612 pts \(letter\)/);
	expect(letter.text).toContain('Course plan for J.D.');
});

test('bad input: a past first date is marked, no weekday or every day closed gives a message and no plan', async ({ page }) => {
	const { planner } = await openPlanner(page);
	await planner.saveButton.click();
	await expect(page.getByText("Type the client's initials or a pseudonym: the plan is kept under it.")).toBeVisible();
	await expect(planner.label).toHaveAttribute('aria-invalid', 'true');

	await planner.firstDate.fill('2026-11-02');
	await expect(planner.root).toContainText('The first dose is before today: this plans a course already under way.');
	await expect(planner.row('Dosing session 1')).toContainText('In the past and not marked done or missed');

	for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) await planner.weekday('Dosing days', day).uncheck();
	await expect(planner.alert).toHaveText('No plan: Choose at least one weekday for dosing sessions: with none, no session can be planned.');
	await expect(planner.table).toHaveCount(0);
	await planner.weekday('Dosing days', 'Monday').check();
	await expect(planner.table).toBeVisible();

	await planner.addClosedPeriod.click();
	await planner.closedPeriod(1).from.fill('2026-11-01');
	await planner.closedPeriod(1).to.fill('2028-12-31');
	await expect(planner.alert).toContainText('No plan: No dosing day is open in the year from');
	await expect(planner.table).toHaveCount(0);
});

test('kept plans are deleted one by one; the page works offline after one visit', async ({ page, context }) => {
	const { workbench, planner } = await planForJD(page);
	await workbench.waitUntilOfflineReady();
	await context.setOffline(true);
	await page.reload();
	await planner.ready();
	await planner.openButton('J.D.').click();
	await expect(planner.row('Dosing session 1')).toContainText('4 Jan 2027');
	await context.setOffline(false);

	// The device backup carries the plan, under a random id, with the label inside its set-up.
	await workbench.open('device/');
	await workbench.device.ready();
	const plans = (await workbench.device.backUp()).records.filter((record) => record.kind === 'plan');
	expect(plans).toHaveLength(1);
	expect(plans[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
	expect(JSON.parse(String(plans[0]!.fields.setup!.value))).toMatchObject({ label: 'J.D.', template: 'iv-acute-series' });

	await workbench.open('planner/');
	await planner.ready();
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: 'Delete the plan for J.D.' }).click();
	await expect(planner.status).toHaveText('The plan for J.D. was deleted from this device.');
	await expect(planner.keptPlans).toHaveCount(0);
	await expect(planner.root).toContainText('None yet: set one up below and save it.');
});

for (const theme of ['light', 'dark', 'hc-dark', 'hc-light'] as const) {
	test(`the planner with a plan and a change is accessible (${theme} theme)`, async ({ page }) => {
		const workbench = new Workbench(page);
		await workbench.presetTheme(theme);
		const { planner } = await planForJD(page);
		await planner.mark('Dosing session 2', 'Moved to', '2027-01-07', '11:00');
		await expect(planner.changes).toBeVisible();
		expect(await workbench.accessibilityViolations()).toEqual([]);
	});
}
