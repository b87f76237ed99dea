import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Command } from '../lib/commands';
import { filterByLabel, parseQuery, prefixes } from '../lib/palette';
import { phaseTitles, type Phase } from '../schemas/common';
import { routeTitles, type Route } from '../schemas/dose';
import { searchFilters, searchManual, type SearchHit } from '../scripts/pagefind';

/** A registered command as the palette lists it: its title, and its keys as shown on this platform. */
export interface PaletteCommand {
	command: Command;
	label: string;
	keys?: string;
}

export interface PageHeading {
	text: string;
	href: string;
	depth: number;
}

interface Props {
	base: string;
	initial: string;
	commands: PaletteCommand[];
	headings: PageHeading[];
	recent: { href: string; title: string }[];
	onRun: (command: Command) => void;
	onOpen: (href: string, query: string) => void;
	onClose: () => void;
}

type Item =
	| { kind: 'page'; id: string; href: string; title: string; section?: string; excerpt?: string; note?: string }
	| { kind: 'command'; id: string; command: PaletteCommand }
	| { kind: 'heading'; id: string; heading: PageHeading }
	| { kind: 'prefix'; id: string; prefix: string; label: string };

const filterGroups: { key: string; label: string; title: (value: string) => string }[] = [
	{ key: 'kind', label: 'Kind', title: (value) => ({ protocol: 'Protocols', worksheet: 'Worksheets', reference: 'References', tool: 'Tools' })[value] ?? value },
	{ key: 'phase', label: 'Phase', title: (value) => phaseTitles[value as Phase] ?? value },
	{ key: 'route', label: 'Route', title: (value) => routeTitles[value as Route]?.replace(/ \(.*\)$/, '') ?? value },
];

/**
 * VS Code's command palette for the manual: a combobox with a listbox of results inside a modal
 * dialog (WAI-ARIA APG). Plain text searches the manual; `>` runs commands; `#` jumps to a heading
 * of this page; `?` lists the prefixes.
 */
export function CommandPalette({ base, initial, commands, headings, recent, onRun, onOpen, onClose }: Props) {
	const [input, setInput] = useState(initial);
	const [active, setActive] = useState(0);
	const [hits, setHits] = useState<{ query: string; total: number; hits: SearchHit[] } | null>(null);
	const [failed, setFailed] = useState(false);
	const [options, setOptions] = useState<Record<string, Record<string, number>>>({});
	const [chosen, setChosen] = useState<Record<string, string[]>>({});
	const inputRef = useRef<HTMLInputElement>(null);
	const listId = useId();
	const { mode, text } = parseQuery(input);

	useEffect(() => {
		if (mode !== 'search' || !text) return;
		let current = true;
		searchManual(base, text, chosen, 8)
			.then((found) => {
				if (current && found) {
					setHits({ query: text, ...found });
					setFailed(false);
				}
			})
			.catch(() => current && setFailed(true));
		return () => {
			current = false;
		};
	}, [base, mode, text, chosen]);

	useEffect(() => {
		if (mode === 'search') searchFilters(base).then(setOptions, () => setOptions({}));
	}, [base, mode]);

	const items = useMemo((): Item[] => {
		if (mode === 'help') return prefixes.map((entry) => ({ kind: 'prefix', id: `prefix-${entry.mode}`, prefix: entry.prefix, label: entry.label }));
		if (mode === 'command') return filterByLabel(commands, text).map((command) => ({ kind: 'command', id: command.command.id, command }));
		if (mode === 'heading') return filterByLabel(headings.map((heading) => ({ ...heading, label: heading.text })), text).map((heading, index) => ({ kind: 'heading', id: `heading-${index}`, heading }));
		if (!text) return recent.map((page, index) => ({ kind: 'page', id: `recent-${index}`, href: page.href, title: page.title, note: 'recently opened' }));
		return (hits?.query === text ? hits.hits : []).map((hit, index) => ({
			kind: 'page',
			id: `hit-${index}`,
			href: hit.url,
			title: hit.title,
			excerpt: hit.excerpt,
			...(hit.section ? { section: hit.section } : {}),
		}));
	}, [mode, text, commands, headings, recent, hits]);

	useEffect(() => setActive(0), [input, chosen]);

	const activate = (item: Item | undefined) => {
		if (!item) return;
		if (item.kind === 'prefix') {
			setInput(item.prefix);
			inputRef.current?.focus();
		} else if (item.kind === 'command') onRun(item.command.command);
		else if (item.kind === 'heading') onOpen(item.heading.href, '');
		else onOpen(item.href, mode === 'search' ? text : '');
	};

	const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			if (items.length) setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length);
		} else if (event.key === 'Enter') {
			event.preventDefault();
			activate(items[active]);
		}
	};

	const onDialogKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
		if (event.key === 'Escape') {
			event.preventDefault();
			event.stopPropagation();
			onClose();
		} else if (event.key === 'Tab') {
			const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>('input, button')];
			const index = focusable.indexOf(document.activeElement as HTMLElement);
			const next = focusable[(index + (event.shiftKey ? -1 : 1) + focusable.length) % focusable.length];
			event.preventDefault();
			next?.focus();
		}
	};

	const toggle = (group: string, value: string) =>
		setChosen((current) => {
			const values = current[group] ?? [];
			const next = values.includes(value) ? values.filter((other) => other !== value) : [...values, value];
			const { [group]: _, ...rest } = current;
			return next.length ? { ...rest, [group]: next } : rest;
		});

	const searching = mode === 'search' && text !== '' && hits?.query !== text && !failed;
	const status =
		mode === 'search' && !text
			? recent.length
				? `${recent.length} recently opened page${recent.length === 1 ? '' : 's'}. Type to search the manual, or ? for help.`
				: 'Type to search the manual, or ? for help.'
			: failed
				? 'Search could not load. Open the manual once with the network on, then try again.'
				: searching
					? 'Searching…'
					: mode === 'search'
						? `${hits?.total ?? 0} result${hits?.total === 1 ? '' : 's'}${hits && hits.total > items.length ? `, best ${items.length} shown` : ''}.`
						: `${items.length} ${({ command: ['command', 'commands'], heading: ['heading', 'headings'], help: ['prefix', 'prefixes'] } as const)[mode][items.length === 1 ? 0 : 1]}.`;
	const activeItem = items[active];

	return (
		<div className="palette-backdrop" onMouseDown={onClose}>
			<div className="palette" role="dialog" aria-modal="true" aria-label="Command palette" onMouseDown={(event) => event.stopPropagation()} onKeyDown={onDialogKeyDown} data-palette-open="">
				<input
					ref={inputRef}
					// Focused as the dialog mounts, not in an effect after it paints: a key pressed at once (Esc) reaches the dialog.
					autoFocus
					className="palette__input"
					type="text"
					role="combobox"
					aria-label="Search the manual; type > for commands, # for headings, ? for help"
					aria-expanded="true"
					aria-controls={listId}
					aria-autocomplete="list"
					aria-activedescendant={activeItem ? `${listId}-${activeItem.id}` : undefined}
					autoComplete="off"
					spellCheck={false}
					value={input}
					placeholder="Search the manual (? for help)"
					onChange={(event) => setInput(event.target.value)}
					onKeyDown={onKeyDown}
				/>
				{mode === 'search' && Object.keys(options).length > 0 && (
					<div className="palette__filters" role="group" aria-label="Filter results">
						{filterGroups.map((group) =>
							Object.keys(options[group.key] ?? {}).length ? (
								<div className="palette__filter-group" key={group.key}>
									<span className="palette__filter-label">{group.label}</span>
									{Object.keys(options[group.key] ?? {})
										.sort()
										.map((value) => (
											<button type="button" key={value} className="palette__chip" aria-pressed={(chosen[group.key] ?? []).includes(value)} onClick={() => toggle(group.key, value)}>
												{group.title(value)}
											</button>
										))}
								</div>
							) : null,
						)}
					</div>
				)}
				<ul className="palette__list" id={listId} role="listbox" aria-label={mode === 'command' ? 'Commands' : mode === 'heading' ? 'Headings' : mode === 'help' ? 'Prefixes' : 'Results'}>
					{items.map((item, index) => (
						<li
							key={item.id}
							id={`${listId}-${item.id}`}
							role="option"
							aria-selected={index === active}
							className="palette__option"
							onMouseMove={() => setActive(index)}
							onClick={() => activate(item)}
						>
							{item.kind === 'page' && (
								<>
									<span className="palette__title">
										{item.title}
										{item.section && <span className="palette__section"> › {item.section}</span>}
										{item.note && <span className="palette__note"> — {item.note}</span>}
									</span>
									{item.excerpt && <span className="palette__excerpt" dangerouslySetInnerHTML={{ __html: item.excerpt }} />}
								</>
							)}
							{item.kind === 'command' && (
								<>
									<span className="palette__title">{item.command.label}</span>
									{item.command.keys && <kbd className="palette__keys">{item.command.keys}</kbd>}
								</>
							)}
							{item.kind === 'heading' && <span className={`palette__title palette__title--depth-${item.heading.depth}`}>{item.heading.text}</span>}
							{item.kind === 'prefix' && (
								<>
									<kbd className="palette__prefix">{item.prefix || '…'}</kbd>
									<span className="palette__title">{item.label}</span>
								</>
							)}
						</li>
					))}
				</ul>
				<p className="palette__status" role="status" aria-live="polite">
					{status}
				</p>
			</div>
		</div>
	);
}
