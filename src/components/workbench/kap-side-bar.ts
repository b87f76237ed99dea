import type { SideBarView } from '../../lib/layout-state';
import type { FilledView } from './side-bar-views';
import { registerCommands } from '../../scripts/commands';
import { toolCommands } from '../../scripts/commands/navigation';
import { sideBarCommands } from '../../scripts/commands/view';
import { isNarrow, layout } from '../../scripts/layout';
import { pageData } from '../../scripts/page-data';

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

/** The side bar's right edge: drag it, or focus it and use the arrow keys, to resize the side bar. */
function mountSash(sash: HTMLElement): void {
	sash.hidden = false;
	layout.subscribe(({ sidebarWidth }) => sash.setAttribute('aria-valuenow', String(sidebarWidth)));
	sash.addEventListener('pointerdown', (event) => {
		sash.setPointerCapture(event.pointerId);
		sash.toggleAttribute('data-dragging', true);
		const left = sash.parentElement!.getBoundingClientRect().left;
		const move = (moveEvent: PointerEvent) => layout.resize(moveEvent.clientX - left);
		const stop = () => {
			sash.removeAttribute('data-dragging');
			sash.removeEventListener('pointermove', move);
		};
		sash.addEventListener('pointermove', move);
		sash.addEventListener('pointerup', stop, { once: true });
		sash.addEventListener('pointercancel', stop, { once: true });
	});
	sash.addEventListener('keydown', (event) => {
		const step = event.shiftKey ? 40 : 10;
		if (event.key === 'ArrowLeft') layout.resize(layout.state.sidebarWidth - step);
		else if (event.key === 'ArrowRight') layout.resize(layout.state.sidebarWidth + step);
		else return;
		event.preventDefault();
	});
}
