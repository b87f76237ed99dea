import { z } from 'astro/zod';
import { defineFieldKind, fieldBase, textAnswer } from './kind.ts';

/** A short answer on one line. */
export const textField = defineFieldKind({
	type: 'text',
	schema: z.strictObject({ ...fieldBase, type: z.literal('text') }),
	answer: textAnswer,
	fits: () => true,
	print: '',
});
