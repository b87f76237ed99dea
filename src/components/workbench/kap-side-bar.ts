import type { SideBarView } from '../../lib/layout-state';
import type { FilledView } from './side-bar-views';
import { registerCommands } from '../../scripts/commands';
import { toolCommands } from '../../scripts/commands/navigation';
import { sideBarCommands } from '../../scripts/commands/view';
import { isNarrow, layout } from '../../scripts/layout';
import { startOnReach } from '../../scripts/on-reach';
import { pageData } from '../../scripts/page-data';

const RESIZE_KEYS = new Set(['ArrowLeft', 'ArrowRight']);

/**
 * <kap-side-bar>: shows the view the layout names, hides when the layout says so, and is a drawer
 * on narrow screens. It registers the side bar's commands (Ctrl/Cmd+B, the views) and an "Open
 * Tool" command for each tool its Tools view lists.
 */
class KapSideBar extends HTMLElement {
	connectedCallback(): void {
		const panels = [...this.querySelectorAll<HTMLElement>('[data-view-panel]')];
		const listsUrl = this.getAttribute('lists-url')!;
		layout.subscribe(({ view }) => {
			for (const panel of panels) panel.hidden = panel.dataset.viewPanel !== view;
			fillOnce(panels.find((panel) => panel.dataset.viewPanel === view), listsUrl);
		});
		const { base, tools } = pageData();
		registerCommands([...sideBarCommands({ toggle: () => layout.toggle(), show: (view: SideBarView) => layout.showView(view) }), ...toolCommands(base, tools)]);

		// A tap on a link in the drawer, or outside it, closes the drawer; the activity bar's own clicks are handled there.
		document.addEventListener('click', (event) => {
			if (!isNarrow() || !layout.state.drawerOpen || event.defaultPrevented) return;
			const target = event.target as Element;
			if (this.contains(target) && !target.closest('a[href]')) return;
			layout.closeDrawer();
		});
		mountSash(this.querySelector<HTMLElement>('[role="separator"]')!);
		layout.refresh();
	}
}
customElements.define('kap-side-bar', KapSideBar);

/** A view drawn when first shown (worksheets, tools, references): its code and lists load then. */
function fillOnce(panel: HTMLElement | undefined, listsUrl: string): void {
	const target = panel?.querySelector<HTMLElement>('[data-view-content]');
	if (!panel || !target || target.dataset.filled) return;
	target.dataset.filled = '';
	void import('./side-bar-views').then(({ fillView }) => fillView(panel.dataset.viewPanel as FilledView, target, listsUrl, target.dataset.viewContent!));
}

/** The side bar's right edge, shown with scripts; dragging it and its arrow keys load on reach (sash.ts). */
function mountSash(sash: HTMLElement): void {
	sash.hidden = false;
	layout.subscribe(({ sidebarWidth }) => sash.setAttribute('aria-valuenow', String(sidebarWidth)));
	startOnReach(
		sash,
		() => import('./sash').then(({ resizeWithSash }) => resizeWithSash(sash)),
		// A drag begun, or arrows pressed, before the code arrives carries on once it has.
		(event) => event.type === 'pointerdown' || (event instanceof KeyboardEvent && RESIZE_KEYS.has(event.key)),
	);
}
