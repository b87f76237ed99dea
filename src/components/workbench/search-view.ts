import searchViewStylesheet from '../../styles/search-view.css?url';
import { couldNotLoad } from '../../lib/format';
import { element, textElement } from '../../scripts/element';
import { pageData } from '../../scripts/page-data';
import { loadStylesheet } from '../../scripts/stylesheet';

/**
 * The side bar's Search view, drawn when first shown: the same engine as the command palette, in a
 * list. Like the palette's, the engine loads on first use: the first word typed.
 */
export async function drawSearchView(target: HTMLElement): Promise<void> {
	await loadStylesheet(searchViewStylesheet);
	const form = element('form', 'search-view', { role: 'search' });
	const label = textElement('label', 'visually-hidden', 'Search the manual');
	label.htmlFor = 'search-view-input';
	const input = element('input', '', { id: 'search-view-input', type: 'search', placeholder: 'Search the manual', autocomplete: 'off', spellcheck: 'false' });
	const status = element('p', 'search-view__status', { 'aria-live': 'polite', 'data-search-status': '' });
	form.append(label, input, status, element('ol', 'search-view__results', { 'data-search-results': '' }));
	form.addEventListener('submit', (event) => event.preventDefault());
	const start = () =>
		import('./search-results').then(
			({ mountSearchResults }) => mountSearchResults(form, pageData().base),
			() => {
				// Not loaded (offline before the manual was saved): say so; the next word typed tries again.
				status.textContent = couldNotLoad('Search');
				input.addEventListener('input', start, { once: true });
			},
		);
	input.addEventListener('input', start, { once: true });
	target.replaceChildren(form);
}
