import { describe, expect, it, vi } from 'vitest';
import { createCommandRegistry, type Command } from '../../../src/lib/commands.ts';
import { filterByLabel, formatKeys, matchScore, moveActive, paletteStatus, parseQuery, toggleFilter } from '../../../src/lib/palette.ts';
import { highlightTerms, parseRecent, rememberPage } from '../../../src/lib/reading.ts';
import { clearAllAnswersCommand, worksheetCommands } from '../../../src/scripts/commands/answers.ts';
import { navigationCommands, printCommand, toolCommands } from '../../../src/scripts/commands/navigation.ts';
import { sessionViewCommand, sideBarCommands, themeCommands } from '../../../src/scripts/commands/view.ts';

const noop = () => {};
/** Every command the workbench's parts register on a worksheet's page. */
const pageCommands = (): Command[] => [
	...navigationCommands('/'),
	...sideBarCommands({ toggle: noop, show: noop }),
	...toolCommands([{ id: 'courses', title: 'Course Templates', href: '/courses/' }]),
	sessionViewCommand({ toggle: noop, isOn: () => true }),
	...themeCommands(noop),
	printCommand,
	clearAllAnswersCommand(async () => {}),
	...worksheetCommands({ print: noop, clear: noop }),
];
const labelled = (commands: Command[]) => commands.map((command) => ({ ...command, label: command.title }));

describe('command palette', () => {
	it('reads the prefix as VS Code does', () => {
		expect(parseQuery('eye mask')).toEqual({ mode: 'search', text: 'eye mask' });
		expect(parseQuery('>theme')).toEqual({ mode: 'command', text: 'theme' });
		expect(parseQuery('  # monitoring ')).toEqual({ mode: 'heading', text: 'monitoring' });
		expect(parseQuery('?')).toEqual({ mode: 'help', text: '' });
		expect(parseQuery('')).toEqual({ mode: 'search', text: '' });
	});

	it('matches words at the start of words, best first', () => {
		expect(matchScore('Go to Phase: Preparation', 'go prep')).not.toBeNull();
		expect(matchScore('Go to Phase: Preparation', 'dosing')).toBeNull();
		expect(matchScore('View: Toggle Side Bar', 'side')!).toBeLessThan(matchScore('View: Toggle Side Bar', 'ide')!);
		const commands = labelled(pageCommands());
		expect(filterByLabel(commands, 'theme dark').map((command) => command.id)).toEqual(['theme.dark', 'theme.hc-dark']);
		expect(filterByLabel(commands, 'session')[0]!.id).toBe('view.session');
		expect(filterByLabel(commands, '')).toHaveLength(commands.length);
	});

	it('has one registry with unique ids, the side-bar key, and no Ctrl+P of its own', () => {
		const registry = createCommandRegistry();
		registry.registerAll(pageCommands());
		expect(registry.paletteCommands()).toHaveLength(pageCommands().length);
		expect(() => registry.register(printCommand)).toThrow(/"file.print" is registered twice/);
		expect(formatKeys(registry.get('view.sidebar')!.keys![0]!, true)).toBe('⌘+B');
		const print = vi.fn();
		vi.stubGlobal('window', { print });
		registry.get('file.print')!.run();
		vi.unstubAllGlobals();
		expect(print).toHaveBeenCalledOnce();
		for (const isMac of [false, true]) expect(registry.commandForKey({ key: 'p', ctrlKey: !isMac, metaKey: isMac, shiftKey: false, altKey: false }, isMac, 0)).toBeUndefined();
	});

	it('remembers recent pages newest first, once each', () => {
		const a = { href: '/a/', title: 'A' };
		const b = { href: '/b/', title: 'B' };
		expect(rememberPage(rememberPage(rememberPage([], a), b), a)).toEqual([a, b]);
		expect(rememberPage(Array.from({ length: 10 }, (_, i) => ({ href: `/${i}/`, title: `${i}` })), a, 3)).toHaveLength(3);
	});

	it('reads saved recent pages, dropping what is malformed', () => {
		expect(parseRecent('[{"href":"/a/","title":"A"},{"href":3},null,"x"]')).toEqual([{ href: '/a/', title: 'A' }]);
		expect(parseRecent('{"href":"/a/"}')).toEqual([]);
		expect(parseRecent('not json')).toEqual([]);
		expect(parseRecent(null)).toEqual([]);
	});

	it('splits a query into the words to mark on the page', () => {
		expect(highlightTerms('Eye mask, eye-mask & music!')).toEqual(['eye', 'mask', 'eye-mask', 'music']);
	});

	it('chooses and unchooses a filter value, dropping a group left empty', () => {
		const maintenance = toggleFilter({}, 'phase', 'maintenance');
		expect(maintenance).toEqual({ phase: ['maintenance'] });
		const both = toggleFilter(toggleFilter(maintenance, 'phase', 'dosing'), 'route', 'iv');
		expect(both).toEqual({ phase: ['maintenance', 'dosing'], route: ['iv'] });
		expect(toggleFilter(toggleFilter(both, 'phase', 'maintenance'), 'phase', 'dosing')).toEqual({ route: ['iv'] });
		expect(maintenance).toEqual({ phase: ['maintenance'] });
	});

	it('moves the active option with the arrow keys, wrapping at both ends', () => {
		expect(moveActive(0, 1, 3)).toBe(1);
		expect(moveActive(2, 1, 3)).toBe(0);
		expect(moveActive(0, -1, 3)).toBe(2);
		expect(moveActive(0, 1, 0)).toBe(0);
	});

	it('says in its status line what the palette shows', () => {
		expect(paletteStatus({ mode: 'search', text: '', recent: 0 })).toBe('Type to search the manual, or ? for help.');
		expect(paletteStatus({ mode: 'search', text: '', recent: 1 })).toBe('1 recently opened page. Type to search the manual, or ? for help.');
		expect(paletteStatus({ mode: 'search', text: 'taper', search: 'waiting' })).toBe('Searching…');
		expect(paletteStatus({ mode: 'search', text: 'taper', search: 'failed' })).toMatch(/could not load/);
		expect(paletteStatus({ mode: 'search', text: 'taper', search: { total: 1, shown: 1 } })).toBe('1 result.');
		expect(paletteStatus({ mode: 'search', text: 'taper', search: { total: 0, shown: 0 } })).toBe('0 results.');
		expect(paletteStatus({ mode: 'search', text: 'taper', search: { total: 20, shown: 8 } })).toBe('20 results, best 8 shown.');
		expect(paletteStatus({ mode: 'command', shown: 1 })).toBe('1 command.');
		expect(paletteStatus({ mode: 'heading', shown: 2 })).toBe('2 headings.');
		expect(paletteStatus({ mode: 'help', shown: 4 })).toBe('4 prefixes.');
	});
});
