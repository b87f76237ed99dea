import type { ChangeKind, EditionChanges, EditionManifest, PageChange } from '../schemas/changes.ts';
import { formatPath, type Problem } from './problems.ts';

export type ManifestPage = EditionManifest['pages'][number];

/** Pages added, revised (content hash changed) and removed between two editions' manifests. */
export function diffManifests(previous: Pick<EditionManifest, 'pages'>, current: Pick<EditionManifest, 'pages'>): { added: string[]; revised: string[]; removed: string[] } {
	const before = new Map(previous.pages.map((page) => [page.id, page.hash]));
	const after = new Map(current.pages.map((page) => [page.id, page.hash]));
	return {
		added: [...after.keys()].filter((id) => !before.has(id)).sort(),
		revised: [...after].filter(([id, hash]) => before.has(id) && before.get(id) !== hash).map(([id]) => id).sort(),
		removed: [...before.keys()].filter((id) => !after.has(id)).sort(),
	};
}

/**
 * What the changelog must say about an edition, against what changed: every changed page is
 * mentioned with a fitting kind, and no unchanged page is. `file` names the changelog in problems.
 */
export function checkChangelog(file: string, entryIndex: number, entry: EditionChanges | undefined, diff: ReturnType<typeof diffManifests>, edition: string): Problem[] {
	const problems: Problem[] = [];
	const problem = (path: PropertyKey[], expected: string, found: string) => problems.push({ file, path: formatPath(path), message: `expected ${expected}, found ${found}` });
	const mentioned = new Map((entry?.changes ?? []).map((change, index) => [change.page, { change, index }]));
	const expectKind = (id: string, allowed: readonly ChangeKind[], what: string) => {
		const found = mentioned.get(id);
		if (!found) {
			problem(entry ? [entryIndex, 'changes'] : [], `an entry for ${id} in edition ${edition} (it was ${what} since the previous edition)`, 'none');
		} else if (!allowed.includes(found.change.kind)) {
			problem([entryIndex, 'changes', found.index, 'kind'], `${allowed.join(' or ')} (the page was ${what})`, found.change.kind);
		}
	};
	for (const id of diff.added) expectKind(id, ['added'], 'added');
	for (const id of diff.revised) expectKind(id, ['revised', 'safety'], 'revised');
	for (const id of diff.removed) expectKind(id, ['removed'], 'removed');
	const changed = new Set([...diff.added, ...diff.revised, ...diff.removed]);
	for (const [id, { index }] of mentioned) {
		if (!changed.has(id)) problem([entryIndex, 'changes', index, 'page'], 'a page whose content changed since the previous edition', `${id}, which did not change`);
	}
	return problems;
}

/** Safety first, then added, revised, removed; each page once, its newest change kept. */
const kindOrder: Record<ChangeKind, number> = { safety: 0, added: 1, revised: 2, removed: 3 };

/**
 * What a reader has not yet seen: the changes of every edition after `lastSeen` (editions are
 * newest first). A reader who skipped editions sees them all; one who has seen none, nothing.
 */
export function changesSince(editions: readonly EditionChanges[], lastSeen: string | null): (PageChange & { edition: string })[] {
	if (lastSeen === null) return [];
	const seenAt = editions.findIndex((edition) => edition.edition === lastSeen);
	const unseen = seenAt === -1 ? editions : editions.slice(0, seenAt);
	const byPage = new Map<string, PageChange & { edition: string }>();
	for (const edition of unseen) {
		for (const change of edition.changes) {
			const known = byPage.get(change.page);
			// Newest first: keep the newest summary, but a safety change anywhere keeps its flag.
			if (!known) byPage.set(change.page, { ...change, edition: edition.edition });
			else if (change.kind === 'safety' && known.kind !== 'safety') byPage.set(change.page, { ...known, kind: 'safety' });
		}
	}
	return [...byPage.values()].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.page.localeCompare(b.page));
}

/** One edition as the What's new page lists it: safety first, each change with its page's route when the page still exists. */
export function whatsNew(editions: readonly EditionChanges[], current: readonly ManifestPage[]): { edition: string; date: string; changes: (PageChange & { title: string; route: string | null })[] }[] {
	const pages = new Map(current.map((page) => [page.id, page]));
	return editions.map(({ edition, date, changes }) => ({
		edition,
		date,
		changes: changes
			.map((change) => {
				const page = change.kind === 'removed' ? undefined : pages.get(change.page);
				return { ...change, title: page?.title ?? change.page, route: page?.route ?? null };
			})
			.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.title.localeCompare(b.title)),
	}));
}
