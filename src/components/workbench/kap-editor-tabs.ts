import { STORAGE } from '../../lib/layout-state';
import { openTab, parseTabs, pinTab, type Tab } from '../../lib/tabs';
import { startOnReach } from '../../scripts/on-reach';
import { pageData } from '../../scripts/page-data';
import { session } from '../../store/web-storage';

/** The strip as its actions (editor-tabs-actions.ts) see it: setting `tabs` saves them. */
export interface TabStrip {
	readonly here: string;
	readonly base: string;
	tabs: Tab[];
	render: (focusHref?: string) => void;
}

const TAB_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End', 'Delete', 'Enter', ' ']);

/**
 * <kap-editor-tabs panel="…">: the editor's tabs, as in VS Code: the document opened last is a preview tab (italic) that the
 * next one replaces, unless it was pinned by a double-click or by working on the page. Kept per
 * browser tab in sessionStorage. Keyboard per the WAI-ARIA tabs pattern with manual activation
 * (opening a tab loads a page): ←/→/Home/End move, Enter/Space open, Delete closes.
 */
class KapEditorTabs extends HTMLElement {
	connectedCallback(): void {
		mountTabs(this.querySelector<HTMLElement>('.tabs')!, document.getElementById(this.getAttribute('panel')!));
	}
}
customElements.define('kap-editor-tabs', KapEditorTabs);

function mountTabs(strip: HTMLElement, panel: HTMLElement | null): void {
	const here = location.pathname;
	const { base, title } = pageData();
	let tabs = openTab(parseTabs(session.get(STORAGE.tabs)), { href: here, title }, session.get(`${STORAGE.tabs}:last`) ?? undefined);
	session.set(`${STORAGE.tabs}:last`, here);

	const save = () => session.set(STORAGE.tabs, JSON.stringify(tabs));

	const render = (focusHref?: string) => {
		strip.setAttribute('role', 'tablist');
		strip.setAttribute('aria-label', 'Open documents');
		strip.replaceChildren(
			...tabs.map((tab, index) => {
				const active = tab.href === here;
				const element = document.createElement('div');
				element.className = `tab${tab.preview ? ' tab--preview' : ''}`;
				element.setAttribute('role', 'tab');
				element.id = `tab-${index}`;
				element.dataset.href = tab.href;
				element.setAttribute('aria-selected', String(active));
				element.setAttribute('tabindex', active ? '0' : '-1');
				element.draggable = true;
				if (active && panel) element.setAttribute('aria-controls', panel.id);
				element.title = tab.preview ? `${tab.title} (preview: double-click to keep it open)` : tab.title;
				element.setAttribute('aria-description', tab.preview ? 'Preview tab. Delete closes it.' : 'Delete closes it.');
				const label = document.createElement('span');
				label.className = 'tab__title';
				label.textContent = tab.title;
				// A click target only: a button inside a tab would be nested interactive content.
				// Keyboard and screen-reader users close a tab with Delete, as the tab's description says.
				const close = document.createElement('span');
				close.className = 'tab__close';
				close.setAttribute('aria-hidden', 'true');
				close.title = `Close ${tab.title}`;
				close.textContent = '×';
				element.append(label, close);
				return element;
			}),
		);
		const active = strip.querySelector<HTMLElement>('[aria-selected="true"]');
		if (active && panel) panel.setAttribute('aria-labelledby', active.id);
		if (focusHref) strip.querySelector<HTMLElement>(`[data-href="${CSS.escape(focusHref)}"]`)?.focus();
		active?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
	};

	const model: TabStrip = {
		here,
		base,
		get tabs() {
			return tabs;
		},
		set tabs(next) {
			tabs = next;
			save();
		},
		render,
	};
	// Closing, pinning, moving and the keys load when the reader reaches for the strip; clicks and
	// the strip's own keys meanwhile wait for them (others, such as Ctrl+K, go on to the page). If
	// they cannot load, a tab clicked or opened with Enter still opens its page.
	startOnReach(
		strip,
		() => import('./editor-tabs-actions').then(({ mountTabActions }) => mountTabActions(strip, model)),
		(event) => (event instanceof KeyboardEvent ? TAB_KEYS.has(event.key) && !event.ctrlKey && !event.metaKey : event.type !== 'pointerdown'),
		(event) => {
			const href = (event.target as Element).closest<HTMLElement>('[role="tab"]')?.dataset.href;
			const opens = event.type === 'click' || (event instanceof KeyboardEvent && event.key === 'Enter');
			if (opens && href && href !== here && !(event.target as Element).closest('.tab__close')) location.assign(href);
		},
	);

	// Working on the page (filling in a worksheet) keeps its tab, as editing a file does in VS Code.
	const keep = () => {
		if (!tabs.find((tab) => tab.href === here)?.preview) return;
		model.tabs = pinTab(tabs, here);
		render();
	};
	panel?.addEventListener('input', keep, { once: true });

	save();
	render();
}

