import { describe, expect, it } from 'vitest';
import { dosingSessionSchema } from '../../../src/schemas/dose.ts';
import { doseRowLabel, peakRowLabel } from '../../../src/lib/session-labels.ts';
import { dosingProtocol } from '../fixtures.ts';

function session(): Record<string, any> {
	return structuredClone(dosingProtocol().session);
}

describe('what a dose or peak figure is', () => {
	it('reads a dose without a basis as a published range, and a peak without a measure as the effect', () => {
		const parsed = dosingSessionSchema.parse(session());
		expect(parsed.dose.basis).toBe('published-range');
		expect(parsed.effects?.peak?.measure).toBe('effect');
		expect(doseRowLabel(parsed.dose.basis)).toBe('Published dose range');
		expect(peakRowLabel(parsed.effects!.peak!.measure)).toBe('Peak effect');
	});

	it('labels an IV-equivalent estimate and a plasma Tmax for what they are', () => {
		const data = session();
		data.dose.basis = 'iv-equivalent-estimate';
		data.effects.peak = { min: 20, max: 40, measure: 'plasma-tmax', note: 'After the last spray.' };
		const parsed = dosingSessionSchema.parse(data);
		expect(doseRowLabel(parsed.dose.basis)).toBe('Estimated IV-equivalent dose (not a recommended dose)');
		expect(doseRowLabel('label')).toBe('Dose in the label');
		expect(peakRowLabel(parsed.effects!.peak!.measure)).toBe('Peak plasma level (Tmax), not the felt peak');
		expect(parsed.effects?.peak?.note).toBe('After the last spray.');
	});

	it('refuses an unknown basis or measure, and a peak whose minimum exceeds its maximum', () => {
		const data = session();
		data.dose.basis = 'recommended';
		data.effects.peak = { min: 50, max: 40, measure: 'felt' };
		const result = dosingSessionSchema.safeParse(data);
		expect(result.success).toBe(false);
		const paths = result.error!.issues.map((issue) => issue.path.join('.'));
		expect(paths).toEqual(expect.arrayContaining(['dose.basis', 'effects.peak.measure']));
		const minIssue = dosingSessionSchema.safeParse({ ...session(), effects: { peak: { min: 50, max: 40 } } });
		expect(minIssue.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['effects.peak.min', 'expected min ≤ max (40 min), found 50']]);
	});
});
