import { describe, expect, it } from 'vitest';
import { fitsField } from '../../../src/fields/registry.ts';
import { parseField, render } from './helpers.ts';

const time = () => parseField({ id: 'started', type: 'time', label: 'Time the dose started' });

describe('time field', () => {
	it('fits HH:MM, or nothing yet', () => {
		expect(fitsField(time(), '09:30')).toBe(true);
		expect(fitsField(time(), '')).toBe(true);
		expect(fitsField(time(), '9:30')).toBe(false);
		expect(fitsField(time(), 930)).toBe(false);
	});

	it('shows a time input, marked empty until answered', () => {
		expect(render(time())).toContain('<input id="field-started" type="time" class="is-empty" value=""/>');
		expect(render(time(), '09:30')).toContain('type="time" class="" value="09:30"');
	});
});
