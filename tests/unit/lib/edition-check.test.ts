import { describe, expect, it } from 'vitest';
import { checkEdition, hashSource, releaseProblems } from '../../../src/lib/edition-check.ts';
import { whatsNew } from '../../../src/lib/editions.ts';
import { byReviewUrgency, reviewState } from '../../../src/lib/review.ts';
import type { Protocol } from '../../../src/schemas/protocol.ts';

const page = (id: string, hash: string) => ({ id, title: `Title of ${id}`, route: `/${id}/`, hash: hash.repeat(64) });
const manifest = (edition: string, date: string, pages: ReturnType<typeof page>[]) => ({ file: `protocols/editions/${edition}.json`, text: JSON.stringify({ format: 'kapkit-edition', formatVersion: 1, edition, date, pages }) });
const changes = (text: string) => ({ file: 'protocols/changes.yaml', text });

describe('hashSource', () => {
	it('hashes alike whatever the line endings', () => {
		expect(hashSource('a\r\nb\rc\n')).toBe(hashSource('a\nb\nc\n'));
		expect(hashSource('a\nb')).not.toBe(hashSource('a\nc'));
	});
});

describe('checkEdition', () => {
	const released = manifest('2026.1', '2026-01-10', [page('protocols/a', 'a'), page('protocols/b', 'b')]);
	const now = [page('protocols/a', 'a'), page('protocols/b', 'c')];

	it('a first edition needs no changelog and is dated today', () => {
		const check = checkEdition({ sources: { changes: null, manifests: [] }, pages: now, edition: '2026.1', today: '2026-03-01' });
		expect(check.problems).toEqual([]);
		expect(check.manifest).toMatchObject({ edition: '2026.1', date: '2026-03-01', pages: now });
	});

	it('once an edition is released, the next needs a changelog', () => {
		const check = checkEdition({ sources: { changes: null, manifests: [released] }, pages: now, edition: '2026.2', today: '2026-03-01' });
		expect(check.problems.map((problem) => `${problem.file}: ${problem.message}`)).toEqual(['protocols/changes.yaml: expected the changelog (a YAML list of editions, newest first; edition 2026.1 was released in protocols/editions/2026.1.json), found no file']);
	});

	it('takes the date from the changelog and passes when it names exactly the changed pages', () => {
		const yaml = "- edition: '2026.2'\n  date: 2026-02-20\n  changes:\n    - { page: protocols/b, kind: revised, summary: A threshold was clarified. }\n";
		const check = checkEdition({ sources: { changes: changes(yaml), manifests: [released] }, pages: now, edition: '2026.2', today: '2026-03-01' });
		expect(check.problems).toEqual([]);
		expect(check.manifest.date).toBe('2026-02-20');
		expect(check.changes[0]!.changes).toHaveLength(1);
	});

	it('refuses a released edition whose pages changed, naming the page', () => {
		const check = checkEdition({ sources: { changes: null, manifests: [released] }, pages: now, edition: '2026.1', today: '2026-03-01' });
		expect(check.problems).toHaveLength(1);
		expect(check.problems[0]!.message).toContain('found protocols/b revised since');
	});

	it('names a manifest that is not JSON, or not named after its edition', () => {
		const check = checkEdition({ sources: { changes: null, manifests: [{ file: 'protocols/editions/x.json', text: '{' }, { ...released, file: 'protocols/editions/2025.9.json' }] }, pages: now, edition: '2026.2', today: '2026-03-01' });
		expect(check.problems.map((problem) => `${problem.file}: ${problem.path}`)).toEqual(['protocols/editions/x.json: (file)', 'protocols/editions/2025.9.json: edition']);
	});
});

describe('releaseProblems', () => {
	const protocol = (status: 'draft' | 'reviewed', reviewed: string, reviewedBy?: { name: string; role: string }) => ({ id: 'dosing/x', file: 'protocols/dosing/x.mdx', citations: [], data: { status, reviewed, reviewedBy } as Protocol });

	it('lists drafts, overdue reviews and unsigned pages; passes a signed, current review', () => {
		expect(releaseProblems([protocol('draft', '2026-01-01')], 12, '2026-06-01').map((problem) => problem.path)).toEqual(['status']);
		expect(releaseProblems([protocol('reviewed', '2026-01-01')], 12, '2026-06-01').map((problem) => problem.path)).toEqual(['reviewedBy']);
		expect(releaseProblems([protocol('reviewed', '2024-01-01', { name: 'A', role: 'B' })], 12, '2026-06-01')[0]!.message).toBe('expected a review within 12 months for a release (due 2025-01-01), found 2024-01-01');
		expect(releaseProblems([protocol('reviewed', '2026-01-01', { name: 'A', role: 'B' })], 12, '2026-06-01')).toEqual([]);
	});
});

describe("what's new and the reviews order", () => {
	it('lists safety first and links only pages that still exist', () => {
		const [entry] = whatsNew(
			[{ edition: '2026.2', date: '2026-02-01', changes: [{ page: 'protocols/a', kind: 'revised', summary: 'Wording made clearer.' }, { page: 'protocols/gone', kind: 'removed', summary: 'Superseded by protocols/a.' }, { page: 'protocols/b', kind: 'safety', summary: 'A threshold corrected.' }] }],
			[page('protocols/a', 'a'), page('protocols/b', 'b')],
		);
		expect(entry!.changes.map((change) => [change.kind, change.route])).toEqual([['safety', '/protocols/b/'], ['revised', '/protocols/a/'], ['removed', null]]);
	});

	it('puts overdue reviews first, then the soonest due', () => {
		const rows = [
			{ title: 'Later', review: reviewState('2026-05-01', 12, '2026-06-01') },
			{ title: 'Overdue', review: reviewState('2024-01-01', 12, '2026-06-01') },
			{ title: 'Sooner', review: reviewState('2026-02-01', 12, '2026-06-01') },
		];
		expect(byReviewUrgency(rows).map((row) => row.title)).toEqual(['Overdue', 'Sooner', 'Later']);
	});
});
