/**
 * Keyboard moves of the WAI-ARIA treeview pattern over a flat list of the items a reader can
 * see (collapsed folders hide their children). Pure: the explorer's script applies the result.
 */
export interface TreeItem {
	id: string;
	label: string;
	level: number;
	/** undefined for a document, true/false for an open/closed folder. */
	expanded?: boolean;
	parent?: string;
}

export type TreeAction =
	| { type: 'focus'; id: string }
	| { type: 'expand'; id: string }
	| { type: 'collapse'; id: string }
	| { type: 'expand-siblings'; ids: string[] }
	| { type: 'activate'; id: string }
	| { type: 'none' };

/** What a key press on the focused item does. `visible` is the list in display order. */
export function treeKey(visible: readonly TreeItem[], focused: string, key: string): TreeAction {
	const index = visible.findIndex((item) => item.id === focused);
	const item = visible[index];
	if (!item) return { type: 'none' };
	switch (key) {
		case 'ArrowDown':
			return visible[index + 1] ? { type: 'focus', id: visible[index + 1]!.id } : { type: 'none' };
		case 'ArrowUp':
			return visible[index - 1] ? { type: 'focus', id: visible[index - 1]!.id } : { type: 'none' };
		case 'Home':
			return { type: 'focus', id: visible[0]!.id };
		case 'End':
			return { type: 'focus', id: visible[visible.length - 1]!.id };
		case 'ArrowRight':
			if (item.expanded === false) return { type: 'expand', id: item.id };
			if (item.expanded === true && visible[index + 1]?.parent === item.id) return { type: 'focus', id: visible[index + 1]!.id };
			return { type: 'none' };
		case 'ArrowLeft':
			if (item.expanded === true) return { type: 'collapse', id: item.id };
			return item.parent ? { type: 'focus', id: item.parent } : { type: 'none' };
		case 'Enter':
			return item.expanded === undefined ? { type: 'activate', id: item.id } : { type: item.expanded ? 'collapse' : 'expand', id: item.id };
		case '*': {
			const ids = visible.filter((other) => other.parent === item.parent && other.expanded === false).map((other) => other.id);
			return ids.length ? { type: 'expand-siblings', ids } : { type: 'none' };
		}
		default:
			return { type: 'none' };
	}
}

/**
 * Type-ahead: the next visible item after the focused one whose label starts with `typed`
 * (case-insensitive), wrapping round; a repeated single letter cycles through the matches.
 */
export function typeAhead(visible: readonly TreeItem[], focused: string, typed: string): string | undefined {
	const start = visible.findIndex((item) => item.id === focused);
	const query = typed.toLocaleLowerCase();
	const repeated = query.length > 1 && [...query].every((char) => char === query[0]);
	const prefix = repeated ? query[0]! : query;
	const offset = repeated || query.length === 1 ? 1 : 0;
	for (let step = 0; step < visible.length; step++) {
		const item = visible[(start + offset + step + visible.length) % visible.length]!;
		if (item.label.toLocaleLowerCase().startsWith(prefix)) return item.id;
	}
	return undefined;
}
