/** An open document in the editor's tab strip, as in VS Code. */
export interface Tab {
	href: string;
	title: string;
	/** A preview tab (italic) is replaced by the next document opened; pinning makes it stay. */
	preview: boolean;
}

/** Opening a document: activate its tab if open, else replace the preview tab, else add a preview tab after the active one. */
export function openTab(tabs: readonly Tab[], doc: { href: string; title: string }, activeHref?: string): Tab[] {
	const existing = tabs.findIndex((tab) => tab.href === doc.href);
	if (existing >= 0) return tabs.map((tab, index) => (index === existing ? { ...tab, title: doc.title } : tab));
	const next: Tab = { href: doc.href, title: doc.title, preview: true };
	const preview = tabs.findIndex((tab) => tab.preview);
	if (preview >= 0) return tabs.map((tab, index) => (index === preview ? next : tab));
	const after = activeHref ? tabs.findIndex((tab) => tab.href === activeHref) : -1;
	const at = after >= 0 ? after + 1 : tabs.length;
	return [...tabs.slice(0, at), next, ...tabs.slice(at)];
}

/** Makes a tab permanent (double-click, or interacting with its page). */
export function pinTab(tabs: readonly Tab[], href: string): Tab[] {
	return tabs.map((tab) => (tab.href === href ? { ...tab, preview: false } : tab));
}

/** Reads tabs saved in storage, dropping anything malformed rather than failing. */
export function parseTabs(text: string | null): Tab[] {
	if (!text) return [];
	try {
		const value: unknown = JSON.parse(text);
		if (!Array.isArray(value)) return [];
		return value.filter(
			(tab): tab is Tab => typeof tab === 'object' && tab !== null && typeof tab.href === 'string' && typeof tab.title === 'string' && typeof tab.preview === 'boolean',
		);
	} catch {
		return [];
	}
}
