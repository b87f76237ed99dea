/**
 * The side bar's Search view: full-text search with Pagefind, loaded on first use from the site
 * itself. Pagefind runs its search in a worker; results link to the section that matched.
 */
interface PagefindResult {
	data: () => Promise<{ url: string; excerpt: string; meta: { title?: string }; sub_results?: { url: string; title: string; excerpt: string }[] }>;
}
interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	debouncedSearch: (query: string, options?: Record<string, unknown>, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}

export function mountSearchView(form: HTMLFormElement): void {
	const base = form.dataset.base ?? '/';
	const input = form.querySelector('input')!;
	const status = form.querySelector<HTMLElement>('[data-search-status]')!;
	const results = form.querySelector<HTMLOListElement>('[data-search-results]')!;
	let pagefind: Promise<Pagefind> | undefined;

	const load = () =>
		(pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
			await module.options({ baseUrl: base, excerptLength: 18 });
			await module.init();
			return module;
		}));

	form.addEventListener('submit', (event) => event.preventDefault());
	input.addEventListener('focus', () => void load().catch(() => (status.textContent = 'Search is not available offline until the manual has been opened online once.')), { once: true });
	input.addEventListener('input', async () => {
		const query = input.value.trim();
		if (!query) {
			results.replaceChildren();
			status.textContent = '';
			return;
		}
		const engine = await load();
		const found = await engine.debouncedSearch(query, {}, 120);
		if (!found) return;
		const top = await Promise.all(found.results.slice(0, 12).map((result) => result.data()));
		results.replaceChildren(
			...top.map((page) => {
				const best = page.sub_results?.[0];
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = best?.url ?? page.url;
				const title = document.createElement('strong');
				title.textContent = page.meta.title ?? page.url;
				const excerpt = document.createElement('span');
				// Pagefind's excerpt is the page's own text with <mark> around the matched words.
				excerpt.innerHTML = best?.excerpt ?? page.excerpt;
				link.append(title, excerpt);
				item.append(link);
				return item;
			}),
		);
		status.textContent = found.results.length === 0 ? 'No results.' : `${found.results.length} result${found.results.length === 1 ? '' : 's'}.`;
	});
}
