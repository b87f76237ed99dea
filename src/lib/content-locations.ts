import type { z } from 'astro/zod';
import { phases, type Phase } from '../schemas/common.ts';
import { courseSchema } from '../schemas/course.ts';
import { glossaryEntrySchema, glossaryFileSchema } from '../schemas/glossary.ts';
import { protocolSchema } from '../schemas/protocol.ts';
import { referenceSchema, referencesFileSchema } from '../schemas/reference.ts';
import { worksheetSchema } from '../schemas/worksheet.ts';

/**
 * Where each collection's content lives, and where its entries appear in the built manual. This
 * is the one place that knows the folder layout: the collections, the content reader, the
 * validator, the explorer tree and the pages all take their paths from here.
 */

/** The page of a whole folder or file: its route below the base and its node in the explorer. */
export interface ContentPage {
	/** e.g. "/worksheets/" */
	route: string;
	/** e.g. "integration-worksheets" */
	explorerId: string;
}

/** A collection with one file per entry (MDX or YAML) in a folder. */
export interface FolderLocation<Schema extends z.ZodType = z.ZodType> {
	kind: 'folder';
	/** From the project root, without a trailing "/": "protocols". */
	folder: string;
	/** The files of the collection, below `folder`, as the collection's glob loader reads them. */
	pattern: string;
	extension: '.mdx' | '.yaml';
	/** The schema of one entry. */
	schema: Schema;
	/** The folder's own page, listing its entries. */
	index: ContentPage;
	/** The route of an entry's page: "/protocols/dosing/im-ketamine/". */
	route(id: string): string;
	/** An entry's node in the explorer: "protocols/dosing/im-ketamine". */
	explorerId(id: string): string;
	/** An entry's file from the project root: "protocols/dosing/im-ketamine.mdx". */
	sourcePath(id: string): string;
	/** The id of the entry in `file` (a path from the project root inside `folder`). */
	idFromSource(file: string): string;
}

/** A collection kept as one YAML list in one file, shown on one page with an anchor per entry. */
export interface FileLocation<Schema extends z.ZodType = z.ZodType, FileSchema extends z.ZodType = z.ZodType> {
	kind: 'file';
	/** From the project root: "protocols/glossary.yaml". */
	file: string;
	/** The schema of one entry. */
	schema: Schema;
	/** The schema of the whole file (the list of entries). */
	fileSchema: FileSchema;
	/** The page that shows every entry. */
	index: ContentPage;
	/** An entry on that page: "/glossary/#ketamine". */
	route(id: string): string;
	/** The page's node in the explorer (entries have no node of their own). */
	explorerId(id: string): string;
	/** The file every entry is in. */
	sourcePath(id: string): string;
}

export type ContentLocation = FolderLocation | FileLocation;

function inFolder<Schema extends z.ZodType>(options: {
	folder: string;
	pattern: string;
	extension: '.mdx' | '.yaml';
	schema: Schema;
	index: ContentPage;
	/** The first segment of an entry's route: "protocols" gives "/protocols/<id>/". */
	routeSegment: string;
}): FolderLocation<Schema> {
	const { folder, extension, routeSegment } = options;
	return {
		kind: 'folder',
		folder: options.folder,
		pattern: options.pattern,
		extension,
		schema: options.schema,
		index: options.index,
		route: (id) => `/${routeSegment}/${id}/`,
		explorerId: (id) => `${folder}/${id}`,
		sourcePath: (id) => `${folder}/${id}${extension}`,
		idFromSource: (file) => file.slice(folder.length + 1, -extension.length),
	};
}

function inFile<Schema extends z.ZodType, FileSchema extends z.ZodType>(options: { file: string; schema: Schema; fileSchema: FileSchema; index: ContentPage }): FileLocation<Schema, FileSchema> {
	const { file, index } = options;
	return {
		kind: 'file',
		...options,
		route: (id) => `${index.route}#${id}`,
		explorerId: () => index.explorerId,
		sourcePath: () => file,
	};
}

export const contentLocations = {
	protocols: inFolder({
		folder: 'protocols',
		pattern: `{${phases.join(',')}}/*.mdx`,
		extension: '.mdx',
		schema: protocolSchema,
		index: { route: '/protocols/', explorerId: 'protocols' },
		routeSegment: 'protocols',
	}),
	worksheets: inFolder({
		folder: 'integration-worksheets',
		pattern: '**/*.mdx',
		extension: '.mdx',
		schema: worksheetSchema,
		index: { route: '/worksheets/', explorerId: 'integration-worksheets' },
		routeSegment: 'worksheets',
	}),
	courses: inFolder({
		folder: 'protocols/courses',
		pattern: '*.yaml',
		extension: '.yaml',
		schema: courseSchema,
		index: { route: '/courses/', explorerId: 'protocols/courses' },
		routeSegment: 'courses',
	}),
	references: inFile({
		file: 'protocols/references.yaml',
		schema: referenceSchema,
		fileSchema: referencesFileSchema,
		index: { route: '/references/', explorerId: 'protocols/references' },
	}),
	glossary: inFile({
		file: 'protocols/glossary.yaml',
		schema: glossaryEntrySchema,
		fileSchema: glossaryFileSchema,
		index: { route: '/glossary/', explorerId: 'protocols/glossary' },
	}),
} as const satisfies Record<string, ContentLocation>;

/**
 * The edition files, beside the collections: the human changelog (a YAML list of editions, newest
 * first) and the folder of released editions' manifests (one `<edition>.json` each, written by
 * `npm run release`). Neither is a page of its own; the What's new page shows the changelog.
 */
export const editionLocations = {
	changes: 'protocols/changes.yaml',
	manifests: 'protocols/editions',
} as const;

export type CollectionName = keyof typeof contentLocations;

export const collectionNames = Object.keys(contentLocations) as CollectionName[];

/** The page of one phase's protocols: route "/protocols/dosing/", explorer id "protocols/dosing". */
export const phaseFolder = (phase: Phase): ContentPage => ({ route: `${contentLocations.protocols.index.route}${phase}/`, explorerId: `${contentLocations.protocols.folder}/${phase}` });
