import { outlineHeadings } from '../components/workbench/outline-headings';
import type { Command } from '../lib/commands';
import { STORAGE } from '../lib/layout-state';
import { filterByLabel, formatKeys, moveActive, paletteStatus, parseQuery, prefixes, toggleFilter, type ChosenFilters, type PaletteMode, type PaletteState } from '../lib/palette';
import { parseRecent } from '../lib/reading';
import { phaseTitles, type Phase } from '../schemas/phases';
import { routeTitles, type Route } from '../schemas/routes';
import { local } from '../store/web-storage';
import { commands, isMac } from './commands';
import { element, textElement } from './element';
import { rememberHighlight } from './highlight';
import { pageData } from './page-data';
import { loadSideBarLists } from './side-bar-lists';
import { isPaletteKey, type PaletteKey, type PaletteShell } from './palette';
import { searchFilters, searchManual, type SearchHit } from './pagefind';

/**
 * VS Code's command palette for the manual, without a framework: a combobox with a listbox of
 * results inside a modal dialog (WAI-ARIA APG). Plain text searches the manual; `>` runs
 * commands; `#` jumps to a heading of this page; `?` lists the prefixes. It takes over the
 * dialog the opener built, with whatever the reader has typed into it so far and the list keys
 * pressed before it arrived (`earlyKeys`, in order).
 */

type Item =
	| { kind: 'page'; href: string; title: string; section?: string; excerpt?: string; note?: string }
	| { kind: 'command'; command: Command; label: string; keys?: string }
	| { kind: 'heading'; href: string; label: string; depth: number }
	| { kind: 'prefix'; prefix: string; label: string };

const filterGroups: { key: string; label: string; title: (value: string) => string }[] = [
	{ key: 'kind', label: 'Kind', title: (value) => ({ protocol: 'Protocols', worksheet: 'Worksheets', reference: 'References', tool: 'Tools' })[value] ?? value },
	{ key: 'phase', label: 'Phase', title: (value) => phaseTitles[value as Phase] ?? value },
	{ key: 'route', label: 'Route', title: (value) => routeTitles[value as Route]?.replace(/ \(.*\)$/, '') ?? value },
];

const listNames: Record<PaletteMode, string> = { search: 'Results', command: 'Commands', heading: 'Headings', help: 'Prefixes' };
const RESULTS_SHOWN = 8;

function optionContent(item: Item): Node[] {
	switch (item.kind) {
		case 'page': {
			const title = textElement('span', 'palette__title', item.title);
			if (item.section) title.append(textElement('span', 'palette__section', ` › ${item.section}`));
			if (item.note) title.append(textElement('span', 'palette__note', ` — ${item.note}`));
			if (!item.excerpt) return [title];
			// Pagefind's excerpt: the page's own text, escaped, with <mark> around the matched words.
			const excerpt = textElement('span', 'palette__excerpt', '');
			excerpt.innerHTML = item.excerpt;
			return [title, excerpt];
		}
		case 'command':
			return item.keys ? [textElement('span', 'palette__title', item.label), textElement('kbd', 'palette__keys', item.keys)] : [textElement('span', 'palette__title', item.label)];
		case 'heading':
			return [textElement('span', `palette__title palette__title--depth-${item.depth}`, item.label)];
		case 'prefix':
			return [textElement('kbd', 'palette__prefix', item.prefix || '…'), textElement('span', 'palette__title', item.label)];
	}
}

const LIST_ID = 'palette-list';

/** The rest of the dialog the opener built: the combobox's list, the filters and the status line. */
function completeShell({ dialog, input }: PaletteShell) {
	const combobox = { type: 'text', 'aria-expanded': 'true', 'aria-controls': LIST_ID, 'aria-autocomplete': 'list', placeholder: 'Search the manual (? for help)' };
	for (const [name, value] of Object.entries(combobox)) input.setAttribute(name, value);
	const filters = element('div', 'palette__filters', { role: 'group', 'aria-label': 'Filter results' });
	filters.hidden = true;
	const list = element('ul', 'palette__list', { id: LIST_ID, role: 'listbox', 'aria-label': 'Results' });
	const status = element('p', 'palette__status', { role: 'status', 'aria-live': 'polite' });
	dialog.append(filters, list, status);
	return { filters, list, status };
}

export function startPalette(shell: PaletteShell, earlyKeys: readonly PaletteKey[] = []): void {
	const { input } = shell;
	const { filters, list, status } = completeShell(shell);
	const { base } = pageData();
	const recent = parseRecent(local.get(STORAGE.recent)).filter((page) => page.href !== location.pathname);
	// Offered exactly when something on the page registered them, as they stand when the list is drawn:
	// the "Open Tool" commands arrive with the side bar's lists, which the palette does not wait for.
	const offered = () =>
		commands.paletteCommands().map((command): Item & { kind: 'command' } => {
			const keys = command.keys?.[0];
			return { kind: 'command', command, label: command.title, ...(keys ? { keys: formatKeys(keys, isMac) } : {}) };
		});
	const pageHeadings = outlineHeadings().map((heading): Item & { kind: 'heading' } => ({ kind: 'heading', href: `#${heading.slug}`, label: heading.text, depth: heading.depth }));

	let items: Item[] = [];
	let active = 0;
	let found: { query: string; total: number; hits: SearchHit[] } | undefined;
	let failed = false;
	let chosen: ChosenFilters = {};
	let filterValues: Record<string, Record<string, number>> | undefined;
	let filterRequest: Promise<void> | undefined;
	let latestSearch = 0;

	const itemsFor = (mode: PaletteMode, text: string): Item[] => {
		if (mode === 'help') return prefixes.map((entry): Item => ({ kind: 'prefix', prefix: entry.prefix, label: entry.label }));
		if (mode === 'command') return filterByLabel(offered(), text);
		if (mode === 'heading') return filterByLabel(pageHeadings, text);
		if (!text) return recent.map((page): Item => ({ kind: 'page', href: page.href, title: page.title, note: 'recently opened' }));
		return (found?.query === text ? found.hits : []).map((hit): Item => ({ kind: 'page', href: hit.url, title: hit.title, excerpt: hit.excerpt, ...(hit.section ? { section: hit.section } : {}) }));
	};

	const stateFor = (mode: PaletteMode, text: string): PaletteState => {
		if (mode !== 'search') return { mode, shown: items.length };
		if (!text) return { mode, text: '', recent: recent.length };
		if (failed) return { mode, text, search: 'failed' };
		return { mode, text, search: found?.query === text ? { total: found.total, shown: items.length } : 'waiting' };
	};

	const showActive = () => {
		list.querySelectorAll('[role="option"]').forEach((option, index) => option.setAttribute('aria-selected', String(index === active)));
		const current = list.children[active];
		if (current) {
			input.setAttribute('aria-activedescendant', current.id);
			current.scrollIntoView({ block: 'nearest' });
		} else input.removeAttribute('aria-activedescendant');
	};

	const renderFilters = (mode: PaletteMode) => {
		const groups = filterGroups.filter((group) => Object.keys(filterValues?.[group.key] ?? {}).length);
		filters.hidden = mode !== 'search' || groups.length === 0;
		if (filters.hidden || filters.childElementCount) return;
		filters.replaceChildren(
			...groups.map((group) => {
				const row = document.createElement('div');
				row.className = 'palette__filter-group';
				row.append(textElement('span', 'palette__filter-label', group.label));
				for (const value of Object.keys(filterValues?.[group.key] ?? {}).sort()) {
					const chip = document.createElement('button');
					chip.type = 'button';
					chip.className = 'palette__chip';
					chip.textContent = group.title(value);
					chip.dataset.group = group.key;
					chip.dataset.value = value;
					chip.setAttribute('aria-pressed', 'false');
					row.append(chip);
				}
				return row;
			}),
		);
	};

	const render = () => {
		const { mode, text } = parseQuery(input.value);
		items = itemsFor(mode, text);
		active = Math.min(active, Math.max(items.length - 1, 0));
		list.setAttribute('aria-label', listNames[mode]);
		list.replaceChildren(
			...items.map((item, index) => {
				const option = document.createElement('li');
				option.id = `palette-option-${index}`;
				option.className = 'palette__option';
				option.setAttribute('role', 'option');
				option.append(...optionContent(item));
				return option;
			}),
		);
		showActive();
		renderFilters(mode);
		status.textContent = paletteStatus(stateFor(mode, text));
	};

	const search = () => {
		const { mode, text } = parseQuery(input.value);
		if (mode !== 'search' || !text) return;
		const ticket = ++latestSearch;
		searchManual(base, text, chosen, RESULTS_SHOWN).then(
			(result) => {
				if (!result || ticket !== latestSearch) return;
				const shown = { query: text, total: result.total, hits: result.hits };
				found = shown;
				failed = false;
				render();
				result.rest().then(
					(more) => {
						if (ticket !== latestSearch || !more.length) return;
						shown.hits = [...shown.hits, ...more];
						render();
					},
					() => undefined,
				);
				// The chips come with the first results, from the engine that search has just loaded.
				filterRequest ??= searchFilters(base).then(
					(values) => {
						filterValues = values;
						render();
					},
					() => undefined,
				);
			},
			() => {
				if (ticket !== latestSearch) return;
				failed = true;
				render();
			},
		);
	};

	const close = shell.close;
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
	const activate = (item: Item | undefined) => {
		if (!item) return;
		if (item.kind === 'prefix') {
			input.value = item.prefix;
			input.focus();
			active = 0;
			render();
		} else if (item.kind === 'command') {
			close();
			item.command.run();
		} else if (item.kind === 'heading') open(item.href, '');
		else {
			const { mode, text } = parseQuery(input.value);
			open(item.href, mode === 'search' ? text : '');
		}
	};

	input.addEventListener('input', () => {
		active = 0;
		render();
		search();
	});
	const press = (key: PaletteKey) => {
		if (key === 'Enter') activate(items[active]);
		else {
			active = moveActive(active, key === 'ArrowDown' ? 1 : -1, items.length);
			showActive();
		}
	};
	input.addEventListener('keydown', (event) => {
		if (!isPaletteKey(event.key)) return;
		event.preventDefault();
		press(event.key);
	});
	const optionIndex = (event: Event) => {
		const option = (event.target as Element).closest('[role="option"]');
		return option ? [...list.children].indexOf(option) : -1;
	};
	// The input keeps focus while the pointer chooses an option, as in VS Code.
	list.addEventListener('mousedown', (event) => event.preventDefault());
	list.addEventListener('mousemove', (event) => {
		const index = optionIndex(event);
		if (index >= 0 && index !== active) {
			active = index;
			showActive();
		}
	});
	list.addEventListener('click', (event) => activate(items[optionIndex(event)]));
	filters.addEventListener('click', (event) => {
		const chip = (event.target as Element).closest<HTMLButtonElement>('.palette__chip');
		if (!chip?.dataset.group || !chip.dataset.value) return;
		chosen = toggleFilter(chosen, chip.dataset.group, chip.dataset.value);
		chip.setAttribute('aria-pressed', String(chosen[chip.dataset.group]?.includes(chip.dataset.value) ?? false));
		active = 0;
		search();
	});

	render();
	search();
	for (const key of earlyKeys) if (shell.isOpen()) press(key);
	loadSideBarLists().then(
		() => {
			if (shell.isOpen() && parseQuery(input.value).mode === 'command') render();
		},
		() => undefined,
	);
}
