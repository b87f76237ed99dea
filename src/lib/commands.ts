/**
 * The command registry, after VS Code's `registerAction2`: a command carries its id, title, keys
 * and handler, and is registered by the part of the workbench that owns the behaviour. The palette
 * offers exactly what is registered; one keybinding service binds the keys. Pure: no DOM.
 */

/**
 * The known command ids, one member per registering module, each a union of its ids. A module
 * adds its own by augmentation:
 *
 *     declare module '../lib/commands' { interface CommandIds { theme: `theme.${ThemeChoice}` } }
 *
 * so that registering or running an id nobody declared is a type error.
 */
export interface CommandIds {}
export type CommandId = CommandIds[keyof CommandIds];

export interface KeyBinding {
	/** KeyboardEvent.key, compared without case: "b", "F1", "Escape". */
	key: string;
	/** Ctrl, or ⌘ on a Mac. */
	mod?: boolean;
	shift?: boolean;
	/** Pressed twice within `DOUBLE_PRESS_MS`, as Esc Esc. */
	twice?: boolean;
	/** The browser's own key: shown beside the command, never bound by the page. */
	browser?: boolean;
	/** Words shown after the keys, e.g. "to leave". */
	note?: string;
}

export interface Command {
	id: CommandId;
	title: string;
	keys?: readonly KeyBinding[];
	/** When the keys apply (the palette offers the command regardless). */
	when?: () => boolean;
	/** false keeps it out of the palette's list: the keys that open the palette itself. */
	palette?: boolean;
	run: () => void;
}

/** The key event fields a binding is matched on (a DOM KeyboardEvent has them all). */
export interface KeyPress {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
	altKey: boolean;
}

export const DOUBLE_PRESS_MS = 600;

export interface CommandRegistry {
	/** Registers a command; returns what unregisters it. A second command with the same id is an error. */
	register(command: Command): () => void;
	registerAll(commands: readonly Command[]): () => void;
	get(id: CommandId): Command | undefined;
	/** The commands the palette lists, in the order they were registered. */
	paletteCommands(): Command[];
	/** The command a key press runs, if any; remembers presses for bindings pressed twice. */
	commandForKey(press: KeyPress, isMac: boolean, now: number): Command | undefined;
}

export function createCommandRegistry(): CommandRegistry {
	const commands = new Map<CommandId, Command>();
	let last: { binding: KeyBinding; at: number } | undefined;

	const register = (command: Command) => {
		if (commands.has(command.id)) throw new Error(`The command "${command.id}" is registered twice.`);
		commands.set(command.id, command);
		return () => {
			if (commands.get(command.id) === command) commands.delete(command.id);
		};
	};

	return {
		register,
		registerAll(list) {
			const disposers = list.map(register);
			return () => disposers.forEach((dispose) => dispose());
		},
		get: (id) => commands.get(id),
		paletteCommands: () => [...commands.values()].filter((command) => command.palette !== false),
		commandForKey(press, isMac, now) {
			for (const command of commands.values()) {
				const binding = command.keys?.find((candidate) => !candidate.browser && matchesKey(candidate, press, isMac));
				if (!binding || (command.when && !command.when())) continue;
				if (!binding.twice) return command;
				const second = last?.binding === binding && now - last.at < DOUBLE_PRESS_MS;
				last = second ? undefined : { binding, at: now };
				return second ? command : undefined;
			}
			return undefined;
		},
	};
}

/** Exact modifiers: Ctrl+B is not Ctrl+Shift+B, and Alt is never part of a kapkit binding. */
export function matchesKey(binding: KeyBinding, press: KeyPress, isMac: boolean): boolean {
	const mod = isMac ? press.metaKey : press.ctrlKey;
	return press.key.toLowerCase() === binding.key.toLowerCase() && mod === Boolean(binding.mod) && press.shiftKey === Boolean(binding.shift) && !press.altKey;
}
