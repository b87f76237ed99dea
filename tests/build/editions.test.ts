import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffManifests } from '../../src/lib/editions.ts';
import { phases } from '../../src/schemas/phases.ts';
import { editionManifestSchema, type EditionManifest } from '../../src/schemas/changes.ts';
import { buildCopy, copyProject } from '../support/project-copy.ts';

// Editions as a clinical lead makes them, on a copy of the fixture manual (released as 2026.1 in
// tests/build/fixture/protocols/editions/): edit pages, describe them in protocols/changes.yaml,
// name a new edition in kapkit.config.ts, build. Each case restores every file it changed.

let dir = '';
const IV = 'protocols/dosing/iv-racemic-infusion.mdx';
const NEW_PAGE = 'protocols/preparation/consent-conversation.mdx';
const CHANGES = 'protocols/changes.yaml';

const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
const builtManifest = (): EditionManifest => editionManifestSchema.parse(JSON.parse(read('dist/edition.json')));

/** Writes `files` (path → text, null to delete), runs `command` (the build by default), then puts every file back. */
function withFiles(files: Record<string, string | null>, command?: string[]) {
	const originals = new Map(Object.keys(files).map((file) => [file, (() => { try { return read(file); } catch { return null; } })()]));
	for (const [file, text] of Object.entries(files)) text === null ? rmSync(join(dir, file), { force: true }) : write(file, text);
	try {
		return buildCopy(dir, command);
	} finally {
		for (const [file, text] of originals) text === null ? rmSync(join(dir, file), { force: true }) : write(file, text);
	}
}

const edition2 = () => read('kapkit.config.ts').replace("edition: '2026.1'", "edition: '2026.2'");
const changelog2 = (changes: string) => `- edition: '2026.2'\n  date: 2026-12-05\n  changes:${changes}\n${read(CHANGES).slice(read(CHANGES).indexOf("- edition: '2026.1'"))}`;
const revisedIv = () => read(IV).replace('## ', 'A sentence added for the next edition.\n\n## ');

let first: EditionManifest;

beforeAll(() => {
	dir = copyProject('kapkit-editions-', { editions: true });
	const built = buildCopy(dir);
	expect(built.output).toContain('Complete!');
	expect(built.status).toBe(0);
	first = builtManifest();
}, 120_000);

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the edition manifest', () => {
	it('is written into the site and matches the released edition kept in the repository', () => {
		const released = editionManifestSchema.parse(JSON.parse(read('protocols/editions/2026.1.json')));
		expect(first.edition).toBe('2026.1');
		expect(first.pages.map((page) => page.id)).toContain('protocols/dosing/iv-racemic-infusion');
		expect(first).toEqual(released);
		const changes = JSON.parse(read('dist/changes.json'));
		expect(changes).toEqual({ edition: '2026.1', editions: [{ edition: '2026.1', date: '2026-11-28', changes: [] }] });
		expect(read('dist/sw.js')).toContain('changes.json');
	});
});

describe('the changelog must match what changed', () => {
	it('fails when a page changed but the edition says nothing of it, naming the page', () => {
		const { status, output } = withFiles({ 'kapkit.config.ts': edition2(), [CHANGES]: changelog2(' []'), [IV]: revisedIv() });
		expect(status).not.toBe(0);
		expect(output).toContain(`${CHANGES}: [0].changes: expected an entry for protocols/dosing/iv-racemic-infusion in edition 2026.2 (it was revised since the previous edition), found none`);
		expect(output).toMatch(/1 content problem \(listed above\)/);
	}, 60_000);

	it('fails when the changelog names a page that did not change', () => {
		const { status, output } = withFiles({ 'kapkit.config.ts': edition2(), [CHANGES]: changelog2("\n    - page: protocols/dosing/intranasal-esketamine\n      kind: revised\n      summary: Said to be revised, but nothing was.") });
		expect(status).not.toBe(0);
		expect(output).toContain(`${CHANGES}: [0].changes[0].page: expected a page whose content changed since the previous edition, found protocols/dosing/intranasal-esketamine, which did not change`);
	}, 60_000);

	it('fails when a released edition is changed under the same name', () => {
		const { status, output } = withFiles({ [IV]: revisedIv() });
		expect(status).not.toBe(0);
		expect(output).toContain('protocols/editions/2026.1.json: (file): expected the content of edition 2026.1 as released, found protocols/dosing/iv-racemic-infusion revised since');
	}, 60_000);

	it('builds a second edition whose manifest differs by exactly the revised and the added page', () => {
		const added = read('protocols/preparation/screening-and-contraindications.mdx').replace(/^title: .*$/m, 'title: The consent conversation').replace(/^order: \d+$/m, 'order: 3');
		const changes = `
    - page: protocols/dosing/iv-racemic-infusion
      kind: safety
      summary: A sentence added that a clinician must not miss.
    - page: protocols/preparation/consent-conversation
      kind: added
      summary: A new page on the consent conversation.`;
		const { status, output } = withFiles({ 'kapkit.config.ts': edition2(), [CHANGES]: changelog2(changes), [IV]: revisedIv(), [NEW_PAGE]: added });
		expect(output).toContain('Complete!');
		expect(status).toBe(0);
		const second = builtManifest();
		expect(second.edition).toBe('2026.2');
		expect(second.date).toBe('2026-12-05');
		expect(diffManifests(first, second)).toEqual({ added: ['protocols/preparation/consent-conversation'], revised: ['protocols/dosing/iv-racemic-infusion'], removed: [] });
		const whatsNew = read('dist/whats-new/index.html');
		expect(whatsNew).toMatch(/data-change-kind="safety" data-page-id="protocols\/dosing\/iv-racemic-infusion"[^]*?href="\/protocols\/dosing\/iv-racemic-infusion\/"/);
		expect(whatsNew).toMatch(/data-change-kind="added" data-page-id="protocols\/preparation\/consent-conversation"[^]*?href="\/protocols\/preparation\/consent-conversation\/"/);
		expect(whatsNew.indexOf('Edition 2026.2')).toBeLessThan(whatsNew.indexOf('Edition 2026.1'));
		expect(JSON.parse(read('dist/changes.json')).editions[0].changes).toHaveLength(2);
		// Put the first edition's site back.
		expect(buildCopy(dir).status).toBe(0);
	}, 120_000);
});

describe('npm run release', () => {
	const release = ['src/cli/release.ts'];

	it('fails on a draft page, naming it, and writes no manifest', () => {
		const before = read('protocols/editions/2026.1.json');
		const { status, output } = withFiles({}, release);
		expect(status).not.toBe(0);
		expect(output).toContain(`${IV}: status: expected reviewed for a release, found draft`);
		expect(output).toContain('Edition 2026.1 was not released');
		expect(read('protocols/editions/2026.1.json')).toBe(before);
	}, 120_000);

	it('refuses a reviewed page without its reviewer, in any build', () => {
		const { status, output } = withFiles({ [IV]: read(IV).replace('status: draft', 'status: reviewed') });
		expect(status).not.toBe(0);
		expect(output).toContain(`${IV}: reviewedBy: expected the reviewer ({ name, role }) of a page with status: reviewed, found none`);
	}, 60_000);

	it('releases a second edition when every page is reviewed, in date and signed, and keeps its manifest', () => {
		// Every protocol of the fixture, from its folders: the e2e journeys add pages to it.
		const protocols = phases.flatMap((phase) => readdirSync(join(dir, 'protocols', phase)).filter((name) => name.endsWith('.mdx')).map((name) => `protocols/${phase}/${name}`));
		const today = new Date().toISOString().slice(0, 10);
		const signed = Object.fromEntries(protocols.map((file) => [file, read(file).replace('status: draft', 'status: reviewed\nreviewedBy: { name: A. Reviewer, role: Clinical lead }').replace(/^reviewed: \S+$/m, `reviewed: ${today}`)]));
		const changes = protocols.map((file) => `\n    - page: ${file.replace(/\.mdx$/, '')}\n      kind: revised\n      summary: Reviewed and signed off by the clinical lead.`).join('');
		const { status, output } = withFiles({ ...signed, 'kapkit.config.ts': edition2(), [CHANGES]: changelog2(changes)}, release);
		expect(output).toContain('Released edition 2026.2');
		expect(status).toBe(0);
		const released = editionManifestSchema.parse(JSON.parse(read('protocols/editions/2026.2.json')));
		expect(diffManifests(first, released).revised).toEqual(protocols.map((file) => file.replace(/\.mdx$/, '')).sort());
		rmSync(join(dir, 'protocols/editions/2026.2.json'));
		expect(buildCopy(dir).status).toBe(0);
	}, 180_000);
});
