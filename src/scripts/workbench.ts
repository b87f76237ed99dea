import type { CommandAction } from '../lib/commands';
import { STORAGE, themes, type ThemeChoice } from '../lib/layout-state';
import { parseRecent, rememberPage } from '../lib/palette';
import { applyHighlight } from './highlight';
import { local, session } from '../store/web-storage';

/** Theme picker, session view (VS Code's Zen mode), the palette's commands, recent pages and search marks. */
export function mountWorkbench(): void {
	const root = document.documentElement;

	const picker = document.querySelector<HTMLSelectElement>('[data-theme-picker]');
	if (picker) {
		const saved = local.get(STORAGE.theme);
		picker.value = themes.includes(saved as ThemeChoice) ? (saved as ThemeChoice) : 'system';
		picker.closest('label')!.hidden = false;
		picker.addEventListener('change', () => setTheme(picker.value as ThemeChoice));
	}
	function setTheme(choice: ThemeChoice) {
		local.set(STORAGE.theme, choice);
		if (picker) picker.value = choice;
		if (choice === 'system') root.removeAttribute('data-theme');
		else root.dataset.theme = choice;
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

	document.addEventListener('kapkit:command', (event) => {
		const action = (event as CustomEvent<CommandAction>).detail;
		if (action.type === 'navigate') location.assign(action.path);
		else if (action.type === 'theme') setTheme(action.theme);
		else if (action.type === 'session-view') setSessionView(!root.hasAttribute('data-session-view'));
		else if (action.type === 'toggle-sidebar') document.dispatchEvent(new CustomEvent('kapkit:toggle-sidebar'));
		else if (action.type === 'show-view') document.dispatchEvent(new CustomEvent('kapkit:show-view', { detail: action.view }));
		else if (action.type === 'print') window.print();
		else if (action.type === 'worksheet') document.dispatchEvent(new CustomEvent('kapkit:worksheet', { detail: action.op }));
		else if (action.type === 'clear-all-answers') clearAllAnswers();
	});

	// The pages opened recently, for the palette to offer when its input is empty.
	const title = document.querySelector('[data-doc-title]')?.textContent?.trim();
	if (title) local.set(STORAGE.recent, JSON.stringify(rememberPage(parseRecent(local.get(STORAGE.recent)), { href: location.pathname, title })));

	applyHighlight();
}

/** Removes every worksheet's saved answers from this device, after asking. */
function clearAllAnswers(): void {
	const keys = Object.keys(localStorage).filter((key) => key.startsWith(STORAGE.answers));
	if (!keys.length) {
		window.alert('No worksheet answers are saved on this device.');
		return;
	}
	if (!window.confirm(`Clear the saved answers of ${keys.length} worksheet${keys.length === 1 ? '' : 's'} from this device? This cannot be undone.`)) return;
	for (const key of keys) localStorage.removeItem(key);
	document.dispatchEvent(new CustomEvent('kapkit:worksheet', { detail: 'reset' }));
}
