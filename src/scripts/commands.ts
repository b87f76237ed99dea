import { createCommandRegistry, type Command } from '../lib/commands';

/** The page's one command registry: parts register what they own; the palette lists it. */
export const commands = createCommandRegistry();

export const isMac = /Mac|iPhone|iPad/.test(navigator.platform) || navigator.userAgent.includes('Mac OS');

/** Registers commands; returns what unregisters them (an island that unmounts calls it). */
export const registerCommands = (list: readonly Command[]): (() => void) => commands.registerAll(list);

/** The keybinding service: one listener runs the command whose keys were pressed. */
export function bindCommandKeys(): void {
	document.addEventListener('keydown', (event) => {
		const command = commands.commandForKey(event, isMac, Date.now());
		if (!command) return;
		event.preventDefault();
		command.run();
	});
}
