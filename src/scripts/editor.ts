import { STORAGE } from '../lib/layout-state';
import { parseRecent, rememberPage } from '../lib/reading';
import { local } from '../store/web-storage';
import { registerCommands } from './commands';
import { printCommand } from './commands/navigation';
import { highlightPending } from './highlight';
import { pageData } from './page-data';

/** The editor's document: recent pages, search marks, scrollable tables, and printing it. */
export function mountEditor(panel: HTMLElement): void {
	registerCommands([printCommand]);

	// A table wider than the screen scrolls sideways; keyboard users must be able to reach it.
	const tables = panel.querySelectorAll<HTMLTableElement>('table');
	new ResizeObserver(() => {
		for (const table of tables) {
			if (table.scrollWidth > table.clientWidth + 1) table.tabIndex = 0;
			else table.removeAttribute('tabindex');
		}
	}).observe(panel);

	// The pages opened recently, for the palette to offer when its input is empty.
	const { title } = pageData();
	local.set(STORAGE.recent, JSON.stringify(rememberPage(parseRecent(local.get(STORAGE.recent)), { href: location.pathname, title })));

	// Words from the search that opened this page: marked by code loaded only then.
	if (highlightPending()) void import('./highlight-marks').then(({ applyHighlight }) => applyHighlight(panel));
}
