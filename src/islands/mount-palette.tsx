import { createRoot } from 'react-dom/client';
import { commandRegistry, type Command } from '../lib/commands';
import { withBase } from '../lib/format';
import { STORAGE } from '../lib/layout-state';
import { parseRecent } from '../lib/palette';
import { rememberHighlight } from '../scripts/highlight';
import { local } from '../store/web-storage';
import { CommandPalette, type PageHeading } from './CommandPalette';
import './command-palette.css';

/** Everything the palette needs, read from the page it opens on: it fetches nothing else. */
export function mountPalette({ initial, returnFocus, isMac }: { initial: string; returnFocus: HTMLElement | null; isMac: boolean }): void {
	const base = document.documentElement.dataset.base ?? '/';
	const headings: PageHeading[] = [...document.querySelectorAll<HTMLAnchorElement>('[data-outline] a[href^="#"]')].map((link) => ({
		text: link.textContent?.trim() ?? '',
		href: link.hash,
		depth: link.closest('.outline__level-3') ? 3 : 2,
	}));
	const recent = parseRecent(local.get(STORAGE.recent)).filter((page) => page.href !== location.pathname);

	const host = document.createElement('div');
	host.className = 'palette-host';
	document.body.append(host);
	const root = createRoot(host);
	const close = () => {
		root.unmount();
		host.remove();
		returnFocus?.focus();
	};
	const run = (command: Command) => {
		close();
		document.dispatchEvent(new CustomEvent('kapkit:command', { detail: command.action }));
	};
	const open = (href: string, query: string) => {
		close();
		if (href.startsWith('#')) {
			location.hash = href;
			document.getElementById(decodeURIComponent(href.slice(1)))?.focus({ preventScroll: true });
			return;
		}
		if (query) rememberHighlight(new URL(href, location.href).pathname, query);
		location.assign(href);
	};

	root.render(
		<CommandPalette
			base={base}
			initial={initial}
			commands={commandRegistry(isMac ? '⌘' : 'Ctrl')
				.filter((command) => !command.worksheetOnly || document.querySelector('[data-worksheet]'))
				.map((command) => (command.action.type === 'navigate' ? { ...command, action: { ...command.action, path: withBase(base, command.action.path) } } : command))}
			headings={headings}
			recent={recent}
			onRun={run}
			onOpen={open}
			onClose={close}
		/>,
	);
}
