import { globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContentSources } from '../../../src/integration/read-content.ts';
import { collectionNames, contentLocations, phaseFolder, type FolderLocation } from '../../../src/lib/content-locations.ts';
import { buildExplorer, pathTo } from '../../../src/lib/nav.ts';
import { validateContent } from '../../../src/lib/validate.ts';

describe('content locations', () => {
	it('map an id to its route, explorer node and source file', () => {
		const { protocols, worksheets, courses, references, glossary } = contentLocations;
		expect([protocols.route('dosing/im-ketamine'), protocols.explorerId('dosing/im-ketamine'), protocols.sourcePath('dosing/im-ketamine')]).toEqual(['/protocols/dosing/im-ketamine/', 'protocols/dosing/im-ketamine', 'protocols/dosing/im-ketamine.mdx']);
		expect([worksheets.route('session-vitals-log'), worksheets.explorerId('session-vitals-log'), worksheets.sourcePath('session-vitals-log')]).toEqual(['/worksheets/session-vitals-log/', 'integration-worksheets/session-vitals-log', 'integration-worksheets/session-vitals-log.mdx']);
		expect([courses.route('iv-acute-series'), courses.explorerId('iv-acute-series'), courses.sourcePath('iv-acute-series')]).toEqual(['/courses/iv-acute-series/', 'protocols/courses/iv-acute-series', 'protocols/courses/iv-acute-series.yaml']);
		expect([glossary.route('ketamine'), glossary.explorerId('ketamine'), glossary.sourcePath('ketamine')]).toEqual(['/glossary/#ketamine', 'protocols/glossary', 'protocols/glossary.yaml']);
		expect([references.route('phillips-2019'), references.explorerId('phillips-2019'), references.sourcePath('phillips-2019')]).toEqual(['/references/#phillips-2019', 'protocols/references', 'protocols/references.yaml']);
		expect(phaseFolder('dosing')).toEqual({ route: '/protocols/dosing/', explorerId: 'protocols/dosing' });
	});

	it('cover the five collections', () => {
		expect(collectionNames.sort()).toEqual(['courses', 'glossary', 'protocols', 'references', 'worksheets']);
	});
});

describe('content locations agree with the shipped manual', () => {
	const sources = readContentSources(process.cwd());
	const { content } = validateContent(sources);
	const explorer = buildExplorer(content);
	const folders: [string, FolderLocation, { file: string }[]][] = [
		['protocols', contentLocations.protocols, sources.protocols],
		['worksheets', contentLocations.worksheets, sources.worksheets],
		['courses', contentLocations.courses, sources.courses],
	];

	it.each(folders)('%s: the glob reads exactly the files the validator reads', (_name, location, files) => {
		expect(files.length).toBeGreaterThan(0);
		const globbed = globSync(location.pattern, { cwd: location.folder }).map((path) => `${location.folder}/${path}`);
		expect(globbed.sort()).toEqual(files.map(({ file }) => file).sort());
	});

	it.each(folders)("%s: each file's id maps back to its source, and to an explorer node with its route", (_name, location, files) => {
		for (const { file } of files) {
			const id = location.idFromSource(file);
			expect(location.sourcePath(id)).toBe(file);
			const trail = pathTo(explorer, location.explorerId(id));
			expect(trail.at(-1)?.href, file).toBe(location.route(id));
			expect(trail[0]?.id, file).toBe(location.explorerId(id).split('/')[0]);
		}
	});

	it('the single-file collections exist and have their pages in the explorer', () => {
		for (const location of [contentLocations.references, contentLocations.glossary]) {
			expect(globSync(location.file)).toEqual([location.file]);
			expect(pathTo(explorer, location.index.explorerId).at(-1)?.href).toBe(location.index.route);
		}
	});
});
