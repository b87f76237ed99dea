import { createRoot } from 'react-dom/client';
import { formatKeys, type Command } from '../lib/commands';
import { STORAGE } from '../lib/layout-state';
import { parseRecent } from '../lib/reading';
import { commands } from '../scripts/commands';
import { rememberHighlight } from '../scripts/highlight';
import { pageData } from '../scripts/page-data';
import { local } from '../store/web-storage';
import { CommandPalette, type PaletteCommand, type PageHeading } from './CommandPalette';
import './command-palette.css';

/** Everything the palette needs, from the page it opens on: it fetches nothing else. */
export function mountPalette({ initial, returnFocus, isMac }: { initial: string; returnFocus: HTMLElement | null; isMac: boolean }): void {
	const { base, headings } = pageData();
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
		command.run();
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
	// Offered exactly when something on the page registered them, as they stand when the palette opens.
	const offered = commands.paletteCommands().map((command): PaletteCommand => {
		const keys = command.keys?.[0];
		return { command, label: command.title, ...(keys ? { keys: formatKeys(keys, isMac) } : {}) };
	});

	root.render(
		<CommandPalette
			base={base}
			initial={initial}
			commands={offered}
			headings={headings.map((heading): PageHeading => ({ text: heading.text, href: `#${heading.slug}`, depth: heading.depth }))}
			recent={recent}
			onRun={run}
			onOpen={open}
			onClose={close}
		/>,
	);
}
