import { describe, expect, it } from 'vitest';
import { fitsField } from '../../../src/fields/registry.ts';
import { parseField, render } from './helpers.ts';

const date = () => parseField({ id: 'dosed', type: 'date', label: 'Date of dosing' });

describe('date field', () => {
	it('fits YYYY-MM-DD, or nothing yet', () => {
		expect(fitsField(date(), '2026-11-20')).toBe(true);
		expect(fitsField(date(), '')).toBe(true);
		expect(fitsField(date(), '20/11/2026')).toBe(false);
		expect(fitsField(date(), 20261120)).toBe(false);
	});

	it('shows a date input, marked empty until answered so paper can hide its mask', () => {
		expect(render(date())).toContain('<input id="field-dosed" type="date" class="is-empty" value=""/>');
		expect(render(date(), '2026-11-20')).toContain('<input id="field-dosed" type="date" class="" value="2026-11-20"/>');
	});
});
