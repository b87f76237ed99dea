import { z } from 'astro/zod';
import { defineFieldKind, fieldBase, textAnswer } from './kind.ts';

/** Yes or no, or not answered yet. */
export const yesNoField = defineFieldKind({
	type: 'yesno',
	schema: z.strictObject({ ...fieldBase, type: z.literal('yesno') }),
	answer: textAnswer,
	fits: (_field, value) => value === 'yes' || value === 'no' || value === '',
	print: '',
});
