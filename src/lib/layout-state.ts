/** What the workbench remembers between pages (localStorage), and its bounds. */
export interface LayoutState {
	sidebarVisible: boolean;
	sidebarWidth: number;
	view: SideBarView;
}

export const sideBarViews = ['explorer', 'search', 'worksheets', 'tools', 'references'] as const;
export type SideBarView = (typeof sideBarViews)[number];

export const SIDEBAR_MIN = 180;
export const SIDEBAR_MAX = 560;
export const defaultLayout: LayoutState = { sidebarVisible: true, sidebarWidth: 280, view: 'explorer' };

export const clampWidth = (width: number) => Math.round(Math.min(SIDEBAR_MAX, Math.max(SIDEBAR_MIN, width)));

/** Reads the saved layout, falling back field by field to the defaults. */
export function parseLayout(text: string | null): LayoutState {
	let saved: Record<string, unknown> = {};
	try {
		const value: unknown = text ? JSON.parse(text) : {};
		if (value && typeof value === 'object' && !Array.isArray(value)) saved = value as Record<string, unknown>;
	} catch {
		saved = {};
	}
	return {
		sidebarVisible: typeof saved.sidebarVisible === 'boolean' ? saved.sidebarVisible : defaultLayout.sidebarVisible,
		sidebarWidth: typeof saved.sidebarWidth === 'number' && Number.isFinite(saved.sidebarWidth) ? clampWidth(saved.sidebarWidth) : defaultLayout.sidebarWidth,
		view: sideBarViews.includes(saved.view as SideBarView) ? (saved.view as SideBarView) : defaultLayout.view,
	};
}

export const themes = ['system', 'light', 'dark', 'hc-dark', 'hc-light'] as const;
export type ThemeChoice = (typeof themes)[number];
export const themeTitles: Record<ThemeChoice, string> = {
	system: 'Follow the system',
	light: 'Light Modern',
	dark: 'Dark Modern',
	'hc-dark': 'High Contrast Dark',
	'hc-light': 'High Contrast Light',
};

/** Storage keys, in one place so the early inline script and the modules agree. */
export const STORAGE = {
	layout: 'kapkit:layout',
	theme: 'kapkit:theme',
	tabs: 'kapkit:tabs',
	sessionView: 'kapkit:session-view',
	/** Pages opened recently, for the command palette. */
	recent: 'kapkit:recent',
	/** The paper size chosen for printing worksheets. */
	paper: 'kapkit:paper',
	/** Followed by a worksheet's id: that worksheet's answers. */
	answers: 'kapkit:answers:',
} as const;

/**
 * The layout's inline script, run before the first paint so nothing flashes: the chosen theme, the
 * side bar's visibility and width, and session view, read from storage with the keys and bounds
 * above. It cannot import, so it is generated from this module at build time; it is the one
 * place that reads storage directly, guarded as web-storage.ts is. It also marks <html> as
 * scripted (`data-js`), which the stylesheet's no-JavaScript layout keys on.
 */
export function firstPaintScript(): string {
	const key = (name: keyof typeof STORAGE) => JSON.stringify(STORAGE[name]);
	return `(() => {
	const root = document.documentElement;
	try {
		const theme = localStorage.getItem(${key('theme')});
		if (theme && theme !== 'system') root.dataset.theme = theme;
		const layout = JSON.parse(localStorage.getItem(${key('layout')}) || '{}');
		if (layout.sidebarVisible === false) root.setAttribute('data-sidebar-hidden', '');
		if (typeof layout.sidebarWidth === 'number') root.style.setProperty('--kap-sidebar-width', Math.min(${SIDEBAR_MAX}, Math.max(${SIDEBAR_MIN}, layout.sidebarWidth)) + 'px');
		if (sessionStorage.getItem(${key('sessionView')}) === '1') root.setAttribute('data-session-view', '');
	} catch {}
	root.setAttribute('data-js', '');
})();`
		// One line: it is in every page, and every statement ends in ; or a brace.
		.split('\n')
		.map((line) => line.trim())
		.join('');
}
