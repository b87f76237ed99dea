import { statusBar } from '../../scripts/status-bar';

/**
 * <kap-status-bar>: the page's facts, rendered at build, plus the entries features add through the
 * status bar model. (The review date is re-read on the day it is read by scripts/review-marks.)
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
	}
}
customElements.define('kap-status-bar', KapStatusBar);
