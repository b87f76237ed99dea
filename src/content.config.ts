import type { z } from 'astro/zod';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentLocations, type FileLocation, type FolderLocation } from './lib/content-locations.ts';

const fromFolder = <Schema extends z.ZodType>({ folder, pattern, schema }: FolderLocation<Schema>) => defineCollection({ loader: glob({ pattern, base: `./${folder}` }), schema });
const fromFile = <Schema extends z.ZodType>({ file: path, schema }: FileLocation<Schema>) => defineCollection({ loader: file(path), schema });

// kapkit's integration has already validated every file (and the links between them) with these
// same schemas before Astro loads them; see src/lib/validate.ts.
export const collections = {
	protocols: fromFolder(contentLocations.protocols),
	worksheets: fromFolder(contentLocations.worksheets),
	references: fromFile(contentLocations.references),
	glossary: fromFile(contentLocations.glossary),
	courses: fromFolder(contentLocations.courses),
};
