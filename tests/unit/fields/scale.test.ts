import { describe, expect, it } from 'vitest';
import { fieldPrintRules, fitsField } from '../../../src/fields/registry.ts';
import { parseField, problemsOf, render } from './helpers.ts';

const mood = (range: { min?: number; max?: number } = {}) => ({ id: 'mood', type: 'scale', label: 'Mood', ...range, anchors: { min: 'Low', max: 'Good' } });

describe('scale field', () => {
	it('runs 0–10 unless it says otherwise, and refuses an empty range', () => {
		expect(parseField(mood())).toMatchObject({ min: 0, max: 10 });
		expect(problemsOf(mood({ min: 5, max: 5 }))).toEqual(['w.mdx: max: expected max > min (5), found 5']);
		expect(problemsOf(mood({ max: 11 }))).toEqual(['w.mdx: max: expected a number ≤ 10, found 11']);
	});

	it('fits whole numbers inside its range only', () => {
		const field = parseField(mood({ min: 1, max: 5 }));
		expect([1, 5].map((value) => fitsField(field, value))).toEqual([true, true]);
		expect([0, 6, 2.5, '3', Number.NaN].map((value) => fitsField(field, value))).toEqual([false, false, false, false, false]);
	});

	it('shows one radio per step, the answer checked, and its two anchors', () => {
		const html = render(parseField(mood({ min: 1, max: 5 })), 4);
		expect(html.match(/type="radio"/g)).toHaveLength(5);
		expect(html).toContain('<input type="radio" name="mood" checked="" value="4"/><span>4</span>');
		expect(html).toContain('<span>1 = Low</span><span>5 = Good</span>');
	});

	it('prints its steps spread evenly along the line', () => {
		expect(fieldPrintRules([parseField(mood())])).toEqual(['.scale__steps label { border: 0; min-width: 0; flex: 1; }']);
	});
});
