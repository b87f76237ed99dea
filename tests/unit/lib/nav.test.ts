import { describe, expect, it } from 'vitest';
import { buildExplorer, EXPLORER_WINDOW, groupByPhase, pathTo, pruneForPage, sideBarLists, type NavNode } from '../../../src/lib/nav.ts';

const entry = (id: string, phase: 'dosing' | 'preparation' | 'integration', order: number, title: string) => ({ id, data: { phase, order, title } });

describe('groupByPhase', () => {
	it('groups in care order and sorts by order, then title', () => {
		const groups = groupByPhase([entry('b', 'dosing', 2, 'B'), entry('a', 'dosing', 1, 'Z'), entry('c', 'dosing', 1, 'A'), entry('p', 'preparation', 5, 'P')]);
		expect(groups.map((group) => group.phase)).toEqual(['preparation', 'dosing', 'integration', 'maintenance']);
		expect(groups[1]!.entries.map((e) => e.id)).toEqual(['c', 'a', 'b']);
		expect(groups[2]!.entries).toEqual([]);
	});
});

describe('explorer tree', () => {
	const tree = buildExplorer({
		protocols: [entry('dosing/iv', 'dosing', 1, 'IV infusion'), entry('dosing/im', 'dosing', 2, 'IM ketamine'), entry('preparation/consent', 'preparation', 1, 'Consent')],
		worksheets: [entry('vitals-log', 'dosing', 0, 'Vitals log'), entry('screening', 'preparation', 0, 'Screening')],
		courses: [{ id: 'iv-series', data: { title: 'IV series' } }],
	});
	const labels = (nodes: NavNode[] | undefined) => nodes?.map((node) => node.label);

	it('mirrors the content folders, phases in care order', () => {
		expect(labels(tree)).toEqual(['Protocols', 'Worksheets']);
		expect(labels(tree[0]!.children)).toEqual(['Preparation', 'Dosing session', 'Integration', 'Maintenance', 'Course templates', 'Glossary', 'References']);
		expect(tree[0]!.children![1]!.children!.map((node) => [node.id, node.href])).toEqual([
			['protocols/dosing/iv', '/protocols/dosing/iv/'],
			['protocols/dosing/im', '/protocols/dosing/im/'],
		]);
		expect(labels(tree[1]!.children)).toEqual(['Screening', 'Vitals log']);
	});

	it('finds the path to a node', () => {
		expect(pathTo(tree, 'protocols/dosing/im').map((node) => node.id)).toEqual(['protocols', 'protocols/dosing', 'protocols/dosing/im']);
		expect(pathTo(tree, 'nowhere')).toEqual([]);
	});

	it('keeps in the page only the folders on the way to the current document', () => {
		const pruned = pruneForPage(tree, 'protocols/dosing/im');
		const protocols = pruned[0]!.children!;
		expect(protocols.find((node) => node.id === 'protocols/dosing')!.children).toHaveLength(2);
		expect(protocols.find((node) => node.id === 'protocols/preparation')!.children).toBeUndefined();
		expect(protocols.find((node) => node.id === 'protocols/courses')!.children).toBeUndefined();
		// A top-level folder of documents only (the worksheets) waits for explorer.json too.
		expect(pruned[1]!.children).toBeUndefined();
		expect(pruneForPage(tree, 'integration-worksheets/screening')[1]!.children).toHaveLength(2);
		expect(pruneForPage(tree, undefined)[0]!.children!.every((node) => !node.folder || node.children === undefined)).toBe(true);
	});

	it('lists at most a window of documents around the current one, so a page does not grow with its folder', () => {
		const many = Array.from({ length: 500 }, (_, i) => entry(`dosing/p${String(i).padStart(3, '0')}`, 'dosing', i, `Page ${i}`));
		const big = buildExplorer({ protocols: many, worksheets: [], courses: [] });
		const folder = (id: string) => pruneForPage(big, id)[0]!.children!.find((node) => node.id === 'protocols/dosing')!;
		const middle = folder('protocols/dosing/p250');
		expect(middle.children).toHaveLength(EXPLORER_WINDOW);
		expect(middle.omitted).toBe(500 - EXPLORER_WINDOW);
		expect(middle.children!.map((node) => node.id)).toContain('protocols/dosing/p250');
		expect(folder('protocols/dosing/p000').children![0]!.id).toBe('protocols/dosing/p000');
		expect(folder('protocols/dosing/p499').children!.at(-1)!.id).toBe('protocols/dosing/p499');
		// The shipped manual's folders are small: nothing is left out.
		expect(pruneForPage(tree, 'protocols/dosing/im')[0]!.children![1]!.omitted).toBeUndefined();
	});
});

describe('side bar lists', () => {
	it('lists worksheets by phase in care order, without empty phases, and tools in order, below the base', () => {
		const minutes = (id: string, phase: 'dosing' | 'preparation', order: number, title: string, length: number) => ({ id, data: { phase, order, title, minutes: length } });
		const lists = sideBarLists(
			[minutes('vitals-log', 'dosing', 1, 'Vitals log', 5), minutes('screening', 'preparation', 2, 'Screening', 30), minutes('intention', 'preparation', 1, 'Intention', 20)],
			[{ id: 'course-planner', title: 'Course Planner', route: '/planner/', summary: 'Plan a course.' }],
			'/manual/',
		);
		expect(lists.worksheets).toEqual([
			{ phase: 'Preparation', items: [{ title: 'Intention', href: '/manual/worksheets/intention/', minutes: 20 }, { title: 'Screening', href: '/manual/worksheets/screening/', minutes: 30 }] },
			{ phase: 'Dosing session', items: [{ title: 'Vitals log', href: '/manual/worksheets/vitals-log/', minutes: 5 }] },
		]);
		expect(lists.tools).toEqual([{ id: 'course-planner', title: 'Course Planner', href: '/manual/planner/', summary: 'Plan a course.' }]);
	});
});
