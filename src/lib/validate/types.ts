import type { Course } from '../../schemas/course.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { Protocol } from '../../schemas/protocol.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { Worksheet } from '../../schemas/worksheet.ts';

/** A content file as read from disk, with its path from the project root. */
export interface SourceFile {
	file: string;
	text: string;
}

export interface ContentSources {
	/** protocols/<phase>/<slug>.mdx */
	protocols: SourceFile[];
	/** integration-worksheets/**\/<slug>.mdx */
	worksheets: SourceFile[];
	/** protocols/references.yaml, or null when it is missing. */
	references: SourceFile | null;
	/** protocols/courses/<slug>.yaml */
	courses: SourceFile[];
	/** protocols/glossary.yaml, or null when it is missing. */
	glossary: SourceFile | null;
}

/** A `<Cite id="…"/>` in an MDX body, with its line in the file. */
export interface Citation {
	id: string;
	line: number;
}

export interface Entry<T> {
	id: string;
	file: string;
	data: T;
}

export interface MdxEntry<T> extends Entry<T> {
	citations: Citation[];
}

export interface ValidatedContent {
	protocols: MdxEntry<Protocol>[];
	worksheets: MdxEntry<Worksheet>[];
	references: Reference[];
	courses: Entry<Course>[];
	glossary: GlossaryEntry[];
}

/**
 * A file that failed its schema: its frontmatter as written and its citations, so that its keys
 * into the bibliography are still checked and one run lists every problem.
 */
export interface UnvalidatedEntry {
	file: string;
	data: unknown;
	citations: Citation[];
}
