import { z } from 'astro/zod';

/** The shape of any stored answer (whether it fits a given field is `fitsField`'s question). */
export const answerValueSchema = z.union([z.string(), z.number(), z.array(z.string()), z.record(z.string(), z.record(z.string(), z.string()))]);
