import { onChangedPages } from '../../scripts/changed-pages';
import { registerCommands } from '../../scripts/commands';
import { navigationCommands } from '../../scripts/commands/navigation';
import { startOnReach } from '../../scripts/on-reach';
import { pageData } from '../../scripts/page-data';

/** Arrows, Home, End, `*` and type-ahead letters: what the tree does that the page's links do not. */
const TREE_KEYS = /^(?:Arrow(?:Up|Down|Left|Right)|Home|End|[^\s])$/u;

/**
 * <kap-explorer>: the explorer owns navigation, so it registers the "Go to" commands. The page's
 * nested links and <details> folders work as they are; the treeview's keyboard and the full tree
 * (explorer-tree.ts) load when the reader reaches for the explorer (pointer, focus or touch), or when a
 * page changed since the reader last read it needs its mark. Keys pressed in the explorer while
 * it loads are kept and handled in order, so none is lost.
 */
class KapExplorer extends HTMLElement {
	connectedCallback(): void {
		const { base, explorerId } = pageData();
		registerCommands(navigationCommands(base));
		const nav = this.querySelector<HTMLElement>('nav')!;
		const treeUrl = this.getAttribute('tree-url')!;
		const startTree = startOnReach(
			nav,
			(reached) => import('./explorer-tree').then(({ mountTree }) => mountTree(nav, base, explorerId, treeUrl, reached)),
			// The tree's own keys wait for it; clicks, Tab, Enter and Space keep their meaning on the page's links and folders.
			(event) => event instanceof KeyboardEvent && TREE_KEYS.test(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey,
		);
		onChangedPages((pages) => {
			if (pages.size > 0) startTree();
		});
	}
}
customElements.define('kap-explorer', KapExplorer);
