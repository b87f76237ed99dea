import type { Problem } from './problems.ts';

/** A built HTML page: its address below the site's base, and the source file it came from. */
export interface BuiltPage {
	/** e.g. "protocols/dosing/iv-racemic-infusion/" ("" for the home page). */
	route: string;
	/** The content file the page was made from, or the page's route for generated pages. */
	source: string;
	html: string;
}

const entities: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (text: string) => text.replace(/&(?:amp|quot|#39|lt|gt);/g, (entity) => entities[entity] ?? entity);

/** Every `id` an anchor can point at. */
export function collectIds(html: string): Set<string> {
	const ids = new Set<string>();
	for (const match of html.matchAll(/\sid=(?:"([^"]*)"|'([^']*)')/g)) ids.add(decode(match[1] ?? match[2] ?? ''));
	return ids;
}

/** The href of every <a> and <area>. */
export function collectLinks(html: string): string[] {
	const links: string[] = [];
	for (const match of html.matchAll(/<(?:a|area)\b[^>]*?\shref=(?:"([^"]*)"|'([^']*)')/g)) links.push(decode(match[1] ?? match[2] ?? ''));
	return links;
}

const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Checks that every internal link lands on a page or file of the site, and every #anchor on an
 * element of that page. `base` is the site's base path ("/" or "/manual/"); `files` holds every
 * non-HTML file of the build by its path below the base.
 */
export function checkLinks(pages: readonly BuiltPage[], base: string, files: ReadonlySet<string>): Problem[] {
	const idsByRoute = new Map(pages.map((page) => [page.route, collectIds(page.html)]));
	const problems: Problem[] = [];
	for (const page of pages) {
		const pageUrl = new URL(`${base}${page.route}`, 'http://site.invalid');
		for (const href of collectLinks(page.html)) {
			if (external.test(href)) continue;
			const broken = (message: string) => problems.push({ file: page.source, path: `link ${JSON.stringify(href)}`, message });
			const url = new URL(href, pageUrl);
			const path = decodeURIComponent(url.pathname);
			if (!path.startsWith(base)) {
				broken(`expected an address inside the site (starting with ${base}), found one outside it`);
				continue;
			}
			const below = path.slice(base.length);
			// A page is "dir/" (dir/index.html) or, like 404.html, a file of its own.
			const route = below === '' || below.endsWith('/') || idsByRoute.has(below) ? below : below.endsWith('index.html') ? below.slice(0, -'index.html'.length) : null;
			if (route === null) {
				if (!files.has(below)) broken(idsByRoute.has(`${below}/`) ? 'expected the page address with its trailing "/", found it without' : 'expected an existing page or file, found none');
				continue;
			}
			const ids = idsByRoute.get(route);
			if (!ids) {
				broken('expected an existing page, found none');
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && !ids.has(fragment)) broken(`expected an element with id "${fragment}" on ${base}${route}, found none`);
		}
	}
	return problems;
}
