import { couldNotLoad } from '../../lib/format';
import { rememberHighlight } from '../../scripts/highlight';
import { searchManual, type SearchHit } from '../../scripts/pagefind';

/** The Search view's results, loaded with the search engine on the first word typed. */
export function mountSearchResults(form: HTMLFormElement, base: string): void {
	const input = form.querySelector('input')!;
	const status = form.querySelector<HTMLElement>('[data-search-status]')!;
	const results = form.querySelector<HTMLOListElement>('[data-search-results]')!;

	results.addEventListener('click', (event) => {
		const link = (event.target as Element).closest('a');
		if (link) rememberHighlight(link.pathname, input.value);
	});
	const item = (hit: SearchHit) => {
		const entry = document.createElement('li');
		const link = document.createElement('a');
		link.href = hit.url;
		const title = document.createElement('strong');
		title.textContent = hit.section ? `${hit.title} › ${hit.section}` : hit.title;
		const excerpt = document.createElement('span');
		excerpt.innerHTML = hit.excerpt;
		link.append(title, excerpt);
		entry.append(link);
		return entry;
	};
	let latest = 0;
	const search = async () => {
		const query = input.value.trim();
		const ticket = ++latest;
		if (!query) {
			results.replaceChildren();
			status.textContent = '';
			return;
		}
		const found = await searchManual(base, query, {}, 12).catch(() => {
			status.textContent = couldNotLoad('Search');
			return null;
		});
		if (!found || ticket !== latest) return;
		// The first screen at once; the rest below it as their excerpts arrive.
		results.replaceChildren(...found.hits.map(item));
		status.textContent = found.total === 0 ? 'No results.' : `${found.total} result${found.total === 1 ? '' : 's'}.`;
		const more = await found.rest().catch(() => []);
		if (ticket === latest) results.append(...more.map(item));
	};
	input.addEventListener('input', search);
	void search();
}
