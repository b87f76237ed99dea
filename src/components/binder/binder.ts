import { Polisher, Previewer } from 'pagedjs';

/**
 * The site's Content Security Policy allows no inline <style>, which is where Paged.js writes the
 * page-aware CSS it derives from the binder's stylesheets. The binder hands that CSS to the page
 * as constructed stylesheets instead (CSSOM, which the policy does not govern), and gives Paged.js
 * a constructed sheet for the rules it adds while laying out (page counters, running strings).
 */
function adopt(text: string): { remove(): void } {
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(text);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	return { remove: () => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet)) };
}

Polisher.prototype.insert = function insert(this: Polisher, text: string) {
	const handle = adopt(text);
	this.inserted.push(handle);
	return handle;
};

const setup = Polisher.prototype.setup;
Polisher.prototype.setup = function setupWithAdoptedSheet(this: Polisher) {
	setup.call(this);
	const sheet = new CSSStyleSheet();
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	this.styleSheet = sheet;
	return sheet;
};

/** The paper asked for in the address (#A4, #letter), else the manual's configured size. */
function paperSize(): 'A4' | 'letter' {
	const asked = location.hash.slice(1).toLowerCase();
	if (asked === 'a4' || asked === 'letter') return asked === 'a4' ? 'A4' : 'letter';
	return document.documentElement.dataset.paper === 'Letter' ? 'letter' : 'A4';
}

/** Lays the binder out into printed pages, then enables Print; a change of paper lays it out afresh. */
export async function layOutBinder(): Promise<void> {
	const source = document.querySelector<HTMLElement>('[data-binder]');
	const status = document.querySelector<HTMLElement>('[data-binder-status]');
	const print = document.querySelector<HTMLButtonElement>('[data-binder-print]');
	if (!source || !status || !print) return;
	const paper = paperSize();
	document.documentElement.dataset.paper = paper;
	for (const choice of document.querySelectorAll<HTMLButtonElement>('[data-paper-choice]')) {
		const size = choice.dataset.paperChoice ?? 'A4';
		choice.setAttribute('aria-pressed', String(size.toLowerCase() === paper.toLowerCase()));
		// Paged.js lays out once for one size: another size is a fresh layout.
		choice.addEventListener('click', () => {
			location.hash = size;
			location.reload();
		});
	}
	print.addEventListener('click', () => window.print());

	const previewer = new Previewer();
	const stylesheets = previewer.removeStyles();
	stylesheets.push({ [location.href]: `@page { size: ${paper}; }` });
	const content = document.createDocumentFragment();
	content.append(...source.childNodes);
	source.remove();
	const pages = document.createElement('div');
	pages.className = 'binder-pages';
	document.body.append(pages);
	const flow = await previewer.preview(content, stylesheets, pages);
	status.textContent = `${flow.total} pages, ${paper === 'A4' ? 'A4' : 'Letter'}. Ready to print.`;
	print.disabled = false;
	document.documentElement.dataset.binderReady = String(flow.total);
}
