import { z } from 'astro/zod';
import { referenceKeys, slug } from './common.ts';

/** A term a new trainee meets, defined in a sentence or two. */
export const glossaryEntrySchema = z.strictObject({
	/** The anchor on the glossary page: /glossary/#dissociation. */
	id: slug,
	term: z.string().min(2).max(80),
	/** Spelled out, for abbreviations: "Treatment-resistant depression" for TRD. */
	expansion: z.string().min(3).optional(),
	definition: z.string().min(20).max(800),
	/** Sources for any clinical claim in the definition. */
	references: referenceKeys.default([]),
	/** Protocols (phase/name) where the term matters most. */
	see: z.array(z.string().regex(/^(preparation|dosing|integration|maintenance)\/[a-z0-9-]+$/, { error: (issue) => `expected a protocol id such as "dosing/iv-racemic-infusion", found ${JSON.stringify(issue.input)}` })).default([]),
});

export const glossaryFileSchema = z.array(glossaryEntrySchema);

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
