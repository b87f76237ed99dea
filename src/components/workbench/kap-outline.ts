import { onSectionChange } from '../../scripts/section';

/** <kap-outline>: the page's headings, with the section being read marked. */
class KapOutline extends HTMLElement {
	connectedCallback(): void {
		const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
		onSectionChange((section) => {
			for (const link of links) {
				if (section && link.hash === `#${encodeURIComponent(section.slug)}`) link.setAttribute('aria-current', 'location');
				else link.removeAttribute('aria-current');
			}
		});
	}
}
customElements.define('kap-outline', KapOutline);
