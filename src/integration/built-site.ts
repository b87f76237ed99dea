import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pageLinksReader, type PageLinks } from '../lib/links.ts';

const SOURCE_META = /<meta name="kapkit:source" content="([^"]*)"/;

/**
 * Reads the built HTML pages, one at a time, keeping of each only what the link check needs, and
 * lists every other file, each by its path below the site root.
 */
export function readBuiltSite(dir: string): { pages: PageLinks[]; files: Set<string> } {
	const pages: PageLinks[] = [];
	const pageLinks = pageLinksReader();
	const files = new Set<string>();
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
		if (!path.endsWith('.html')) {
			files.add(path);
			continue;
		}
		const html = readFileSync(join(dir, path), 'utf8');
		const route = path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
		pages.push(pageLinks({ route, source: SOURCE_META.exec(html)?.[1] ?? `dist/${path}`, html }));
	}
	return { pages, files };
}
