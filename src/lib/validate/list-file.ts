import type { z } from 'astro/zod';
import type { FileLocation } from '../content-locations.ts';
import type { Problem } from '../problems.ts';
import { readYamlFile } from './read-file.ts';
import type { SourceFile } from './types.ts';

/** How a list file's messages name it and its entries' ids. */
export interface ListFileWords {
	/** "the bibliography file" */
	file: string;
	/** "a key" */
	id: string;
}

/**
 * A YAML list file (the bibliography, the glossary): present, parsed, each entry valid, no id
 * used twice. `entries` is null when the file is missing or could not be read as a whole.
 */
export function readListFile<Entry extends { id: string }>(
	location: FileLocation<z.ZodType, z.ZodType<Entry[]>>,
	source: SourceFile | null,
	words: ListFileWords,
): { entries: Entry[] | null; problems: Problem[] } {
	if (!source) return { entries: null, problems: [{ file: location.file, path: '(file)', message: `expected ${words.file}, found no file` }] };
	const read = readYamlFile(source, location.fileSchema);
	if (read.status !== 'valid') return { entries: null, problems: read.problems };
	const problems: Problem[] = [];
	const firstIndex = new Map<string, number>();
	read.data.forEach((entry, index) => {
		const first = firstIndex.get(entry.id);
		if (first === undefined) firstIndex.set(entry.id, index);
		else problems.push({ file: location.file, path: `[${index}].id`, message: `expected ${words.id} not used before (first at [${first}]), found duplicate ${JSON.stringify(entry.id)}` });
	});
	return { entries: read.data, problems };
}
