// The page object every journey drives the manual through: how to find the workbench's parts and
// act on them lives here only, so a change to the workbench's markup changes this file, not the specs.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page, type Response } from '@playwright/test';
import { FIXTURE, origin, type Site } from '../sites.ts';

/** A printed PDF read back with poppler: the page count and paper from pdfinfo, the text from pdftotext. */
export type PrintedPdf = { file: string; pages: number; info: string; text: string };

/** Writes a PDF into the test's output folder (test-results/, kept for a failure) and reads it back (`layout` keeps columns, as a reader sees them). */
export function readPdf(pdf: Buffer, name: string, { layout = true } = {}): PrintedPdf {
	const file = test.info().outputPath(`${name.replace(/\W+/g, '-')}.pdf`);
	writeFileSync(file, pdf);
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
	return { file, pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), info, text };
}

/** The command palette: a modal dialog with one combobox and a listbox of results. */
export class Palette {
	constructor(private readonly page: Page) {}
	get dialog() {
		return this.page.getByRole('dialog', { name: 'Command palette' });
	}
	get input() {
		return this.dialog.getByRole('combobox');
	}
	get options() {
		return this.dialog.getByRole('listbox').getByRole('option');
	}
	get status() {
		return this.dialog.getByRole('status');
	}
	filter(name: string) {
		return this.dialog.getByRole('group', { name: 'Filter results' }).getByRole('button', { name });
	}
	/** Opens it with Ctrl+K and waits for the input to take focus. */
	async open() {
		await this.page.keyboard.press('Control+k');
		await expect(this.input).toBeFocused();
	}
	/** Opens it and types a query (plain words search; `>` commands; `#` headings). */
	async search(query: string) {
		await this.open();
		await this.input.fill(query);
	}
	/** Whether focus is inside the palette (it is modal: Tab never leaves it). */
	holdsFocus() {
		return this.dialog.evaluate((dialog) => dialog.contains(document.activeElement));
	}
	/** The number of results the status line reports. */
	async resultCount() {
		return Number((await this.status.innerText()).match(/(\d+) results?/)![1]);
	}
}

/** A worksheet page's form: its toolbar, fields, import/export and print modes. */
export class WorksheetForm {
	constructor(private readonly page: Page) {}
	get toolbar() {
		return this.page.getByRole('toolbar', { name: 'Worksheet' });
	}
	/** The form is live (hydrated) once its toolbar shows. */
	async ready() {
		await expect(this.toolbar).toBeVisible();
	}
	field(label: string, options: { exact?: boolean } = {}) {
		return this.page.getByLabel(label, options);
	}
	group(name: string) {
		return this.page.getByRole('group', { name });
	}
	table(name: string) {
		return this.page.getByRole('table', { name });
	}
	get textareas() {
		return this.page.locator('.worksheet-form textarea');
	}
	get labels() {
		return this.page.locator('.worksheet-form .field__label');
	}
	get exportButton() {
		return this.page.getByRole('button', { name: 'Export answers' });
	}
	get clearButton() {
		return this.page.getByRole('button', { name: 'Clear answers' });
	}
	get importInput() {
		return this.page.getByLabel('Saved-answers file to import');
	}
	get alert() {
		return this.page.getByRole('alert');
	}
	/** Chooses what a print shows, as the toolbar's print buttons do before opening the print dialog. */
	async setPrintMode(mode: 'blank' | 'filled') {
		await this.page.evaluate((choice) => (document.documentElement.dataset.print = choice), mode);
	}
	async setPaper(paper: 'A4' | 'Letter') {
		await this.page.evaluate((size) => (document.documentElement.dataset.paper = size), paper);
	}
}

/** A device backup as a test reads it: the file's text and its records. */
export type BackupFile = { name: string; text: string; records: { kind: string; id: string; fields: Record<string, { value: unknown; updated: string }> }[] };

/** The Device data page (backup, restore, lock, clear) and the workbench's unlock dialog. */
export class DeviceData {
	constructor(private readonly page: Page) {}
	get root() {
		return this.page.locator('[data-device-data]');
	}
	get kept() {
		return this.page.getByRole('list', { name: 'Kept on this device' });
	}
	get nothingKept() {
		return this.page.getByText('Nothing: no worksheet has answers on this device.');
	}
	get status() {
		return this.root.getByRole('status');
	}
	get alert() {
		return this.root.getByRole('alert');
	}
	get backUpButton() {
		return this.page.getByRole('button', { name: 'Back up everything on this device' });
	}
	get restoreInput() {
		return this.page.getByLabel('Backup file to restore');
	}
	get mergeButton() {
		return this.page.getByRole('button', { name: 'Merge: the newer answer wins each question' });
	}
	get replaceButton() {
		return this.page.getByRole('button', { name: 'Replace everything on this device' });
	}
	get conflicts() {
		return this.page.getByRole('table', { name: 'Answers that differed' });
	}
	get clearButton() {
		return this.page.getByRole('button', { name: 'Clear everything on this device' });
	}
	get passphrase() {
		return this.page.getByLabel('Passphrase', { exact: true });
	}
	get passphraseAgain() {
		return this.page.getByLabel('Type the passphrase again');
	}
	get setPassphraseButton() {
		return this.page.getByRole('button', { name: 'Set passphrase' });
	}
	get idleTime() {
		return this.page.getByLabel('Lock after this long without use');
	}
	get lockNowButton() {
		return this.root.getByRole('button', { name: 'Lock now' });
	}
	get lockedNotice() {
		return this.root.getByText('The answers on this device are locked.');
	}
	/** The status bar entry shown while a passphrase is set. */
	get statusEntry() {
		return this.page.locator('[data-status-entry="device-lock"]');
	}
	get unlockDialog() {
		return this.page.getByRole('dialog', { name: 'This device is locked' });
	}
	/** Opens the page and waits for the island to have read the store. */
	async ready() {
		await expect(this.page.getByRole('heading', { name: 'What this device keeps' })).toBeVisible({ timeout: 15_000 });
	}
	/** Clicks "Back up everything…" and reads the file it downloads. */
	async backUp(): Promise<BackupFile> {
		const [download] = await Promise.all([this.page.waitForEvent('download'), this.backUpButton.click()]);
		const text = await readFile((await download.path())!, 'utf8');
		return { name: download.suggestedFilename(), text, records: JSON.parse(text).records };
	}
	/** Chooses a file to restore (the page checks it before offering merge or replace). */
	async restore(name: string, contents: string | Buffer) {
		await this.restoreInput.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(contents) ? contents : Buffer.from(contents) });
	}
	async setPassphrase(first: string, second = first) {
		await this.passphrase.fill(first);
		await this.passphraseAgain.fill(second);
		await this.setPassphraseButton.click();
	}
	/** Clears everything, accepting the confirmation. */
	async clearEverything() {
		this.page.once('dialog', (dialog) => void dialog.accept());
		await this.clearButton.click();
	}
	async unlock(passphrase: string) {
		await this.unlockDialog.getByLabel('Passphrase').fill(passphrase);
		await this.unlockDialog.getByRole('button', { name: 'Unlock' }).click();
	}
	/** Everything the device store's IndexedDB database holds, as text, read as any page script could. */
	storedText() {
		return this.page.evaluate(
			() =>
				new Promise<string>((resolve, reject) => {
					const request = indexedDB.open('kapkit');
					request.onerror = () => reject(request.error);
					request.onsuccess = () => {
						const db = request.result;
						const read = db.transaction(['records', 'meta']).objectStore('records').getAll();
						read.onerror = () => reject(read.error);
						read.onsuccess = () => {
							db.close();
							const bytes = (value: unknown): unknown => (ArrayBuffer.isView(value) ? new TextDecoder('utf-8', { fatal: false }).decode(value as Uint8Array) : value);
							resolve(JSON.stringify(read.result, (_key, value) => bytes(value)));
						};
					};
				}),
		);
	}
}

/** Holds the page's responses to `pattern` until `release` is called: a part's code, or a search's excerpts, arriving late every time. */
export async function holdOnNetwork(page: Page, pattern: string): Promise<{ release: () => void }> {
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route(pattern, async (route) => {
		await released;
		await route.continue();
	});
	return { release };
}

/**
 * A workbench in a fresh context (nothing cached: every script still to load) with the CPU slowed
 * six times, so that keys typed at once really race the code they need.
 */
export async function coldSlowWorkbench(browser: Browser): Promise<{ workbench: Workbench; close: () => Promise<void> }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
	return { workbench: new Workbench(page), close: () => context.close() };
}

/** The workbench around every page of one built site. */
export class Workbench {
	readonly palette: Palette;
	readonly worksheet: WorksheetForm;
	readonly device: DeviceData;

	constructor(
		readonly page: Page,
		readonly site: Site = FIXTURE,
	) {
		this.palette = new Palette(page);
		this.worksheet = new WorksheetForm(page);
		this.device = new DeviceData(page);
	}

	/** The site's home page address, ending in its base path. */
	get home() {
		return `${origin(this.site)}${this.site.base}`;
	}
	/** The address of a page given by its path under the base (`protocols/dosing/`) or a site href (`/protocols/dosing/`). */
	url(path = '') {
		return `${this.home}${path.replace(/^\//, '')}`;
	}
	open(path = '') {
		return this.page.goto(this.url(path));
	}
	/** Waits for the browser to arrive at a page of this site, given as for `url`. */
	async arrivedAt(path: string | RegExp) {
		await this.page.waitForURL(typeof path === 'string' ? this.url(path) : path);
	}

	get searchButton() {
		return this.page.getByRole('button', { name: 'Search the manual' });
	}
	get homeLink() {
		return this.page.getByRole('link', { name: 'KAP Clinical Manual' }).first();
	}
	get views() {
		return this.page.getByRole('navigation', { name: 'Views' });
	}
	view(name: string) {
		return this.views.getByRole('link', { name });
	}
	get sideBar() {
		return this.page.getByRole('complementary', { name: 'Side bar' });
	}
	get sash() {
		return this.page.getByRole('separator', { name: 'Resize the side bar' });
	}
	/** The explorer as navigation: nested links and `<details>` folders, as it is without scripts. */
	get explorer() {
		return this.page.getByRole('navigation', { name: 'Explorer' });
	}
	explorerFolder(name: string) {
		return this.explorer.locator('details[open] > summary', { hasText: name });
	}
	/** Moves the pointer onto the explorer, as a reader reaching for it does: its links become a tree. */
	async reachExplorer() {
		await this.explorer.hover();
		await expect(this.tree).toBeVisible();
	}
	/** The explorer as a treeview, as scripts make it once the reader reaches for it (or a change mark needs it). */
	get tree() {
		return this.page.getByRole('tree', { name: 'Explorer' });
	}
	treeItem(name: string, options: { exact?: boolean } = {}) {
		return this.tree.getByRole('treeitem', { name, ...options });
	}
	get tabs() {
		return this.page.getByRole('tablist', { name: 'Open documents' }).getByRole('tab');
	}
	/** The tab the page's own markup shows, before the strip is drawn: this document, alone. */
	get ownTab() {
		return this.page.locator('.tabs > .tab');
	}
	/**
	 * Reaches for the tab strip as a keyboard user does (focus on the active tab), which draws it
	 * (with its tabs' descriptions of their keys) when the page had only its own preview tab to show.
	 */
	async reachTabs() {
		await this.activeTab.focus();
		await expect(this.activeTab).toHaveAttribute('aria-description', /Delete closes it/);
		await expect(this.activeTab).toBeFocused();
	}
	get activeTab() {
		return this.page.getByRole('tab', { selected: true });
	}
	get breadcrumbs() {
		return this.page.getByRole('navigation', { name: 'Breadcrumbs' });
	}
	/** The breadcrumb for the section being read. */
	get breadcrumbHeading() {
		return this.page.locator('[data-breadcrumb-heading]');
	}
	get outline() {
		return this.page.getByRole('navigation', { name: 'Outline' });
	}
	get title() {
		return this.page.getByRole('heading', { level: 1 });
	}
	get disclaimer() {
		return this.page.locator('.disclaimer');
	}
	/** The reading view of the document, and the editor area around it. */
	get document() {
		return this.page.locator('.editor__document');
	}
	get editor() {
		return this.page.locator('.editor');
	}
	get sessionSummary() {
		return this.page.getByRole('region', { name: 'Session at a glance' });
	}
	get statusBar() {
		return this.page.locator('.statusbar');
	}
	get offlineStatus() {
		return this.page.locator('[data-status-entry="offline"]');
	}
	get themeSelect() {
		return this.page.getByLabel('Colour theme');
	}
	get sessionViewButton() {
		return this.page.getByRole('button', { name: 'Session view' });
	}
	get leaveSessionViewButton() {
		return this.page.getByRole('button', { name: 'Leave session view' });
	}
	get newEditionButton() {
		return this.page.getByRole('button', { name: 'New edition available — reload' });
	}
	/** "What's changed for you": after an update, the pages changed since the edition this device last showed. */
	get changesView() {
		return this.page.getByRole('region', { name: "What's changed for you" });
	}
	/** The page ids the changes view lists, in its order. */
	changesListed() {
		return this.changesView.getByRole('listitem').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.pageId));
	}
	/** The note at the top of a changed page, on the visit that first opens it. */
	get changeNote() {
		return this.page.locator('#document').getByRole('note').filter({ hasText: 'since you last read this page' });
	}
	/** The ids of the explorer's items marked as changed since the reader last read them (pages, not folders). */
	changeMarkedPages() {
		return this.tree.locator('[role="treeitem"][data-change-kind]:not([aria-expanded])').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.id).sort());
	}
	/** Every part of the workbench that is chrome, not document: none of it belongs on paper. */
	get chrome() {
		return ['.titlebar', '.activitybar', '.sidebar', '.statusbar', '.tabs', '.breadcrumbs'].map((part) => this.page.locator(part));
	}
	/** The element an in-page link (`#id`) points to: a heading, a source, a field. */
	target(id: string) {
		return this.page.locator(`[id="${id}"]`);
	}
	/** The citations in the document; each links to its entry in the page's list of sources. */
	get citations() {
		return this.page.locator('article a.cite');
	}
	/** Search hits marked in the document after opening a search result. */
	get searchHits() {
		return this.page.locator('mark.search-hit');
	}

	/** The theme the page shows (`data-theme` on the root element). */
	get themeRoot() {
		return this.page.locator('html');
	}
	/** Chooses a theme before any page script runs, as a returning reader's stored choice does. */
	async presetTheme(theme: string) {
		await this.page.addInitScript((choice) => localStorage.setItem('kapkit:theme', choice), theme);
	}

	/** The role and text of the element that has focus. */
	focused() {
		return this.page.evaluate(() => ({ role: document.activeElement?.getAttribute('role'), text: document.activeElement?.textContent?.trim() }));
	}
	/** Presses Tab until the focus is in the explorer (at most 25 times), which then becomes a tree with an item focused. */
	async tabIntoExplorer() {
		const inExplorer = () => this.page.evaluate(() => document.activeElement?.closest('#explorer') !== null);
		for (let i = 0; i < 25 && !(await inExplorer()); i++) await this.page.keyboard.press('Tab');
		await expect.poll(async () => (await this.focused()).role).toBe('treeitem');
	}

	/** Prints the page to PDF, as the browser's print does, and reads it back. */
	async print(name: string, options: Parameters<Page['pdf']>[0] = { preferCSSPageSize: true, printBackground: true }, read: { layout?: boolean } = {}) {
		return readPdf(await this.page.pdf(options), name, read);
	}

	/** axe's violations on the page as it is now, one line each (rule and elements). */
	async accessibilityViolations() {
		const results = await new AxeBuilder({ page: this.page }).analyze();
		return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	}

	/** Before the next page opens: the IM protocol kept open in its own tab (this browser tab's tabs). */
	async keepImProtocolOpen() {
		await this.page.addInitScript((imPath) => {
			if (sessionStorage.getItem('kapkit:tabs')) return;
			sessionStorage.setItem('kapkit:tabs', JSON.stringify([{ href: imPath, title: 'Intramuscular (IM) ketamine', preview: false }]));
			sessionStorage.setItem('kapkit:tabs:last', imPath);
		}, new URL(this.url('protocols/dosing/im-ketamine/')).pathname);
	}

	/** The cascade layers in the order the browser met them (their precedence), across the page's stylesheets. */
	async layerOrder(): Promise<string[]> {
		return this.page.evaluate(() => {
			const order: string[] = [];
			const meet = (rules: CSSRuleList) => {
				for (const rule of rules) {
					const names = rule instanceof CSSLayerStatementRule ? [...rule.nameList] : rule instanceof CSSLayerBlockRule ? [rule.name] : [];
					for (const name of names) if (!order.includes(name)) order.push(name);
					if (rule instanceof CSSGroupingRule) meet(rule.cssRules);
				}
			};
			for (const sheet of document.styleSheets) meet(sheet.cssRules);
			return order;
		});
	}

	/** Waits until the service worker is active and the status bar says the manual is kept offline. */
	async waitUntilOfflineReady() {
		await this.page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated', undefined, { timeout: 30_000 });
		await expect(this.offlineStatus).toHaveText(/^Offline ready · \d+\.\d MB$/, { timeout: 30_000 });
	}

	/** Records console errors and every request that leaves the site's own origin, from now on. */
	watch() {
		const errors: string[] = [];
		const foreign: string[] = [];
		const own = `${origin(this.site)}/`;
		this.page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
		this.page.on('pageerror', (error) => errors.push(error.message));
		this.page.on('request', (request) => {
			if (!request.url().startsWith(own) && !request.url().startsWith('data:')) foreign.push(request.url());
		});
		return { errors, foreign };
	}

	/**
	 * Visits every page reachable by following links from the home page, without leaving the base
	 * path, calling `onPage` on each as it loads (one visit a page); returns their addresses, sorted.
	 */
	async crawl(onPage: (url: string, response: Response | null) => Promise<void>): Promise<string[]> {
		const seen = new Set<string>([this.home]);
		const queue = [this.home];
		while (queue.length) {
			const url = queue.shift()!;
			await onPage(url, await this.page.goto(url, { waitUntil: 'load' }));
			for (const href of await this.linkTargets()) {
				const target = new URL(href);
				target.hash = '';
				if (!this.isPageOfSite(target)) continue;
				if (!seen.has(target.href)) {
					seen.add(target.href);
					queue.push(target.href);
				}
			}
		}
		return [...seen].sort();
	}

	/** Whether an address is a page of this site (under its base, not a file), as the crawl follows. */
	isPageOfSite(url: URL) {
		const base = new URL(this.home);
		return url.origin === base.origin && url.pathname.startsWith(base.pathname) && !/\.\w+$/.test(url.pathname);
	}

	/** The resolved address of every link on the page. */
	linkTargets() {
		return this.page.$$eval('a[href]', (links) => links.map((link) => (link as HTMLAnchorElement).href));
	}

	/** A path under the base (`/protocols/dosing/`), from a full address of this site. */
	pathOf(url: string) {
		return new URL(url).pathname.slice(this.site.base.length - 1);
	}
}
