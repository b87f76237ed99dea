import { z } from 'astro/zod';
import { minutes, referenceKeys } from './common.ts';
import { doseUnits } from './dose-units.ts';
import { routes } from './routes.ts';
import { thresholdRuleSchema } from './threshold-rule.ts';

export { doseUnits } from './dose-units.ts';
export { routes, routeTitles, type Route } from './routes.ts';

export const agents = ['racemic-ketamine', 'esketamine'] as const;

/**
 * What a dose figure is, so that the page never calls an estimate a published range:
 * a range published for this route (trials, practice documents), the dose a regulator's label sets,
 * or an estimate of the amount that matches an intravenous dose.
 */
export const doseBases = ['published-range', 'label', 'iv-equivalent-estimate'] as const;
export type DoseBasis = (typeof doseBases)[number];

export const doseRangeSchema = z
	.strictObject({
		min: z.number().positive(),
		max: z.number().positive(),
		unit: z.enum(doseUnits, { error: (issue) => `expected a unit, one of ${doseUnits.map((u) => `"${u}"`).join(' | ')}, found ${issue.input === undefined ? 'none' : JSON.stringify(issue.input)}` }),
		basis: z.enum(doseBases).default('published-range'),
		/** Why this range: who published it, and for whom. */
		note: z.string().optional(),
		references: referenceKeys.min(1),
	})
	.superRefine((dose, ctx) => {
		if (dose.min > dose.max) {
			ctx.addIssue({ code: 'custom', path: ['min'], message: `expected min ≤ max (${dose.max}), found ${dose.min}` });
		}
	});

export type DoseRange = z.infer<typeof doseRangeSchema>;

export const vitalChecks = ['blood-pressure', 'heart-rate', 'oxygen-saturation', 'respiratory-rate', 'dissociation', 'sedation', 'nausea', 'observation'] as const;

export const monitoringPointSchema = z.strictObject({
	/** Minutes after the dose is given. */
	at: minutes,
	checks: z.array(z.enum(vitalChecks)).min(1),
	note: z.string().optional(),
});

export const thresholdActions = ['consider-delay', 'hold', 'stop', 'escalate'] as const;

export const thresholdSchema = z.strictObject({
	/** What is measured, e.g. "blood pressure before dosing". */
	measure: z.string().min(3),
	/** The condition as a clinician would read it, e.g. "above 140/90 mmHg". */
	when: z.string().min(2),
	/** The same condition as figures the live session can check; left out when it is not a figure (symptoms). */
	rule: thresholdRuleSchema.optional(),
	action: z.enum(thresholdActions),
	/** false when no guideline states this threshold: the page then says it is practice-specific. */
	verified: z.boolean(),
	note: z.string().optional(),
	references: referenceKeys.min(1),
});

function minNotAboveMax(range: { min: number; max: number }, ctx: z.RefinementCtx): void {
	if (range.min > range.max) ctx.addIssue({ code: 'custom', path: ['min'], message: `expected min ≤ max (${range.max} min), found ${range.min}` });
}

/** A span of minutes after dosing, e.g. the time to peak effect of 20–40 min. */
export const minuteRangeSchema = z.strictObject({ min: minutes, max: minutes }).superRefine(minNotAboveMax);

/**
 * What a peak time measures: when the effect is reported to peak, or when the drug's plasma level peaks
 * (Tmax, a pharmacokinetic figure that is not the felt peak).
 */
export const peakMeasures = ['effect', 'plasma-tmax'] as const;
export type PeakMeasure = (typeof peakMeasures)[number];

export const peakSchema = z
	.strictObject({
		min: minutes,
		max: minutes,
		measure: z.enum(peakMeasures).default('effect'),
		/** What the time counts from, when that is not the dose itself (e.g. "after the last spray"). */
		note: z.string().optional(),
	})
	.superRefine(minNotAboveMax);

/** When the acute effects come, peak and end, in minutes after dosing, as far as the sources say. */
export const effectTimesSchema = z
	.strictObject({
		onset: minuteRangeSchema.optional(),
		peak: peakSchema.optional(),
		duration: minuteRangeSchema.optional(),
	})
	.superRefine((times, ctx) => {
		const { onset, peak, duration } = times;
		if (!onset && !peak && !duration) ctx.addIssue({ code: 'custom', path: [], message: 'expected at least one of onset, peak or duration (leave out effects if the sources give none), found none' });
		if (onset && peak && peak.max < onset.min) ctx.addIssue({ code: 'custom', path: ['peak', 'max'], message: `expected the peak no earlier than the onset (${onset.min} min), found ${peak.max}` });
		if (peak && duration && duration.max < peak.min) ctx.addIssue({ code: 'custom', path: ['duration', 'max'], message: `expected the effects to last past the peak (${peak.min} min), found ${duration.max}` });
	});

/** A dosing protocol's session: what is given, how, and how the person is watched until they go home. */
export const dosingSessionSchema = z
	.strictObject({
		agent: z.enum(agents),
		route: z.enum(routes),
		dose: doseRangeSchema,
		/** Minutes over which the dose is given (an infusion's length; 0 for an injection). */
		administrationMinutes: minutes,
		/** Minutes after the dose starts; left out when the sources give no timing. */
		effects: effectTimesSchema.optional(),
		/** Length of the booked session, from dose to discharge. */
		sessionMinutes: minutes.positive(),
		/** Checks before the dose. */
		baseline: z.array(z.enum(vitalChecks)).min(1),
		monitoring: z.array(monitoringPointSchema).min(1),
		thresholds: z.array(thresholdSchema).default([]),
		/** The least time the person stays before discharge, counted from the end of administration. */
		observationMinutes: minutes.positive(),
		references: referenceKeys.min(1),
	})
	.superRefine((session, ctx) => {
		const end = session.sessionMinutes;
		session.monitoring.forEach((point, index) => {
			if (point.at > end) {
				ctx.addIssue({ code: 'custom', path: ['monitoring', index, 'at'], message: `expected a time within the session (0–${end} min), found ${point.at}` });
			}
		});
		if (session.administrationMinutes > end) {
			ctx.addIssue({ code: 'custom', path: ['administrationMinutes'], message: `expected ≤ sessionMinutes (${end}), found ${session.administrationMinutes}` });
		}
		if (session.observationMinutes > end) {
			ctx.addIssue({ code: 'custom', path: ['observationMinutes'], message: `expected ≤ sessionMinutes (${end}): the session must last at least the observation, found ${session.observationMinutes}` });
		}
		const times = session.monitoring.map((point) => point.at);
		times.forEach((time, index) => {
			if (index > 0 && time <= times[index - 1]!) {
				ctx.addIssue({ code: 'custom', path: ['monitoring', index, 'at'], message: `expected times in increasing order (after ${times[index - 1]} min), found ${time}` });
			}
		});
	});

export type DosingSession = z.infer<typeof dosingSessionSchema>;
