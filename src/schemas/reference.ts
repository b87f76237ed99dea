import { z } from 'astro/zod';
import { calendarDate, slug } from './common.ts';

export const referenceKinds = ['article', 'label', 'guideline', 'book', 'web', 'preprint'] as const;

export const referenceSchema = z
	.strictObject({
		id: slug,
		kind: z.enum(referenceKinds).default('article'),
		/** As printed: "Murrough JW", or an organisation. */
		authors: z.array(z.string().min(1)).min(1),
		/** The list above is abridged: print "et al." after it. */
		etAl: z.boolean().default(false),
		year: z.number().int().min(1900).max(2100),
		title: z.string().min(3),
		/** Journal, publisher or site. */
		journal: z.string().min(2),
		volume: z.string().optional(),
		pages: z.string().optional(),
		doi: z
			.string()
			.regex(/^10\.\d{4,9}\/\S+$/, { error: (issue) => `expected a DOI such as 10.1000/xyz123, found ${JSON.stringify(issue.input)}` })
			.optional(),
		url: z.url({ protocol: /^https?$/ }).optional(),
		accessed: calendarDate.optional(),
		note: z.string().optional(),
	})
	.superRefine((ref, ctx) => {
		if (!ref.doi && !ref.url) {
			ctx.addIssue({ code: 'custom', path: ['doi'], message: 'expected a doi or a url so a reader can find the source, found neither' });
		}
	});

export const referencesFileSchema = z.array(referenceSchema);

export type Reference = z.infer<typeof referenceSchema>;
