import { isReviewOverdue } from '../../lib/format';
import { statusBar } from '../../scripts/status-bar';

/**
 * <kap-status-bar review-months="…">: the page's facts, rendered at build, plus the entries features
 * add through the status bar model. A page built months ago still flags an overdue review on the
 * day it is read.
 */
class KapStatusBar extends HTMLElement {
	connectedCallback(): void {
		const [start, end] = this.querySelectorAll('ul');
		statusBar.attach((entry) => {
			const item = document.createElement('li');
			item.dataset.statusEntry = entry.id;
			if (entry.alignment === 'start') start!.append(item);
			else end!.prepend(item);
			return item;
		});

		const reviewed = this.querySelector<HTMLElement>('[data-reviewed]');
		if (!reviewed?.dataset.reviewed) return;
		const overdue = isReviewOverdue(reviewed.dataset.reviewed, Number(this.getAttribute('review-months')), new Date().toISOString().slice(0, 10));
		reviewed.classList.toggle('statusbar__overdue', overdue);
		const label = reviewed.querySelector('[data-overdue-label]');
		if (label) label.textContent = overdue ? ' — review overdue' : '';
	}
}
customElements.define('kap-status-bar', KapStatusBar);
