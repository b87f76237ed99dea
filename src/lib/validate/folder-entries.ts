import type { z } from 'astro/zod';
import { phases, slugPattern, type Phase } from '../../schemas/common.ts';
import type { FolderLocation } from '../content-locations.ts';
import type { Problem } from '../problems.ts';
import { readMdxFile, readYamlFile } from './read-file.ts';
import type { MdxEntry, SourceFile, UnvalidatedEntry } from './types.ts';

/** The entries of one folder collection that passed their schema, and what the others left. */
export interface FolderEntries<T> {
	/** YAML entries have no citations: theirs is always empty. */
	entries: MdxEntry<T>[];
	/** Every id with a file in the right place, valid or not: links to them are not reported again. */
	ids: Set<string>;
	unvalidated: UnvalidatedEntry[];
	problems: Problem[];
}

function checkSlugs(file: string, id: string): Problem[] {
	return id
		.split('/')
		.filter((part) => !slugPattern.test(part))
		.map((part) => ({ file, path: '(file name)', message: `expected lower-case words joined by hyphens (the name becomes the page's address), found ${JSON.stringify(part)}` }));
}

/**
 * Where a file may sit inside its collection's folder, beyond its name being a slug; returns a
 * problem, or the data's checks that depend on the folder.
 */
export type Placement<T> = (file: string, id: string) => { problem: Problem } | { checkData: (data: T) => Problem[] };

/** A protocol sits in the folder of its phase, and says so in its `phase` field. */
export const inPhaseFolder: Placement<{ phase: Phase }> = (file, id) => {
	const folder = id.split('/')[0] ?? '';
	if (id.split('/').length !== 2 || !phases.includes(folder as Phase)) {
		return { problem: { file, path: '(folder)', message: `expected protocols/<phase>/<name>.mdx with <phase> one of ${phases.join(', ')}, found ${JSON.stringify(id)}` } };
	}
	return {
		checkData: ({ phase }) => (phase === folder ? [] : [{ file, path: 'phase', message: `expected "${folder}" (the folder the file is in), found ${JSON.stringify(phase)}` }]),
	};
};

const anywhere: Placement<unknown> = () => ({ checkData: () => [] });

/** Reads and checks every file of a folder collection (MDX or YAML, as the location says). */
export function readFolderEntries<S extends z.ZodType>(location: FolderLocation<S>, sources: readonly SourceFile[], placement: Placement<z.output<S>> = anywhere): FolderEntries<z.output<S>> {
	const result: FolderEntries<z.output<S>> = { entries: [], ids: new Set(), unvalidated: [], problems: [] };
	for (const source of sources) {
		const id = location.idFromSource(source.file);
		result.problems.push(...checkSlugs(source.file, id));
		const placed = placement(source.file, id);
		if ('problem' in placed) {
			result.problems.push(placed.problem);
			continue;
		}
		result.ids.add(id);
		const read = location.extension === '.mdx' ? readMdxFile(source, location.schema) : { ...readYamlFile(source, location.schema), citations: [] };
		result.problems.push(...read.problems);
		if (read.status === 'valid') {
			result.problems.push(...placed.checkData(read.data));
			result.entries.push({ id, file: source.file, data: read.data, citations: read.citations });
		} else if (read.status === 'invalid') {
			result.unvalidated.push({ file: source.file, data: read.written, citations: read.citations });
		}
	}
	return result;
}
