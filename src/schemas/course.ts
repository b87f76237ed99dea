import { z } from 'astro/zod';
import { referenceKeys } from './common.ts';
import { integrationWindowSchema, taperSchema } from './protocol.ts';

/** A course template for the planner: the acute series, integration after doses, the taper and the hand-over. */
export const courseSchema = z
	.strictObject({
		title: z.string().min(3).max(120),
		summary: z.string().min(10).max(300),
		/** The dosing protocol the course gives, as phase/slug. */
		protocol: z.string().regex(/^dosing\/[a-z0-9-]+$/, { error: (issue) => `expected a dosing protocol id such as "dosing/iv-racemic-infusion", found ${JSON.stringify(issue.input)}` }),
		acute: z.strictObject({
			sessions: z.number().int().min(1).max(52),
			/** Days between one dosing session and the next, repeated in turn (Mon–Wed–Fri is [2, 2, 3]). */
			daysBetween: z.array(z.number().int().positive().max(60)).min(1),
			/** A review point at the end of the acute series: what the clinician judges there (the planner shows it). */
			review: z.string().min(10).max(300).optional(),
		}),
		integration: z.strictObject({
			/** The integration protocol used, as phase/slug. */
			protocol: z.string().regex(/^integration\/[a-z0-9-]+$/, { error: (issue) => `expected an integration protocol id such as "integration/integration-sessions", found ${JSON.stringify(issue.input)}` }).optional(),
			/** After every dose, or after every n-th. */
			afterEvery: z.number().int().positive().default(1),
			window: integrationWindowSchema,
		}),
		taper: taperSchema,
		handover: z.strictObject({
			/** Days after the last scheduled session. */
			daysAfterLastSession: z.number().int().nonnegative().max(365),
			to: z.string().min(3),
		}),
		references: referenceKeys.min(1),
	})
	.superRefine((course, ctx) => {
		const widest = Math.max(...course.acute.daysBetween);
		const first = course.taper[0];
		if (first && first.intervalDays < widest) {
			ctx.addIssue({ code: 'custom', path: ['taper', 0, 'intervalDays'], message: `expected ≥ the acute series' widest interval (${widest} days): a taper never shortens the interval, found ${first.intervalDays}` });
		}
	});

export type Course = z.infer<typeof courseSchema>;
