import { existsSync } from 'node:fs';
import { cp, rename, rm } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { checkLinks } from '../lib/links.ts';
import { formatProblem, type Problem } from '../lib/problems.ts';
import { validateContent } from '../lib/validate.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { readBuiltSite } from './built-site.ts';
import { readContentSources } from './read-content.ts';
import { writeServiceWorker } from './service-worker.ts';

const VIRTUAL_CONFIG = 'virtual:kapkit/config';

function fail(problems: readonly Problem[], what: string): never {
	const error = new Error(`${problems.length} ${what} problem${problems.length === 1 ? '' : 's'} (listed above); the build stopped and dist/ was not written.`);
	error.name = 'KapkitContentError';
	error.stack = '';
	throw error;
}

/**
 * kapkit's build: refuses bad content before Astro renders anything, checks every rendered link,
 * writes the search index and then the service worker (which must precache that index), and only
 * then puts the finished site where `outDir` says. The site is
 * built in a staging folder, so a failed build never leaves a half-written dist/.
 */
export default function kapkit({ site }: { site: SiteConfig }): AstroIntegration {
	let finalDir = '';
	let stagingDir = '';
	return {
		name: 'kapkit',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig, logger }) => {
				const root = fileURLToPath(config.root);
				const { problems } = validateContent(readContentSources(root));
				if (problems.length) {
					for (const problem of problems) logger.error(formatProblem(problem));
					if (command !== 'dev') fail(problems, 'content');
				}
				const plugin = {
					name: 'kapkit:config',
					resolveId: (id: string) => (id === VIRTUAL_CONFIG ? `\0${VIRTUAL_CONFIG}` : undefined),
					load: (id: string) => (id === `\0${VIRTUAL_CONFIG}` ? `export default ${JSON.stringify(site)};` : undefined),
				};
				updateConfig({ vite: { plugins: [plugin] } });
				if (command === 'build') {
					finalDir = fileURLToPath(config.outDir);
					// The finished site replaces outDir wholesale: it must never be the project or hold it.
					if (!relative(finalDir, root).startsWith('..')) {
						throw new Error(`outDir (${finalDir}) is the project folder or contains it; kapkit replaces outDir on every build, so it must be a folder of its own such as ./dist`);
					}
					const staging = new URL(`.kapkit/staging/${encodeURIComponent(finalDir.replace(/\/+$/, '').split('/').pop() ?? 'dist')}/`, config.root);
					stagingDir = fileURLToPath(staging);
					updateConfig({ outDir: staging });
				}
			},
			'astro:build:start': async () => {
				await rm(stagingDir, { recursive: true, force: true });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const built = fileURLToPath(dir);
				const { pages, files } = readBuiltSite(built);
				const problems = checkLinks(pages, site.base, files);
				if (problems.length) {
					for (const problem of problems) logger.error(formatProblem(problem));
					await rm(built, { recursive: true, force: true });
					fail(problems, 'link');
				}

				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: built });
				if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: `${built}/pagefind` });
				if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
				await pagefind.close();
				logger.info(`search index: ${added.page_count} pages`);

				const offline = await writeServiceWorker(built, site.base, site.edition);
				logger.info(`offline precache: ${offline.count} files, ${(offline.size / 1024 / 1024).toFixed(2)} MB`);

				await rm(finalDir, { recursive: true, force: true });
				try {
					await rename(built, finalDir);
				} catch {
					await cp(built, finalDir, { recursive: true });
					await rm(built, { recursive: true, force: true });
				}
				if (!existsSync(finalDir)) throw new Error(`The finished site could not be moved to ${finalDir}`);
				logger.info(`site written to ${finalDir}`);
			},
		},
	};
}
