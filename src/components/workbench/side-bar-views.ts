import type { SideBarLists } from '../../lib/nav';
import { element, textElement } from '../../scripts/element';

/** The side bar's views whose content is drawn when the reader first opens them (kap-side-bar.ts). */
export type FilledView = 'worksheets' | 'tools' | 'references';

let lists: Promise<SideBarLists> | undefined;

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
 * Fills `target` with the view's content: the manual's worksheets by phase and its tools from
 * side-bar.json (`listsUrl`, kept by the service worker), or the sources this page cites, read from
 * its own Sources list. Offline before the lists were kept, it says so and points to the pages.
 */
export async function fillView(view: FilledView, target: HTMLElement, listsUrl: string, fallbackHref: string): Promise<void> {
	if (view === 'references') {
		const cited = [...document.querySelectorAll<HTMLLIElement>('#document .sources li[id^="ref-"]')];
		target.replaceChildren(
			...(cited.length > 0
				? [textElement('h3', 'sidebar__subheading', 'Cited on this page'), list(cited.map((source) => link(`#${source.id}`, source.dataset.cite ?? source.id, source.textContent?.trim())))]
				: [textElement('p', 'sidebar__note', 'This page cites no sources.')]),
		);
		return;
	}
	try {
		lists ??= fetch(listsUrl).then((response) => (response.ok ? (response.json() as Promise<SideBarLists>) : Promise.reject(new Error(String(response.status)))));
		const { worksheets, tools } = await lists;
		if (view === 'tools') target.replaceChildren(list(tools.map((tool) => link(tool.href, tool.title, tool.summary))));
		else target.replaceChildren(...worksheets.flatMap((group) => [textElement('h3', 'sidebar__subheading', group.phase), list(group.items.map((item) => link(item.href, item.title, undefined, `${item.minutes} min`)))]));
	} catch {
		lists = undefined;
		const note = textElement('p', 'sidebar__note', 'This list could not load (offline before the manual was saved for offline use). ');
		const page = textElement('a', '', view === 'tools' ? 'Open the Tools page' : 'Open the Worksheets page');
		page.href = fallbackHref;
		note.append(page);
		target.replaceChildren(note);
	}
}
