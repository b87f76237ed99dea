import { STORAGE, themes, type ThemeChoice } from '../lib/layout-state';
import { local, session } from './storage';

/** Theme picker, session view (VS Code's Zen mode) and the title bar's search button. */
export function mountWorkbench(): void {
	const root = document.documentElement;

	const picker = document.querySelector<HTMLSelectElement>('[data-theme-picker]');
	if (picker) {
		const saved = local.get(STORAGE.theme);
		picker.value = themes.includes(saved as ThemeChoice) ? (saved as ThemeChoice) : 'system';
		picker.closest('label')!.hidden = false;
		picker.addEventListener('change', () => {
			const choice = picker.value as ThemeChoice;
			local.set(STORAGE.theme, choice);
			if (choice === 'system') root.removeAttribute('data-theme');
			else root.dataset.theme = choice;
		});
	}

	const sessionButtons = document.querySelectorAll<HTMLButtonElement>('[data-command="session-view"]');
	const setSessionView = (on: boolean) => {
		root.toggleAttribute('data-session-view', on);
		session.set(STORAGE.sessionView, on ? '1' : '');
		for (const button of sessionButtons) button.setAttribute('aria-pressed', String(on));
	};
	for (const button of sessionButtons) {
		button.hidden = false;
		button.addEventListener('click', () => setSessionView(!root.hasAttribute('data-session-view')));
	}
	setSessionView(root.hasAttribute('data-session-view'));
	document.addEventListener('kapkit:session-view', (event) => setSessionView((event as CustomEvent<boolean>).detail));

	// Esc Esc leaves session view, as in VS Code; a single Esc stays free for everything else.
	let lastEscape = 0;
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || !root.hasAttribute('data-session-view')) return;
		const now = Date.now();
		if (now - lastEscape < 600) setSessionView(false);
		lastEscape = now;
	});

	// A table wider than the screen scrolls sideways; keyboard users must be able to reach it.
	const tables = document.querySelectorAll<HTMLTableElement>('.editor__document table');
	const markScrollable = () => {
		for (const table of tables) {
			if (table.scrollWidth > table.clientWidth + 1) table.tabIndex = 0;
			else table.removeAttribute('tabindex');
		}
	};
	new ResizeObserver(markScrollable).observe(document.querySelector('.editor__document') ?? document.body);

	const search = document.querySelector<HTMLButtonElement>('[data-command="search"]');
	if (search) {
		search.hidden = false;
		search.addEventListener('click', () => document.dispatchEvent(new CustomEvent('kapkit:show-view', { detail: 'search' })));
	}
}
