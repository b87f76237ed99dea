import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { contentLocations, editionLocations, type FileLocation, type FolderLocation } from '../lib/content-locations.ts';
import type { EditionSources } from '../lib/edition-check.ts';
import type { ContentSources, SourceFile } from '../lib/validate.ts';

/**
 * Every file below `dir` with the extension, at any depth: wider than the collection's glob, so
 * that a file in the wrong folder is reported by the validator rather than silently left out.
 */
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
	const folder = ({ folder: dir, extension }: FolderLocation) => walk(join(root, dir), extension).map(read);
	const file = ({ file: path }: FileLocation) => (existsSync(join(root, path)) ? read(join(root, path)) : null);
	return {
		protocols: folder(contentLocations.protocols),
		worksheets: folder(contentLocations.worksheets),
		references: file(contentLocations.references),
		courses: folder(contentLocations.courses),
		glossary: file(contentLocations.glossary),
	};
}

/** Reads the changelog and every released edition's manifest below `root`. */
export function readEditionSources(root: string): EditionSources {
	const read = (path: string): SourceFile => ({ file: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') });
	const changes = join(root, editionLocations.changes);
	return { changes: existsSync(changes) ? read(changes) : null, manifests: walk(join(root, editionLocations.manifests), '.json').map(read) };
}
