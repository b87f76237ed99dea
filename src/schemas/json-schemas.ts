import { z } from 'astro/zod';
import { courseSchema } from './course.ts';
import { glossaryFileSchema } from './glossary.ts';
import { protocolSchema } from './protocol.ts';
import { referencesFileSchema } from './reference.ts';
import { siteConfigSchema } from './site.ts';
import { worksheetSchema } from './worksheet.ts';

/** The JSON Schemas an editor uses to check content while it is typed, by file name. */
export function jsonSchemas(): Record<string, string> {
	const schemas = {
		'protocol.schema.json': protocolSchema,
		'worksheet.schema.json': worksheetSchema,
		'course.schema.json': courseSchema,
		'references.schema.json': referencesFileSchema,
		'glossary.schema.json': glossaryFileSchema,
		'site-config.schema.json': siteConfigSchema,
	};
	return Object.fromEntries(
		Object.entries(schemas).map(([name, schema]) => [
			name,
			// Dates may arrive as Date objects from Astro's YAML parser; in a file they are text.
			`${JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', override: ({ zodSchema, jsonSchema }) => {
				if (zodSchema._zod.def.type === 'date') Object.assign(jsonSchema, { type: 'string', format: 'date' });
			} }), null, '\t')}\n`,
		]),
	);
}
