import type { ChangeKind } from '../schemas/changes';

/**
 * The pages the explorer marks as changed since the reader last read them: set by the edition
 * check (edition-changes.ts) once it has read the device's state, drawn by <kap-explorer>.
 */
export type ChangedPages = ReadonlyMap<string, ChangeKind>;

type Listener = (pages: ChangedPages) => void;

let changed: ChangedPages = new Map();
const listeners = new Set<Listener>();

export function setChangedPages(pages: readonly { page: string; kind: ChangeKind }[]): void {
	changed = new Map(pages.map((change) => [change.page, change.kind]));
	for (const listener of listeners) listener(changed);
}

/** Calls `listener` on every change of the set, and at once when some pages are marked already. */
export function onChangedPages(listener: Listener): void {
	listeners.add(listener);
	if (changed.size > 0) listener(changed);
}
