import { isMac } from './commands';

/**
 * Opens the command palette. Only this small script is on every page: the palette itself (React)
 * is loaded on first use.
 */
let opening: Promise<void> | undefined;

export function openPalette(initial = ''): Promise<void> {
	if (document.querySelector('[data-palette-open]')) return Promise.resolve();
	const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
	opening ??= import('../islands/mount-palette')
		.then(({ mountPalette }) => mountPalette({ initial, returnFocus, isMac }))
		.finally(() => (opening = undefined));
	return opening;
}
