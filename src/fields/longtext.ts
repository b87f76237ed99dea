import { z } from 'astro/zod';
import { defineFieldKind, fieldBase, textAnswer } from './kind.ts';

/** A longer answer; on paper, ruled lines to write on. */
export const longTextField = defineFieldKind({
	type: 'longtext',
	schema: z.strictObject({
		...fieldBase,
		type: z.literal('longtext'),
		/** Ruled lines on paper. */
		lines: z.number().int().min(1).max(30).default(4),
	}),
	answer: textAnswer,
	fits: () => true,
	print: `.worksheet textarea {
	border-bottom: 0;
	line-height: var(--kap-rule);
	padding: 0;
	overflow: hidden;
	resize: none;
	background-image: repeating-linear-gradient(to bottom, transparent 0, transparent calc(var(--kap-rule) - 0.6pt), #000 calc(var(--kap-rule) - 0.6pt), #000 var(--kap-rule));
	-webkit-print-color-adjust: exact;
	print-color-adjust: exact;
}`,
	// As many ruled lines as the field asks for, whatever the answer holds.
	printField: (field) => [`#field-${field.id} { height: calc(${field.lines} * var(--kap-rule) + 1mm); }`],
});
