import { z } from 'astro/zod';
import { defineFieldKind, fieldBase } from './kind.ts';

/** A whole-number rating between two labelled ends, 0–10 unless the field says otherwise. */
export const scaleField = defineFieldKind({
	type: 'scale',
	schema: z
		.strictObject({
			...fieldBase,
			type: z.literal('scale'),
			min: z.number().int().min(0).max(10).default(0),
			max: z.number().int().min(0).max(10).default(10),
			anchors: z.strictObject({ min: z.string().min(1), max: z.string().min(1) }),
		})
		.superRefine((field, ctx) => {
			if (field.min >= field.max) ctx.addIssue({ code: 'custom', path: ['max'], message: `expected max > min (${field.min}), found ${field.max}` });
		}),
	answer: z.number(),
	fits: (field, value) => Number.isInteger(value) && value >= field.min && value <= field.max,
	// Paper: the steps share the line evenly, as numbers to circle.
	print: `.scale__steps label { border: 0; min-width: 0; flex: 1; }`,
});
