import { z } from 'astro/zod';
import { uniqueIds } from '../fields/kind.ts';
import { worksheetFieldSchema } from '../fields/registry.ts';
import { phase, referenceKeys, slug } from './common.ts';

// Each kind of field is a module of src/fields/; the union of them all is made there.
export { fieldTypes, worksheetFieldSchema, type WorksheetField, type WorksheetFieldType } from '../fields/registry.ts';

export const worksheetSectionSchema = z.strictObject({
	id: slug,
	title: z.string().min(1),
	fields: z.array(worksheetFieldSchema).min(1),
});

export const worksheetSchema = z
	.strictObject({
		title: z.string().min(3).max(120),
		phase,
		purpose: z.string().min(10).max(300),
		/** When in the course of care it is used. */
		when: z.string().min(3),
		minutes: z.number().int().positive().max(240),
		/** Ids of the protocols that use it (phase/slug). */
		protocols: z.array(z.string().regex(/^(preparation|dosing|integration|maintenance)\/[a-z0-9-]+$/, { error: (issue) => `expected a protocol id such as "dosing/iv-racemic-infusion", found ${JSON.stringify(issue.input)}` })).default([]),
		/** Sources cited in the instructions, if any. */
		references: referenceKeys.default([]),
		version: z.string().regex(/^\d+\.\d+$/, { error: (issue) => `expected a version such as "1.0", found ${JSON.stringify(issue.input)}` }),
		sections: z.array(worksheetSectionSchema).min(1),
	})
	.superRefine((worksheet, ctx) => {
		uniqueIds(worksheet.sections, 'section', ctx, ['sections']);
		const seen = new Map<string, string>();
		worksheet.sections.forEach((section, s) => {
			section.fields.forEach((field, f) => {
				const where = `sections[${s}].fields[${f}]`;
				const first = seen.get(field.id);
				if (first) {
					ctx.addIssue({ code: 'custom', path: ['sections', s, 'fields', f, 'id'], message: `expected a field id unique in the worksheet (first used at ${first}), found duplicate ${JSON.stringify(field.id)}` });
				} else {
					seen.set(field.id, where);
				}
			});
		});
	});

export type Worksheet = z.infer<typeof worksheetSchema>;
export type WorksheetSection = z.infer<typeof worksheetSectionSchema>;
