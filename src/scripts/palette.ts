/**
 * Opens the command palette. Only this small script is on every page: the palette itself
 * (React) is loaded on first use. Ctrl/Cmd+K and F1 open it everywhere; Ctrl/Cmd+Shift+P opens
 * it in command mode where the browser lets a page have that key. Ctrl/Cmd+P stays the browser's.
 */
const isMac = /Mac|iPhone|iPad/.test(navigator.platform) || navigator.userAgent.includes('Mac OS');

let opening: Promise<void> | undefined;

export function openPalette(initial = ''): Promise<void> {
	if (document.querySelector('[data-palette-open]')) return Promise.resolve();
	const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
	opening ??= import('../islands/mount-palette')
		.then(({ mountPalette }) => mountPalette({ initial, returnFocus, isMac }))
		.finally(() => (opening = undefined));
	return opening;
}

export function bindPaletteKeys(): void {
	document.addEventListener('keydown', (event) => {
		const mod = isMac ? event.metaKey : event.ctrlKey;
		const key = event.key.toLowerCase();
		if (event.key === 'F1' && !mod && !event.altKey) {
			event.preventDefault();
			void openPalette('>');
		} else if (mod && !event.altKey && key === 'k' && !event.shiftKey) {
			event.preventDefault();
			void openPalette('');
		} else if (mod && !event.altKey && event.shiftKey && key === 'p') {
			event.preventDefault();
			void openPalette('>');
		}
	});
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-command="search"]')) {
		button.hidden = false;
		button.addEventListener('click', () => void openPalette(''));
		const hint = button.querySelector('kbd');
		if (hint) hint.textContent = isMac ? '⌘K' : 'Ctrl K';
	}
}
