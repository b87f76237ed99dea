// `npm run release`: builds the manual in release mode (no drafts, no overdue or unsigned reviews)
// and, when that succeeds, keeps the edition's manifest in protocols/editions/ so that the next
// edition's changelog is checked against it.
// `npm run release -- --write-manifest`: writes that manifest from the content as it is, without
// building or the release checks (for re-seeding an edition whose content was merged in).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readContentSources, readEditionSources } from '../integration/read-content.ts';
import { resolveSiteConfig, SITE_CONFIG_FILE } from '../integration/site-config.ts';
import { CHANGES_FILE, checkEdition, EDITION_FILE, manifestPages, manifestPath } from '../lib/edition-check.ts';
import { formatProblems } from '../lib/problems.ts';
import { validateContent } from '../lib/validate.ts';
import type { SiteConfigInput } from '../schemas/site.ts';

const root = process.cwd();
const { default: userConfig } = (await import(pathToFileURL(join(root, SITE_CONFIG_FILE)).href)) as { default: SiteConfigInput };
const site = resolveSiteConfig(userConfig, process.env);
const target = join(root, manifestPath(site.edition));

if (process.argv.includes('--write-manifest')) {
	const sources = readContentSources(root);
	const { content, problems } = validateContent(sources);
	if (problems.length) {
		console.error(`${formatProblems(problems)}\n\nThe content has ${problems.length} problem(s); no manifest was written.`);
		process.exit(1);
	}
	const { manifest } = checkEdition({ sources: readEditionSources(root), pages: manifestPages(sources, content), edition: site.edition, today: new Date().toISOString().slice(0, 10) });
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, `${JSON.stringify(manifest, null, '\t')}\n`);
	console.log(`Wrote ${manifestPath(site.edition)}: edition ${manifest.edition} of ${manifest.date}, ${manifest.pages.length} pages.`);
} else {
	const astro = join(root, 'node_modules/astro/bin/astro.mjs');
	const build = spawnSync(process.execPath, [astro, 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, KAPKIT_RELEASE: '1', ASTRO_TELEMETRY_DISABLED: '1' } });
	if (build.status !== 0) {
		console.error(`\nEdition ${site.edition} was not released: the release build failed (see the problems above).`);
		process.exit(build.status ?? 1);
	}
	const outDir = join(root, process.env.KAPKIT_OUT_DIR || 'dist');
	mkdirSync(dirname(target), { recursive: true });
	copyFileSync(join(outDir, EDITION_FILE), target);
	console.log(`Released edition ${site.edition}: ${manifestPath(site.edition)} written (the site is in ${outDir}, its changelog in ${CHANGES_FILE}).`);
}
