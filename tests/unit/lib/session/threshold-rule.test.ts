import { describe, expect, it } from 'vitest';
import { thresholdRuleSchema } from '../../../../src/schemas/threshold-rule.ts';
import { formatProblem } from '../../../../src/lib/problems.ts';
import { validateContent } from '../../../../src/lib/validate.ts';
import { sources } from '../../fixtures.ts';

const issues = (rule: unknown) => {
	const result = thresholdRuleSchema.safeParse(rule);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('typed threshold rules', () => {
	it('accepts a BP rule with figures, and the other checks with a bound', () => {
		expect(issues({ check: 'blood-pressure', phase: 'before-dosing', systolic: { above: 140 }, diastolic: { above: 90 } })).toEqual([]);
		expect(issues({ check: 'oxygen-saturation', phase: 'during-session', below: 92 })).toEqual([]);
		expect(issues({ check: 'dissociation', phase: 'during-session', scale: { name: 'CADSS-6', min: 0, max: 24 }, above: 12 })).toEqual([]);
	});

	it('refuses a rule that says nothing or contradicts itself', () => {
		expect(issues({ check: 'blood-pressure', phase: 'during-session' })).toEqual([': expected a figure for a blood-pressure rule (systolic and/or diastolic, above or below, e.g. systolic: { above: 140 }), found none']);
		expect(issues({ check: 'heart-rate', phase: 'during-session' })).toEqual([': expected a figure for a heart-rate rule (above or below), found none']);
		expect(issues({ check: 'oxygen-saturation', phase: 'during-session', below: 140 })).toEqual(['below: expected the oxygen-saturation figure within 50–100, found 140']);
		expect(issues({ check: 'blood-pressure', phase: 'during-session', systolic: { above: 160, below: 90 } })[0]).toMatch(/^systolic\.below: expected either above or below, not both/);
		expect(issues({ check: 'dissociation', phase: 'during-session', scale: { name: 'Scale', min: 5, max: 5 }, above: 5 })[0]).toMatch(/^scale\.max: /);
		expect(issues({ check: 'pulse', phase: 'during-session', above: 100 })[0]).toMatch(/^check: expected a check, one of "blood-pressure"/);
		expect(issues({ check: 'heart-rate', phase: 'soon', above: 100 })[0]).toMatch(/^phase: expected when the rule applies/);
	});

	it('names the file and field when a protocol carries a BP rule without figures', () => {
		const problems = validateContent(
			sources((p) => {
				p.dosing.session.thresholds[0].rule = { check: 'blood-pressure', phase: 'before-dosing' };
			}),
		).problems.map(formatProblem);
		expect(problems).toEqual(['protocols/dosing/iv-infusion.mdx: session.thresholds[0].rule: expected a figure for a blood-pressure rule (systolic and/or diastolic, above or below, e.g. systolic: { above: 140 }), found none']);
	});
});
