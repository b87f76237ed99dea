import type { Protocol } from '../../schemas/protocol.ts';
import { contentLocations } from '../content-locations.ts';
import { formatPath, type Problem } from '../problems.ts';
import type { Citation, UnvalidatedEntry } from './types.ts';

type Collection = 'protocols' | 'worksheets' | 'courses' | 'glossary';

/** The body's `<Cite id="…"/>` keys, in a rule's `path`. */
export const CITATIONS = 'body <Cite id>';

/**
 * One kind of link from one collection's entries to another's ids.
 * `path` names the field: "a.b" is a field, "a[]" every item of a list, CITATIONS the body's
 * citations. `to: 'page references'` is the entry's own frontmatter references (the keys its
 * `to: 'references'` rules find), which every citation must be listed in.
 */
export type CrossReferenceRule =
	| { from: Collection; path: string; to: 'references' | 'worksheets' }
	| { from: Collection; path: string; to: 'protocols'; expected: string; requires?: { expected: string; holds: (protocol: Protocol) => boolean } }
	| { from: 'protocols' | 'worksheets'; path: typeof CITATIONS; to: 'page references' };

const PROTOCOL = 'the id of a protocol (phase/name)';

export const crossReferenceRules: readonly CrossReferenceRule[] = [
	{ from: 'protocols', path: 'references[]', to: 'references' },
	{ from: 'protocols', path: 'session.references[]', to: 'references' },
	{ from: 'protocols', path: 'session.dose.references[]', to: 'references' },
	{ from: 'protocols', path: 'session.thresholds[].references[]', to: 'references' },
	{ from: 'protocols', path: CITATIONS, to: 'page references' },
	{ from: 'protocols', path: 'worksheets[]', to: 'worksheets' },
	{ from: 'worksheets', path: 'references[]', to: 'references' },
	{ from: 'worksheets', path: CITATIONS, to: 'page references' },
	{ from: 'worksheets', path: 'protocols[]', to: 'protocols', expected: PROTOCOL },
	{
		from: 'courses',
		path: 'protocol',
		to: 'protocols',
		expected: 'the id of a dosing protocol in protocols/dosing/',
		requires: { expected: 'a dosing protocol with a session block (route and dose)', holds: (protocol) => protocol.phase !== 'dosing' || protocol.session !== undefined },
	},
	{ from: 'courses', path: 'integration.protocol', to: 'protocols', expected: 'the id of an integration protocol in protocols/integration/' },
	{ from: 'courses', path: 'references[]', to: 'references' },
	{ from: 'glossary', path: 'references[]', to: 'references' },
	{ from: 'glossary', path: 'see[]', to: 'protocols', expected: PROTOCOL },
];

/** A value found at a rule's path, with the field path it is at. */
interface Found {
	value: string;
	path: (string | number)[];
}

/** The text values at `path` ("a.b[].c[]") in `data`; anything missing or not text is skipped. */
export function valuesAt(data: unknown, path: string, prefix: (string | number)[] = []): Found[] {
	let found: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: prefix }];
	for (const step of path.split('.')) {
		const list = step.endsWith('[]');
		const key = list ? step.slice(0, -2) : step;
		found = found.flatMap(({ value, path: at }) => {
			if (typeof value !== 'object' || value === null || !(key in value)) return [];
			const next = (value as Record<string, unknown>)[key];
			if (!list) return [{ value: next, path: [...at, key] }];
			return Array.isArray(next) ? next.map((item, index) => ({ value: item, path: [...at, key, index] })) : [];
		});
	}
	return found.filter((item): item is Found => typeof item.value === 'string');
}

/** An entry whose links are checked: where it is, its data (as written, for an unvalidated file) and its citations. */
export interface Linking {
	file: string;
	/** Where the entry sits in its file: [index] for an entry of a list file. */
	at?: (string | number)[];
	data: unknown;
	citations: readonly Citation[];
}

export interface LinkTargets {
	/** The bibliography's keys; null when it could not be read (its problem is reported already). */
	references: ReadonlySet<string> | null;
	/** Ids of every protocol and worksheet file, valid or not. */
	protocols: ReadonlySet<string>;
	worksheets: ReadonlySet<string>;
	/** The protocols that passed their schema, for rules that require more of the target. */
	validProtocols: ReadonlyMap<string, Protocol>;
}

const REFERENCES_FILE = contentLocations.references.file;

function checkRule(rule: CrossReferenceRule, entry: Linking, targets: LinkTargets, pageReferences: ReadonlySet<string> | null): Problem[] {
	const problem = (path: string, message: string, line?: number): Problem => ({ file: entry.file, ...(line ? { line } : {}), path, message });
	if (rule.to === 'page references') {
		return entry.citations.flatMap(({ id, line }) => {
			const path = `body <Cite id="${id}">`;
			if (targets.references && !targets.references.has(id)) return [problem(path, `expected a key of ${REFERENCES_FILE}, found ${JSON.stringify(id)}`, line)];
			if (pageReferences && !pageReferences.has(id)) return [problem(path, `expected a key listed in this page's frontmatter references, found ${JSON.stringify(id)} (add it there)`, line)];
			return [];
		});
	}
	const found = valuesAt(entry.data, rule.path, entry.at);
	switch (rule.to) {
		case 'references': {
			const keys = targets.references;
			if (!keys) return [];
			return found.filter(({ value }) => !keys.has(value)).map(({ value, path }) => problem(formatPath(path), `expected a key of ${REFERENCES_FILE}, found ${JSON.stringify(value)}`));
		}
		case 'worksheets':
			return found
				.filter(({ value }) => !targets.worksheets.has(value))
				.map(({ value, path }) => problem(formatPath(path), `expected the id of a worksheet in ${contentLocations.worksheets.folder}/, found ${JSON.stringify(value)}`));
		case 'protocols':
			return found.flatMap(({ value, path }) => {
				if (!targets.protocols.has(value)) return [problem(formatPath(path), `expected ${rule.expected}, found ${JSON.stringify(value)}`)];
				const protocol = targets.validProtocols.get(value);
				if (rule.requires && protocol && !rule.requires.holds(protocol)) return [problem(formatPath(path), `expected ${rule.requires.expected}, found ${JSON.stringify(value)}, which has none`)];
				return [];
			});
	}
}

/**
 * Checks every rule of `from` on each entry, in the table's order. A file that failed its schema
 * has only its keys into the bibliography and its citations checked: the rest of what it says
 * cannot be trusted, and its own schema problems are already reported.
 */
export function checkCrossReferences(from: Collection, entries: readonly Linking[], unvalidated: readonly UnvalidatedEntry[], targets: LinkTargets): Problem[] {
	const rules = crossReferenceRules.filter((rule) => rule.from === from);
	const referenceRules = rules.filter((rule) => rule.to === 'references' || rule.to === 'page references');
	const pageReferences = (entry: Linking) => new Set(rules.filter((rule) => rule.to === 'references').flatMap((rule) => valuesAt(entry.data, rule.path).map(({ value }) => value)));
	return [
		...entries.flatMap((entry) => rules.flatMap((rule) => checkRule(rule, entry, targets, rule.to === 'page references' ? pageReferences(entry) : null))),
		...unvalidated.flatMap((entry) => referenceRules.flatMap((rule) => checkRule(rule, entry, targets, null))),
	];
}
