/**
 * HTML that several pages of one build print alike: the first page to ask renders it, the others
 * get that HTML, and the last lets it go. A key must always render the same HTML.
 */
export function sharedRender(): (key: string, pages: number, render: () => Promise<string>) => Promise<string> {
	const kept = new Map<string, { html: string; pagesLeft: number }>();
	return async (key, pages, render) => {
		const shared = kept.get(key);
		if (shared) {
			shared.pagesLeft -= 1;
			if (shared.pagesLeft <= 0) kept.delete(key);
			return shared.html;
		}
		const html = await render();
		if (pages > 1) kept.set(key, { html, pagesLeft: pages - 1 });
		return html;
	};
}
