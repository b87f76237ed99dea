import { describe, expect, it, vi } from 'vitest';
import { createCommandRegistry, DOUBLE_PRESS_MS, matchesKey, type KeyPress } from '../../../src/lib/commands.ts';
import { formatKeys } from '../../../src/lib/palette.ts';
import { navigationCommands, toolCommands } from '../../../src/scripts/commands/navigation.ts';
import { paletteCommands, sessionViewCommand, sideBarCommands } from '../../../src/scripts/commands/view.ts';

const press = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers });

describe('command registry', () => {
	it('offers exactly what was registered, until it is unregistered', () => {
		const registry = createCommandRegistry();
		expect(registry.paletteCommands()).toEqual([]);
		const dispose = registry.registerAll(navigationCommands('/manual/'));
		expect(registry.paletteCommands().map((command) => command.id)).toEqual(['go.preparation', 'go.dosing', 'go.integration', 'go.maintenance', 'go.worksheets', 'go.references', 'go.home']);
		dispose();
		expect(registry.paletteCommands()).toEqual([]);
		expect(registry.get('go.home')).toBeUndefined();
	});

	it('refuses a second command with the same id', () => {
		const registry = createCommandRegistry();
		registry.registerAll(sideBarCommands({ toggle: () => {}, show: () => {} }));
		expect(() => registry.registerAll(sideBarCommands({ toggle: () => {}, show: () => {} }))).toThrow('The command "view.sidebar" is registered twice.');
	});

	it('keeps the keys that open the palette out of its list, but binds them', () => {
		const registry = createCommandRegistry();
		const open = vi.fn();
		registry.registerAll(paletteCommands(open));
		expect(registry.paletteCommands()).toEqual([]);
		registry.commandForKey(press('F1'), false, 0)!.run();
		registry.commandForKey(press('k', { ctrlKey: true }), false, 0)!.run();
		registry.commandForKey(press('P', { ctrlKey: true, shiftKey: true }), false, 0)!.run();
		expect(open.mock.calls).toEqual([['>'], [''], ['>']]);
	});

	it('navigates under the base, and opens each tool it is handed', () => {
		const assign = vi.fn();
		vi.stubGlobal('location', { assign });
		navigationCommands('/manual/').find((command) => command.id === 'go.dosing')!.run();
		const tools = toolCommands([{ id: 'glossary', title: 'Glossary', href: '/manual/glossary/' }]);
		tools[0]!.run();
		vi.unstubAllGlobals();
		expect(tools.map((command) => [command.id, command.title])).toEqual([['tool.glossary', 'Open Tool: Glossary']]);
		expect(assign.mock.calls).toEqual([['/manual/protocols/dosing/'], ['/manual/glossary/']]);
	});
});

describe('key bindings', () => {
	it('match Ctrl on Linux and Windows, ⌘ on a Mac, with exact modifiers', () => {
		const ctrlB = { key: 'b', mod: true };
		expect(matchesKey(ctrlB, press('b', { ctrlKey: true }), false)).toBe(true);
		expect(matchesKey(ctrlB, press('B', { metaKey: true }), true)).toBe(true);
		expect(matchesKey(ctrlB, press('b', { metaKey: true }), false)).toBe(false);
		expect(matchesKey(ctrlB, press('b', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
		expect(matchesKey(ctrlB, press('b', { ctrlKey: true, altKey: true }), false)).toBe(false);
		expect(matchesKey(ctrlB, press('b'), false)).toBe(false);
	});

	it('run a key pressed twice only on the second press, quickly enough, and only when it applies', () => {
		const registry = createCommandRegistry();
		let on = true;
		const toggle = vi.fn();
		registry.register(sessionViewCommand({ toggle, isOn: () => on }));
		expect(registry.commandForKey(press('Escape'), false, 1000)).toBeUndefined();
		expect(registry.commandForKey(press('Escape'), false, 1000 + DOUBLE_PRESS_MS + 1)).toBeUndefined();
		expect(registry.commandForKey(press('Escape'), false, 1000 + DOUBLE_PRESS_MS + 100)?.id).toBe('view.session');
		on = false;
		expect(registry.commandForKey(press('Escape'), false, 5000)).toBeUndefined();
		expect(registry.commandForKey(press('Escape'), false, 5100)).toBeUndefined();
	});

	it('are shown as VS Code shows them', () => {
		expect(formatKeys({ key: 'b', mod: true }, false)).toBe('Ctrl+B');
		expect(formatKeys({ key: 'p', mod: true, shift: true }, true)).toBe('⌘+Shift+P');
		expect(formatKeys({ key: 'Escape', twice: true, note: 'to leave' }, false)).toBe('Esc Esc to leave');
		expect(formatKeys({ key: 'p', mod: true, browser: true }, false)).toBe("Ctrl+P (the browser's)");
		expect(formatKeys({ key: 'F1' }, true)).toBe('F1');
	});
});
