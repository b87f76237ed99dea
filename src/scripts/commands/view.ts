import type { Command } from '../../lib/commands';
import { sideBarViews, themes, themeTitles, type SideBarView, type ThemeChoice } from '../../lib/layout-state';

declare module '../../lib/commands' {
	interface CommandIds {
		theme: `theme.${ThemeChoice}`;
		sideBar: 'view.sidebar' | `view.${SideBarView}`;
		sessionView: 'view.session';
		palette: 'palette.open' | 'palette.commands';
	}
}

/** Registered by the theme picker. */
export const themeCommands = (setTheme: (theme: ThemeChoice) => void): Command[] =>
	themes.map((theme) => ({ id: `theme.${theme}`, title: `Preferences: Colour Theme: ${themeTitles[theme]}`, run: () => setTheme(theme) }));

const viewTitles: Record<SideBarView, string> = { explorer: 'Explorer', search: 'Search', worksheets: 'Worksheets', tools: 'Tools', references: 'References' };

/** Registered by the side bar. */
export const sideBarCommands = ({ toggle, show }: { toggle: () => void; show: (view: SideBarView) => void }): Command[] => [
	{ id: 'view.sidebar', title: 'View: Toggle Side Bar', keys: [{ key: 'b', mod: true }], run: toggle },
	...sideBarViews.map((view): Command => ({ id: `view.${view}`, title: `View: Show ${viewTitles[view]}`, run: () => show(view) })),
];

/** Registered by the session view (VS Code's Zen mode); Esc Esc leaves it, a single Esc stays free. */
export const sessionViewCommand = ({ toggle, isOn }: { toggle: () => void; isOn: () => boolean }): Command => ({
	id: 'view.session',
	title: 'View: Toggle Session View',
	keys: [{ key: 'Escape', twice: true, note: 'to leave' }],
	when: isOn,
	run: toggle,
});

/**
 * Registered by the palette's opener. Ctrl/Cmd+K and F1 open it everywhere; Ctrl/Cmd+Shift+P opens it
 * with `>` where the browser lets a page have that key. Ctrl/Cmd+P stays the browser's Print.
 */
export const paletteCommands = (open: (initial: string) => void): Command[] => [
	{ id: 'palette.open', title: 'Search the Manual', keys: [{ key: 'k', mod: true }], palette: false, run: () => open('') },
	{ id: 'palette.commands', title: 'Show All Commands', keys: [{ key: 'F1' }, { key: 'p', mod: true, shift: true }], palette: false, run: () => open('>') },
];
