import { describe, expect, it } from 'vitest';
import { fitsField } from '../../../src/fields/registry.ts';
import { parseField, render } from './helpers.ts';

const stable = () => parseField({ id: 'stable', type: 'yesno', label: 'Stable?' });

describe('yes/no field', () => {
	it('fits yes, no, or nothing yet', () => {
		expect(['yes', 'no', ''].map((value) => fitsField(stable(), value))).toEqual([true, true, true]);
		expect(fitsField(stable(), 'maybe')).toBe(false);
		expect(fitsField(stable(), true)).toBe(false);
	});

	it('shows a group of two radios named by the field, the answer checked', () => {
		const html = render(stable(), 'no');
		expect(html).toMatch(/^<fieldset><legend class="field__label">Stable\?<\/legend>/);
		expect(html).toContain('<input type="radio" name="stable" value="yes"/> Yes');
		expect(html).toContain('<input type="radio" name="stable" checked="" value="no"/> No');
	});
});
