import { STORAGE } from '../../lib/layout-state';
import { sharedUntilFailure } from '../../lib/shared-until-failure';
import { openTab, parseTabs, pinTab, type Tab } from '../../lib/tabs';
import { startOnReach } from '../../scripts/on-reach';
import { pageData } from '../../scripts/page-data';
import { session } from '../../store/web-storage';

/** The open documents as the strip's drawing and actions see them: setting `tabs` saves them. */
export interface TabStrip {
	readonly here: string;
	readonly base: string;
	readonly panel: HTMLElement | null;
	tabs: Tab[];
}

/** Draws the strip afresh, focusing the tab for `focusHref` if given. */
export type RenderTabs = (focusHref?: string) => void;

const TAB_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End', 'Delete', 'Enter', ' ']);

/**
 * <kap-editor-tabs panel="…">: the editor's tabs, as in VS Code: the document opened last is a
 * preview tab (italic) that the next one replaces, unless it was pinned by a double-click or by
 * working on the page. Kept per browser tab in sessionStorage. Every page records its document
 * here; the strip is drawn as a WAI-ARIA tab list (editor-tabs-strip.ts) at once when there is more
 * to show than the page's own markup (another tab, or this one pinned), else when the reader
 * reaches for it. Its actions (editor-tabs-actions.ts) load on reach.
 */
class KapEditorTabs extends HTMLElement {
	connectedCallback(): void {
		mountTabs(this.querySelector<HTMLElement>('.tabs')!, document.getElementById(this.getAttribute('panel')!));
	}
}
customElements.define('kap-editor-tabs', KapEditorTabs);

function mountTabs(tablist: HTMLElement, panel: HTMLElement | null): void {
	const here = location.pathname;
	const { base, title } = pageData();
	let tabs = openTab(parseTabs(session.get(STORAGE.tabs)), { href: here, title }, session.get(`${STORAGE.tabs}:last`) ?? undefined);
	session.set(`${STORAGE.tabs}:last`, here);
	const strip: TabStrip = {
		here,
		base,
		panel,
		get tabs() {
			return tabs;
		},
		set tabs(next) {
			tabs = next;
			session.set(STORAGE.tabs, JSON.stringify(tabs));
		},
	};
	strip.tabs = tabs;

	// Not loaded (offline before the manual was saved): the page's own tab stays, the next reach tries again.
	const draw = sharedUntilFailure((): Promise<RenderTabs> => import('./editor-tabs-strip').then(({ drawTabStrip }) => drawTabStrip(tablist, strip)));

	// Clicks and the strip's own keys wait for the drawing and the actions (others, such as Ctrl+K,
	// go on to the page). If they cannot load, a tab clicked or opened with Enter still opens its page.
	startOnReach(
		tablist,
		() => Promise.all([draw(), import('./editor-tabs-actions')]).then(([render, { mountTabActions }]) => mountTabActions(tablist, strip, render)),
		(event) => (event instanceof KeyboardEvent ? TAB_KEYS.has(event.key) && !event.ctrlKey && !event.metaKey : event.type !== 'pointerdown'),
		(event) => {
			const href = (event.target as Element).closest<HTMLElement>('.tab')?.dataset.href;
			const opens = event.type === 'click' || (event instanceof KeyboardEvent && event.key === 'Enter');
			if (opens && href && href !== here && !(event.target as Element).closest('.tab__close')) location.assign(href);
		},
	);

	// Working on the page (filling in a worksheet) keeps its tab, as editing a file does in VS Code.
	panel?.addEventListener(
		'input',
		() => {
			if (!tabs.find((tab) => tab.href === here)?.preview) return;
			strip.tabs = pinTab(tabs, here);
			// Drawn pinned; if the drawing cannot load, the next page shows it pinned.
			draw().then(
				(render) => render(),
				() => undefined,
			);
		},
		{ once: true },
	);

	// The page's markup shows its document as the one tab of the list. Until the strip is drawn it is
	// that tab: a preview, reachable by keyboard (reaching it draws the strip), clicks on it held for it.
	const own = tablist.querySelector<HTMLElement>('.tab')!;
	own.dataset.href = here;
	if (tabs.length > 1 || !tabs[0]?.preview) {
		void draw();
		return;
	}
	own.classList.add('tab--preview');
	own.tabIndex = 0;
}
