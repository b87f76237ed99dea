import { describe, expect, it } from 'vitest';
import { fieldPrintRules, fitsField } from '../../../src/fields/registry.ts';
import { parseField, problemsOf, render } from './helpers.ts';

const notes = (lines?: number) => ({ id: 'notes', type: 'longtext', label: 'Notes', ...(lines === undefined ? {} : { lines }) });

describe('longtext field', () => {
	it('has 4 ruled lines unless it asks for 1 to 30', () => {
		expect(parseField(notes())).toMatchObject({ lines: 4 });
		expect(parseField(notes(12))).toMatchObject({ lines: 12 });
		expect(problemsOf(notes(31))).toEqual(['w.mdx: lines: expected a number ≤ 30, found 31']);
	});

	it('fits any text', () => {
		expect(fitsField(parseField(notes()), 'Calm.\nSlept well.')).toBe(true);
		expect(fitsField(parseField(notes()), 3)).toBe(false);
	});

	it('shows a text area as tall as its lines, holding the answer', () => {
		expect(render(parseField(notes(6)), 'Calm')).toContain('<textarea id="field-notes" rows="6" data-lines="6">Calm</textarea>');
	});

	it('prints as ruled lines, as many as the field asks for', () => {
		const rules = fieldPrintRules([parseField(notes(6))]);
		expect(rules.join('\n')).toMatch(/\.worksheet textarea \{[^}]*repeating-linear-gradient/);
		expect(rules).toContain('#field-notes { height: calc(6 * var(--kap-rule) + 1mm); }');
	});
});
