import { describe, expect, it } from 'vitest';
import { treeKey, typeAhead, type TreeItem } from '../../../src/lib/tree.ts';

// protocols (open) > preparation (closed), dosing (open) > iv, im ; worksheets (closed)
const visible: TreeItem[] = [
	{ id: 'protocols', label: 'Protocols', level: 1, expanded: true },
	{ id: 'preparation', label: 'Preparation', level: 2, expanded: false, parent: 'protocols' },
	{ id: 'dosing', label: 'Dosing session', level: 2, expanded: true, parent: 'protocols' },
	{ id: 'iv', label: 'IV racemic ketamine infusion', level: 3, parent: 'dosing' },
	{ id: 'im', label: 'IM ketamine', level: 3, parent: 'dosing' },
	{ id: 'integration', label: 'Integration', level: 2, expanded: false, parent: 'protocols' },
	{ id: 'worksheets', label: 'Worksheets', level: 1, expanded: false },
];

describe('treeview keys (WAI-ARIA APG)', () => {
	it('moves up and down the visible items, and to the first and last', () => {
		expect(treeKey(visible, 'dosing', 'ArrowDown')).toEqual({ type: 'focus', id: 'iv' });
		expect(treeKey(visible, 'dosing', 'ArrowUp')).toEqual({ type: 'focus', id: 'preparation' });
		expect(treeKey(visible, 'worksheets', 'ArrowDown')).toEqual({ type: 'none' });
		expect(treeKey(visible, 'im', 'Home')).toEqual({ type: 'focus', id: 'protocols' });
		expect(treeKey(visible, 'im', 'End')).toEqual({ type: 'focus', id: 'worksheets' });
	});

	it('right opens a closed folder, or moves into an open one; left closes, or moves to the parent', () => {
		expect(treeKey(visible, 'preparation', 'ArrowRight')).toEqual({ type: 'expand', id: 'preparation' });
		expect(treeKey(visible, 'dosing', 'ArrowRight')).toEqual({ type: 'focus', id: 'iv' });
		expect(treeKey(visible, 'iv', 'ArrowRight')).toEqual({ type: 'none' });
		expect(treeKey(visible, 'dosing', 'ArrowLeft')).toEqual({ type: 'collapse', id: 'dosing' });
		expect(treeKey(visible, 'im', 'ArrowLeft')).toEqual({ type: 'focus', id: 'dosing' });
		expect(treeKey(visible, 'protocols', 'ArrowLeft')).toEqual({ type: 'collapse', id: 'protocols' });
		expect(treeKey(visible, 'worksheets', 'ArrowLeft')).toEqual({ type: 'none' });
	});

	it('Enter opens a document and toggles a folder; * opens every closed sibling', () => {
		expect(treeKey(visible, 'iv', 'Enter')).toEqual({ type: 'activate', id: 'iv' });
		expect(treeKey(visible, 'preparation', 'Enter')).toEqual({ type: 'expand', id: 'preparation' });
		expect(treeKey(visible, 'dosing', 'Enter')).toEqual({ type: 'collapse', id: 'dosing' });
		expect(treeKey(visible, 'dosing', '*')).toEqual({ type: 'expand-siblings', ids: ['preparation', 'integration'] });
	});

	it('type-ahead finds the next label with the typed start, wrapping, and cycles on a repeated letter', () => {
		expect(typeAhead(visible, 'protocols', 'i')).toBe('iv');
		expect(typeAhead(visible, 'iv', 'i')).toBe('im');
		expect(typeAhead(visible, 'im', 'ii')).toBe('integration');
		expect(typeAhead(visible, 'integration', 'i')).toBe('iv');
		expect(typeAhead(visible, 'protocols', 'dos')).toBe('dosing');
		expect(typeAhead(visible, 'protocols', 'zz')).toBeUndefined();
	});
});
