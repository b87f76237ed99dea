import type { SideBarView } from '../../lib/layout-state';
import type { FilledView } from './side-bar-views';
import { registerCommands } from '../../scripts/commands';
import { sideBarCommands } from '../../scripts/commands/view';
import { couldNotLoad } from '../../lib/format';
import { textElement } from '../../scripts/element';
import { isNarrow, layout } from '../../scripts/layout';
import { startOnReach } from '../../scripts/on-reach';

const RESIZE_KEYS = new Set(['ArrowLeft', 'ArrowRight']);

/**
 * <kap-side-bar>: shows the view the layout names, hides when the layout says so, and is a drawer
 * on narrow screens. It registers the side bar's commands (Ctrl/Cmd+B, the views); the "Open Tool"
 * commands come with the lists its Tools view shows (side-bar-lists.ts).
 */
class KapSideBar extends HTMLElement {
	connectedCallback(): void {
		const panels = [...this.querySelectorAll<HTMLElement>('[data-view-panel]')];
		// The view shown, null while the side bar is hidden; undefined until the layout is first applied.
		let showing: SideBarView | null | undefined;
		layout.subscribe(({ view }, shown) => {
			for (const panel of panels) panel.hidden = panel.dataset.viewPanel !== view;
			const now = shown ? view : null;
			// A resize, or a change that leaves the view as it was.
			if (now === showing) return;
			const chosen = showing !== undefined;
			showing = now;
			const panel = panels.find((candidate) => candidate.dataset.viewPanel === now);
			if (panel) openView(panel, chosen);
		});
		registerCommands(sideBarCommands({ toggle: () => layout.toggle(), show: (view: SideBarView) => layout.showView(view) }));

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

/**
 * A view opened: drawn if it is drawn when first shown. One whose box takes the cursor when the
 * reader chooses it (`data-view-focus`: the Search view's) has it as soon as the box exists, with
 * whatever was typed since the choice, so no key is lost while its code loads; not if the reader
 * has gone elsewhere meanwhile.
 */
function openView(panel: HTMLElement, chosen: boolean): void {
	const takesCursor = chosen && panel.hasAttribute('data-view-focus');
	const typed: string[] = [];
	const keep = (event: KeyboardEvent) => {
		if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
		event.preventDefault();
		typed.push(event.key);
	};
	if (takesCursor) {
		panel.focus();
		panel.addEventListener('keydown', keep);
	}
	void drawOnce(panel).then(() => {
		panel.removeEventListener('keydown', keep);
		const box = panel.querySelector('input');
		if (!takesCursor || !box || document.activeElement !== panel) return;
		box.focus();
		if (typed.length === 0) return;
		box.value += typed.join('');
		box.dispatchEvent(new Event('input', { bubbles: true }));
	});
}

const drawn = new WeakMap<HTMLElement, Promise<void>>();

/**
 * A view drawn when first shown (search, worksheets, tools, references): its code and lists load
 * then. If they cannot (offline before the manual was saved for offline use), the view says so and
 * points to its page; the next time it is shown it tries again.
 */
function drawOnce(panel: HTMLElement): Promise<void> {
	const target = panel.querySelector<HTMLElement>('[data-view-content]');
	if (!target) return Promise.resolve();
	let drawing = drawn.get(target);
	if (!drawing) {
		drawing = import('./side-bar-views')
			.then(({ fillView }) => fillView(panel.dataset.viewPanel as FilledView, target))
			.catch(() => false)
			.then((done) => {
				if (done) return;
				drawn.delete(target);
				const note = textElement('p', 'sidebar__note', `${couldNotLoad('This view')} `);
				const page = target.dataset.viewContent;
				if (page) {
					const link = textElement('a', '', `Open the ${panel.querySelector('h2')?.textContent ?? ''} page`);
					link.href = page;
					note.append(link);
				}
				target.replaceChildren(note);
			});
		drawn.set(target, drawing);
	}
	return drawing;
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
