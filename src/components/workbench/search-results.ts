import { rememberHighlight } from '../../scripts/highlight';
import { searchManual } from '../../scripts/pagefind';

/** The Search view's results, loaded with the search engine on the first word typed. */
export function mountSearchResults(form: HTMLFormElement, base: string): void {
	const input = form.querySelector('input')!;
	const status = form.querySelector<HTMLElement>('[data-search-status]')!;
	const results = form.querySelector<HTMLOListElement>('[data-search-results]')!;

	results.addEventListener('click', (event) => {
		const link = (event.target as Element).closest('a');
		if (link) rememberHighlight(link.pathname, input.value);
	});
	const search = async () => {
		const query = input.value.trim();
		if (!query) {
			results.replaceChildren();
			status.textContent = '';
			return;
		}
		const found = await searchManual(base, query, {}, 12, 120).catch(() => {
			status.textContent = 'Search could not load. Open the manual once with the network on, then try again.';
			return null;
		});
		if (!found) return;
		results.replaceChildren(
			...found.hits.map((hit) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = hit.url;
				const title = document.createElement('strong');
				title.textContent = hit.section ? `${hit.title} › ${hit.section}` : hit.title;
				const excerpt = document.createElement('span');
				excerpt.innerHTML = hit.excerpt;
				link.append(title, excerpt);
				item.append(link);
				return item;
			}),
		);
		status.textContent = found.total === 0 ? 'No results.' : `${found.total} result${found.total === 1 ? '' : 's'}.`;
	};
	input.addEventListener('input', search);
	void search();
}
