import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SHIPPED } from './sites.ts';
import { Workbench } from './support/workbench.ts';

type ExplorerNode = { href: string; label: string; folder: boolean; children?: ExplorerNode[] };

/** The first protocol of the shipped manual as built, whatever the manual holds today. */
function firstProtocol(): ExplorerNode {
	const tree = JSON.parse(readFileSync(join(SHIPPED.outDir, 'explorer.json'), 'utf8')) as ExplorerNode[];
	const documents = (nodes: ExplorerNode[]): ExplorerNode[] => nodes.flatMap((node) => (node.folder ? documents(node.children ?? []) : [node]));
	return documents(tree).find((node) => /^\/protocols\/[^/]+\/[^/]+\/$/.test(node.href))!;
}

// The one journey over the shipped manual: every other journey runs on the fixture manual, so that
// editing the shipped content never breaks them; this one proves the shipped content builds into a
// sound site.
test('the shipped manual: every page answers 200, every link resolves, search finds a protocol, nothing leaves 127.0.0.1', async ({ page, request }) => {
	test.setTimeout(180_000);
	const workbench = new Workbench(page, SHIPPED);
	const { foreign, errors } = workbench.watch();
	const checked = new Set<string>();
	const urls = await workbench.crawl(async (url, response) => {
		expect(response?.status(), url).toBe(200);
		// The explorer's tree on every page: the shipped manual has folders a page carries only in part.
		if ((await workbench.explorer.count()) > 0) await workbench.reachExplorer();
		expect(errors, `script errors on ${url}`).toEqual([]);
		for (const href of await workbench.linkTargets()) {
			const target = new URL(href);
			if (target.origin !== new URL(url).origin) continue;
			if (target.hash && target.pathname === new URL(url).pathname) {
				await expect(workbench.target(decodeURIComponent(target.hash.slice(1))), `${href} on ${url}`).toHaveCount(1);
			}
			target.hash = '';
			// Pages answer when the crawl visits them; anything else of this host is asked for once.
			if (workbench.isPageOfSite(target) || checked.has(target.href)) continue;
			checked.add(target.href);
			expect((await request.get(target.href)).status(), `${target.href}, linked from ${url}`).toBe(200);
		}
	});
	expect(urls.length).toBeGreaterThan(20);

	const protocol = firstProtocol();
	await workbench.open();
	await workbench.palette.search(protocol.label);
	await expect(workbench.palette.status).toContainText(/\d+ results?/);
	await expect(workbench.palette.options.filter({ hasText: protocol.label }).first()).toBeVisible();
	expect(foreign, 'requests to other hosts').toEqual([]);
});
