import type { RenderTabs, TabStrip } from './kap-editor-tabs';

/**
 * Draws the editor's tabs as a WAI-ARIA tab list whose tab panel is the document, and returns what
 * draws them again. A reader who reached the page's own tab by keyboard keeps focus on it.
 */
export function drawTabStrip(tablist: HTMLElement, strip: TabStrip): RenderTabs {
	const { here, panel } = strip;
	const render: RenderTabs = (focusHref) => {
		tablist.setAttribute('role', 'tablist');
		tablist.setAttribute('aria-label', 'Open documents');
		tablist.replaceChildren(
			...strip.tabs.map((tab, index) => {
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
		const active = tablist.querySelector<HTMLElement>('[aria-selected="true"]');
		if (active && panel) panel.setAttribute('aria-labelledby', active.id);
		if (focusHref) tablist.querySelector<HTMLElement>(`[data-href="${CSS.escape(focusHref)}"]`)?.focus();
		active?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
	};
	render(tablist.contains(document.activeElement) ? here : undefined);
	return render;
}
