import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { courseSchema } from './schemas/course.ts';
import { glossaryEntrySchema } from './schemas/glossary.ts';
import { protocolSchema } from './schemas/protocol.ts';
import { referenceSchema } from './schemas/reference.ts';
import { worksheetSchema } from './schemas/worksheet.ts';

// kapkit's integration has already validated every file (and the links between them) with these
// same schemas before Astro loads them; see src/lib/validate.ts.
export const collections = {
	protocols: defineCollection({
		loader: glob({ pattern: '{preparation,dosing,integration,maintenance}/*.mdx', base: './protocols' }),
		schema: protocolSchema,
	}),
	worksheets: defineCollection({
		loader: glob({ pattern: '**/*.mdx', base: './integration-worksheets' }),
		schema: worksheetSchema,
	}),
	references: defineCollection({
		loader: file('protocols/references.yaml'),
		schema: referenceSchema,
	}),
	glossary: defineCollection({
		loader: file('protocols/glossary.yaml'),
		schema: glossaryEntrySchema,
	}),
	courses: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './protocols/courses' }),
		schema: courseSchema,
	}),
};
