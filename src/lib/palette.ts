/** The command palette's pure logic: what the input means, which entries match it, how their keys read. */
import type { KeyBinding } from './commands';
import { couldNotLoad } from './format';

export type PaletteMode = 'search' | 'command' | 'heading' | 'help';

/** VS Code's prefixes: none searches the manual, `>` lists commands, `#` the page's headings, `?` the prefixes. */
export const prefixes: { prefix: string; mode: Exclude<PaletteMode, 'help'> | 'help'; label: string }[] = [
	{ prefix: '', mode: 'search', label: 'Search the whole manual' },
	{ prefix: '>', mode: 'command', label: 'Run a command' },
	{ prefix: '#', mode: 'heading', label: 'Go to a heading on this page' },
	{ prefix: '?', mode: 'help', label: 'List these prefixes' },
];

export function parseQuery(input: string): { mode: PaletteMode; text: string } {
	const first = input.trimStart()[0];
	const found = prefixes.find((entry) => entry.prefix && entry.prefix === first);
	if (!found) return { mode: 'search', text: input.trim() };
	return { mode: found.mode, text: input.trimStart().slice(1).trim() };
}

/**
 * Scores how well `query` matches `label`: every query word must start a word of the label
 * (so "go prep" finds "Go to Phase: Preparation"); earlier and tighter matches score higher.
 * null when it does not match.
 */
export function matchScore(label: string, query: string): number | null {
	const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
	if (!words.length) return 0;
	const target = label.toLocaleLowerCase();
	const starts = [...target.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => match.index ?? 0);
	let score = 0;
	for (const word of words) {
		const at = starts.find((start) => target.startsWith(word, start));
		if (at === undefined) {
			const inside = target.indexOf(word);
			if (inside < 0) return null;
			score += 100 + inside;
		} else score += at;
	}
	return score;
}

/** The entries whose label matches, best first; all of them, in order, for an empty query. */
export function filterByLabel<T extends { label: string }>(entries: readonly T[], query: string): T[] {
	return entries
		.map((entry, index) => ({ entry, index, score: matchScore(entry.label, query) }))
		.filter((item): item is { entry: T; index: number; score: number } => item.score !== null)
		.sort((a, b) => a.score - b.score || a.index - b.index)
		.map((item) => item.entry);
}

/** The search filters a reader can choose, per Pagefind filter key: values chosen in each group. */
export type ChosenFilters = Record<string, string[]>;

/** Chooses `value` in `group`, or unchooses it; a group with nothing chosen is dropped, so it filters nothing. */
export function toggleFilter(chosen: ChosenFilters, group: string, value: string): ChosenFilters {
	const values = chosen[group] ?? [];
	const next = values.includes(value) ? values.filter((other) => other !== value) : [...values, value];
	const { [group]: _, ...rest } = chosen;
	return next.length ? { ...rest, [group]: next } : rest;
}

/** The option an arrow key makes active: down from the last wraps to the first, up from the first to the last. */
export function moveActive(active: number, step: 1 | -1, count: number): number {
	if (count === 0) return 0;
	return (active + step + count) % count;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const listNouns: Record<Exclude<PaletteMode, 'search'>, [string, string]> = { command: ['command', 'commands'], heading: ['heading', 'headings'], help: ['prefix', 'prefixes'] };

/** What the palette is showing, as its status line (a live region) says it. */
export type PaletteState =
	| { mode: 'search'; text: ''; recent: number }
	| { mode: 'search'; text: string; search: 'waiting' | 'failed' | { total: number; shown: number } }
	| { mode: Exclude<PaletteMode, 'search'>; shown: number };

export function paletteStatus(state: PaletteState): string {
	if (state.mode !== 'search') return `${plural(state.shown, ...listNouns[state.mode])}.`;
	if ('recent' in state) return state.recent ? `${plural(state.recent, 'recently opened page', 'recently opened pages')}. Type to search the manual, or ? for help.` : 'Type to search the manual, or ? for help.';
	if (state.search === 'failed') return couldNotLoad('Search');
	if (state.search === 'waiting') return 'Searching…';
	const { total, shown } = state.search;
	return `${plural(total, 'result', 'results')}${total > shown ? `, best ${shown} shown` : ''}.`;
}

const keyNames: Record<string, string> = { escape: 'Esc' };

/** How a binding is shown beside its command in the palette: "Ctrl+B", "⌘+B", "Esc Esc to leave". */
export function formatKeys(binding: KeyBinding, isMac: boolean): string {
	const name = keyNames[binding.key.toLowerCase()] ?? (binding.key.length === 1 ? binding.key.toUpperCase() : binding.key);
	const combo = [binding.mod ? (isMac ? '⌘' : 'Ctrl') : '', binding.shift ? 'Shift' : '', name].filter(Boolean).join('+');
	const pressed = binding.twice ? `${combo} ${combo}` : combo;
	const note = binding.browser ? "(the browser's)" : binding.note;
	return note ? `${pressed} ${note}` : pressed;
}
