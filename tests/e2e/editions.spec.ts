import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { buildCopy, copyProject, projectRoot } from '../support/project-copy.ts';
import type { Site } from './sites.ts';
import { Workbench } from './support/workbench.ts';

// "Changed since you last read", across real editions of the fixture manual (with its released
// edition 2026.1, so every build is checked against its changelog): one reader follows each
// edition, another skips one. Its own copy, served live on its own port, rebuilt in between.

const IV = 'protocols/dosing/iv-racemic-infusion';
const CONSENT = 'protocols/preparation/consent-conversation';
const ESKETAMINE = 'protocols/dosing/intranasal-esketamine';
const IM = 'protocols/dosing/im-ketamine';

test('after an update the reader sees what changed since their edition, marked until opened; a skipped edition is included', async ({ browser }) => {
	test.setTimeout(300_000);
	const dir = copyProject('kapkit-changes-', { editions: true });
	const site: Site = { name: 'editions', manual: 'fixture', base: '/', outDir: join(dir, 'dist'), port: 4332 };
	const file = (path: string) => join(dir, path);
	const edit = (path: string, change: (text: string) => string) => writeFileSync(file(path), change(readFileSync(file(path), 'utf8')));
	/** Names the edition, puts its changelog entry first, builds, and keeps its manifest as `npm run release` does. */
	const publish = (edition: string, date: string, changes: string) => {
		edit('kapkit.config.ts', (text) => text.replace(/edition: '[^']+'/, `edition: '${edition}'`));
		edit('protocols/changes.yaml', (text) => `- edition: '${edition}'\n  date: ${date}\n  changes:\n${changes}\n${text}`);
		const result = buildCopy(dir);
		expect(result.status, result.output).toBe(0);
		copyFileSync(file('dist/edition.json'), file(`protocols/editions/${edition}.json`));
	};
	let server: ChildProcess | undefined;
	try {
		const first = buildCopy(dir);
		expect(first.status, first.output).toBe(0);
		server = spawn(process.execPath, [join(projectRoot, 'tests/e2e/serve.ts'), site.outDir, site.base, String(site.port), '--live'], { stdio: 'ignore' });
		const reader = await visit(browser, site);
		const skipper = await visit(browser, site);
		await expect(reader.changesView).toHaveCount(0);

		// Edition 2026.2: one page revised (a safety change), one added.
		edit(`${IV}.mdx`, (text) => text.replace('## ', 'A sentence added for the next edition.\n\n## '));
		writeFileSync(file(`${CONSENT}.mdx`), readFileSync(file('protocols/preparation/screening-and-contraindications.mdx'), 'utf8').replace(/^title: .*$/m, 'title: The consent conversation').replace(/^order: \d+$/m, 'order: 3'));
		publish('2026.2', '2026-12-01', `    - { page: ${IV}, kind: safety, summary: A sentence added that a clinician must not miss. }\n    - { page: ${CONSENT}, kind: added, summary: A new page on the consent conversation. }`);

		await acceptUpdate(reader);
		await expect(reader.changesView).toContainText('you last read edition 2026.1');
		expect(await reader.changesListed()).toEqual([IV, CONSENT]);
		await expect(reader.changesView.getByRole('listitem').first()).toContainText('Safety change');
		// The explorer marks both, and the folder holding the added page while it is closed.
		await expect(preparation(reader)).toHaveAccessibleName('Preparation (holds changed pages since you last read)');
		await preparation(reader).click();
		await expect(reader.treeItem('The consent conversation')).toBeVisible();
		expect(await reader.changeMarkedPages()).toEqual([CONSENT, IV].sort());
		await expect(reader.treeItem('IV racemic ketamine infusion')).toHaveAccessibleName(/safety change since you last read/);
		// Kept to look at: the view and the marks as a reader sees them.
		await reader.page.screenshot({ path: join('test-results', 'editions', 'changes-view.png') });

		// Opening a page shows its note once and clears its mark.
		await reader.changesView.getByRole('link', { name: 'IV racemic ketamine infusion' }).click();
		await expect(reader.title).toHaveText('IV racemic ketamine infusion');
		await expect(reader.changeNote).toContainText('Safety change in edition 2026.2');
		await expect(reader.changeNote).toContainText('A sentence added that a clinician must not miss.');
		await preparation(reader).click();
		await expect(reader.treeItem('The consent conversation')).toBeVisible();
		expect(await reader.changeMarkedPages()).toEqual([CONSENT]);
		expect(await reader.changesListed()).toEqual([CONSENT]);
		await reader.treeItem('The consent conversation').click();
		await expect(reader.title).toHaveText('The consent conversation');
		await expect(reader.changeNote).toContainText('New page in edition 2026.2');
		await reader.open(`${IV}/`);
		await expect(reader.title).toHaveText('IV racemic ketamine infusion');
		await expect(reader.changeNote).toHaveCount(0);
		await expect(reader.changesView).toHaveCount(0);
		// Nothing marked any more: the page's links stay links until the reader reaches for them.
		await reader.reachExplorer();
		await preparation(reader).click();
		await expect(reader.treeItem('The consent conversation')).toBeVisible();
		expect(await reader.changeMarkedPages()).toEqual([]);

		// Edition 2026.3, which the second reader meets coming from 2026.1.
		edit(`${IM}.mdx`, (text) => text.replace('## ', 'Another sentence, for the edition after.\n\n## '));
		publish('2026.3', '2026-12-15', `    - { page: ${IM}, kind: revised, summary: A sentence added for the third edition. }`);

		await acceptUpdate(skipper);
		await expect(skipper.changesView).toContainText('edition 2026.3; you last read edition 2026.1');
		expect(await skipper.changesListed()).toEqual([IV, CONSENT, IM]);
		await skipper.changesView.getByRole('link', { name: 'Every change since edition 2026.1' }).click();
		await expect(skipper.title).toHaveText("What's new");
		await expect(skipper.page.getByRole('heading', { name: /^Edition 2026\.3/ })).toBeVisible();
		await expect(skipper.page.getByRole('heading', { name: /^Edition 2026\.2/ })).toBeVisible();
		await expect(skipper.page.getByRole('heading', { name: /^Edition 2026\.1/ })).toBeHidden();

		// The first reader, up to date with 2026.2, sees only 2026.3's change.
		await acceptUpdate(reader);
		expect(await reader.changesListed()).toEqual([IM]);
		await reader.changesView.getByRole('button', { name: 'Dismiss' }).click();
		await expect(reader.changesView).toHaveCount(0);
		expect(await reader.changeMarkedPages()).toEqual([IM]);
	} finally {
		server?.kill();
		rmSync(dir, { recursive: true, force: true });
	}
});

/** The Preparation folder in the explorer, whatever its mark says. */
const preparation = (workbench: Workbench) => workbench.tree.getByRole('treeitem', { name: /^Preparation\b/ });

/** A new reader's first visit to the esketamine page, kept for offline use (so an update waits for them). */
async function visit(browser: Browser, site: Site): Promise<Workbench> {
	const workbench = new Workbench(await (await browser.newContext()).newPage(), site);
	const url = workbench.url(`${ESKETAMINE}/`);
	for (let i = 0; i < 50; i++) {
		if ((await workbench.page.goto(url).catch(() => null))?.ok()) break;
		await workbench.page.waitForTimeout(200);
	}
	await workbench.waitUntilOfflineReady();
	await expect(workbench.title).toHaveText('Intranasal esketamine under its REMS');
	return workbench;
}

/** Reloads, waits for the new edition to be offered, and accepts it. */
async function acceptUpdate(workbench: Workbench): Promise<void> {
	await workbench.page.reload();
	await expect(workbench.newEditionButton).toBeVisible({ timeout: 30_000 });
	await workbench.newEditionButton.click();
	await expect(workbench.changesView).toBeVisible({ timeout: 30_000 });
}
