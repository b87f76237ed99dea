import { z } from 'astro/zod';
import { defineFieldKind, fieldBase, textAnswer } from './kind.ts';

/** A calendar date, answered as YYYY-MM-DD (what a date input gives), or left empty. */
export const dateField = defineFieldKind({
	type: 'date',
	schema: z.strictObject({ ...fieldBase, type: z.literal('date') }),
	answer: textAnswer,
	fits: (_field, value) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value),
	print: '',
});
