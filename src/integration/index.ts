import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkLinks } from '../lib/links.ts';
import { formatProblem, type Problem } from '../lib/problems.ts';
import { validateContent } from '../lib/validate.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { readBuiltSite } from './built-site.ts';
import { integrationOrderProblem } from './integration-order.ts';
import { planPublishing, publish, type PublishPlan } from './publish.ts';
import { readContentSources } from './read-content.ts';
import { writeSearchIndex } from './search-index.ts';
import { writeServiceWorker } from './service-worker.ts';

const NAME = 'kapkit';
const VIRTUAL_CONFIG = 'virtual:kapkit/config';

function fail(problems: readonly Problem[], what: string): never {
	const error = new Error(`${problems.length} ${what} problem${problems.length === 1 ? '' : 's'} (listed above); the build stopped and dist/ was not written.`);
	error.name = 'KapkitContentError';
	error.stack = '';
	throw error;
}

/**
 * kapkit's build: refuses bad content before Astro renders anything, checks every reference of
 * the rendered pages, writes the search index and then the service worker (which must precache
 * that index), and only then publishes the finished site where `outDir` says. The site is built
 * in a staging folder, removed whatever happens, so a failed build never leaves a half-written dist/.
 */
export default function kapkit({ site }: { site: SiteConfig }): AstroIntegration {
	let plan: PublishPlan | null = null;
	return {
		name: NAME,
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig, logger }) => {
				const { problems } = validateContent(readContentSources(fileURLToPath(config.root)));
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
					plan = planPublishing(config.root, config.outDir);
					updateConfig({ outDir: plan.staging });
				}
			},
			// Checked once every integration has had its say, including any added by another.
			'astro:config:done': ({ config }) => {
				const problem = integrationOrderProblem(
					config.integrations.map((integration) => integration.name),
					NAME,
				);
				if (problem) {
					const error = new Error(problem);
					error.name = 'KapkitConfigError';
					error.stack = '';
					throw error;
				}
			},
			'astro:build:start': async () => {
				if (plan) await rm(plan.staging, { recursive: true, force: true });
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!plan) throw new Error('kapkit: the build finished without a publishing plan (astro:config:setup did not run for a build)');
				const built = fileURLToPath(dir);
				try {
					const { pages, files } = readBuiltSite(built);
					const problems = checkLinks(pages, site.base, files);
					if (problems.length) {
						for (const problem of problems) logger.error(formatProblem(problem));
						fail(problems, 'link');
					}
					const index = await writeSearchIndex(built);
					logger.info(`search index: ${index.pages} pages`);
					const offline = await writeServiceWorker(built, site.base, site.edition);
					logger.info(`offline precache: ${offline.count} files, ${(offline.size / 1024 / 1024).toFixed(2)} MB`);
					await publish(built, plan.outDir);
					logger.info(`site written to ${plan.outDir}`);
				} finally {
					await rm(built, { recursive: true, force: true });
				}
			},
		},
	};
}
