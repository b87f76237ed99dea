import { onSectionChange } from '../../scripts/section';

/** <kap-breadcrumbs>: the trail ends with the heading of the section being read. */
class KapBreadcrumbs extends HTMLElement {
	connectedCallback(): void {
		const crumb = this.querySelector<HTMLElement>('[data-breadcrumb-heading]')!;
		const link = crumb.querySelector('a')!;
		onSectionChange((section) => {
			crumb.hidden = !section;
			link.textContent = section?.text ?? '';
			link.href = section ? `#${section.slug}` : '#top';
		});
	}
}
customElements.define('kap-breadcrumbs', KapBreadcrumbs);
