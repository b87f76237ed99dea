import { parseDocument } from 'yaml';
import type { Problem } from './problems.ts';

export interface ParsedYaml {
	data: unknown;
	problems: Problem[];
}

/**
 * Parses YAML text. Dates stay text (YAML 1.2's core schema), so that an impossible date is
 * reported rather than rolled over. `firstLine` is the file line the text starts on.
 */
export function parseYaml(file: string, text: string, firstLine = 1): ParsedYaml {
	const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
	const problems = doc.errors.map((error): Problem => {
		const line = error.linePos?.[0]?.line;
		return {
			file,
			...(line ? { line: line + firstLine - 1 } : {}),
			path: '(yaml)',
			message: `expected valid YAML, found an error: ${error.message.split('\n')[0]}`,
		};
	});
	return { data: problems.length ? undefined : doc.toJS(), problems };
}

export interface SplitSource {
	frontmatter: string;
	/** 1-based line where the frontmatter text begins. */
	frontmatterLine: number;
	body: string;
	/** 1-based line where the body begins. */
	bodyLine: number;
}

/** Splits an MDX file into its `---` frontmatter and its body; null when there is no frontmatter. */
export function splitFrontmatter(source: string): SplitSource | null {
	const match = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
	if (!match) return null;
	const frontmatter = match[1] ?? '';
	return {
		frontmatter,
		frontmatterLine: 2,
		body: source.slice(match[0].length),
		bodyLine: frontmatter.split('\n').length + 3,
	};
}

/** The ids passed to `<Cite id="…" />` in an MDX body, with the line each is on. */
export function findCitations(body: string, bodyLine: number): { id: string; line: number }[] {
	const citations: { id: string; line: number }[] = [];
	body.split('\n').forEach((text, index) => {
		for (const match of text.matchAll(/<Cite\b[^>]*?\bid=(?:"([^"]*)"|'([^']*)')/g)) {
			citations.push({ id: match[1] ?? match[2] ?? '', line: bodyLine + index });
		}
	});
	return citations;
}
