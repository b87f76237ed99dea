import { describe, expect, it } from 'vitest';
import { fitsField } from '../../../src/fields/registry.ts';
import { parseField, problemsOf, render } from './helpers.ts';

const checks = () => ({ id: 'checks', type: 'checklist', label: 'Before leaving', options: [{ id: 'escort', label: 'Escort present' }, { id: 'steady', label: 'Walks steadily' }] });

describe('checklist field', () => {
	it('needs at least one option, each id once', () => {
		expect(problemsOf({ ...checks(), options: [] })).toEqual(['w.mdx: options: expected at least 1 item(s), found 0 item(s)']);
		expect(problemsOf({ ...checks(), options: [...checks().options, { id: 'escort', label: 'Again' }] })).toEqual([
			'w.mdx: options[2].id: expected a option id not used before (first at [0]), found duplicate "escort"',
		]);
	});

	it('fits a list of its own option ids', () => {
		const field = parseField(checks());
		expect(fitsField(field, [])).toBe(true);
		expect(fitsField(field, ['steady', 'escort'])).toBe(true);
		expect(fitsField(field, ['escort', 'other'])).toBe(false);
		expect(fitsField(field, 'escort')).toBe(false);
	});

	it('shows a checkbox per option, the ticked ones checked', () => {
		const html = render(parseField(checks()), ['steady']);
		expect(html).toContain('<input type="checkbox" name="checks.escort"/> Escort present');
		expect(html).toContain('<input type="checkbox" name="checks.steady" checked=""/> Walks steadily');
	});
});
