import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { GLOSSARY_FILE, REFERENCES_FILE, type ContentSources, type SourceFile } from '../lib/validate.ts';

function walk(dir: string, extension: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith(extension))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/** Reads every content file below `root`, with paths from the root written with "/". */
export function readContentSources(root: string): ContentSources {
	const read = (path: string): SourceFile => ({ file: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') });
	const coursesDir = join(root, 'protocols', 'courses');
	const referencesPath = join(root, REFERENCES_FILE);
	const glossaryPath = join(root, GLOSSARY_FILE);
	return {
		protocols: walk(join(root, 'protocols'), '.mdx').map(read),
		worksheets: walk(join(root, 'integration-worksheets'), '.mdx').map(read),
		references: existsSync(referencesPath) ? read(referencesPath) : null,
		courses: walk(coursesDir, '.yaml').map(read),
		glossary: existsSync(glossaryPath) ? read(glossaryPath) : null,
	};
}
