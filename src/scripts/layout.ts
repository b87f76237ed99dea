import { clampWidth, parseLayout, STORAGE, type LayoutState, type SideBarView } from '../lib/layout-state';
import { local } from '../store/web-storage';

const narrowQuery = '(max-width: 48rem)';
export const isNarrow = () => window.matchMedia(narrowQuery).matches;

export interface WorkbenchLayout extends LayoutState {
	/** On a narrow screen the side bar is a drawer over the document. */
	drawerOpen: boolean;
}

type Listener = (layout: WorkbenchLayout, shown: boolean) => void;

/**
 * The workbench's layout as one model that the activity bar, the side bar and its sash change and
 * follow: which view is shown, whether the side bar is visible, its width, the drawer on phones.
 * Remembered in localStorage (the drawer is not); reflected on <html> for the stylesheet.
 */
class LayoutModel {
	#state: WorkbenchLayout = { ...parseLayout(local.get(STORAGE.layout)), drawerOpen: false };
	#listeners = new Set<Listener>();

	get state(): WorkbenchLayout {
		return this.#state;
	}

	/** Whether the side bar is on screen now. */
	get shown(): boolean {
		return isNarrow() ? this.#state.drawerOpen : this.#state.sidebarVisible;
	}

	subscribe(listener: Listener): void {
		this.#listeners.add(listener);
		listener(this.#state, this.shown);
	}

	/** Choosing the open view again hides the side bar, as in VS Code. */
	showView(view: SideBarView): void {
		const { drawerOpen, sidebarVisible, view: current } = this.#state;
		if (isNarrow()) this.#set({ view, drawerOpen: !(drawerOpen && current === view) });
		else this.#set({ view, sidebarVisible: !(sidebarVisible && current === view) }, true);
	}

	toggle(): void {
		if (isNarrow()) this.#set({ drawerOpen: !this.#state.drawerOpen });
		else this.#set({ sidebarVisible: !this.#state.sidebarVisible }, true);
	}

	closeDrawer(): void {
		if (this.#state.drawerOpen) this.#set({ drawerOpen: false });
	}

	resize(width: number): void {
		this.#set({ sidebarWidth: clampWidth(width) }, true);
	}

	/** Re-applies the layout, e.g. when the screen crosses the phone breakpoint. */
	refresh(): void {
		this.#set({});
	}

	#set(change: Partial<WorkbenchLayout>, remember = false): void {
		this.#state = { ...this.#state, ...change };
		const { drawerOpen, ...saved } = this.#state;
		if (remember) local.set(STORAGE.layout, JSON.stringify(saved));
		const root = document.documentElement;
		root.toggleAttribute('data-sidebar-hidden', !saved.sidebarVisible);
		root.toggleAttribute('data-drawer-open', drawerOpen);
		root.style.setProperty('--kap-sidebar-width', `${saved.sidebarWidth}px`);
		for (const listener of this.#listeners) listener(this.#state, this.shown);
	}
}

export const layout = new LayoutModel();
window.matchMedia(narrowQuery).addEventListener('change', () => layout.refresh());
