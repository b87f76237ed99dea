import { z } from 'astro/zod';
import { phase, referenceKeys, slug } from './common.ts';

const fieldBase = {
	/** Saved answers are keyed by it: keep it stable across versions. */
	id: slug,
	label: z.string().min(1),
	help: z.string().optional(),
};

const option = z.strictObject({ id: slug, label: z.string().min(1) });

function uniqueIds(items: { id: string }[], what: string, ctx: z.RefinementCtx, path: (string | number)[]) {
	const seen = new Map<string, number>();
	items.forEach((item, index) => {
		const first = seen.get(item.id);
		if (first !== undefined) {
			ctx.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `expected a ${what} id not used before (first at [${first}]), found duplicate ${JSON.stringify(item.id)}` });
		} else {
			seen.set(item.id, index);
		}
	});
}

export const textFieldSchema = z.strictObject({ ...fieldBase, type: z.literal('text') });
export const longTextFieldSchema = z.strictObject({
	...fieldBase,
	type: z.literal('longtext'),
	/** Ruled lines on paper. */
	lines: z.number().int().min(1).max(30).default(4),
});
export const scaleFieldSchema = z
	.strictObject({
		...fieldBase,
		type: z.literal('scale'),
		min: z.number().int().min(0).max(10).default(0),
		max: z.number().int().min(0).max(10).default(10),
		anchors: z.strictObject({ min: z.string().min(1), max: z.string().min(1) }),
	})
	.superRefine((field, ctx) => {
		if (field.min >= field.max) ctx.addIssue({ code: 'custom', path: ['max'], message: `expected max > min (${field.min}), found ${field.max}` });
	});
export const checklistFieldSchema = z
	.strictObject({ ...fieldBase, type: z.literal('checklist'), options: z.array(option).min(1) })
	.superRefine((field, ctx) => uniqueIds(field.options, 'option', ctx, ['options']));
export const yesNoFieldSchema = z.strictObject({ ...fieldBase, type: z.literal('yesno') });
export const dateFieldSchema = z.strictObject({ ...fieldBase, type: z.literal('date') });
export const timeFieldSchema = z.strictObject({ ...fieldBase, type: z.literal('time') });
export const tableColumnSchema = z.strictObject({
	id: slug,
	label: z.string().min(1),
	kind: z.enum(['text', 'number', 'time']).default('text'),
});
export const tableFieldSchema = z
	.strictObject({
		...fieldBase,
		type: z.literal('table'),
		columns: z.array(tableColumnSchema).min(1).max(10),
		/** A number of blank rows, or a label for each row. */
		rows: z.union([z.number().int().min(1).max(40), z.array(z.string().min(1)).min(1).max(40)]),
	})
	.superRefine((field, ctx) => uniqueIds(field.columns, 'column', ctx, ['columns']));
export const signatureFieldSchema = z.strictObject({ ...fieldBase, type: z.literal('signature') });

export const fieldTypes = ['text', 'longtext', 'scale', 'checklist', 'yesno', 'date', 'time', 'table', 'signature'] as const;

export const worksheetFieldSchema = z.discriminatedUnion('type', [
	textFieldSchema,
	longTextFieldSchema,
	scaleFieldSchema,
	checklistFieldSchema,
	yesNoFieldSchema,
	dateFieldSchema,
	timeFieldSchema,
	tableFieldSchema,
	signatureFieldSchema,
]);

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
export type WorksheetField = z.infer<typeof worksheetFieldSchema>;
export type WorksheetFieldType = WorksheetField['type'];
