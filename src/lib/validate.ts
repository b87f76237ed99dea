import type { z } from 'astro/zod';
import { phases, slugPattern, type Phase } from '../schemas/common.ts';
import type { Course } from '../schemas/course.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { Protocol } from '../schemas/protocol.ts';
import type { Reference } from '../schemas/reference.ts';
import type { Worksheet } from '../schemas/worksheet.ts';
import { protocolReferenceKeys } from './citations.ts';
import { contentLocations } from './content-locations.ts';
import { findCitations, parseYaml, splitFrontmatter } from './frontmatter.ts';
import { formatPath, issuesToProblems, type Problem } from './problems.ts';

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

interface Entry<T> {
	id: string;
	file: string;
	data: T;
}
interface MdxEntry<T> extends Entry<T> {
	citations: { id: string; line: number }[];
}

export interface ValidatedContent {
	protocols: MdxEntry<Protocol>[];
	worksheets: MdxEntry<Worksheet>[];
	references: Reference[];
	courses: Entry<Course>[];
	glossary: GlossaryEntry[];
}

const REFERENCES_FILE = contentLocations.references.file;
const GLOSSARY_FILE = contentLocations.glossary.file;

function checkSlugs(file: string, id: string, problems: Problem[]) {
	for (const part of id.split('/')) {
		if (!slugPattern.test(part)) {
			problems.push({ file, path: '(file name)', message: `expected lower-case words joined by hyphens (the name becomes the page's address), found ${JSON.stringify(part)}` });
		}
	}
}

/** What a file that failed its schema still says about its references, so those are checked too. */
interface RawEntry {
	file: string;
	references: unknown;
	citations: { id: string; line: number }[];
}

function parseMdx<S extends z.ZodType>(source: SourceFile, schema: S, problems: Problem[], invalid: RawEntry[]) {
	const split = splitFrontmatter(source.text);
	if (!split) {
		problems.push({ file: source.file, line: 1, path: '(frontmatter)', message: 'expected frontmatter between two "---" lines at the top of the file, found none' });
		return null;
	}
	const yaml = parseYaml(source.file, split.frontmatter, split.frontmatterLine);
	problems.push(...yaml.problems);
	if (yaml.problems.length) return null;
	const citations = findCitations(split.body, split.bodyLine);
	const result = schema.safeParse(yaml.data ?? {}, { reportInput: true });
	if (!result.success) {
		problems.push(...issuesToProblems(source.file, result.error.issues));
		invalid.push({ file: source.file, references: (yaml.data as { references?: unknown } | null)?.references, citations });
		return null;
	}
	return { data: result.data as z.output<S>, citations };
}

function parseYamlFile<S extends z.ZodType>(source: SourceFile, schema: S, problems: Problem[]): z.output<S> | null {
	const yaml = parseYaml(source.file, source.text);
	problems.push(...yaml.problems);
	if (yaml.problems.length) return null;
	const result = schema.safeParse(yaml.data, { reportInput: true });
	if (!result.success) {
		problems.push(...issuesToProblems(source.file, result.error.issues));
		return null;
	}
	return result.data as z.output<S>;
}

/**
 * Parses and checks all content: each file against its schema, then everything that spans files
 * (references, worksheet and protocol ids, citations). Returns every problem, not only the first.
 */
export function validateContent(sources: ContentSources): { content: ValidatedContent; problems: Problem[] } {
	const problems: Problem[] = [];
	const content: ValidatedContent = { protocols: [], worksheets: [], references: [], courses: [], glossary: [] };
	// Files that exist but failed their schema: their ids still resolve, so one mistake is reported once.
	const known = { protocols: new Set<string>(), worksheets: new Set<string>() };
	const invalid: RawEntry[] = [];

	// Keys are checked against the bibliography only when it could be read: a broken references.yaml
	// is one problem, not one per citation in the manual.
	let referencesRead = false;
	if (!sources.references) {
		problems.push({ file: REFERENCES_FILE, path: '(file)', message: 'expected the bibliography file, found no file' });
	} else {
		const parsed = parseYamlFile(sources.references, contentLocations.references.fileSchema, problems);
		referencesRead = parsed !== null;
		content.references = parsed ?? [];
		const seen = new Map<string, number>();
		content.references.forEach((reference, index) => {
			const first = seen.get(reference.id);
			if (first !== undefined) problems.push({ file: REFERENCES_FILE, path: `[${index}].id`, message: `expected a key not used before (first at [${first}]), found duplicate ${JSON.stringify(reference.id)}` });
			else seen.set(reference.id, index);
		});
	}

	for (const source of sources.protocols) {
		const id = contentLocations.protocols.idFromSource(source.file);
		checkSlugs(source.file, id, problems);
		const folder = id.split('/')[0] ?? '';
		if (id.split('/').length !== 2 || !phases.includes(folder as Phase)) {
			problems.push({ file: source.file, path: '(folder)', message: `expected protocols/<phase>/<name>.mdx with <phase> one of ${phases.join(', ')}, found ${JSON.stringify(id)}` });
			continue;
		}
		known.protocols.add(id);
		const parsed = parseMdx(source, contentLocations.protocols.schema, problems, invalid);
		if (!parsed) continue;
		if (parsed.data.phase !== folder) {
			problems.push({ file: source.file, path: 'phase', message: `expected "${folder}" (the folder the file is in), found ${JSON.stringify(parsed.data.phase)}` });
		}
		content.protocols.push({ id, file: source.file, ...parsed });
	}

	for (const source of sources.worksheets) {
		const id = contentLocations.worksheets.idFromSource(source.file);
		checkSlugs(source.file, id, problems);
		known.worksheets.add(id);
		const parsed = parseMdx(source, contentLocations.worksheets.schema, problems, invalid);
		if (parsed) content.worksheets.push({ id, file: source.file, ...parsed });
	}

	for (const source of sources.courses) {
		const id = contentLocations.courses.idFromSource(source.file);
		checkSlugs(source.file, id, problems);
		const data = parseYamlFile(source, contentLocations.courses.schema, problems);
		if (data) content.courses.push({ id, file: source.file, data });
	}

	if (!sources.glossary) {
		problems.push({ file: GLOSSARY_FILE, path: '(file)', message: 'expected the glossary file (a YAML list; an empty list [] will do), found no file' });
	} else {
		content.glossary = parseYamlFile(sources.glossary, contentLocations.glossary.fileSchema, problems) ?? [];
		const seen = new Map<string, number>();
		content.glossary.forEach((entry, index) => {
			const first = seen.get(entry.id);
			if (first !== undefined) problems.push({ file: GLOSSARY_FILE, path: `[${index}].id`, message: `expected an id not used before (first at [${first}]), found duplicate ${JSON.stringify(entry.id)}` });
			else seen.set(entry.id, index);
		});
	}

	problems.push(...checkCrossReferences(content, known, invalid, referencesRead));
	return { content, problems };
}

function checkCrossReferences(
	content: ValidatedContent,
	known: { protocols: Set<string>; worksheets: Set<string> },
	invalid: RawEntry[],
	haveReferences: boolean,
): Problem[] {
	const problems: Problem[] = [];
	const referenceIds = new Set(content.references.map((reference) => reference.id));
	/** Reports the keys that are not in the bibliography; nothing when the bibliography could not be read. */
	const checkKeys = (file: string, keys: readonly { key: string; path: (string | number)[] }[]) => {
		if (!haveReferences) return;
		for (const { key, path } of keys) {
			if (!referenceIds.has(key)) problems.push({ file, path: formatPath(path), message: `expected a key of ${REFERENCES_FILE}, found ${JSON.stringify(key)}` });
		}
	};
	const at = (keys: readonly string[], prefix: (string | number)[]) => keys.map((key, index) => ({ key, path: [...prefix, index] }));

	// `listed` is null for a file that failed its schema: its frontmatter's list cannot be trusted.
	const checkCitations = (entry: Pick<RawEntry, 'file' | 'citations'>, listed: Set<string> | null) => {
		for (const citation of entry.citations) {
			if (haveReferences && !referenceIds.has(citation.id)) {
				problems.push({ file: entry.file, line: citation.line, path: `body <Cite id="${citation.id}">`, message: `expected a key of ${REFERENCES_FILE}, found ${JSON.stringify(citation.id)}` });
			} else if (listed && !listed.has(citation.id)) {
				problems.push({ file: entry.file, line: citation.line, path: `body <Cite id="${citation.id}">`, message: `expected a key listed in this page's frontmatter references, found ${JSON.stringify(citation.id)} (add it there)` });
			}
		}
	};

	for (const protocol of content.protocols) {
		const keys = protocolReferenceKeys(protocol.data);
		checkKeys(protocol.file, keys);
		checkCitations(protocol, new Set(keys.map(({ key }) => key)));
		protocol.data.worksheets.forEach((id, index) => {
			if (!known.worksheets.has(id)) problems.push({ file: protocol.file, path: `worksheets[${index}]`, message: `expected the id of a worksheet in integration-worksheets/, found ${JSON.stringify(id)}` });
		});
	}

	for (const worksheet of content.worksheets) {
		checkKeys(worksheet.file, at(worksheet.data.references, ['references']));
		checkCitations(worksheet, new Set(worksheet.data.references));
		worksheet.data.protocols.forEach((id, index) => {
			if (!known.protocols.has(id)) problems.push({ file: worksheet.file, path: `protocols[${index}]`, message: `expected the id of a protocol (phase/name), found ${JSON.stringify(id)}` });
		});
	}

	for (const course of content.courses) {
		const dosing = content.protocols.find((protocol) => protocol.id === course.data.protocol);
		if (!known.protocols.has(course.data.protocol)) {
			problems.push({ file: course.file, path: 'protocol', message: `expected the id of a dosing protocol in protocols/dosing/, found ${JSON.stringify(course.data.protocol)}` });
		} else if (dosing?.data.phase === 'dosing' && !dosing.data.session) {
			problems.push({ file: course.file, path: 'protocol', message: `expected a dosing protocol with a session block (route and dose), found ${JSON.stringify(course.data.protocol)}, which has none` });
		}
		const integration = course.data.integration.protocol;
		if (integration !== undefined && !known.protocols.has(integration)) {
			problems.push({ file: course.file, path: 'integration.protocol', message: `expected the id of an integration protocol in protocols/integration/, found ${JSON.stringify(integration)}` });
		}
		checkKeys(course.file, at(course.data.references, ['references']));
	}
	content.glossary.forEach((entry, index) => {
		checkKeys(GLOSSARY_FILE, at(entry.references, [index, 'references']));
		entry.see.forEach((id, k) => {
			if (!known.protocols.has(id)) problems.push({ file: GLOSSARY_FILE, path: `[${index}].see[${k}]`, message: `expected the id of a protocol (phase/name), found ${JSON.stringify(id)}` });
		});
	});

	for (const entry of invalid) {
		const keys = Array.isArray(entry.references) ? entry.references.filter((key): key is string => typeof key === 'string') : [];
		checkKeys(entry.file, at(keys, ['references']));
		checkCitations(entry, null);
	}
	return problems;
}
