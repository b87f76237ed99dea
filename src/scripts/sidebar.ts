import { clampWidth, parseLayout, STORAGE, type LayoutState, type SideBarView } from '../lib/layout-state';
import { local } from '../store/web-storage';

const narrow = () => window.matchMedia('(max-width: 48rem)').matches;

/**
 * The activity bar switches the side bar's view; choosing the open view again hides the side bar,
 * as in VS Code. Ctrl/Cmd+B toggles it. On narrow screens the side bar is a drawer. The layout is
 * remembered in localStorage.
 */
export function mountSideBar(): void {
	const root = document.documentElement;
	const sidebar = document.querySelector<HTMLElement>('[data-sidebar]');
	const links = [...document.querySelectorAll<HTMLAnchorElement>('.activitybar a[data-view]')];
	if (!sidebar) return;
	let layout = parseLayout(local.get(STORAGE.layout));

	const save = () => local.set(STORAGE.layout, JSON.stringify(layout));
	const apply = () => {
		const drawerOpen = root.hasAttribute('data-drawer-open');
		const shown = narrow() ? drawerOpen : layout.sidebarVisible;
		root.toggleAttribute('data-sidebar-hidden', !layout.sidebarVisible);
		root.style.setProperty('--kap-sidebar-width', `${layout.sidebarWidth}px`);
		for (const panel of sidebar.querySelectorAll<HTMLElement>('[data-view-panel]')) panel.hidden = panel.dataset.viewPanel !== layout.view;
		for (const link of links) {
			link.setAttribute('aria-current', String(shown && link.dataset.view === layout.view));
			link.setAttribute('aria-expanded', String(shown && link.dataset.view === layout.view));
			link.setAttribute('aria-controls', 'sidebar');
		}
	};

	const show = (view: SideBarView) => {
		if (narrow()) {
			const open = root.hasAttribute('data-drawer-open') && layout.view === view;
			root.toggleAttribute('data-drawer-open', !open);
		} else {
			layout = { ...layout, sidebarVisible: !(layout.sidebarVisible && layout.view === view), view };
			save();
		}
		layout = { ...layout, view };
		apply();
		if (view === 'search') sidebar.querySelector<HTMLInputElement>('[data-search-view] input')?.focus();
	};

	for (const link of links) {
		link.closest('li')!.hidden = false;
		link.addEventListener('click', (event) => {
			event.preventDefault();
			show(link.dataset.view as SideBarView);
		});
	}

	const toggle = () => {
		if (narrow()) root.toggleAttribute('data-drawer-open');
		else {
			layout = { ...layout, sidebarVisible: !layout.sidebarVisible };
			save();
		}
		apply();
	};
	document.addEventListener('kapkit:toggle-sidebar', toggle);
	document.addEventListener('keydown', (event) => {
		if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'b') {
			event.preventDefault();
			toggle();
		} else if (event.key === 'Escape' && root.hasAttribute('data-drawer-open')) {
			root.removeAttribute('data-drawer-open');
			apply();
			links.find((link) => link.dataset.view === layout.view)?.focus();
		}
	});

	// A tap on a link in the drawer, or outside it, closes the drawer.
	document.addEventListener('click', (event) => {
		if (!narrow() || !root.hasAttribute('data-drawer-open')) return;
		const target = event.target as Element;
		if (target.closest('.activitybar') || (sidebar.contains(target) && !target.closest('a[href]'))) return;
		root.removeAttribute('data-drawer-open');
		apply();
	});

	mountSash(sidebar.querySelector<HTMLElement>('[data-sash]'), () => layout, (next) => {
		layout = next;
		save();
		apply();
	});
	window.matchMedia('(max-width: 48rem)').addEventListener('change', apply);
	apply();
	document.addEventListener('kapkit:show-view', (event) => show((event as CustomEvent<SideBarView>).detail));
}

function mountSash(sash: HTMLElement | null, get: () => LayoutState, set: (layout: LayoutState) => void): void {
	if (!sash) return;
	sash.hidden = false;
	const update = (width: number) => {
		const next = { ...get(), sidebarWidth: clampWidth(width) };
		sash.setAttribute('aria-valuenow', String(next.sidebarWidth));
		set(next);
	};
	sash.setAttribute('aria-valuenow', String(get().sidebarWidth));
	sash.addEventListener('pointerdown', (event) => {
		sash.setPointerCapture(event.pointerId);
		sash.toggleAttribute('data-dragging', true);
		const left = sash.parentElement!.getBoundingClientRect().left;
		const move = (moveEvent: PointerEvent) => update(moveEvent.clientX - left);
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
		if (event.key === 'ArrowLeft') update(get().sidebarWidth - step);
		else if (event.key === 'ArrowRight') update(get().sidebarWidth + step);
		else return;
		event.preventDefault();
	});
}
