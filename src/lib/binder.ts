import type { Problem } from './problems.ts';

/** The binder's pages, as the built site names them: dist/binder/index.html, dist/binder/<phase>/index.html. */
const BINDER_PAGE = /^dist\/binder\/(?:[a-z-]+\/)?index\.html$/;

/**
 * The binder prints every protocol again, so a broken link in a protocol would be reported once
 * for its page and once per binder. Keeps the report on the protocol's own file and drops the
 * binder's copies of it; a problem only the binder has (its contents, its own links) stays.
 */
export function withoutBinderRepeats(problems: readonly Problem[]): Problem[] {
	const key = (problem: Problem) => `${problem.path}\u0000${problem.message}`;
	const elsewhere = new Set(problems.filter((problem) => !BINDER_PAGE.test(problem.file)).map(key));
	return problems.filter((problem) => !BINDER_PAGE.test(problem.file) || !elsewhere.has(key(problem)));
}

/** Attributes whose value names ids in the same document, space-separated. */
const ID_REFERENCES = /\s(id|for|headers|aria-labelledby|aria-describedby|aria-controls|aria-owns|aria-details|aria-errormessage)="([^"]*)"/g;
const SAME_PAGE_LINK = /\shref="#([^"]+)"/g;

/**
 * The binder prints every protocol on one page, so the ids each protocol's page has for itself (its
 * "Sources" heading, a dosing session's thresholds) would repeat, and a link to #sources in the
 * fifth protocol would land on the first one's. Gives every id in one protocol's HTML the protocol's
 * anchor as a prefix, and the links and labels that name those ids the same; links to anything
 * else are left as they are.
 */
export function scopeIds(html: string, prefix: string): string {
	const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
	const scoped = (id: string) => (ids.has(id) ? `${prefix}--${id}` : id);
	return html
		.replace(ID_REFERENCES, (_, attribute: string, value: string) => ` ${attribute}="${value.split(' ').map(scoped).join(' ')}"`)
		.replace(SAME_PAGE_LINK, (link, target: string) => {
			let id = target;
			try {
				id = decodeURIComponent(target);
			} catch {
				// not percent-encoded after all: compared as written
			}
			return ids.has(id) ? ` href="#${encodeURIComponent(scoped(id))}"` : link;
		});
}
