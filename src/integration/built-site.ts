import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltPage } from '../lib/links.ts';

const SOURCE_META = /<meta name="kapkit:source" content="([^"]*)"/;

/** Reads the built HTML pages and lists every other file, each by its path below the site root. */
export function readBuiltSite(dir: string): { pages: BuiltPage[]; files: Set<string> } {
	const pages: BuiltPage[] = [];
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
		pages.push({ route, source: SOURCE_META.exec(html)?.[1] ?? `dist/${path}`, html });
	}
	return { pages, files };
}
