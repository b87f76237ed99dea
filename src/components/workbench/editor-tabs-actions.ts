import { withBase } from '../../lib/format';
import { pinTab } from '../../lib/tabs';
import { closeTab, moveTab } from '../../lib/tab-actions';
import type { RenderTabs, TabStrip } from './kap-editor-tabs';

type StripEvent = 'click' | 'dblclick' | 'auxclick' | 'keydown' | 'dragstart' | 'dragover' | 'drop' | 'dragend';

/**
 * What the editor's tabs do once the reader reaches for them: click to open, double-click to pin,
 * middle-click or × to close, drag or Alt+Shift+←/→ to move, and the WAI-ARIA tabs keys
 * (←/→/Home/End move, Enter/Space open, Delete closes).
 */
export function mountTabActions(tablist: HTMLElement, strip: TabStrip, render: RenderTabs): (event: Event) => void {
	const { here, base } = strip;
	const close = (href: string) => {
		const index = strip.tabs.findIndex((tab) => tab.href === href);
		const result = closeTab(strip.tabs, href, here);
		strip.tabs = result.tabs;
		if (result.next !== undefined) {
			location.assign(result.next ?? withBase(base, '/'));
			return;
		}
		render(strip.tabs[Math.min(index, strip.tabs.length - 1)]?.href);
	};

	const pin = (href: string) => {
		strip.tabs = pinTab(strip.tabs, href);
		render();
	};

	// The tab as drawn now: an event held while the actions loaded may come from a tab drawn again
	// since, or from the page's own tab before the strip was drawn.
	const tabOf = (event: Event) => {
		const href = (event.target as Element).closest<HTMLElement>('.tab')?.dataset.href;
		return href ? tablist.querySelector<HTMLElement>(`[role="tab"][data-href="${CSS.escape(href)}"]`) : null;
	};

	const click = (event: MouseEvent) => {
		const tab = tabOf(event);
		if (!tab?.dataset.href) return;
		if ((event.target as Element).closest('.tab__close')) close(tab.dataset.href);
		else if (tab.dataset.href !== here) location.assign(tab.dataset.href);
	};
	const dblclick = (event: MouseEvent) => {
		const href = tabOf(event)?.dataset.href;
		if (href) pin(href);
	};
	const auxclick = (event: MouseEvent) => {
		const href = tabOf(event)?.dataset.href;
		if (href && event.button === 1) {
			event.preventDefault();
			close(href);
		}
	};
	const keydown = (event: KeyboardEvent) => {
		const tab = tabOf(event);
		const href = tab?.dataset.href;
		if (!tab || !href) return;
		const all = [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')];
		const index = all.indexOf(tab);
		const move = (to: number) => {
			const target = all[(to + all.length) % all.length]!;
			for (const other of all) other.tabIndex = other === target ? 0 : -1;
			target.focus();
		};
		if (event.altKey && event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
			strip.tabs = moveTab(strip.tabs, href, index + (event.key === 'ArrowLeft' ? -1 : 1));
			render(href);
		} else if (event.key === 'ArrowLeft') move(index - 1);
		else if (event.key === 'ArrowRight') move(index + 1);
		else if (event.key === 'Home') move(0);
		else if (event.key === 'End') move(all.length - 1);
		else if (event.key === 'Delete') close(href);
		else if (event.key === 'Enter' || event.key === ' ') {
			if (href !== here) location.assign(href);
		} else return;
		event.preventDefault();
	};

	let dragged: string | undefined;
	const dragstart = (event: DragEvent) => {
		dragged = tabOf(event)?.dataset.href;
		event.dataTransfer?.setData('text/plain', dragged ?? '');
	};
	const dragover = (event: DragEvent) => {
		const tab = tabOf(event);
		if (!dragged || !tab) return;
		event.preventDefault();
		for (const other of tablist.querySelectorAll('[data-drop-target]')) other.removeAttribute('data-drop-target');
		tab.setAttribute('data-drop-target', '');
	};
	const drop = (event: DragEvent) => {
		const tab = tabOf(event);
		if (!dragged || !tab?.dataset.href) return;
		event.preventDefault();
		const to = strip.tabs.findIndex((other) => other.href === tab.dataset.href);
		strip.tabs = moveTab(strip.tabs, dragged, to);
		dragged = undefined;
		render();
	};
	const dragend = () => {
		dragged = undefined;
		for (const other of tablist.querySelectorAll('[data-drop-target]')) other.removeAttribute('data-drop-target');
	};

	const handlers: { [Type in StripEvent]: (event: HTMLElementEventMap[Type]) => void } = { click, dblclick, auxclick, keydown, dragstart, dragover, drop, dragend };
	const handlerFor = (type: string) => (type in handlers ? (handlers[type as StripEvent] as EventListener) : undefined);
	for (const type of Object.keys(handlers)) tablist.addEventListener(type, handlerFor(type)!);
	// What was done to the strip before the actions loaded (on-reach.ts), handled as if it came now.
	return (event) => handlerFor(event.type)?.(event);
}
