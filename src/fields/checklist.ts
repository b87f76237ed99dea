import { z } from 'astro/zod';
import { slug } from '../schemas/common.ts';
import { defineFieldKind, fieldBase, uniqueIds } from './kind.ts';

const option = z.strictObject({ id: slug, label: z.string().min(1) });

/** Options to tick, any number of them; answered with the ids of the ticked ones. */
export const checklistField = defineFieldKind({
	type: 'checklist',
	schema: z
		.strictObject({ ...fieldBase, type: z.literal('checklist'), options: z.array(option).min(1) })
		.superRefine((field, ctx) => uniqueIds(field.options, 'option', ctx, ['options'])),
	answer: z.array(z.string()),
	fits: (field, value) => value.every((id) => field.options.some((option) => option.id === id)),
	print: '',
});
