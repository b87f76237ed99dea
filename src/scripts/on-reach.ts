/** What a part's behaviour may be handed before it has loaded: presses, clicks and keys. */
const HELD = ['pointerdown', 'click', 'dblclick', 'auxclick', 'keydown'] as const;
/** The reader reaching for a part: these start its behaviour loading. */
const REACH = ['pointerenter', 'focusin', 'touchstart'] as const;

/**
 * Starts a part's behaviour when the reader first reaches for it (the pointer over it, focus in
 * it, a touch), not on every page load: most readers of a page never use most parts. Nothing done
 * to it meanwhile is lost: clicks and keys that `hold` accepts are kept from the page (their
 * default prevented) and, once `start` has resolved with the part's handler, handed to it in order.
 * (Handed, not dispatched again: the part may have drawn afresh the element an event came from.)
 * If its code cannot load (offline before the manual was saved, or a page left open across a new
 * edition), what was held goes to `fallback`, the part's plain behaviour, and the next reach tries
 * again. Returns what starts it without the reader (`reached` false), for a part something else needs.
 */
export function startOnReach(
	root: HTMLElement,
	start: (reached: boolean) => Promise<(event: Event) => void>,
	hold: (event: Event) => boolean,
	fallback: (event: Event) => void = () => {},
): () => void {
	const held: Event[] = [];
	let started = false;
	const begin = (reached: boolean) => {
		if (started) return;
		started = true;
		start(reached).then(
			(handle) => {
				for (const type of HELD) root.removeEventListener(type, keep, true);
				for (const type of REACH) root.removeEventListener(type, reach);
				for (const event of held.splice(0)) handle(event);
			},
			() => {
				started = false;
				for (const event of held.splice(0)) fallback(event);
			},
		);
	};
	const keep = (event: Event) => {
		if (!hold(event)) return;
		event.preventDefault();
		event.stopImmediatePropagation();
		held.push(event);
		begin(true);
	};
	const reach = () => begin(true);
	for (const type of HELD) root.addEventListener(type, keep, true);
	for (const type of REACH) root.addEventListener(type, reach, { passive: true });
	return () => begin(false);
}

/**
 * Starts what follows the reading position (the outline's mark, the breadcrumbs' heading) with the
 * first scroll, or at once when the page opened at a heading: until then the reader is at the top,
 * where there is nothing to mark.
 */
export function startOnScroll(start: () => Promise<unknown>): void {
	const listen = (on: boolean) => {
		const method = on ? 'addEventListener' : 'removeEventListener';
		// Scrolling an element does not bubble, but every scroll passes the document on its way down.
		document[method]('scroll', begin, { capture: true });
		window[method]('hashchange', begin);
	};
	const begin = () => {
		listen(false);
		// Not loaded (offline before the manual was saved for offline use): the next scroll tries again.
		start().catch(() => listen(true));
	};
	listen(true);
	if (location.hash) begin();
}
