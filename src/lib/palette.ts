/** The command palette's pure logic: what the input means, and which entries match it. */

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
