import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withoutBinderRepeats } from '../lib/binder.ts';
import { checkPageLinks } from '../lib/links.ts';
import { inlineLogo } from '../lib/logo.ts';
import { formatProblem, type Problem } from '../lib/problems.ts';
import { validateContent } from '../lib/validate.ts';
import { CHANGES_FILE, checkEdition, EDITION_FILE, manifestPages, releaseProblems, type EditionCheck } from '../lib/edition-check.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { siteStylesheet } from '../styles/site-sheet.ts';
import { readBuiltSite } from './built-site.ts';
import { codeSplittingGroups } from './chunks.ts';
import { integrationOrderProblem } from './integration-order.ts';
import { writePagePolicies } from './page-policy.ts';
import { planPublishing, publish, type PublishPlan } from './publish.ts';
import { readContentSources, readEditionSources } from './read-content.ts';
import { writeSearchIndex } from './search-index.ts';
import { draftServiceWorker, writeServiceWorker, type ServiceWorkerDraft } from './service-worker.ts';

const NAME = 'kapkit';
const VIRTUAL_CONFIG = 'virtual:kapkit/config';
const VIRTUAL_EDITION = 'virtual:kapkit/edition';
/** The layer order and the theme tokens with the practice's accent colour: the first styles of every page. */
const VIRTUAL_SITE_SHEET = 'virtual:kapkit/site.css';
/** The logo as markup for the title bar when it is an SVG it can carry (lib/logo.ts), else null. */
const VIRTUAL_LOGO = 'virtual:kapkit/logo';

/** `npm run release` sets this: the build then refuses drafts, overdue reviews and unsigned pages. */
const isRelease = (env: NodeJS.ProcessEnv) => env.KAPKIT_RELEASE === '1';

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
	let edition: EditionCheck | null = null;
	return {
		name: NAME,
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig, logger }) => {
				const root = fileURLToPath(config.root);
				const sources = readContentSources(root);
				const validated = validateContent(sources);
				const today = new Date().toISOString().slice(0, 10);
				// The edition is measured only on valid content: a page that failed its schema is not "removed".
				edition = checkEdition({ sources: readEditionSources(root), pages: manifestPages(sources, validated.content), edition: site.edition, today });
				const problems = validated.problems.length
					? validated.problems
					: [...edition.problems, ...(isRelease(process.env) ? releaseProblems(validated.content.protocols, site.reviewIntervalMonths, today) : [])];
				if (problems.length) {
					for (const problem of problems) logger.error(formatProblem(problem));
					if (command !== 'dev') fail(problems, 'content');
				}
				const logoFile = join(fileURLToPath(config.publicDir), site.logo);
				const logoMarkup = site.logo.endsWith('.svg') && existsSync(logoFile) ? inlineLogo(readFileSync(logoFile, 'utf8')) : null;
				const plugin = {
					name: 'kapkit:config',
					resolveId: (id: string) => ([VIRTUAL_CONFIG, VIRTUAL_EDITION, VIRTUAL_SITE_SHEET, VIRTUAL_LOGO].includes(id) ? `\0${id}` : undefined),
					load: (id: string) => {
						if (id === `\0${VIRTUAL_CONFIG}`) return `export default ${JSON.stringify(site)};`;
						if (id === `\0${VIRTUAL_EDITION}`) return `export default ${JSON.stringify({ manifest: edition?.manifest, changes: edition?.changes ?? [] })};`;
						if (id === `\0${VIRTUAL_SITE_SHEET}`) return siteStylesheet(site.accentColor);
						if (id === `\0${VIRTUAL_LOGO}`) return `export default ${JSON.stringify(logoMarkup)};`;
						return undefined;
					},
				};
				updateConfig({ vite: { plugins: [plugin], build: { rolldownOptions: { output: { codeSplitting: { groups: codeSplittingGroups } } } } } });
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
					// Before Pagefind starts reading the pages: they are final from here on. (The link check
					// reads them again, alongside Pagefind, keeping only ids and references of each.)
					writePagePolicies(built);
					// Pagefind indexes the pages in its own process while this one checks their links and
					// bundles the service worker (its precache list, which needs Pagefind's files, comes after).
					let worker: ServiceWorkerDraft | undefined;
					const index = await writeSearchIndex(built, async () => {
						const { pages, files } = readBuiltSite(built);
						const problems = withoutBinderRepeats(checkPageLinks(pages, site.base, files));
						if (problems.length) {
							for (const problem of problems) logger.error(formatProblem(problem));
							fail(problems, 'link');
						}
						worker = await draftServiceWorker(built, site.base, site.edition);
					});
					logger.info(`search index: ${index.pages} pages`);
					if (!edition) throw new Error('kapkit: the build finished without an edition (astro:config:setup did not run for a build)');
					writeFileSync(join(built, EDITION_FILE), JSON.stringify(edition.manifest));
					// What a reader's device compares against the edition it last showed ("changed since you last read").
					writeFileSync(join(built, CHANGES_FILE), JSON.stringify({ edition: edition.manifest.edition, editions: edition.changes }));
					if (!worker) throw new Error('kapkit: the service worker was not bundled');
					const offline = await writeServiceWorker(built, worker);
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
