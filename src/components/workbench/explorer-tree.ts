import { withoutBase } from '../../lib/format';
import type { NavNode } from '../../lib/nav';
import { treeKey, typeAhead, type TreeItem } from '../../lib/tree';
import { onChangedPages, type ChangedPages } from '../../scripts/changed-pages';

/**
 * Turns the explorer's nested lists into a WAI-ARIA treeview (navigation treeview pattern):
 * arrows, Home/End, Enter, type-ahead and `*`. It starts from the folders the page carries; the
 * full tree (`treeUrl`, explorer.json) grows with the manual, so it is fetched only once the reader
 * reaches for the explorer, once; the service worker keeps it for offline use. Pages changed since
 * the reader last read them carry a mark (changed-pages.ts), and so do the folders holding them.
 * `reached`: the reader reached for the explorer, rather than a change mark needing the tree.
 * Returns what handles the keys pressed in the explorer while the tree loaded (on-reach.ts).
 */
export function mountTree(nav: HTMLElement, base: string, current: string | undefined, treeUrl: string, reached: boolean): (event: Event) => void {
	const expanded = new Set<string>();
	let tree = readTree(nav.querySelector('ul')!, base);
	for (const details of nav.querySelectorAll<HTMLDetailsElement>('details[open]')) {
		const id = details.closest('li')?.dataset.id;
		if (id) expanded.add(id);
	}
	let focusedId = current ?? tree[0]?.id ?? '';
	let typed = '';
	let typedAt = 0;
	let changed: ChangedPages = new Map();

	// Focus on one of the page's links moves to the tree's item for this page, as tabbing into a tree does.
	const hadFocus = nav.contains(document.activeElement);
	const list = document.createElement('ul');
	list.className = 'explorer__tree';
	list.setAttribute('role', 'tree');
	list.setAttribute('aria-label', 'Explorer');
	nav.querySelector('ul')!.replaceWith(list);

	const render = () => {
		list.replaceChildren(...tree.map((node) => renderNode(node, 1)));
		const focusable = list.querySelector<HTMLElement>(`[data-id="${CSS.escape(focusedId)}"]`) ?? list.querySelector<HTMLElement>('[role="treeitem"]');
		focusable?.setAttribute('tabindex', '0');
	};

	const treeLink = (id: string, label: string, href: string, level: number) => {
		const li = document.createElement('li');
		li.setAttribute('role', 'none');
		const item = document.createElement('a');
		item.setAttribute('role', 'treeitem');
		item.setAttribute('aria-level', String(level));
		item.setAttribute('tabindex', '-1');
		item.dataset.id = id;
		item.href = `${base.replace(/\/$/, '')}${href}`;
		item.textContent = label;
		li.append(item);
		return { li, item };
	};

	const renderNode = (node: NavNode, level: number): HTMLLIElement => {
		const { li, item } = treeLink(node.id, node.label, node.href, level);
		item.title = node.id;
		if (node.id === current) item.setAttribute('aria-current', 'page');
		markChange(item, node, changed);
		if (node.folder) {
			const open = expanded.has(node.id);
			item.setAttribute('aria-expanded', String(open));
			if (open && node.children) {
				const group = document.createElement('ul');
				group.setAttribute('role', 'group');
				group.id = `explorer-${node.id.replace(/[^a-z0-9-]/g, '-')}`;
				item.setAttribute('aria-owns', group.id);
				group.append(...node.children.map((child) => renderNode(child, level + 1)));
				if (node.omitted) {
					const all = treeLink(allOfId(node), allOfLabel(node), node.href, level + 1);
					all.item.className = 'explorer__more';
					group.append(all.li);
				}
				li.append(group);
			}
		}
		return li;
	};

	const visible = (): TreeItem[] => {
		const items: TreeItem[] = [];
		const walk = (nodes: NavNode[], level: number, parent?: string) => {
			for (const node of nodes) {
				const open = node.folder ? expanded.has(node.id) : undefined;
				items.push({ id: node.id, label: node.label, level, ...(open === undefined ? {} : { expanded: open }), ...(parent ? { parent } : {}) });
				if (open && node.children) walk(node.children, level + 1, node.id);
				if (open && node.omitted) items.push({ id: allOfId(node), label: allOfLabel(node), level: level + 1, parent: node.id });
			}
		};
		walk(tree, 1);
		return items;
	};

	const focus = (id: string) => {
		focusedId = id;
		for (const item of list.querySelectorAll<HTMLElement>('[role="treeitem"]')) item.setAttribute('tabindex', item.dataset.id === id ? '0' : '-1');
		list.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus();
	};

	const setExpanded = (ids: string[], open: boolean) => {
		for (const id of ids) (open ? expanded.add(id) : expanded.delete(id));
		render();
		focus(focusedId);
		if (open) void loadFullTree();
	};

	let loading: Promise<void> | undefined;
	let complete = false;
	const loadFullTree = () =>
		(loading ??= fetch(treeUrl)
			.then((response) => (response.ok ? (response.json() as Promise<NavNode[]>) : Promise.reject(new Error(String(response.status)))))
			.then((full) => {
				const hadFocus = nav.contains(document.activeElement);
				tree = full;
				complete = true;
				render();
				if (hadFocus) focus(focusedId);
			})
			.catch(() => {
				// Offline before the tree was cached: folders still link to their own pages.
				loading = undefined;
			}));

	list.addEventListener('click', (event) => {
		const item = (event.target as Element).closest<HTMLElement>('[role="treeitem"]');
		if (!item?.dataset.id || !item.hasAttribute('aria-expanded')) return;
		event.preventDefault();
		focusedId = item.dataset.id;
		setExpanded([item.dataset.id], item.getAttribute('aria-expanded') !== 'true');
	});

	const keydown = (event: KeyboardEvent) => {
		if (event.altKey || event.ctrlKey || event.metaKey) return;
		const items = visible();
		if (event.key.length === 1 && event.key !== '*' && event.key !== ' ') {
			const now = Date.now();
			typed = now - typedAt < 600 ? typed + event.key : event.key;
			typedAt = now;
			const match = typeAhead(items, focusedId, typed);
			if (match) focus(match);
			event.preventDefault();
			return;
		}
		const action = treeKey(items, focusedId, event.key);
		if (action.type === 'none' && event.key === 'ArrowRight' && !complete) {
			// An open folder whose documents are still on their way: step into it once they arrive.
			event.preventDefault();
			void loadFullTree().then(() => {
				const next = treeKey(visible(), focusedId, 'ArrowRight');
				if (next.type === 'focus') focus(next.id);
			});
			return;
		}
		if (action.type === 'none') return;
		event.preventDefault();
		if (action.type === 'focus') focus(action.id);
		else if (action.type === 'expand' || action.type === 'collapse') setExpanded([action.id], action.type === 'expand');
		else if (action.type === 'expand-siblings') setExpanded(action.ids, true);
		else if (action.type === 'activate') list.querySelector<HTMLAnchorElement>(`[data-id="${CSS.escape(action.id)}"]`)?.click();
	};
	list.addEventListener('keydown', keydown);

	// Fetched as the reader reaches for the tree (when a change mark, not the reader, brought it in).
	for (const reach of ['pointerenter', 'focusin'] as const) list.addEventListener(reach, () => void loadFullTree(), { once: true });

	list.addEventListener('focusin', (event) => {
		const id = (event.target as HTMLElement).dataset.id;
		if (id) focusedId = id;
	});

	onChangedPages((pages) => {
		changed = pages;
		render();
		if (nav.contains(document.activeElement)) focus(focusedId);
	});
	render();
	if (hadFocus) focus(focusedId);
	if (reached) void loadFullTree();
	// Keys held while the tree loaded, unless the reader has since left the explorer.
	return (event) => {
		if (event instanceof KeyboardEvent && nav.contains(document.activeElement)) keydown(event);
	};
}

/** A folder the page carries only in part ends in a link to its own page, which lists all of it, until the full tree arrives. */
const allOfId = (folder: NavNode) => `${folder.id}/*`;
const allOfLabel = (folder: NavNode) => `All ${(folder.children?.length ?? 0) + (folder.omitted ?? 0)} in ${folder.label}`;

/** Reads the tree the page carried in its HTML: links and <details> folders. */
function readTree(list: Element, base: string): NavNode[] {
	return [...list.children].filter((li) => !li.querySelector(':scope > [data-more]')).map((li): NavNode => {
		const id = (li as HTMLElement).dataset.id ?? '';
		const details = li.querySelector(':scope > details');
		if (details) {
			const summary = details.querySelector('summary')!;
			const omitted = Number(details.querySelector<HTMLElement>(':scope > ul > li > [data-more]')?.dataset.more ?? 0);
			return { id, label: summary.textContent?.trim() ?? id, href: summary.dataset.href ?? '/', folder: true, children: readTree(details.querySelector(':scope > ul')!, base), ...(omitted ? { omitted } : {}) };
		}
		const link = li.querySelector<HTMLAnchorElement>(':scope > a')!;
		return { id, label: link.textContent?.trim() ?? id, href: withoutBase(base, link.getAttribute('href') ?? '/'), folder: link.classList.contains('explorer__folder-link') };
	});
}

const changeWords = { safety: 'safety change', added: 'new page', revised: 'revised', removed: 'removed' } as const;

/**
 * Marks a page changed since the reader last read it, or a folder holding such pages: an icon
 * before the name, where an ellipsis never hides it (the safety warning's shape unlike the
 * others'), and words after it that are read with the name.
 */
function markChange(item: HTMLElement, node: NavNode, changed: ChangedPages): void {
	const kind = changed.get(node.id);
	const inside = node.folder ? [...changed].filter(([id]) => id.startsWith(`${node.id}/`)).map(([, k]) => k) : [];
	if (!kind && inside.length === 0) return;
	const safety = kind === 'safety' || inside.includes('safety');
	item.dataset.changeKind = kind ?? (safety ? 'safety' : 'revised');
	const icon = document.createElement('span');
	icon.className = 'explorer__change';
	icon.setAttribute('aria-hidden', 'true');
	icon.textContent = safety ? '⚠' : '●';
	const words = document.createElement('span');
	words.className = 'visually-hidden';
	words.textContent = ` (${kind ? changeWords[kind] : safety ? 'holds a safety change' : 'holds changed pages'} since you last read)`;
	item.prepend(icon);
	item.append(words);
}
