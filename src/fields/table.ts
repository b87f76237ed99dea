import { z } from 'astro/zod';
import { slug } from '../schemas/common.ts';
import { defineFieldKind, fieldBase, uniqueIds } from './kind.ts';

export const tableColumnSchema = z.strictObject({
	id: slug,
	label: z.string().min(1),
	kind: z.enum(['text', 'number', 'time']).default('text'),
});

/** A table's answer: cells by row index ("0", "1", ...), then by column id. */
export type TableAnswer = Record<string, Record<string, string>>;

/** The label of each row: the field's own, or "1", "2", ... for blank rows. */
export const tableRowLabels = (rows: number | string[]) => (typeof rows === 'number' ? Array.from({ length: rows }, (_, i) => `${i + 1}`) : rows);

/** A grid to fill in, such as a vitals log: labelled columns, and blank or labelled rows. */
export const tableField = defineFieldKind({
	type: 'table',
	schema: z
		.strictObject({
			...fieldBase,
			type: z.literal('table'),
			columns: z.array(tableColumnSchema).min(1).max(10),
			/** A number of blank rows, or a label for each row. */
			rows: z.union([z.number().int().min(1).max(40), z.array(z.string().min(1)).min(1).max(40)]),
		})
		.superRefine((field, ctx) => uniqueIds(field.columns, 'column', ctx, ['columns'])),
	answer: z.record(z.string(), z.record(z.string(), z.string())) satisfies z.ZodType<TableAnswer>,
	fits: (field, value) => {
		const rows = tableRowLabels(field.rows).length;
		const columns = new Set(field.columns.map((column) => column.id));
		return Object.entries(value).every(([row, cells]) => /^\d+$/.test(row) && Number(row) < rows && Object.keys(cells).every((column) => columns.has(column)));
	},
	// Paper: a ruled grid, a row never split across pages.
	print: `.field-table { break-inside: auto; }
.field-table tr { break-inside: avoid; }
.field-table td, .field-table th { height: var(--kap-rule); border: 0.6pt solid #000; }
.field-table td input { border: 0 !important; min-width: 0; }`,
});
