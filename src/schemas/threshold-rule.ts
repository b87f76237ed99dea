import { z } from 'astro/zod';

/**
 * A threshold's condition in a form the live dosing session can evaluate. The threshold's `when`
 * stays the words a clinician reads; the rule is the same condition as numbers. A threshold whose
 * condition is not a number (symptoms, a clinical picture) has no rule.
 */

export const ruleChecks = ['blood-pressure', 'heart-rate', 'oxygen-saturation', 'respiratory-rate', 'sedation', 'dissociation'] as const;
export type RuleCheck = (typeof ruleChecks)[number];

/**
 * When a rule applies: to readings taken before the dose starts, to any reading after it, or to
 * readings taken once the observation time has run out (the discharge assessment).
 */
export const rulePhases = ['before-dosing', 'during-session', 'at-discharge'] as const;
export type RulePhase = (typeof rulePhases)[number];

/** The values a reading of each measured check can take; beyond them a value is refused as impossible. */
export const plausibleRanges = {
	systolic: { min: 50, max: 280, unit: 'mmHg' },
	diastolic: { min: 20, max: 180, unit: 'mmHg' },
	'heart-rate': { min: 20, max: 250, unit: '/min' },
	'oxygen-saturation': { min: 50, max: 100, unit: '%' },
	'respiratory-rate': { min: 2, max: 60, unit: '/min' },
} as const;

const finite = z.number().refine(Number.isFinite, { error: 'expected a finite number' });

/** "Above" and "below" are strict: a reading equal to the figure does not cross it. */
const bounds = { above: finite.optional(), below: finite.optional() };

const phase = z.enum(rulePhases, { error: (issue) => `expected when the rule applies, one of ${rulePhases.map((p) => `"${p}"`).join(' | ')}, found ${issue.input === undefined ? 'none' : JSON.stringify(issue.input)}` });

/** A scored observation's scale, named by the page that uses it, with the scores it can take. */
export const scoreScaleSchema = z
	.strictObject({ name: z.string().min(2).max(40), min: finite, max: finite })
	.superRefine((scale, ctx) => {
		if (scale.min >= scale.max) ctx.addIssue({ code: 'custom', path: ['max'], message: `expected the scale's max above its min (${scale.min}), found ${scale.max}` });
	});
export type ScoreScale = z.infer<typeof scoreScaleSchema>;

const bloodPressureRule = z.strictObject({
	check: z.literal('blood-pressure'),
	phase,
	/** Systolic and diastolic bounds; a reading crossing any one of them crosses the rule. */
	systolic: z.strictObject(bounds).optional(),
	diastolic: z.strictObject(bounds).optional(),
});

const measuredRule = z.strictObject({
	check: z.enum(['heart-rate', 'oxygen-saturation', 'respiratory-rate']),
	phase,
	...bounds,
});

const scoredRule = z.strictObject({
	check: z.enum(['sedation', 'dissociation']),
	phase,
	scale: scoreScaleSchema,
	...bounds,
});

type Bounds = { above?: number | undefined; below?: number | undefined };

/** Refuses bounds that say nothing, contradict each other, or lie outside what can be measured. */
function checkBounds(value: Bounds | undefined, range: { min: number; max: number }, path: (string | number)[], what: string, ctx: z.RefinementCtx): boolean {
	if (!value || (value.above === undefined && value.below === undefined)) return false;
	for (const side of ['above', 'below'] as const) {
		const figure = value[side];
		if (figure !== undefined && (figure < range.min || figure > range.max)) {
			ctx.addIssue({ code: 'custom', path: [...path, side], message: `expected the ${what} figure within ${range.min}–${range.max}, found ${figure}` });
		}
	}
	if (value.above !== undefined && value.below !== undefined) {
		ctx.addIssue({ code: 'custom', path: [...path, 'below'], message: `expected either above or below, not both: a rule for one side of a figure (write two thresholds for a range), found above ${value.above} and below ${value.below}` });
	}
	return true;
}

export const thresholdRuleSchema = z
	.discriminatedUnion('check', [bloodPressureRule, measuredRule, scoredRule], {
		error: (issue) => `expected a check, one of ${ruleChecks.map((c) => `"${c}"`).join(' | ')}, found ${JSON.stringify((issue.input as { check?: unknown } | undefined)?.check ?? 'none')}`,
	})
	.superRefine((rule, ctx) => {
	if (rule.check === 'blood-pressure') {
		const systolic = checkBounds(rule.systolic, plausibleRanges.systolic, ['systolic'], 'systolic', ctx);
		const diastolic = checkBounds(rule.diastolic, plausibleRanges.diastolic, ['diastolic'], 'diastolic', ctx);
		if (!systolic && !diastolic) ctx.addIssue({ code: 'custom', path: [], message: 'expected a figure for a blood-pressure rule (systolic and/or diastolic, above or below, e.g. systolic: { above: 140 }), found none' });
		return;
	}
	const range = rule.check === 'sedation' || rule.check === 'dissociation' ? rule.scale : plausibleRanges[rule.check];
	if (!checkBounds(rule, range, [], rule.check, ctx)) ctx.addIssue({ code: 'custom', path: [], message: `expected a figure for a ${rule.check} rule (above or below), found none` });
});

export type ThresholdRule = z.infer<typeof thresholdRuleSchema>;
