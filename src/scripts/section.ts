import { outlineHeadings } from '../components/workbench/outline-headings';

export interface Section {
	slug: string;
	text: string;
}

type Listener = (section: Section | undefined) => void;
const listeners: Listener[] = [];
let sections: { section: Section; element: HTMLElement }[] | undefined;
let active: Section | undefined;

/**
 * The section being read: the last of the page's headings scrolled past the top of the editor.
 * The outline marks it and the breadcrumbs show it, as VS Code does while scrolling an editor.
 */
export function onSectionChange(listener: Listener): void {
	listeners.push(listener);
	if (sections) listener(active);
	else start();
}

function start(): void {
	sections = outlineHeadings().flatMap((heading) => {
		const element = document.getElementById(heading.slug);
		return element ? [{ section: { slug: heading.slug, text: element.textContent?.trim() ?? heading.text }, element }] : [];
	});
	const scroller = document.querySelector<HTMLElement>('[data-editor-scroll]');
	const update = () => {
		const top = (scroller?.getBoundingClientRect().top ?? 0) + 80;
		active = undefined;
		for (const { section, element } of sections!) {
			if (element.getBoundingClientRect().top <= top) active = section;
			else break;
		}
		for (const listener of listeners) listener(active);
	};
	let queued = false;
	(scroller ?? window).addEventListener(
		'scroll',
		() => {
			if (queued) return;
			queued = true;
			requestAnimationFrame(() => {
				queued = false;
				update();
			});
		},
		{ passive: true },
	);
	update();
}
