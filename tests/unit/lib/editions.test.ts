import { describe, expect, it } from 'vitest';
import { changesSince, checkChangelog, diffManifests } from '../../../src/lib/editions.ts';
import { changesFileSchema, type EditionChanges } from '../../../src/schemas/changes.ts';

const page = (id: string, hash: string) => ({ id, title: id, route: `/${id}/`, hash: hash.repeat(64) });

describe('edition manifests', () => {
	const a = { pages: [page('protocols/dosing/im-ketamine', 'a'), page('protocols/dosing/iv', 'b'), page('protocols/old', 'c')] };
	const b = { pages: [page('protocols/dosing/im-ketamine', 'a'), page('protocols/dosing/iv', 'd'), page('protocols/new', 'e')] };

	it('finds added, revised and removed pages', () => {
		expect(diffManifests(a, b)).toEqual({ added: ['protocols/new'], revised: ['protocols/dosing/iv'], removed: ['protocols/old'] });
		expect(diffManifests(a, a)).toEqual({ added: [], revised: [], removed: [] });
	});

	it('fails a changed page the changelog does not mention, naming it', () => {
		const entry: EditionChanges = { edition: '2026.2', date: '2026-12-01', changes: [{ page: 'protocols/new', kind: 'added', summary: 'A new page on something.' }, { page: 'protocols/old', kind: 'removed', summary: 'Removed as superseded.' }] };
		const problems = checkChangelog('protocols/changes.yaml', 0, entry, diffManifests(a, b), '2026.2');
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toContain('protocols/dosing/iv');
	});

	it('fails a changelog entry for a page that did not change, and a wrong kind', () => {
		const entry: EditionChanges = {
			edition: '2026.2',
			date: '2026-12-01',
			changes: [
				{ page: 'protocols/new', kind: 'revised', summary: 'Said to be revised, but it is new.' },
				{ page: 'protocols/dosing/iv', kind: 'safety', summary: 'Blood pressure threshold corrected.' },
				{ page: 'protocols/old', kind: 'removed', summary: 'Removed as superseded.' },
				{ page: 'protocols/dosing/im-ketamine', kind: 'revised', summary: 'Claimed but unchanged.' },
			],
		};
		const problems = checkChangelog('protocols/changes.yaml', 0, entry, diffManifests(a, b), '2026.2');
		expect(problems.map((problem) => problem.path)).toEqual(['[0].changes[0].kind', '[0].changes[3].page']);
		expect(problems[1]!.message).toContain('protocols/dosing/im-ketamine, which did not change');
	});
});

describe('changes since the edition a reader last saw', () => {
	const editions = changesFileSchema.parse([
		{ edition: '2026.3', date: '2027-02-01', changes: [{ page: 'protocols/b', kind: 'revised', summary: 'Second revision of b.' }, { page: 'protocols/c', kind: 'added', summary: 'Page c is new.' }] },
		{ edition: '2026.2', date: '2026-12-01', changes: [{ page: 'protocols/b', kind: 'safety', summary: 'Safety fix in b.' }, { page: 'protocols/a', kind: 'revised', summary: 'Page a revised.' }] },
		{ edition: '2026.1', date: '2026-11-21', changes: [] },
	]);

	it('lists one edition for a reader one behind', () => {
		expect(changesSince(editions, '2026.2').map((change) => change.page)).toEqual(['protocols/c', 'protocols/b']);
	});

	it('lists every skipped edition, safety first, each page once with its newest summary', () => {
		const changes = changesSince(editions, '2026.1');
		expect(changes.map((change) => [change.page, change.kind])).toEqual([['protocols/b', 'safety'], ['protocols/c', 'added'], ['protocols/a', 'revised']]);
		expect(changes[0]!.summary).toBe('Second revision of b.');
	});

	it('shows nothing to a first-time reader or one who is up to date', () => {
		expect(changesSince(editions, null)).toEqual([]);
		expect(changesSince(editions, '2026.3')).toEqual([]);
	});

	it('refuses editions out of order or named twice', () => {
		expect(changesFileSchema.safeParse([{ edition: '1', date: '2026-01-01', changes: [] }, { edition: '2', date: '2026-02-01', changes: [] }]).success).toBe(false);
		expect(changesFileSchema.safeParse([{ edition: '1', date: '2026-02-01', changes: [] }, { edition: '1', date: '2026-01-01', changes: [] }]).success).toBe(false);
	});
});
