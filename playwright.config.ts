import { defineConfig } from '@playwright/test';
import { ALL_SITES, chromiumArgs } from './tests/e2e/sites.ts';

// The sites (the fixture manual at two bases, the shipped manual at the root) are built by
// tests/e2e/build-sites.ts before Playwright starts; here they are only served.
export default defineConfig({
	testDir: 'tests/e2e',
	workers: 1,
	retries: 0,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
		serviceWorkers: 'allow',
	},
	webServer: ALL_SITES.map((site) => ({
		command: `node tests/e2e/serve.ts ${site.outDir} ${site.base} ${site.port}`,
		url: `http://127.0.0.1:${site.port}${site.base}`,
		reuseExistingServer: false,
		timeout: 60_000,
	})),
});
