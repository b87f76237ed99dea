import type { z } from 'astro/zod';
import { findCitations, parseYaml, splitFrontmatter } from '../frontmatter.ts';
import { issuesToProblems, type Problem } from '../problems.ts';
import type { Citation, SourceFile } from './types.ts';

/**
 * What reading one file gave: its data when it passed its schema; the data as written when only
 * the schema failed; nothing but the problems when the file could not be parsed.
 */
export type ReadResult<T> =
	| { status: 'valid'; data: T; problems: [] }
	| { status: 'invalid'; written: unknown; problems: Problem[] }
	| { status: 'unreadable'; problems: Problem[] };

function checkSchema<S extends z.ZodType>(file: string, data: unknown, schema: S): ReadResult<z.output<S>> {
	const result = schema.safeParse(data, { reportInput: true });
	if (result.success) return { status: 'valid', data: result.data as z.output<S>, problems: [] };
	return { status: 'invalid', written: data, problems: issuesToProblems(file, result.error.issues) };
}

/** A YAML file checked against its schema. */
export function readYamlFile<S extends z.ZodType>(source: SourceFile, schema: S): ReadResult<z.output<S>> {
	const yaml = parseYaml(source.file, source.text);
	if (yaml.problems.length) return { status: 'unreadable', problems: yaml.problems };
	return checkSchema(source.file, yaml.data, schema);
}

/** An MDX file: its frontmatter checked against its schema, and the citations in its body. */
export function readMdxFile<S extends z.ZodType>(source: SourceFile, schema: S): ReadResult<z.output<S>> & { citations: Citation[] } {
	const split = splitFrontmatter(source.text);
	if (!split) {
		const problem: Problem = { file: source.file, line: 1, path: '(frontmatter)', message: 'expected frontmatter between two "---" lines at the top of the file, found none' };
		return { status: 'unreadable', problems: [problem], citations: [] };
	}
	const yaml = parseYaml(source.file, split.frontmatter, split.frontmatterLine);
	if (yaml.problems.length) return { status: 'unreadable', problems: yaml.problems, citations: [] };
	return { ...checkSchema(source.file, yaml.data ?? {}, schema), citations: findCitations(split.body, split.bodyLine) };
}
