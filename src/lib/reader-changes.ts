import type { ChangeKind, EditionChanges, EditionManifest } from '../schemas/changes.ts';
import { changesSince } from './editions.ts';

/**
 * "Changed since you last read": what one device remembers between visits, and what it shows
 * after an update. Pure: the browser module (src/scripts/edition-changes.ts) reads and writes
 * localStorage and the page; this decides.
 */

/** One changed page the reader has not opened since the edition that changed it. */
export interface UnreadChange {
	page: string;
	kind: ChangeKind;
	summary: string;
	/** The edition that made the change (the newest, when several did). */
	edition: string;
	title: string;
	/** Below the base; null for a removed page, which has nothing to open. */
	route: string | null;
}

/** What the device keeps beside the edition it last showed (`kapkit:unread-changes`). */
export interface UnreadChanges {
	/** The edition the reader had read up to: the view lists what changed after it. */
	since: string;
	/** Changed pages not opened yet, safety first; removed pages are listed until the view is dismissed. */
	pages: UnreadChange[];
	/** Whether the "What's changed for you" view is still shown. */
	showView: boolean;
}

/** What the built site serves as changes.json: this edition and the changelog, newest first. */
export interface ChangesFile {
	edition: string;
	editions: EditionChanges[];
}

export interface ReaderState {
	lastEdition: string | null;
	unread: UnreadChanges | null;
}

/**
 * The state after showing this edition. A first visit remembers the edition and lists nothing;
 * the same edition changes nothing; a newer one lists every change since the edition the reader
 * last saw, several editions back if need be, keeping pages still unread from an earlier update.
 */
export function afterShowing(state: ReaderState, changes: ChangesFile, manifest: Pick<EditionManifest, 'pages'>): ReaderState {
	const { lastEdition, unread } = state;
	if (lastEdition === null) return { lastEdition: changes.edition, unread: null };
	if (lastEdition === changes.edition) return state;
	const stillUnread = new Set(unread?.pages.map((change) => change.page) ?? []);
	const since = unread && unread.pages.length > 0 ? unread.since : lastEdition;
	const newer = new Set(changesSince(changes.editions, lastEdition).map((change) => change.page));
	const pages = new Map(manifest.pages.map((page) => [page.id, page]));
	const listed = changesSince(changes.editions, since)
		.filter((change) => newer.has(change.page) || stillUnread.has(change.page))
		.map((change): UnreadChange => {
			const page = change.kind === 'removed' ? undefined : pages.get(change.page);
			return { page: change.page, kind: change.kind, summary: change.summary, edition: change.edition, title: page?.title ?? change.page, route: page?.route ?? null };
		});
	return { lastEdition: changes.edition, unread: listed.length ? { since, pages: listed, showView: true } : null };
}

/** The state once the reader opened `page`: its mark and note are gone. */
export function afterOpening(unread: UnreadChanges | null, page: string): UnreadChanges | null {
	if (!unread) return null;
	const pages = unread.pages.filter((change) => change.page !== page);
	return pages.length ? { ...unread, pages } : null;
}

/** The state once the reader dismissed the view: the marks stay on pages still to open; removed pages go. */
export function afterDismissing(unread: UnreadChanges | null): UnreadChanges | null {
	if (!unread) return null;
	const pages = unread.pages.filter((change) => change.route !== null);
	return pages.length ? { ...unread, pages, showView: false } : null;
}

/**
 * The editions a What's new page lists for a reader who had read up to `since` (editions newest
 * first): those after it, or every one when `since` is unknown.
 */
export function editionsAfter(editions: readonly string[], since: string): string[] {
	const at = editions.indexOf(since);
	return at === -1 ? [...editions] : editions.slice(0, at);
}

const changeKinds: readonly string[] = ['added', 'revised', 'removed', 'safety'] satisfies ChangeKind[];

const isUnreadChange = (value: unknown): value is UnreadChange => {
	const change = value as Partial<Record<keyof UnreadChange, unknown>> | null;
	return (
		typeof change === 'object' && change !== null &&
		typeof change.page === 'string' && typeof change.kind === 'string' && changeKinds.includes(change.kind) &&
		typeof change.summary === 'string' && typeof change.edition === 'string' && typeof change.title === 'string' &&
		(typeof change.route === 'string' || change.route === null)
	);
};

/**
 * The kept state read back (localStorage text, or null when none). Anything else, e.g. from an
 * older version of the manual, counts as nothing unread rather than breaking the page.
 */
export function parseUnread(text: string | null): UnreadChanges | null {
	if (text === null) return null;
	try {
		const value = JSON.parse(text) as Partial<Record<keyof UnreadChanges, unknown>> | null;
		if (typeof value !== 'object' || value === null || typeof value.since !== 'string' || typeof value.showView !== 'boolean' || !Array.isArray(value.pages) || !value.pages.every(isUnreadChange)) return null;
		return { since: value.since, pages: value.pages, showView: value.showView };
	} catch {
		return null;
	}
}
