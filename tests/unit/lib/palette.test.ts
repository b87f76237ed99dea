import { describe, expect, it } from 'vitest';
import { commandRegistry } from '../../../src/lib/commands.ts';
import { filterByLabel, highlightTerms, matchScore, parseQuery, parseRecent, rememberPage } from '../../../src/lib/palette.ts';

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
		const commands = commandRegistry('Ctrl');
		expect(filterByLabel(commands, 'theme dark').map((command) => command.id)).toEqual(['theme.dark', 'theme.hc-dark']);
		expect(filterByLabel(commands, 'session')[0]!.id).toBe('view.session');
		expect(filterByLabel(commands, '')).toHaveLength(commands.length);
	});

	it('has one registry with unique ids, the side-bar key, and no Ctrl+P of its own', () => {
		const commands = commandRegistry('⌘');
		expect(new Set(commands.map((command) => command.id)).size).toBe(commands.length);
		expect(commands.find((command) => command.id === 'view.sidebar')!.keys).toBe('⌘+B');
		expect(commands.find((command) => command.id === 'file.print')!.action).toEqual({ type: 'print' });
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
});
