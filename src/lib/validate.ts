import { contentLocations } from './content-locations.ts';
import type { Problem } from './problems.ts';
import { checkCrossReferences } from './validate/cross-references.ts';
import { inPhaseFolder, readFolderEntries } from './validate/folder-entries.ts';
import { readListFile } from './validate/list-file.ts';
import type { ContentSources, ValidatedContent } from './validate/types.ts';

export type { ContentSources, SourceFile, ValidatedContent } from './validate/types.ts';

/**
 * Parses and checks all content: each file against its schema, then everything that spans files
 * (references, worksheet and protocol ids, citations). Returns every problem, not only the first.
 */
export function validateContent(sources: ContentSources): { content: ValidatedContent; problems: Problem[] } {
	const references = readListFile(contentLocations.references, sources.references, { file: 'the bibliography file', id: 'a key' });
	const protocols = readFolderEntries(contentLocations.protocols, sources.protocols, inPhaseFolder);
	const worksheets = readFolderEntries(contentLocations.worksheets, sources.worksheets);
	const courses = readFolderEntries(contentLocations.courses, sources.courses);
	const glossary = readListFile(contentLocations.glossary, sources.glossary, { file: 'the glossary file (a YAML list; an empty list [] will do)', id: 'an id' });

	// Keys are checked against the bibliography only when it could be read: a broken references.yaml
	// is one problem, not one per citation in the manual.
	const targets = {
		references: references.entries && new Set(references.entries.map((reference) => reference.id)),
		protocols: protocols.ids,
		worksheets: worksheets.ids,
		validProtocols: new Map(protocols.entries.map((protocol) => [protocol.id, protocol.data])),
	};
	const glossaryFile = contentLocations.glossary.file;
	const problems = [
		...references.problems,
		...protocols.problems,
		...worksheets.problems,
		...courses.problems,
		...glossary.problems,
		...checkCrossReferences('protocols', protocols.entries, protocols.unvalidated, targets),
		...checkCrossReferences('worksheets', worksheets.entries, worksheets.unvalidated, targets),
		...checkCrossReferences('courses', courses.entries, courses.unvalidated, targets),
		...checkCrossReferences('glossary', (glossary.entries ?? []).map((data, index) => ({ file: glossaryFile, at: [index], data, citations: [] })), [], targets),
	];
	const content: ValidatedContent = {
		protocols: protocols.entries,
		worksheets: worksheets.entries,
		references: references.entries ?? [],
		courses: courses.entries.map(({ id, file, data }) => ({ id, file, data })),
		glossary: glossary.entries ?? [],
	};
	return { content, problems };
}
