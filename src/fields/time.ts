import { z } from 'astro/zod';
import { defineFieldKind, fieldBase, textAnswer } from './kind.ts';

/** A time of day, answered as HH:MM (what a time input gives), or left empty. */
export const timeField = defineFieldKind({
	type: 'time',
	schema: z.strictObject({ ...fieldBase, type: z.literal('time') }),
	answer: textAnswer,
	fits: (_field, value) => value === '' || /^\d{2}:\d{2}$/.test(value),
	print: '',
});
