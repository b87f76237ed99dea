// The reference the issue compares kapkit with: Starlight, installed from the npm registry into a
// cache folder under the OS temp dir (never into kapkit's package.json or lockfile), and given the
// same synthetic pages as kapkit, written as Starlight docs pages. kapkit also builds its own shipped
// pages; the reference has only the synthetic pages and an index page.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { GeneratedPage } from './generate.ts';
import type { SearchSurface } from './measure-search.ts';

/** Pinned exactly: the versions the issue's figures were measured with. */
export const STARLIGHT_VERSION = '0.42.4';
export const REFERENCE_ASTRO_VERSION = '7.3.5';
export const REFERENCES = ['starlight'] as const;
export type ReferenceName = (typeof REFERENCES)[number];

/** The package.json of the reference's install: only the two pinned packages (their dependencies come with them). */
export function referencePackageJson(): string {
	const manifest = {
		name: 'kapkit-bench-reference-starlight',
		private: true,
		type: 'module',
		// As Starlight's starter template has it.
		scripts: { build: 'astro build' },
		dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: REFERENCE_ASTRO_VERSION },
	};
	return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Install scripts are skipped: the platform binaries (Astro's compiler, Rolldown, Pagefind, sharp)
 * arrive as optional dependencies from the registry, and a script could reach other hosts.
 */
const NPM_INSTALL_ARGS = ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'];

export interface InstallFigures {
	/** Where the reference's node_modules lives (reused by later runs). */
	dir: string;
	/** Whether this run reused an earlier install. */
	cached: boolean;
	/** Wall time of `npm install` when the cache was made (this run or an earlier one). */
	installMs: number;
	/** When the cache was made. */
	installedAt: string;
	packages: number;
	nodeModulesBytes: number;
	/** The versions npm resolved. */
	versions: { starlight: string; astro: string; pagefind: string | null };
}

/** The cache folder: a new pin or a new install command is a new folder, so a stale install is never reused. */
export function referenceCacheDir(root = join(tmpdir(), 'kapkit-bench', 'reference')): string {
	const key = createHash('sha256').update(referencePackageJson()).update(NPM_INSTALL_ARGS.join(' ')).digest('hex').slice(0, 10);
	return join(root, `starlight-${STARLIGHT_VERSION}-astro-${REFERENCE_ASTRO_VERSION}-${key}`);
}

function folderSize(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
		files++;
	}
	return { bytes, files };
}

const installedVersion = (modules: string, name: string): string | null => {
	const manifest = join(modules, name, 'package.json');
	return existsSync(manifest) ? ((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? null) : null;
};

/** Packages npm installed, from its hidden lockfile (node_modules/.package-lock.json). */
function countPackages(modules: string): number {
	const lock = join(modules, '.package-lock.json');
	if (!existsSync(lock)) return 0;
	return Object.keys((JSON.parse(readFileSync(lock, 'utf8')) as { packages?: Record<string, unknown> }).packages ?? {}).length;
}

/**
 * Installs the pinned reference once into the cache folder, with the registry as the only network.
 * The install goes to a scratch folder renamed into place when complete: an interrupted install is
 * never mistaken for a cache.
 */
export async function installReference(log: (line: string) => void, cacheDir = referenceCacheDir()): Promise<InstallFigures> {
	const record = join(cacheDir, 'install.json');
	if (existsSync(record)) {
		const earlier = JSON.parse(readFileSync(record, 'utf8')) as Omit<InstallFigures, 'cached' | 'dir'>;
		log(`Starlight ${STARLIGHT_VERSION} already installed in ${cacheDir} (${(earlier.installMs / 1000).toFixed(1)} s when installed)`);
		return { ...earlier, dir: cacheDir, cached: true };
	}
	// Left by an interrupted install (benchmarks run one at a time, under the shared CPU lock).
	const partial = `${basename(cacheDir)}.partial-`;
	if (existsSync(dirname(cacheDir))) for (const entry of readdirSync(dirname(cacheDir))) if (entry.startsWith(partial)) rmSync(join(dirname(cacheDir), entry), { recursive: true, force: true });
	const scratch = `${cacheDir}.partial-${process.pid}`;
	mkdirSync(scratch, { recursive: true });
	writeFileSync(join(scratch, 'package.json'), referencePackageJson());
	// npm run exports its own settings as npm_* variables (the project's prefix among them): the inner npm must not see them.
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
	log(`installing Starlight ${STARLIGHT_VERSION} and Astro ${REFERENCE_ASTRO_VERSION} from the registry into ${cacheDir} …`);
	const started = performance.now();
	const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
		const child = spawn('npm', NPM_INSTALL_ARGS, { cwd: scratch, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let text = '';
		child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
		child.on('error', reject);
		child.on('close', (status) => resolve({ code: status, output: text }));
	});
	const installMs = Math.round(performance.now() - started);
	if (code !== 0) {
		rmSync(scratch, { recursive: true, force: true });
		throw new Error(`npm install of the reference failed (exit ${code}) in ${scratch}:\n${output.trim().split('\n').slice(-20).join('\n')}`);
	}
	const modules = join(scratch, 'node_modules');
	const starlight = installedVersion(modules, '@astrojs/starlight');
	const astro = installedVersion(modules, 'astro');
	if (starlight !== STARLIGHT_VERSION || astro !== REFERENCE_ASTRO_VERSION) {
		rmSync(scratch, { recursive: true, force: true });
		throw new Error(`npm installed @astrojs/starlight ${starlight ?? 'nothing'} and astro ${astro ?? 'nothing'}, expected ${STARLIGHT_VERSION} and ${REFERENCE_ASTRO_VERSION}`);
	}
	const figures: Omit<InstallFigures, 'cached' | 'dir'> = {
		installMs,
		installedAt: new Date().toISOString(),
		packages: countPackages(modules),
		nodeModulesBytes: folderSize(modules).bytes,
		versions: { starlight, astro, pagefind: installedVersion(modules, 'pagefind') },
	};
	writeFileSync(join(scratch, 'install.json'), `${JSON.stringify(figures, null, 2)}\n`);
	rmSync(cacheDir, { recursive: true, force: true });
	renameSync(scratch, cacheDir);
	log(`installed ${figures.packages} packages (${(figures.nodeModulesBytes / 2 ** 20).toFixed(0)} MiB) in ${(installMs / 1000).toFixed(1)} s`);
	return { ...figures, dir: cacheDir, cached: false };
}

/** kapkit's callout kinds as Starlight's aside types (Starlight has no "threshold": a tip stands in). */
export const ASIDE_TYPES: Record<string, string> = { note: 'note', warning: 'caution', danger: 'danger', threshold: 'tip' };

/**
 * One synthetic kapkit page as a Starlight docs page at the same address: the same frontmatter
 * (summary becomes Starlight's description, order its sidebar order), the same body, Callout
 * written as Starlight's Aside, and Cite as a small local component. `depth` is how many folders
 * the page sits below src/content/docs/.
 */
export function toStarlightPage(mdx: string, depth: number, source = 'page'): string {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
	if (!match) throw new Error(`${source}: no frontmatter block to convert`);
	const frontmatter = (match[1] ?? '').split('\n').flatMap((line) => {
		if (line.startsWith('summary: ')) return [`description: ${line.slice('summary: '.length)}`];
		const order = /^order: (\d+)$/.exec(line);
		return order ? ['sidebar:', `  order: ${order[1]}`] : [line];
	});
	const body = mdx
		.slice(match[0].length)
		.replace(/<Callout kind="([^"]*)"/g, (_, kind: string) => {
			const type = ASIDE_TYPES[kind];
			if (!type) throw new Error(`${source}: a Callout of kind "${kind}" has no Starlight aside type`);
			return `<Aside type="${type}"`;
		})
		.replaceAll('</Callout>', '</Aside>');
	const up = '../'.repeat(depth + 2);
	const imports = [`import { Aside } from '@astrojs/starlight/components';`, `import Cite from '${up}components/Cite.astro';`];
	return `---\n${frontmatter.join('\n')}\n---\n\n${imports.join('\n')}\n${body}`;
}

const CONFIG = (phases: readonly string[]) => `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	integrations: [
		starlight({
			title: 'kapkit bench reference',
			sidebar: ${JSON.stringify(phases.map((phase) => ({ label: phase.charAt(0).toUpperCase() + phase.slice(1), items: [{ autogenerate: { directory: `protocols/${phase}` } }] })))},
		}),
	],
	// As kapkit's config: Rolldown would print one warning per MDX file.
	vite: { build: { rolldownOptions: { checks: { moduleLevelDirective: false } } } },
});
`;

/** kapkit's protocol frontmatter beyond Starlight's own, so both builds validate the same fields. */
const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

const phase = z.enum(['preparation', 'dosing', 'integration', 'maintenance']);
const protocol = z.object({
	phase: phase.optional(),
	audience: z.array(z.enum(['therapist', 'prescriber', 'nurse', 'support-person'])).optional(),
	evidence: z.object({ level: z.number().int().min(1).max(4), rationale: z.string() }).optional(),
	references: z.array(z.string()).optional(),
	reviewed: z.coerce.date().optional(),
	status: z.enum(['draft', 'reviewed']).optional(),
	routes: z.array(z.enum(['iv', 'im', 'sublingual', 'oral', 'intranasal'])).optional(),
	window: z.object({ startHours: z.number(), endHours: z.number() }).optional(),
	taper: z.array(z.object({ label: z.string(), intervalDays: z.number().int(), sessions: z.number().int().optional() })).optional(),
});

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: protocol }) }) };
`;

const CITE = `---
// The citation kapkit renders: a link to the page's list of sources.
interface Props { id: string }
const { id } = Astro.props;
---

<a class="cite" href={\`#ref-\${id}\`}>({id})</a>
`;

const INDEX = `---
title: kapkit bench reference
description: The synthetic benchmark pages of npm run bench, built with Starlight to compare with kapkit.
---

This site is built by \`npm run bench -- --reference starlight\` from the benchmark's synthetic pages. It is not clinical guidance and is never published.
`;

/**
 * Writes a Starlight project into `dir` (empty): config, content config, the index page and each
 * generated page converted from kapkit's copy in `kapkitDir`. Its node_modules links to the cached
 * install's packages one by one, so Astro's and Vite's caches land in `dir` and every build is cold.
 */
export function prepareReference(dir: string, install: InstallFigures, kapkitDir: string, pages: readonly GeneratedPage[]): void {
	const phases = [...new Set(pages.map((page) => page.phase))];
	writeFileSync(join(dir, 'package.json'), referencePackageJson());
	writeFileSync(join(dir, 'astro.config.mjs'), CONFIG(phases));
	mkdirSync(join(dir, 'src/components'), { recursive: true });
	writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
	writeFileSync(join(dir, 'src/components/Cite.astro'), CITE);
	const docs = join(dir, 'src/content/docs');
	mkdirSync(docs, { recursive: true });
	writeFileSync(join(docs, 'index.mdx'), INDEX);
	for (const page of pages) {
		const target = join(docs, 'protocols', page.phase, `${page.name}.mdx`);
		mkdirSync(join(docs, 'protocols', page.phase), { recursive: true });
		writeFileSync(target, toStarlightPage(readFileSync(join(kapkitDir, page.file), 'utf8'), 2, page.file));
	}
	const modules = join(install.dir, 'node_modules');
	mkdirSync(join(dir, 'node_modules'));
	for (const entry of readdirSync(modules)) {
		if (!entry.startsWith('.')) symlinkSync(join(modules, entry), join(dir, 'node_modules', entry), 'dir');
	}
}

/** Starlight's search dialog: Ctrl+K opens it; Pagefind's default UI draws the results (debounce 300 ms, Pagefind UI's default). */
export function starlightSearch(path: string): SearchSurface {
	const dialog = 'site-search dialog[open]';
	return {
		name: 'Starlight search dialog',
		path,
		debounceMs: 300,
		open: async (page) => {
			await page.keyboard.press('Control+k');
			await page.locator(`${dialog} .pagefind-ui__search-input`).waitFor({ state: 'visible' });
		},
		input: `${dialog} .pagefind-ui__search-input`,
		results: `${dialog} .pagefind-ui__results`,
		status: `${dialog} .pagefind-ui__message`,
		root: `${dialog} #starlight__search`,
		pending: '.pagefind-ui__loading',
		statusEchoesQuery: true,
		done: /\d+ results?|No results/,
	};
}
