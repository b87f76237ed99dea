import { describe, expect, it } from 'vitest';
import { fieldPrintRules, fitsField } from '../../../src/fields/registry.ts';
import { parseField, problemsOf, render } from './helpers.ts';

const vitals = (rows: number | string[] = ['Baseline', '+15 min']) => ({
	id: 'vitals',
	type: 'table',
	label: 'Vital signs',
	columns: [{ id: 'bp', label: 'BP' }, { id: 'pulse', label: 'Pulse', kind: 'number' }],
	rows,
});

describe('table field', () => {
	it('has text columns unless they say otherwise, unique column ids, and 1 to 40 rows', () => {
		expect(parseField(vitals())).toMatchObject({ columns: [{ id: 'bp', kind: 'text' }, { id: 'pulse', kind: 'number' }] });
		expect(problemsOf({ ...vitals(), columns: [{ id: 'bp', label: 'BP' }, { id: 'bp', label: 'BP again' }] })).toEqual([
			'w.mdx: columns[1].id: expected a column id not used before (first at [0]), found duplicate "bp"',
		]);
		expect(problemsOf(vitals(41))).toHaveLength(1);
	});

	it('fits cells in its own rows and columns only', () => {
		const field = parseField(vitals(3));
		expect(fitsField(field, { '2': { pulse: '70' } })).toBe(true);
		expect(fitsField(field, { '3': { pulse: '70' } })).toBe(false);
		expect(fitsField(field, { first: { pulse: '70' } })).toBe(false);
		expect(fitsField(field, { '0': { temperature: '37' } })).toBe(false);
		expect(fitsField(field, { '0': { pulse: 70 } })).toBe(false);
		expect(fitsField(field, [{ pulse: '70' }])).toBe(false);
	});

	it('shows a grid of inputs named by column and row, holding the answers', () => {
		const html = render(parseField(vitals()), { '1': { pulse: '74' } });
		expect(html).toContain('<table class="field-table" id="field-vitals" aria-labelledby="field-vitals-label">');
		expect(html).toContain('<th scope="row">+15 min</th><td><input type="text" class="is-empty" aria-label="BP, +15 min" value=""/></td><td><input type="number" class="" aria-label="Pulse, +15 min" value="74"/></td>');
		expect(render(parseField(vitals(2)))).toContain('<th scope="row">2</th>');
	});

	it('prints as a ruled grid whose rows never split across pages', () => {
		const rules = fieldPrintRules([parseField(vitals())]).join('\n');
		expect(rules).toContain('.field-table tr { break-inside: avoid; }');
		expect(rules).toMatch(/\.field-table td, \.field-table th \{ height: var\(--kap-rule\); border: 0\.6pt solid #000; \}/);
	});
});
