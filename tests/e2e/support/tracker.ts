// The measure tracker's page object: how the journeys find and drive its parts.
import { expect, type Page } from '@playwright/test';
import { Workbench } from './workbench.ts';

export class Tracker {
	readonly workbench: Workbench;
	constructor(readonly page: Page) {
		this.workbench = new Workbench(page);
	}
	get root() {
		return this.page.locator('[data-measure-tracker]');
	}
	async open() {
		await this.workbench.open('tracker/');
		await expect(this.root).toBeVisible();
	}
	get status() {
		return this.root.getByRole('status');
	}
	get alert() {
		return this.root.getByRole('alert');
	}
	get clientSelect() {
		return this.root.getByLabel(/^Client/);
	}
	async addClient(label: string) {
		await this.root.getByLabel(/^New client/).fill(label);
		await this.root.getByRole('button', { name: 'Add client' }).click();
		await expect(this.status).toHaveText(`Added ${label}.`);
	}
	get instrument() {
		return this.root.getByLabel('Instrument');
	}
	get date() {
		return this.root.getByLabel('Date completed');
	}
	item(number: number) {
		return this.root.locator(`#tracker-item-${number}`);
	}
	/** The message shown at an item or the date. */
	problemAt(field: 'date' | number) {
		return this.root.locator(field === 'date' ? '#tracker-date-problem' : `#tracker-item-${field}-problem`);
	}
	get saveButton() {
		return this.root.getByRole('button', { name: /^Save (scores|changes)$/ });
	}
	/** Types the scores as a clinician does: a digit, then Tab, item after item; '' skips an item. */
	async type(instrument: string, date: string, answers: readonly (number | '')[]) {
		await this.instrument.selectOption({ label: instrument });
		await this.date.fill(date);
		await this.item(1).focus();
		for (const answer of answers) {
			if (answer !== '') await this.page.keyboard.type(String(answer));
			await this.page.keyboard.press('Tab');
		}
	}
	async enter(instrument: string, date: string, answers: readonly (number | '')[]) {
		await this.type(instrument, date, answers);
		await this.saveButton.click();
		await expect(this.status).toContainText(`Saved the ${instrument} of ${date}`);
	}
	course(instrument: string) {
		return this.root.getByRole('region', { name: instrument, exact: true });
	}
	table(instrument: string) {
		return this.course(instrument).getByRole('table');
	}
	/** A row of an instrument's table by its date, as cell texts. */
	async row(instrument: string, date: string) {
		const row = this.table(instrument).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${date}`) }) });
		await expect(row).toBeVisible();
		return row.getByRole('cell').allInnerTexts();
	}
	chart(instrument: string) {
		return this.course(instrument).getByRole('img');
	}
	get safetyDialog() {
		return this.page.getByRole('dialog', { name: /PHQ-9 item 9 answered/ });
	}
	get clientEntry() {
		return this.page.locator('[data-client-entry]');
	}
	async exportCsv() {
		const download = this.page.waitForEvent('download');
		await this.root.getByRole('button', { name: 'Export CSV' }).click();
		const file = await download;
		const path = await file.path();
		const { readFile } = await import('node:fs/promises');
		return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
	}
}
