import { createHash } from 'node:crypto';
import { changesFileSchema, editionManifestSchema, type EditionChanges, type EditionManifest } from '../schemas/changes.ts';
import type { Protocol } from '../schemas/protocol.ts';
import { contentLocations, editionLocations } from './content-locations.ts';
import { checkChangelog, diffManifests, type ManifestPage } from './editions.ts';
import { issuesToProblems, type Problem } from './problems.ts';
import { reviewState } from './review.ts';
import { readYamlFile } from './validate/read-file.ts';
import type { ContentSources, MdxEntry, SourceFile, ValidatedContent } from './validate/types.ts';

/** Where the built site keeps the edition's manifest, and the changelog the browser reads offline. */
export const EDITION_FILE = 'edition.json';
export const CHANGES_FILE = 'changes.json';

/** The edition files as read from disk: the changelog (null when missing) and the released manifests. */
export interface EditionSources {
	changes: SourceFile | null;
	manifests: SourceFile[];
}

/** A source file's fingerprint: sha256 of its text with line endings normalised, so a checkout on Windows hashes alike. */
export const hashSource = (text: string): string => createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex');

/** Every page of the manual that comes from a content file, with the hash of that file, sorted by id. */
export function manifestPages(sources: ContentSources, content: ValidatedContent): ManifestPage[] {
	const texts = new Map<string, string>();
	for (const source of [...sources.protocols, ...sources.worksheets, ...sources.courses, sources.references, sources.glossary]) if (source) texts.set(source.file, source.text);
	const page = (id: string, title: string, route: string, file: string): ManifestPage => ({ id, title, route, hash: hashSource(texts.get(file) ?? '') });
	const { protocols, worksheets, courses, references, glossary } = contentLocations;
	const pages = [
		...content.protocols.map((entry) => page(protocols.explorerId(entry.id), entry.data.title, protocols.route(entry.id), entry.file)),
		...content.worksheets.map((entry) => page(worksheets.explorerId(entry.id), entry.data.title, worksheets.route(entry.id), entry.file)),
		...content.courses.map((entry) => page(courses.explorerId(entry.id), entry.data.title, courses.route(entry.id), entry.file)),
		...(sources.references ? [page(references.index.explorerId, 'References', references.index.route, references.file)] : []),
		...(sources.glossary ? [page(glossary.index.explorerId, 'Glossary', glossary.index.route, glossary.file)] : []),
	];
	return pages.sort((a, b) => a.id.localeCompare(b.id));
}

/** The path of an edition's released manifest, from the project root. */
export const manifestPath = (edition: string): string => `${editionLocations.manifests}/${edition}.json`;

function readManifest(source: SourceFile): { manifest: EditionManifest | null; problems: Problem[] } {
	let data: unknown;
	try {
		data = JSON.parse(source.text);
	} catch (error) {
		return { manifest: null, problems: [{ file: source.file, path: '(file)', message: `expected JSON, found ${(error as Error).message}` }] };
	}
	const result = editionManifestSchema.safeParse(data, { reportInput: true });
	if (!result.success) return { manifest: null, problems: issuesToProblems(source.file, result.error.issues) };
	if (source.file !== manifestPath(result.data.edition)) return { manifest: null, problems: [{ file: source.file, path: 'edition', message: `expected the edition the file is named after, found "${result.data.edition}"` }] };
	return { manifest: result.data, problems: [] };
}

/** The newest released edition other than `edition`: the one this edition's changelog is measured against. */
function previousEdition(manifests: readonly EditionManifest[], edition: string): EditionManifest | undefined {
	return manifests.filter((manifest) => manifest.edition !== edition).sort((a, b) => b.date.localeCompare(a.date) || b.edition.localeCompare(a.edition, 'en', { numeric: true }))[0];
}

export interface EditionCheck {
	problems: Problem[];
	/** The changelog, newest edition first (empty when missing or unreadable). */
	changes: EditionChanges[];
	/** What this build is: the manifest it writes as edition.json. */
	manifest: EditionManifest;
}

/**
 * The edition this build makes, checked against the editions released before it: every page
 * changed since the previous edition is in this edition's changelog entry and nothing else is,
 * and an edition once released (its manifest in the repo) does not change under the same name.
 * `today` dates an edition the changelog has not dated yet.
 */
export function checkEdition({ sources, pages, edition, today }: { sources: EditionSources; pages: ManifestPage[]; edition: string; today: string }): EditionCheck {
	const problems: Problem[] = [];
	const manifests: EditionManifest[] = [];
	for (const source of sources.manifests) {
		const read = readManifest(source);
		problems.push(...read.problems);
		if (read.manifest) manifests.push(read.manifest);
	}
	const released = manifests.find((manifest) => manifest.edition === edition);
	const previous = previousEdition(manifests, edition);
	const changesFile = editionLocations.changes;

	let changes: EditionChanges[] = [];
	let readable = true;
	if (!sources.changes) {
		if (previous) problems.push({ file: changesFile, path: '(file)', message: `expected the changelog (a YAML list of editions, newest first; edition ${previous.edition} was released in ${manifestPath(previous.edition)}), found no file` });
	} else {
		const read = readYamlFile(sources.changes, changesFileSchema);
		if (read.status === 'valid') changes = read.data;
		else {
			problems.push(...read.problems);
			readable = false;
		}
	}
	const entryIndex = changes.findIndex((entry) => entry.edition === edition);
	const entry = changes[entryIndex];
	const manifest: EditionManifest = { format: 'kapkit-edition', formatVersion: 1, edition, date: entry?.date ?? released?.date ?? today, pages };

	if (released) {
		const since = diffManifests(released, manifest);
		const describe = (ids: string[], what: string) => ids.map((id) => ({ file: manifestPath(edition), path: '(file)', message: `expected the content of edition ${edition} as released, found ${id} ${what} since: name a new edition in kapkit.config.ts and say what changed in ${changesFile}` }));
		problems.push(...describe(since.added, 'added'), ...describe(since.revised, 'revised'), ...describe(since.removed, 'removed'));
	}
	if (previous && readable && sources.changes) problems.push(...checkChangelog(changesFile, entryIndex, entry, diffManifests(previous, manifest), edition));
	return { problems, changes, manifest };
}

/**
 * Why these protocols may not go out as a release: each draft, each review past due on `today`,
 * each reviewed page without its reviewer. An empty list means the edition can be released.
 */
export function releaseProblems(protocols: readonly MdxEntry<Protocol>[], reviewIntervalMonths: number, today: string): Problem[] {
	const problems: Problem[] = [];
	for (const { file, data } of protocols) {
		if (data.status === 'draft') problems.push({ file, path: 'status', message: 'expected reviewed for a release, found draft' });
		else if (!data.reviewedBy) problems.push({ file, path: 'reviewedBy', message: 'expected the reviewer (name and role) for a release, found none' });
		const review = reviewState(data.reviewed, reviewIntervalMonths, today);
		if (review.overdue) problems.push({ file, path: 'reviewed', message: `expected a review within ${reviewIntervalMonths} months for a release (due ${review.due}), found ${data.reviewed}` });
	}
	return problems;
}
