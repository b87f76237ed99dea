// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import kapkit from './src/integration/index.ts';
import { resolveSiteConfig } from './src/integration/site-config.ts';
import userConfig from './kapkit.config.ts';

const site = resolveSiteConfig(userConfig, process.env);

export default defineConfig({
	base: site.base,
	...(site.site ? { site: site.site } : {}),
	outDir: process.env.KAPKIT_OUT_DIR || './dist',
	trailingSlash: 'always',
	// Styles as files, cached once, rather than inlined into every page.
	build: { format: 'directory', inlineStylesheets: 'never' },
	// kapkit checks and publishes the finished build, so it comes last (the build refuses to run otherwise).
	integrations: [mdx(), react(), kapkit({ site })],
	markdown: { syntaxHighlight: false },
	// No `security.csp`: kapkit writes each page's own policy when the build ends (src/lib/csp.ts).
	devToolbar: { enabled: false },
	// Writes JSON Schemas of the collections to .astro/ for the Astro VS Code extension's frontmatter completion.
	experimental: { contentIntellisense: true },
	vite: { build: { rolldownOptions: { checks: { moduleLevelDirective: false } } } },
});
