import { describe, expect, it } from 'vitest';
import { groupByPhase } from '../../../src/lib/nav.ts';

describe('groupByPhase', () => {
	it('groups in care order and sorts by order, then title', () => {
		const entry = (id: string, phase: 'dosing' | 'preparation', order: number, title: string) => ({ id, data: { phase, order, title } });
		const groups = groupByPhase([entry('b', 'dosing', 2, 'B'), entry('a', 'dosing', 1, 'Z'), entry('c', 'dosing', 1, 'A'), entry('p', 'preparation', 5, 'P')]);
		expect(groups.map((group) => group.phase)).toEqual(['preparation', 'dosing', 'integration', 'maintenance']);
		expect(groups[1]!.entries.map((e) => e.id)).toEqual(['c', 'a', 'b']);
		expect(groups[2]!.entries).toEqual([]);
	});
});
