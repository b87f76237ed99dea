import type { Problem } from './problems.ts';

/** A built HTML page: its address below the site's base, and the source file it came from. */
export interface BuiltPage {
	/** e.g. "protocols/dosing/iv-racemic-infusion/" ("" for the home page). */
	route: string;
	/** The content file the page was made from, or the page's route for generated pages. */
	source: string;
	html: string;
}

/**
 * An address a page refers to. A link is followed by the reader (an <a>, or a <link> that loads
 * nothing, such as rel="canonical"); a resource is loaded by the browser with the page.
 */
export interface PageReference {
	kind: 'link' | 'resource';
	/** How a problem names it: "link" for an <a> or <area>, else the element and attribute, e.g. "<img src>". */
	label: string;
	url: string;
	/** The element it is on, e.g. "img". */
	element: string;
}

const entities: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (text: string) => text.replace(/&(?:amp|quot|#39|lt|gt);/g, (entity) => entities[entity] ?? entity);

/** What looks like markup in comments and in the text of inline scripts is not part of the page. */
const markupOf = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>');

/** Every `id` an anchor can point at, and those more than one element has (a link to one lands on the first). */
export function collectIds(html: string): { ids: Set<string>; repeated: Set<string> } {
	return idsIn(markupOf(html));
}

function idsIn(markup: string): { ids: Set<string>; repeated: Set<string> } {
	const ids = new Set<string>();
	const repeated = new Set<string>();
	for (const match of markup.matchAll(/\sid=(?:"([^"]*)"|'([^']*)')/g)) {
		const id = decode(match[1] ?? match[2] ?? '');
		if (ids.has(id)) repeated.add(id);
		ids.add(id);
	}
	return { ids, repeated };
}

/** The attributes of each element that hold addresses; srcset holds a list of them. */
const addressAttributes: Record<string, readonly string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	img: ['src', 'srcset'],
	source: ['src', 'srcset'],
	script: ['src'],
	iframe: ['src'],
	video: ['src', 'poster'],
	audio: ['src'],
	track: ['src'],
	embed: ['src'],
	object: ['data'],
	input: ['src'],
};

/** The <link> relations that make the browser load the address with the page. */
const loadingRelations = new Set(['stylesheet', 'icon', 'apple-touch-icon', 'mask-icon', 'manifest', 'preload', 'modulepreload', 'prefetch']);

/** The URLs of a srcset, without their width or density descriptors (a URL may itself hold commas). */
export function srcsetUrls(srcset: string): string[] {
	const urls: string[] = [];
	let rest = srcset;
	for (;;) {
		rest = rest.replace(/^[\s,]+/, '');
		const url = /^\S+/.exec(rest)?.[0];
		if (!url) return urls;
		rest = rest.slice(url.length);
		if (url.endsWith(',')) {
			urls.push(url.replace(/,+$/, ''));
			continue;
		}
		urls.push(url);
		const comma = rest.indexOf(',');
		rest = comma === -1 ? '' : rest.slice(comma + 1);
	}
}

const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** Every address the page refers to, in document order (comments and inline script text skipped). */
export function collectReferences(html: string): PageReference[] {
	return referencesIn(markupOf(html));
}

function referencesIn(markup: string): PageReference[] {
	const references: PageReference[] = [];
	for (const tag of markup.matchAll(TAG)) {
		const element = (tag[1] ?? '').toLowerCase();
		const wanted = addressAttributes[element];
		if (!wanted) continue;
		const attributes = new Map<string, string>();
		for (const attribute of (tag[2] ?? '').matchAll(ATTRIBUTE)) {
			attributes.set((attribute[1] ?? '').toLowerCase(), decode(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''));
		}
		if (element === 'input' && attributes.get('type')?.toLowerCase() !== 'image') continue;
		const relations = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
		const followed = element === 'a' || element === 'area' || (element === 'link' && !relations.some((relation) => loadingRelations.has(relation)));
		for (const name of wanted) {
			const value = attributes.get(name);
			if (value === undefined) continue;
			const label = element === 'a' || element === 'area' ? 'link' : element === 'link' ? `<link rel="${attributes.get('rel') ?? ''}" ${name}>` : `<${element} ${name}>`;
			for (const url of name === 'srcset' ? srcsetUrls(value) : [value.trim()]) {
				references.push({ kind: followed ? 'link' : 'resource', label, url, element });
			}
		}
	}
	return references;
}

/** The href of every <a> and <area>. */
export function collectLinks(html: string): string[] {
	return collectReferences(html)
		.filter((reference) => reference.label === 'link')
		.map((reference) => reference.url);
}

/** The schemes a manual's links may use; any other (javascript:, data:, file:, ftp:…) is refused. */
export const allowedSchemes = ['http', 'https', 'mailto', 'tel'] as const;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** Elements whose data: address is an inline image, which loads nothing. */
const inlineImageElements = new Set(['img', 'source', 'video', 'input']);

/** An address as a problem shows it: long ones (a data: address) cut short. */
const shown = (url: string) => JSON.stringify(url.length > 100 ? `${url.slice(0, 97)}...` : url);

/** What the link check needs of a built page: its ids and the addresses it refers to. */
export interface PageLinks {
	route: string;
	source: string;
	ids: Set<string>;
	/** Ids more than one element of the page has. */
	repeatedIds: string[];
	references: PageReference[];
}

/**
 * Reduces built pages, one at a time, to their PageLinks, so that a build holds these rather than
 * every page's HTML (120 MB at 1,000 pages). The pages share one copy of each id and reference:
 * they repeat the workbench's (150,000 references at 1,000 pages, 9,000 distinct). Each kept string
 * is a fresh copy, because V8 keeps a whole page's HTML alive behind any substring of it.
 */
export function pageLinksReader(): (page: BuiltPage) => PageLinks {
	const strings = new Map<string, string>();
	const references = new Map<string, PageReference>();
	const kept = (text: string): string => {
		let copy = strings.get(text);
		if (copy === undefined) {
			copy = JSON.parse(JSON.stringify(text)) as string;
			strings.set(copy, copy);
		}
		return copy;
	};
	const keptReference = (reference: PageReference): PageReference => {
		const key = `${reference.kind}\u0000${reference.label}\u0000${reference.url}\u0000${reference.element}`;
		let copy = references.get(kept(key));
		if (copy === undefined) {
			copy = { kind: reference.kind, label: kept(reference.label), url: kept(reference.url), element: kept(reference.element) };
			references.set(kept(key), copy);
		}
		return copy;
	};
	return ({ route, source, html }) => {
		const markup = markupOf(html);
		const { ids, repeated } = idsIn(markup);
		return {
			route: kept(route),
			source: kept(source),
			ids: new Set([...ids].map(kept)),
			repeatedIds: [...repeated].map(kept),
			references: referencesIn(markup).map(keptReference),
		};
	};
}

/**
 * Checks that each id of a page is given to one element, and every reference of every page: a
 * link lands on a page or file of the site, and an #anchor on an element of that page; a resource
 * is a file of the site (a page requests nothing from another host); no address uses a scheme a
 * manual has no use for. `base` is the site's base path ("/" or "/manual/"); `files` holds every
 * non-HTML file of the build by its path below the base (public/ is copied into the build, so its
 * files are there too).
 */
export function checkLinks(pages: readonly BuiltPage[], base: string, files: ReadonlySet<string>): Problem[] {
	return checkPageLinks(pages.map(pageLinksReader()), base, files);
}

/** checkLinks, on pages already reduced to their ids and references (see pageLinksReader). */
export function checkPageLinks(pages: readonly PageLinks[], base: string, files: ReadonlySet<string>): Problem[] {
	const idsByRoute = new Map(pages.map((page) => [page.route, page.ids]));
	const problems: Problem[] = [];
	for (const page of pages) {
		for (const id of page.repeatedIds) problems.push({ file: page.source, path: `id ${shown(id)}`, message: `expected each id once on ${base}${page.route}, found it on more than one element (a link to it lands on the first)` });
		const pageUrl = new URL(`${base}${page.route}`, 'http://site.invalid');
		for (const { kind, label, url: address, element } of page.references) {
			const broken = (message: string) => problems.push({ file: page.source, path: `${label} ${shown(address)}`, message });
			const scheme = SCHEME.exec(address)?.[1]?.toLowerCase();
			if (scheme === 'data' && kind === 'resource' && inlineImageElements.has(element)) continue;
			if (scheme !== undefined && !(allowedSchemes as readonly string[]).includes(scheme)) {
				broken(`expected ${kind === 'link' ? 'a page of the site or an http, https, mailto or tel address' : 'a file of the site'}, found a "${scheme}:" address`);
				continue;
			}
			if (scheme !== undefined || address.startsWith('//')) {
				if (kind === 'resource') broken('expected a file of the site (a page requests nothing from another host), found an address on another host');
				continue;
			}
			const url = new URL(address, pageUrl);
			const path = decodeURIComponent(url.pathname);
			if (!path.startsWith(base)) {
				broken(`expected an address inside the site (starting with ${base}), found one outside it`);
				continue;
			}
			const below = path.slice(base.length);
			// A page is "dir/" (dir/index.html) or, like 404.html, a file of its own.
			const route = below === '' || below.endsWith('/') || idsByRoute.has(below) ? below : below.endsWith('index.html') ? below.slice(0, -'index.html'.length) : null;
			if (route === null) {
				if (!files.has(below)) broken(idsByRoute.has(`${below}/`) ? 'expected the page address with its trailing "/", found it without' : `expected an existing ${kind === 'link' ? 'page or file' : 'file'}, found none`);
				continue;
			}
			const ids = idsByRoute.get(route);
			if (!ids) {
				broken(`expected an existing ${kind === 'link' ? 'page' : 'file'}, found none`);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (kind === 'link' && fragment && !ids.has(fragment)) broken(`expected an element with id "${fragment}" on ${base}${route}, found none`);
		}
	}
	return problems;
}
