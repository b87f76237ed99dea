// The course planner page as the journeys drive it: its set-up form, the plans kept on the device,
// the table's marks, and the calendar file it downloads.
import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';

export class CoursePlanner {
	constructor(private readonly page: Page) {}
	get root() {
		return this.page.locator('[data-course-planner]');
	}
	/** The island is live once the list of kept plans has been read. */
	async ready() {
		await expect(this.page.getByRole('heading', { name: 'Plans on this device' })).toBeVisible();
		await expect(this.root.getByText('Reading the plans kept on this device…')).toHaveCount(0);
	}
	get label() {
		return this.page.getByRole('textbox', { name: 'Client label' });
	}
	get firstDate() {
		return this.page.getByLabel('First dose: date');
	}
	weekday(group: 'Dosing days' | 'Integration days', day: string) {
		return this.page.getByRole('group', { name: group }).getByRole('checkbox', { name: day });
	}
	get addClosedPeriod() {
		return this.page.getByRole('button', { name: 'Add a closed period' });
	}
	closedPeriod(index: number) {
		const group = this.page.getByRole('group', { name: `Closed period ${index}` });
		return { from: group.getByLabel('From'), to: group.getByLabel('To') };
	}
	get saveButton() {
		return this.page.getByRole('button', { name: /^(Save plan on this device|Save changes)$/ });
	}
	get keptPlans() {
		return this.page.getByRole('list', { name: 'Course plans on this device' });
	}
	openButton(label: string) {
		return this.page.getByRole('button', { name: `Open the plan for ${label}` });
	}
	get status() {
		return this.root.getByRole('status');
	}
	get alert() {
		return this.root.getByRole('alert');
	}
	get table() {
		return this.page.locator('table.planner-table');
	}
	/** A session's row in the table, by its title ("Dosing session 3"). */
	row(title: string) {
		return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
	}
	get timeline() {
		return this.page.getByRole('region', { name: 'Timeline' });
	}
	get changes() {
		return this.page.getByRole('region', { name: 'What changed' });
	}
	/** Records what happened to a session through its row's form. */
	async mark(title: string, status: 'Done on' | 'Missed on' | 'Moved to', date: string, time?: string) {
		await this.page.getByRole('button', { name: `Record what happened: ${title}`, exact: true }).click();
		const form = this.page.getByRole('form', { name: `Record what happened: ${title}` });
		await form.getByRole('radio', { name: status }).check();
		await form.getByLabel('Date').fill(date);
		if (time) await form.getByLabel('Time').fill(time);
		await form.getByRole('button', { name: 'Save' }).click();
		await expect(form).toHaveCount(0);
	}
	get includeLabel() {
		return this.page.getByRole('checkbox', { name: 'Include client label in the calendar file' });
	}
	get paper() {
		return this.page.getByLabel('Paper');
	}
	/** Downloads the calendar file and reads it as the test's own file. */
	async downloadCalendar() {
		const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: 'Download calendar (.ics)' }).click()]);
		return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
	}
}
