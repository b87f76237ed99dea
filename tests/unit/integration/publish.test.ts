import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { integrationOrderProblem } from '../../../src/integration/integration-order.ts';
import { planPublishing, publish } from '../../../src/integration/publish.ts';

describe('planPublishing', () => {
	const root = pathToFileURL('/work/project/');

	it('stages the build in .kapkit/staging/<outDir name>/', () => {
		const plan = planPublishing(root, pathToFileURL('/work/project/dist-manual/'));
		expect(plan.staging.href).toBe('file:///work/project/.kapkit/staging/dist-manual/');
		expect(plan.outDir).toBe('/work/project/dist-manual/');
	});

	it('refuses an outDir that is the project or holds it', () => {
		expect(() => planPublishing(root, root)).toThrow('is the project folder or contains it');
		expect(() => planPublishing(root, pathToFileURL('/work/'))).toThrow('is the project folder or contains it');
	});
});

describe('publish', () => {
	let dir = '';
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('replaces outDir wholesale with the finished site', async () => {
		dir = mkdtempSync(join(tmpdir(), 'kapkit-publish-'));
		const built = join(dir, 'staging');
		const outDir = join(dir, 'dist');
		mkdirSync(built);
		mkdirSync(outDir);
		writeFileSync(join(built, 'index.html'), 'new');
		writeFileSync(join(outDir, 'stale.html'), 'old');
		await publish(built, outDir);
		expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
		expect(existsSync(join(outDir, 'stale.html'))).toBe(false);
	});
});

describe('integrationOrderProblem', () => {
	it('accepts kapkit last, and names the integrations that come after it', () => {
		expect(integrationOrderProblem(['@astrojs/mdx', '@astrojs/react', 'kapkit'], 'kapkit')).toBeNull();
		expect(integrationOrderProblem(['@astrojs/mdx', 'kapkit', '@astrojs/react', '@astrojs/sitemap'], 'kapkit')).toBe(
			'kapkit must be the last integration in astro.config.mjs (it checks and publishes the finished build), found it before "@astrojs/react", "@astrojs/sitemap"; move kapkit(…) to the end of `integrations`',
		);
	});
});
