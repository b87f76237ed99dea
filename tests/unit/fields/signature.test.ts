import { describe, expect, it } from 'vitest';
import { fieldPrintRules, fitsField } from '../../../src/fields/registry.ts';
import { parseField, render } from './helpers.ts';

const signature = () => parseField({ id: 'signed', type: 'signature', label: 'Clinician' });

describe('signature field', () => {
	it('fits the signer’s name as text', () => {
		expect(fitsField(signature(), 'Dr A')).toBe(true);
		expect(fitsField(signature(), ['Dr A'])).toBe(false);
	});

	it('asks on screen for the name of the person signing', () => {
		expect(render(signature(), 'Dr A')).toContain('placeholder="Name of the person signing" value="Dr A"');
	});

	it('leaves room above the line to sign on paper', () => {
		expect(fieldPrintRules([signature()]).join('\n')).toMatch(/\.field--signature input \{ margin-top: 8mm; \}/);
	});
});
