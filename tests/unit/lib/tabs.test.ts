import { describe, expect, it } from 'vitest';
import { closeTab, moveTab } from '../../../src/lib/tab-actions.ts';
import { openTab, parseTabs, pinTab, type Tab } from '../../../src/lib/tabs.ts';

const a = { href: '/a/', title: 'A' };
const b = { href: '/b/', title: 'B' };
const c = { href: '/c/', title: 'C' };

describe('editor tabs', () => {
	it('opens a document as a preview tab, and the next one replaces it', () => {
		let tabs = openTab([], a);
		expect(tabs).toEqual([{ ...a, preview: true }]);
		tabs = openTab(tabs, b, a.href);
		expect(tabs).toEqual([{ ...b, preview: true }]);
	});

	it('keeps pinned tabs and adds the new preview after the active tab', () => {
		let tabs = pinTab(openTab([], a), a.href);
		tabs = pinTab(openTab(tabs, b, a.href), b.href);
		tabs = openTab(tabs, c, a.href);
		expect(tabs.map((tab) => [tab.href, tab.preview])).toEqual([['/a/', false], ['/c/', true], ['/b/', false]]);
	});

	it('re-opening an open document activates it and keeps its state', () => {
		const tabs: Tab[] = [{ ...a, preview: false }, { ...b, preview: true }];
		expect(openTab(tabs, { href: '/a/', title: 'A (renamed)' })).toEqual([{ href: '/a/', title: 'A (renamed)', preview: false }, { ...b, preview: true }]);
	});

	it('closing the active tab shows its right neighbour, else its left, else nothing', () => {
		const tabs: Tab[] = [a, b, c].map((doc) => ({ ...doc, preview: false }));
		expect(closeTab(tabs, '/b/', '/b/')).toEqual({ tabs: [tabs[0], tabs[2]], next: '/c/' });
		expect(closeTab(tabs, '/c/', '/c/').next).toBe('/b/');
		expect(closeTab([tabs[0]!], '/a/', '/a/')).toEqual({ tabs: [], next: null });
		expect(closeTab(tabs, '/a/', '/c/')).toEqual({ tabs: [tabs[1], tabs[2]], next: undefined });
	});

	it('moves a tab, clamping the position', () => {
		const tabs: Tab[] = [a, b, c].map((doc) => ({ ...doc, preview: false }));
		expect(moveTab(tabs, '/a/', 2).map((tab) => tab.href)).toEqual(['/b/', '/c/', '/a/']);
		expect(moveTab(tabs, '/c/', -5).map((tab) => tab.href)).toEqual(['/c/', '/a/', '/b/']);
	});

	it('reads saved tabs, dropping what is malformed', () => {
		expect(parseTabs('[{"href":"/a/","title":"A","preview":false},{"href":3},"x"]')).toEqual([{ href: '/a/', title: 'A', preview: false }]);
		expect(parseTabs('not json')).toEqual([]);
		expect(parseTabs(null)).toEqual([]);
		expect(parseTabs('{"href":"/a/"}')).toEqual([]);
	});
});
