import type { Reference } from '../schemas/reference.ts';

/** "Murrough et al., 2013" — the short form used in running text. */
export function citeLabel(reference: Pick<Reference, 'authors' | 'etAl' | 'year'>): string {
	const surname = (author: string) => author.replace(/\s+[A-Z]{1,3}$/, '');
	const [first, second] = reference.authors;
	const many = reference.authors.length > 2 || reference.etAl;
	const names = many ? `${surname(first ?? '')} et al.` : second ? `${surname(first ?? '')} & ${surname(second)}` : surname(first ?? '');
	return `${names}, ${reference.year}`;
}

/** Vancouver-style full citation, without the link. */
export function formatReference(reference: Reference): string {
	const authors = reference.authors.join(', ') + (reference.etAl ? ', et al' : '');
	const volume = reference.volume ? ` ${reference.volume}` : '';
	const pages = reference.pages ? `:${reference.pages}` : '';
	return `${authors}. ${reference.title.replace(/\.$/, '')}. ${reference.journal}. ${reference.year}${volume}${pages}.`;
}

/** Where a reader can find the source: the DOI's resolver, else the URL. */
export function referenceHref(reference: Pick<Reference, 'doi' | 'url'>): string | undefined {
	return reference.doi ? `https://doi.org/${reference.doi}` : reference.url;
}

/** "90 min", "2 h", "2 h 30 min". */
export function formatMinutes(total: number): string {
	if (total < 60) return `${total} min`;
	const hours = Math.floor(total / 60);
	const rest = total % 60;
	return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** A path inside the site, with the base in front: withBase('/manual/', '/protocols/') → '/manual/protocols/'. */
export function withBase(base: string, path: string): string {
	return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** The inverse: the path inside the site of a link under the base: withoutBase('/manual/', '/manual/protocols/') → '/protocols/'. */
export function withoutBase(base: string, href: string): string {
	const root = base.replace(/\/$/, '');
	return href.startsWith(`${root}/`) ? href.slice(root.length) : href;
}

// One formatter per language: toLocaleDateString builds a new one on every call (about 0.5 ms,
// which a build pays for every protocol on its page and again in each binder).
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "12 March 2026" from "2026-03-12", in the content's language. */
export function formatDate(isoDate: string, lang: string): string {
	let format = dateFormats.get(lang);
	if (!format) {
		format = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
		dateFormats.set(lang, format);
	}
	return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** What a part says when its code or data could not load: offline, before the manual was saved for offline use. */
export function couldNotLoad(what: string): string {
	return `${what} could not load. Open the manual once with the network on, then try again.`;
}
