import paletteStylesheet from '../styles/palette.css?url';
import { couldNotLoad } from '../lib/format';
import { element } from './element';
import { loadStylesheet } from './stylesheet';

/**
 * Opens the command palette. Only this small script is on every page: it builds the palette's
 * dialog and focused input at once, in the same task as the key or click, so every key typed
 * next lands in the input in order; the palette's behaviour and styles load behind it on first use
 * and take over whatever has been typed by then.
 */

/** What the opener builds at once: the modal dialog and its focused input; `palette-view` adds the list, filters and status. */
export interface PaletteShell {
	backdrop: HTMLElement;
	dialog: HTMLElement;
	input: HTMLInputElement;
	/** Removes the palette and gives focus back to where it was. */
	close: () => void;
	/** Whether it is still on the page (the reader may close it before its behaviour loads). */
	isOpen: () => boolean;
}

/** The keys the palette's input handles itself: they move through the list and choose from it. */
export type PaletteKey = 'ArrowDown' | 'ArrowUp' | 'Enter';
export const isPaletteKey = (key: string): key is PaletteKey => key === 'ArrowDown' || key === 'ArrowUp' || key === 'Enter';

function buildShell(initial: string, returnFocus: HTMLElement | null): PaletteShell {
	const backdrop = element('div', 'palette-backdrop');
	// Invisible, yet focused and typing, until the view and its stylesheet have loaded.
	backdrop.style.position = 'fixed';
	backdrop.style.opacity = '0';
	const dialog = element('div', 'palette', { role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Command palette' });
	const input = element('input', 'palette__input', {
		role: 'combobox',
		'aria-expanded': 'false',
		'aria-label': 'Search the manual; type > for commands, # for headings, ? for help',
		autocomplete: 'off',
		spellcheck: 'false',
	});
	input.value = initial;
	dialog.append(input);
	backdrop.append(dialog);

	const close = () => {
		backdrop.remove();
		returnFocus?.focus();
	};
	backdrop.addEventListener('mousedown', (event) => {
		if (!dialog.contains(event.target as Node)) close();
	});
	dialog.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			// Kept from the page's own keys (Esc Esc leaves the session view).
			event.preventDefault();
			event.stopPropagation();
			close();
		} else if (event.key === 'Tab') {
			// Modal: Tab cycles through the dialog's own controls.
			const focusable = [...dialog.querySelectorAll<HTMLElement>('input, button')];
			const index = focusable.indexOf(document.activeElement as HTMLElement);
			event.preventDefault();
			focusable[(index + (event.shiftKey ? -1 : 1) + focusable.length) % focusable.length]?.focus();
		}
	});
	return { backdrop, dialog, input, close, isOpen: () => backdrop.isConnected };
}

let current: PaletteShell | undefined;

export function openPalette(initial = ''): void {
	if (current?.isOpen()) return;
	const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
	const shell = buildShell(initial, returnFocus);
	current = shell;
	document.body.append(shell.backdrop);
	shell.input.focus();
	shell.input.setSelectionRange(initial.length, initial.length);
	// Text goes into the input by itself; the keys that act on the list wait for the view.
	const early: PaletteKey[] = [];
	const keepEarly = (event: KeyboardEvent) => {
		if (!isPaletteKey(event.key)) return;
		event.preventDefault();
		early.push(event.key);
	};
	shell.input.addEventListener('keydown', keepEarly);
	Promise.all([import('./palette-view'), loadStylesheet(paletteStylesheet)])
		.then(([{ startPalette }]) => {
			shell.input.removeEventListener('keydown', keepEarly);
			if (!shell.isOpen()) return;
			startPalette(shell, early);
			shell.backdrop.removeAttribute('style');
		})
		.catch(() => {
			shell.backdrop.removeAttribute('style');
			const status = element('p', '', { role: 'alert' });
			status.textContent = couldNotLoad('The palette');
			shell.dialog.append(status);
		});
}
