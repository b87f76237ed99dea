import { STORAGE } from '../../lib/layout-state';
import { commands, registerCommands } from '../../scripts/commands';
import { sessionViewCommand } from '../../scripts/commands/view';
import { session } from '../../store/web-storage';

const root = document.documentElement;
const buttons: HTMLButtonElement[] = [];
const isOn = () => root.hasAttribute('data-session-view');

/** Session view (VS Code's Zen mode) stays on while moving between pages of this browser tab. */
function setSessionView(on: boolean): void {
	root.toggleAttribute('data-session-view', on);
	session.set(STORAGE.sessionView, on ? '1' : '');
	for (const button of buttons) button.setAttribute('aria-pressed', String(on));
}

/**
 * <kap-session-view>: a button that enters or leaves session view: the title bar's, and the
 * "Leave session view" button shown in its place. The first one registers the command.
 */
class KapSessionView extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector('button')!;
		buttons.push(button);
		button.hidden = false;
		button.addEventListener('click', () => setSessionView(!isOn()));
		if (!commands.get('view.session')) registerCommands([sessionViewCommand({ toggle: () => setSessionView(!isOn()), isOn })]);
		setSessionView(isOn());
	}
}
customElements.define('kap-session-view', KapSessionView);
