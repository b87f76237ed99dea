import { z } from 'astro/zod';

/** CANMAT's levels of evidence, the scale the ketamine guidance this manual cites uses. */
export const evidenceLevels = [1, 2, 3, 4] as const;

export const evidenceLevelTitles: Record<(typeof evidenceLevels)[number], string> = {
	1: 'Level 1 — meta-analysis or replicated randomised trials',
	2: 'Level 2 — at least one randomised trial',
	3: 'Level 3 — non-randomised, controlled or open studies',
	4: 'Level 4 — expert opinion or practice consensus',
};

export const evidenceSchema = z.strictObject({
	level: z.literal(evidenceLevels),
	/** One line: why this level. */
	rationale: z.string().min(10),
});

export type Evidence = z.infer<typeof evidenceSchema>;
