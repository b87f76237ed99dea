import { layout } from '../../scripts/layout';
import { pageData } from '../../scripts/page-data';

/**
 * <kap-search-view>: the side bar's Search view, the same engine as the command palette, in a
 * list. Like the palette's, its code loads on first use: the first word typed.
 */
class KapSearchView extends HTMLElement {
	connectedCallback(): void {
		const form = this.querySelector('form')!;
		const input = form.querySelector('input')!;
		form.addEventListener('submit', (event) => event.preventDefault());
		input.addEventListener('input', () => void import('./search-results').then(({ mountSearchResults }) => mountSearchResults(form, pageData().base)), { once: true });
		// Choosing the Search view puts the cursor in its box.
		let searching: boolean | undefined;
		layout.subscribe(({ view }, shown) => {
			const now = shown && view === 'search';
			if (now && searching === false) input.focus();
			searching = now;
		});
	}
}
customElements.define('kap-search-view', KapSearchView);
