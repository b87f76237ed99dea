import { withBase } from '../../lib/format';
import { STORAGE } from '../../lib/layout-state';
import { closeTab, moveTab, openTab, parseTabs, pinTab } from '../../lib/tabs';
import { pageData } from '../../scripts/page-data';
import { session } from '../../store/web-storage';

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

	const close = (href: string) => {
		const index = tabs.findIndex((tab) => tab.href === href);
		const result = closeTab(tabs, href, here);
		tabs = result.tabs;
		save();
		if (result.next !== undefined) {
			location.assign(result.next ?? withBase(base, '/'));
			return;
		}
		render(tabs[Math.min(index, tabs.length - 1)]?.href);
	};

	const pin = (href: string) => {
		tabs = pinTab(tabs, href);
		save();
		render();
	};

	const tabOf = (event: Event) => (event.target as Element).closest<HTMLElement>('[role="tab"]');

	strip.addEventListener('click', (event) => {
		const tab = tabOf(event);
		if (!tab?.dataset.href) return;
		if ((event.target as Element).closest('.tab__close')) close(tab.dataset.href);
		else if (tab.dataset.href !== here) location.assign(tab.dataset.href);
	});
	strip.addEventListener('dblclick', (event) => {
		const href = tabOf(event)?.dataset.href;
		if (href) pin(href);
	});
	strip.addEventListener('auxclick', (event) => {
		const href = tabOf(event)?.dataset.href;
		if (href && event.button === 1) {
			event.preventDefault();
			close(href);
		}
	});
	strip.addEventListener('keydown', (event) => {
		const tab = tabOf(event);
		const href = tab?.dataset.href;
		if (!tab || !href) return;
		const all = [...strip.querySelectorAll<HTMLElement>('[role="tab"]')];
		const index = all.indexOf(tab);
		const move = (to: number) => {
			const target = all[(to + all.length) % all.length]!;
			for (const other of all) other.tabIndex = other === target ? 0 : -1;
			target.focus();
		};
		if (event.altKey && event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
			tabs = moveTab(tabs, href, index + (event.key === 'ArrowLeft' ? -1 : 1));
			save();
			render(href);
		} else if (event.key === 'ArrowLeft') move(index - 1);
		else if (event.key === 'ArrowRight') move(index + 1);
		else if (event.key === 'Home') move(0);
		else if (event.key === 'End') move(all.length - 1);
		else if (event.key === 'Delete') close(href);
		else if (event.key === 'Enter' || event.key === ' ') {
			if (href !== here) location.assign(href);
		} else return;
		event.preventDefault();
	});

	let dragged: string | undefined;
	strip.addEventListener('dragstart', (event) => {
		dragged = tabOf(event)?.dataset.href;
		event.dataTransfer?.setData('text/plain', dragged ?? '');
	});
	strip.addEventListener('dragover', (event) => {
		const tab = tabOf(event);
		if (!dragged || !tab) return;
		event.preventDefault();
		for (const other of strip.querySelectorAll('[data-drop-target]')) other.removeAttribute('data-drop-target');
		tab.setAttribute('data-drop-target', '');
	});
	strip.addEventListener('drop', (event) => {
		const tab = tabOf(event);
		if (!dragged || !tab?.dataset.href) return;
		event.preventDefault();
		const to = tabs.findIndex((other) => other.href === tab.dataset.href);
		tabs = moveTab(tabs, dragged, to);
		dragged = undefined;
		save();
		render();
	});
	strip.addEventListener('dragend', () => {
		dragged = undefined;
		for (const other of strip.querySelectorAll('[data-drop-target]')) other.removeAttribute('data-drop-target');
	});

	// Working on the page (filling in a worksheet) keeps its tab, as editing a file does in VS Code.
	const keep = () => {
		if (tabs.find((tab) => tab.href === here)?.preview) pin(here);
	};
	panel?.addEventListener('input', keep, { once: true });

	save();
	render();
}

