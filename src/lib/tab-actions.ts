import type { Tab } from './tabs';

// What the tab strip's actions do to the open documents (closing, moving), apart from what every
// page does to them (lib/tabs.ts): only a reader who reaches for the strip loads these.

/**
 * Closes a tab. Returns the tabs left and, when the closed tab was the active one, the neighbour
 * to show instead (the one to its right, else to its left; null when none is left).
 */
export function closeTab(tabs: readonly Tab[], href: string, activeHref: string): { tabs: Tab[]; next: string | null | undefined } {
	const index = tabs.findIndex((tab) => tab.href === href);
	if (index < 0) return { tabs: [...tabs], next: undefined };
	const left = tabs.filter((_, i) => i !== index);
	if (href !== activeHref) return { tabs: left, next: undefined };
	const neighbour = left[index] ?? left[index - 1];
	return { tabs: left, next: neighbour ? neighbour.href : null };
}

/** Moves a tab to another position (drag and drop, or Alt+Shift+arrow keys). */
export function moveTab(tabs: readonly Tab[], href: string, to: number): Tab[] {
	const index = tabs.findIndex((tab) => tab.href === href);
	if (index < 0) return [...tabs];
	const moving = tabs[index]!;
	const rest = tabs.filter((_, i) => i !== index);
	const at = Math.max(0, Math.min(to, rest.length));
	return [...rest.slice(0, at), moving, ...rest.slice(at)];
}
