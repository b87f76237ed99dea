import { element, textElement } from '../../scripts/element';
import { loadSideBarLists } from '../../scripts/side-bar-lists';
import { drawSearchView } from './search-view';

/** The side bar's views whose content is drawn when the reader first opens them (kap-side-bar.ts). */
export type FilledView = 'search' | 'worksheets' | 'tools' | 'references';

function link(href: string, text: string, title?: string, detail?: string): HTMLLIElement {
	const item = document.createElement('li');
	const anchor = textElement('a', '', text);
	anchor.href = href;
	if (title) anchor.title = title;
	if (detail) anchor.append(textElement('span', '', detail));
	item.append(anchor);
	return item;
}

function list(items: HTMLLIElement[]): HTMLUListElement {
	const made = element('ul', 'sidebar__list');
	made.append(...items);
	return made;
}

/**
 * Fills `target` with the view's content: the search box, the manual's worksheets by phase and its
 * tools from the side bar's lists (side-bar-lists.ts), or the sources this page cites, read from its
 * own Sources list. Returns false when its list could not load (offline
 * before the lists were kept): the side bar then says so, and tries again when next opened.
 */
export async function fillView(view: FilledView, target: HTMLElement): Promise<boolean> {
	if (view === 'search') {
		await drawSearchView(target);
		return true;
	}
	if (view === 'references') {
		const cited = [...document.querySelectorAll<HTMLLIElement>('#document .sources li[id^="ref-"]')];
		target.replaceChildren(
			...(cited.length > 0
				? [textElement('h3', 'sidebar__subheading', 'Cited on this page'), list(cited.map((source) => link(`#${source.id}`, source.dataset.cite ?? source.id, source.textContent?.trim())))]
				: [textElement('p', 'sidebar__note', 'This page cites no sources.')]),
		);
		return true;
	}
	try {
		const { worksheets, tools } = await loadSideBarLists();
		if (view === 'tools') target.replaceChildren(list(tools.map((tool) => link(tool.href, tool.title, tool.summary))));
		else target.replaceChildren(...worksheets.flatMap((group) => [textElement('h3', 'sidebar__subheading', group.phase), list(group.items.map((item) => link(item.href, item.title, undefined, `${item.minutes} min`)))]));
		return true;
	} catch {
		return false;
	}
}
