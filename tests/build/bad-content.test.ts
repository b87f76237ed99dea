import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../src/integration/built-site.ts';
import { readContentSources } from '../../src/integration/read-content.ts';
import { contentLocations } from '../../src/lib/content-locations.ts';
import { buildCopy, copyProject } from '../support/project-copy.ts';

// Each case edits one file of a copy of this project, as an author would, runs the real build,
// and expects it to fail naming the file and the field, leaving the last good dist/ untouched.
// The copy carries a fixed fixture manual, so editing the real manual never breaks these tests.

let dir = '';
const build = () => buildCopy(dir);

/** Applies `edit` to a file, builds, restores the file, and returns the build's exit code and output. */
function buildWith(file: string, edit: (text: string) => string) {
	const path = join(dir, file);
	const original = readFileSync(path, 'utf8');
	const changed = edit(original);
	expect(changed, `the edit to ${file} changed nothing`).not.toBe(original);
	writeFileSync(path, changed);
	try {
		return build();
	} finally {
		writeFileSync(path, original);
	}
}

let goodIndex = '';

beforeAll(() => {
	dir = copyProject('kapkit-bad-content-');
	// A manual with no released edition yet: each case edits a page, and the edition checks (which
	// would refuse any edit to a released edition first) have their own tests in editions.test.ts.
	rmSync(join(dir, 'protocols/editions'), { recursive: true, force: true });
	const first = build();
	expect(first.output).toContain('Complete!');
	expect(first.status).toBe(0);
	goodIndex = readFileSync(join(dir, 'dist/index.html'), 'utf8');
}, 120_000);

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the content locations agree with the good build', () => {
	it("every entry's page is at its route and names its source file", () => {
		const sources = readContentSources(dir);
		const pages = new Map(readBuiltSite(join(dir, 'dist')).pages.map((page) => [`/${page.route}`, page.source]));
		const entries = [
			...sources.protocols.map(({ file }) => [contentLocations.protocols, file] as const),
			...sources.worksheets.map(({ file }) => [contentLocations.worksheets, file] as const),
			...sources.courses.map(({ file }) => [contentLocations.courses, file] as const),
		];
		// Every page-making file of the fixture, counted from the folders (so the check is never vacuous).
		const count = (folder: string, pattern: RegExp) => readdirSync(join(dir, folder), { recursive: true, encoding: 'utf8' }).filter((name) => pattern.test(name)).length;
		expect(entries.length).toBe(count('protocols', /^(preparation|dosing|integration|maintenance)\/[^/]+\.mdx$/) + count('integration-worksheets', /\.mdx$/) + count('protocols/courses', /\.yaml$/));
		expect(entries.length).toBeGreaterThan(8);
		for (const [location, file] of entries) {
			const id = location.idFromSource(file);
			expect(pages.get(location.route(id)), file).toBe(location.sourcePath(id));
		}
		for (const location of [contentLocations.references, contentLocations.glossary]) expect(pages.has(location.index.route), location.file).toBe(true);
	});
});

const IV = 'protocols/dosing/iv-racemic-infusion.mdx';

const cases: [string, string, (text: string) => string, string][] = [
	['an unknown reference key', IV, (t) => t.replace('references: [swainson-2021,', 'references: [swainson-2012,'), `${IV}: references[0]: expected a key of protocols/references.yaml, found "swainson-2012"`],
	['an unknown worksheet id', IV, (t) => t.replace('worksheets: [session-vitals-log]', 'worksheets: [vitals-log]'), `${IV}: worksheets[0]: expected the id of a worksheet in integration-worksheets/, found "vitals-log"`],
	['a citation of an unknown key', IV, (t) => t.replace('<Cite id="phillips-2019" />', '<Cite id="phillips-2091" />'), 'body <Cite id="phillips-2091">: expected a key of protocols/references.yaml, found "phillips-2091"'],
	['a duplicate field id', 'integration-worksheets/post-session-reflection.mdx', (t) => t.replace('id: one-word', 'id: what-stood-out'), 'integration-worksheets/post-session-reflection.mdx: sections[1].fields[2].id: expected a field id unique in the worksheet (first used at sections[1].fields[0]), found duplicate "what-stood-out"'],
	['a dose range whose minimum exceeds its maximum', 'protocols/dosing/intranasal-esketamine.mdx', (t) => t.replace('min: 56', 'min: 560'), 'protocols/dosing/intranasal-esketamine.mdx: session.dose.min: expected min ≤ max (84), found 560'],
	['a dose with no unit', 'protocols/dosing/intranasal-esketamine.mdx', (t) => t.replace('    unit: mg\n', ''), 'protocols/dosing/intranasal-esketamine.mdx: session.dose.unit: expected a unit, one of "mg" | "mg/kg", found none'],
	['a negative time', IV, (t) => t.replace('administrationMinutes: 40', 'administrationMinutes: -40'), `${IV}: session.administrationMinutes: expected a number ≥ 0, found -40`],
	['monitoring outside the session', IV, (t) => t.replace('    - at: 120\n', '    - at: 240\n'), `${IV}: session.monitoring[4].at: expected a time within the session (0–150 min), found 240`],
	['an integration window that ends before it starts', 'protocols/integration/integration-sessions.mdx', (t) => t.replace('endHours: 72', 'endHours: 12'), 'protocols/integration/integration-sessions.mdx: window.endHours: expected the window to end after it starts (> 24 h), found 12'],
	['a taper that shortens the interval', 'protocols/maintenance/boosters-and-tapering.mdx', (t) => t.replace('intervalDays: 14', 'intervalDays: 3'), 'protocols/maintenance/boosters-and-tapering.mdx: taper[1].intervalDays: expected an interval ≥ the step before (7 days): a taper never shortens the interval, found 3'],
	['a course that names a missing protocol', 'protocols/courses/iv-acute-series.yaml', (t) => t.replace('protocol: dosing/iv-racemic-infusion', 'protocol: dosing/iv-infusion'), 'protocols/courses/iv-acute-series.yaml: protocol: expected the id of a dosing protocol in protocols/dosing/, found "dosing/iv-infusion"'],
	['an invalid date', IV, (t) => t.replace(/reviewed: \S+/, 'reviewed: 2026-02-30'), `${IV}: reviewed: expected a real date written YYYY-MM-DD, found "2026-02-30"`],
	['bad YAML', 'protocols/references.yaml', (t) => t.replace(/title: /, 'title: [unclosed '), 'protocols/references.yaml:'],
	['a misspelt field', IV, (t) => t.replace('status: draft', 'staus: draft'), `${IV}: staus: expected no such field`],
];

describe('a build with bad content fails, naming the file and the field', () => {
	it.each(cases)('%s', (_kind, file, edit, expected) => {
		const { status, output } = buildWith(file, edit);
		expect(status).not.toBe(0);
		expect(output).toContain(expected);
		expect(output).toMatch(/\d+ content problems? \(listed above\); the build stopped and dist\/ was not written\./);
		expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe(goodIndex);
	}, 60_000);

	it('lists every problem, one line each, not only the first', () => {
		const { status, output } = buildWith(IV, (t) => t.replace('references: [swainson-2021,', 'references: [nobody-1999,').replace('administrationMinutes: 40', 'administrationMinutes: -1').replace(/reviewed: \S+/, 'reviewed: 2026-13-01'));
		expect(status).not.toBe(0);
		expect(output).toContain(`${IV}: references[0]: expected a key of protocols/references.yaml, found "nobody-1999"`);
		expect(output).toContain(`${IV}: session.administrationMinutes: expected a number ≥ 0, found -1`);
		expect(output).toContain(`${IV}: reviewed: expected a real date written YYYY-MM-DD, found "2026-13-01"`);
		expect(output).toContain('3 content problems');
	}, 60_000);

	it('a link in the text to a page that does not exist', () => {
		const { status, output } = buildWith(IV, (t) => t.replace('(/worksheets/session-vitals-log/)', '(/worksheets/vitals-log/)'));
		expect(status).not.toBe(0);
		expect(output).toContain(`${IV}: link "/worksheets/vitals-log/": expected an existing page, found none`);
		expect(output).toContain('1 link problem');
		expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe(goodIndex);
		expect(existsSync(join(dir, '.kapkit/staging/dist'))).toBe(false);
	}, 60_000);

	it('an #anchor that points nowhere', () => {
		const { status, output } = buildWith(IV, (t) => t.replace('(/courses/iv-acute-series/)', '(/protocols/dosing/intranasal-esketamine/#no-such-heading)'));
		expect(status).not.toBe(0);
		expect(output).toContain(`${IV}: link "/protocols/dosing/intranasal-esketamine/#no-such-heading": expected an element with id "no-such-heading" on /protocols/dosing/intranasal-esketamine/, found none`);
	}, 60_000);

	it('an image that does not exist', () => {
		const { status, output } = buildWith(IV, (t) => t.replace('[IV acute series](/courses/iv-acute-series/)', '<img src="/images/missing.png" alt="" /> [IV acute series](/courses/iv-acute-series/)'));
		expect(status).not.toBe(0);
		expect(output).toContain(`${IV}: <img src> "/images/missing.png": expected an existing file, found none`);
		expect(output).toContain('1 link problem');
		expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe(goodIndex);
	}, 60_000);

	it('a javascript: link', () => {
		const { status, output } = buildWith(IV, (t) => t.replace('[IV acute series](/courses/iv-acute-series/)', '<a href="javascript:alert(1)">IV acute series</a>'));
		expect(status).not.toBe(0);
		expect(output).toContain(`${IV}: link "javascript:alert(1)": expected a page of the site or an http, https, mailto or tel address, found a "javascript:" address`);
		expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe(goodIndex);
	}, 60_000);

	it('a link to a file under public/ that does not exist', () => {
		const { status, output } = buildWith(IV, (t) => t.replace('(/courses/iv-acute-series/)', '(/handouts/iv-consent.pdf)'));
		expect(status).not.toBe(0);
		expect(output).toContain(`${IV}: link "/handouts/iv-consent.pdf": expected an existing page or file, found none`);
		expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe(goodIndex);
	}, 60_000);

	it('a link to a file under public/ that exists passes', () => {
		const { status } = buildWith(IV, (t) => t.replace('(/courses/iv-acute-series/)', '(/logo.svg)'));
		expect(status).toBe(0);
		const built = readFileSync(join(dir, 'dist/protocols/dosing/iv-racemic-infusion/index.html'), 'utf8');
		expect(built).toContain('href="/logo.svg"');
		// Put the good build back for the cases that compare against it.
		expect(build().status).toBe(0);
	}, 120_000);

	it('bad MDX syntax, with the file and line', () => {
		const { status, output } = buildWith('protocols/maintenance/boosters-and-tapering.mdx', (t) => t.replace('## Why it matters', '## Why it matters {oops'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/protocols\/maintenance\/boosters-and-tapering\.mdx:\d+:\d+/);
		expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe(goodIndex);
	}, 60_000);

	it('refuses an output folder that would replace the project itself', () => {
		const { status, output } = buildWith('astro.config.mjs', (t) => t.replace("process.env.KAPKIT_OUT_DIR || './dist'", "'.'"));
		expect(status).not.toBe(0);
		expect(output).toContain('is the project folder or contains it');
		expect(existsSync(join(dir, 'kapkit.config.ts'))).toBe(true);
	}, 60_000);

	it('refuses to build when kapkit is not the last integration', () => {
		const { status, output } = buildWith('astro.config.mjs', (t) => t.replace('integrations: [mdx(), react(), kapkit({ site })]', 'integrations: [mdx(), kapkit({ site }), react()]'));
		expect(status).not.toBe(0);
		expect(output).toContain('kapkit must be the last integration in astro.config.mjs (it checks and publishes the finished build), found it before "@astrojs/react"');
		expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe(goodIndex);
	}, 60_000);

	it('a bad site config, naming kapkit.config.ts and the setting', () => {
		const { status, output } = buildWith('kapkit.config.ts', (t) => t.replace("paperSize: 'A4'", "paperSize: 'A5'"));
		expect(status).not.toBe(0);
		expect(output).toContain('kapkit.config.ts: paperSize: expected one of "A4" | "Letter", found "A5"');
	}, 60_000);
});
