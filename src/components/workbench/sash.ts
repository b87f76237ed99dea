import { layout } from '../../scripts/layout';

/** The side bar's right edge: drag it, or focus it and use the arrow keys, to resize the side bar. Returns what handles a press or keys held while this loaded. */
export function resizeWithSash(sash: HTMLElement): (event: Event) => void {
	const pointerdown = (event: PointerEvent) => {
		// A press held while this loaded may have ended already: then there is nothing to drag.
		try {
			sash.setPointerCapture(event.pointerId);
		} catch {
			return;
		}
		sash.toggleAttribute('data-dragging', true);
		const left = sash.parentElement!.getBoundingClientRect().left;
		const move = (moveEvent: PointerEvent) => layout.resize(moveEvent.clientX - left);
		const stop = () => {
			sash.removeAttribute('data-dragging');
			sash.removeEventListener('pointermove', move);
		};
		sash.addEventListener('pointermove', move);
		sash.addEventListener('pointerup', stop, { once: true });
		sash.addEventListener('pointercancel', stop, { once: true });
	};
	sash.addEventListener('pointerdown', pointerdown);
	const keydown = (event: KeyboardEvent) => {
		const step = event.shiftKey ? 40 : 10;
		if (event.key === 'ArrowLeft') layout.resize(layout.state.sidebarWidth - step);
		else if (event.key === 'ArrowRight') layout.resize(layout.state.sidebarWidth + step);
		else return;
		event.preventDefault();
	};
	sash.addEventListener('keydown', keydown);
	return (event) => {
		if (event instanceof KeyboardEvent) keydown(event);
		else if (event instanceof PointerEvent) pointerdown(event);
	};
}
