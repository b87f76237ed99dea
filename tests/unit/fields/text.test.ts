import { describe, expect, it } from 'vitest';
import { fitsField } from '../../../src/fields/registry.ts';
import { parseField, problemsOf, render } from './helpers.ts';

const name = () => ({ id: 'name', type: 'text', label: 'Name' });

describe('text field', () => {
	it('takes an id, a label and optional help, and nothing else', () => {
		expect(parseField({ ...name(), help: 'As on the chart' })).toEqual({ ...name(), help: 'As on the chart' });
		expect(problemsOf({ ...name(), lines: 3 })).toEqual(['w.mdx: lines: expected no such field (check its spelling against the README), found one']);
	});

	it('fits any text and nothing else', () => {
		expect(fitsField(parseField(name()), 'Jo')).toBe(true);
		expect(fitsField(parseField(name()), '')).toBe(true);
		expect(fitsField(parseField(name()), 7)).toBe(false);
	});

	it('shows a labelled text input holding the answer', () => {
		const html = render(parseField(name()), 'Jo <b>');
		expect(html).toContain('<label for="field-name"><span class="field__label">Name</span><input id="field-name" type="text" autoComplete="off" value="Jo &lt;b&gt;"/>');
		expect(render(parseField(name()), 7)).toContain('value=""');
	});
});
