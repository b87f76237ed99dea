import { z } from 'astro/zod';
import { defineFieldKind, fieldBase, textAnswer } from './kind.ts';

/** A signature line: on screen the signer's name, on paper room to sign above the line. */
export const signatureField = defineFieldKind({
	type: 'signature',
	schema: z.strictObject({ ...fieldBase, type: z.literal('signature') }),
	answer: textAnswer,
	fits: () => true,
	print: `.field--signature input { margin-top: 8mm; }`,
});
