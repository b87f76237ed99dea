import editionChangesStylesheet from '../styles/edition-changes.css?url';
import { afterDismissing, afterOpening, afterShowing, parseUnread, type ChangesFile, type ReaderState, type UnreadChange, type UnreadChanges } from '../lib/reader-changes';
import type { ChangeKind, EditionManifest } from '../schemas/changes';
import { local } from '../store/web-storage';
import { setChangedPages } from './changed-pages';
import { LAST_EDITION, UNREAD } from './edition-changes';
import { pageData } from './page-data';
import { loadStylesheet } from './stylesheet';

const kindLabels: Record<ChangeKind, string> = { safety: 'Safety change', added: 'New page', revised: 'Revised', removed: 'Removed' };
const kindIcons: Record<ChangeKind, string> = { safety: '⚠', added: '+', revised: '●', removed: '−' };

/** What changed since this reader last read (edition-changes.ts decided there is something to show). */
export async function showEditionChanges(): Promise<void> {
	const { base, explorerId } = pageData();
	const state: ReaderState = { lastEdition: local.get(LAST_EDITION), unread: parseUnread(local.get(UNREAD)) };
	let changes: ChangesFile;
	let manifest: EditionManifest;
	try {
		[changes, manifest] = await Promise.all([readJson<ChangesFile>(`${base}changes.json`), readJson<EditionManifest>(`${base}edition.json`)]);
	} catch {
		// The files unreachable offline before caching: nothing to compare.
		return;
	}
	const shown = afterShowing(state, changes, manifest);
	const opened = explorerId ? shown.unread?.pages.find((change) => change.page === explorerId) : undefined;
	let unread = explorerId ? afterOpening(shown.unread, explorerId) : shown.unread;
	const save = () => {
		local.set(LAST_EDITION, changes.edition);
		if (unread) local.set(UNREAD, JSON.stringify(unread));
		else local.remove(UNREAD);
	};
	save();
	setChangedPages(unread?.pages ?? []);

	// The Workbench layout's anchor at the top of the document: the view and the note go right after it.
	const top = document.querySelector('#document > #top');
	if (!top || !(opened || unread?.showView)) return;
	await loadStylesheet(editionChangesStylesheet);
	if (opened) top.after(pageNote(opened));
	// The view lists the pages still to open; this one has its note instead.
	if (unread?.showView) {
		const view = changesView(base, unread, changes.edition, () => {
			// Re-read: another window may have opened pages since this one loaded.
			unread = afterDismissing(parseUnread(local.get(UNREAD)));
			save();
			setChangedPages(unread?.pages ?? []);
			view.remove();
		});
		top.after(view);
	}
}

async function readJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return (await response.json()) as T;
}

/** The kind as an icon and a word, so that a safety change stands out without colour. */
function kindBadge(kind: ChangeKind): HTMLElement {
	const badge = document.createElement('span');
	badge.className = 'edition-change__kind';
	badge.dataset.changeKind = kind;
	const icon = document.createElement('span');
	icon.setAttribute('aria-hidden', 'true');
	icon.textContent = kindIcons[kind];
	badge.append(icon, ` ${kindLabels[kind]}`);
	return badge;
}

function pageNote(change: UnreadChange): HTMLElement {
	const note = document.createElement('p');
	note.className = 'edition-note';
	note.setAttribute('role', 'note');
	note.dataset.changeKind = change.kind;
	note.append(kindBadge(change.kind), ` in edition ${change.edition}, since you last read this page: ${change.summary}`);
	return note;
}

function changesView(base: string, unread: UnreadChanges, edition: string, dismiss: () => void): HTMLElement {
	const view = document.createElement('section');
	view.className = 'edition-changes';
	view.setAttribute('aria-label', "What's changed for you");
	const title = document.createElement('p');
	title.className = 'edition-changes__title';
	const strong = document.createElement('strong');
	strong.textContent = "What's changed for you";
	title.append(strong, ` — edition ${edition}; you last read edition ${unread.since}. Pages you have not opened since:`);
	const list = document.createElement('ul');
	list.className = 'edition-changes__list';
	for (const change of unread.pages) {
		const item = document.createElement('li');
		item.className = 'edition-change';
		item.dataset.changeKind = change.kind;
		item.dataset.pageId = change.page;
		let name: HTMLElement;
		if (change.route) {
			name = document.createElement('a');
			(name as HTMLAnchorElement).href = `${base.replace(/\/$/, '')}${change.route}`;
		} else name = document.createElement('span');
		name.textContent = change.title;
		item.append(kindBadge(change.kind), ' ', name, `: ${change.summary}`);
		list.append(item);
	}
	const actions = document.createElement('p');
	actions.className = 'edition-changes__actions';
	const all = document.createElement('a');
	all.href = `${base}whats-new/?since=${encodeURIComponent(unread.since)}`;
	all.textContent = `Every change since edition ${unread.since}`;
	const close = document.createElement('button');
	close.type = 'button';
	close.textContent = 'Dismiss';
	close.addEventListener('click', dismiss);
	actions.append(all, ' ', close);
	view.append(title, list, actions);
	return view;
}
