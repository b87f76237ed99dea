import type { SideBarView } from '../../lib/layout-state';
import { layout } from '../../scripts/layout';

/**
 * <kap-activity-bar>: without scripts each item links to the page holding that view's content;
 * here they switch the side bar's view, and choosing the open view again hides it, as in VS Code.
 * Esc closes the side bar's drawer on a phone and returns focus to the view's item.
 */
class KapActivityBar extends HTMLElement {
	connectedCallback(): void {
		const links = [...this.querySelectorAll<HTMLAnchorElement>('a[data-view]')];
		for (const link of links) {
			link.closest('li')!.hidden = false;
			link.setAttribute('aria-controls', 'sidebar');
			link.addEventListener('click', (event) => {
				event.preventDefault();
				layout.showView(link.dataset.view as SideBarView);
			});
		}
		layout.subscribe(({ view }, shown) => {
			for (const link of links) {
				link.setAttribute('aria-current', String(shown && link.dataset.view === view));
				link.setAttribute('aria-expanded', String(shown && link.dataset.view === view));
			}
		});
		document.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape' || !layout.state.drawerOpen) return;
			layout.closeDrawer();
			links.find((link) => link.dataset.view === layout.state.view)?.focus();
		});
	}
}
customElements.define('kap-activity-bar', KapActivityBar);
