import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/problems.ts';
import { validateContent } from '../../../src/lib/validate.ts';
import { CITATIONS, crossReferenceRules, valuesAt } from '../../../src/lib/validate/cross-references.ts';
import { mdx, sources } from '../fixtures.ts';

const lines = (change: Parameters<typeof sources>[0]) => validateContent(sources(change)).problems.map(formatProblem);

describe('validateContent', () => {
	it('accepts valid content and returns every entry', () => {
		const { content, problems } = validateContent(sources());
		expect(problems).toEqual([]);
		expect(content.protocols.map((p) => p.id)).toEqual(['dosing/iv-infusion', 'integration/integration-sessions', 'maintenance/tapering']);
		expect(content.worksheets.map((w) => w.id)).toEqual(['vitals-log']);
		expect(content.courses.map((c) => c.id)).toEqual(['iv-series']);
		expect(content.references).toHaveLength(2);
	});

	it('names an unknown reference key with its file and field path', () => {
		expect(lines((p) => (p.dosing.references = ['trial-2013', 'nobody-1999']))).toEqual([
			'protocols/dosing/iv-infusion.mdx: references[1]: expected a key of protocols/references.yaml, found "nobody-1999"',
		]);
	});

	it('checks reference keys nested in the session block', () => {
		expect(lines((p) => (p.dosing.session.thresholds[0].references = ['missing-key']))).toEqual([
			'protocols/dosing/iv-infusion.mdx: session.thresholds[0].references[0]: expected a key of protocols/references.yaml, found "missing-key"',
		]);
	});

	it('refuses a citation in the body that is not a known key, with its line', () => {
		expect(lines((p) => (p.dosingBody = 'First line.\n\nSecond <Cite id="ghost-2020" />.'))).toEqual([
			expect.stringMatching(/^protocols\/dosing\/iv-infusion\.mdx:\d+: body <Cite id="ghost-2020">: expected a key of protocols\/references\.yaml, found "ghost-2020"$/),
		]);
	});

	it('refuses a citation of a known key that the frontmatter does not list', () => {
		expect(lines((p) => {
			p.dosing.session.thresholds = [];
			p.dosingBody = 'See <Cite id="label-2020" />.';
		})).toEqual([
			expect.stringContaining('body <Cite id="label-2020">: expected a key listed in this page\'s frontmatter references'),
		]);
	});

	it('names unknown worksheet and protocol ids', () => {
		expect(lines((p) => (p.dosing.worksheets = ['no-such-sheet']))).toEqual([
			'protocols/dosing/iv-infusion.mdx: worksheets[0]: expected the id of a worksheet in integration-worksheets/, found "no-such-sheet"',
		]);
		expect(lines((p) => (p.worksheet.protocols = ['dosing/not-here']))).toEqual([
			'integration-worksheets/vitals-log.mdx: protocols[0]: expected the id of a protocol (phase/name), found "dosing/not-here"',
		]);
	});

	it('refuses a course that names a missing or non-dosing protocol', () => {
		expect(lines((p) => (p.course.protocol = 'dosing/gone'))).toEqual([
			'protocols/courses/iv-series.yaml: protocol: expected the id of a dosing protocol in protocols/dosing/, found "dosing/gone"',
		]);
		expect(lines((p) => (p.course.integration.protocol = 'integration/nope'))).toEqual([
			'protocols/courses/iv-series.yaml: integration.protocol: expected the id of an integration protocol in protocols/integration/, found "integration/nope"',
		]);
	});

	it('refuses a course whose dosing protocol has no session block', () => {
		const found = lines((p) => {
			delete p.dosing.session;
			p.dosing.references = ['trial-2013', 'label-2020'];
		});
		expect(found).toEqual([
			'protocols/courses/iv-series.yaml: protocol: expected a dosing protocol with a session block (route and dose), found "dosing/iv-infusion", which has none',
		]);
	});

	it('lists every problem, not only the first', () => {
		const found = lines((p) => {
			p.dosing.references = ['gone-1'];
			p.dosing.session.dose.min = 2;
			p.worksheet.sections[0].fields[1].id = 'vitals';
			p.course.taper = [{ intervalDays: 1, sessions: 2 }];
		});
		expect(found).toHaveLength(4);
		expect(found.join('\n')).toContain('session.dose.min: expected min ≤ max (0.5), found 2');
		expect(found.join('\n')).toContain('sections[0].fields[1].id: expected a field id unique in the worksheet');
		expect(found.join('\n')).toContain('taper[0].intervalDays: expected ≥ the acute series\' widest interval (3 days)');
		expect(found.join('\n')).toContain('references[0]: expected a key of protocols/references.yaml, found "gone-1"');
	});

	it('refuses a protocol whose phase does not match its folder, or that sits in no phase folder', () => {
		expect(lines((p) => (p.extraProtocols = [{ file: 'protocols/dosing/other.mdx', text: mdx({ ...p.integration }) }]))).toEqual([
			'protocols/dosing/other.mdx: phase: expected "dosing" (the folder the file is in), found "integration"',
		]);
		expect(lines((p) => (p.extraProtocols = [{ file: 'protocols/dosng/other.mdx', text: mdx(p.dosing) }]))).toEqual([
			'protocols/dosng/other.mdx: (folder): expected protocols/<phase>/<name>.mdx with <phase> one of preparation, dosing, integration, maintenance, found "dosng/other"',
		]);
	});

	it('refuses a file name that is not a slug', () => {
		expect(lines((p) => (p.extraProtocols = [{ file: 'protocols/dosing/IM Ketamine.mdx', text: mdx(p.dosing) }]))).toContain(
			'protocols/dosing/IM Ketamine.mdx: (file name): expected lower-case words joined by hyphens (the name becomes the page\'s address), found "IM Ketamine"',
		);
	});

	it('refuses bad YAML with the file and line', () => {
		const found = lines((p) => (p.extraProtocols = [{ file: 'protocols/dosing/broken.mdx', text: '---\ntitle: A\nsummary: [unclosed\n---\nBody' }]));
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/^protocols\/dosing\/broken\.mdx:\d+: \(yaml\): expected valid YAML, found an error: /);
	});

	it('refuses a file without frontmatter', () => {
		expect(lines((p) => (p.extraProtocols = [{ file: 'protocols/dosing/bare.mdx', text: '# Just a heading\n' }]))).toEqual([
			'protocols/dosing/bare.mdx:1: (frontmatter): expected frontmatter between two "---" lines at the top of the file, found none',
		]);
	});

	it('reports a broken bibliography once, not once per citation', () => {
		const found = validateContent({ ...sources(), references: { file: 'protocols/references.yaml', text: '- id: a\n  title: [unclosed' } }).problems.map(formatProblem);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/^protocols\/references\.yaml:\d+: \(yaml\): expected valid YAML/);
	});

	it('refuses duplicate reference keys and a missing bibliography', () => {
		expect(lines((p) => p.references.push({ ...p.references[0] }))).toEqual([
			'protocols/references.yaml: [2].id: expected a key not used before (first at [0]), found duplicate "trial-2013"',
		]);
		const noReferences = { ...sources(), references: null };
		expect(validateContent(noReferences).problems.map(formatProblem)).toEqual(['protocols/references.yaml: (file): expected the bibliography file, found no file']);
	});

	it('checks the glossary: its keys, protocol ids and duplicate ids', () => {
		expect(lines((p) => {
			p.glossary[0]!.references = ['nobody-2000'];
			p.glossary[0]!.see = ['dosing/missing'];
			p.glossary.push({ ...p.glossary[0]!, references: [], see: [] });
		})).toEqual([
			'protocols/glossary.yaml: [1].id: expected an id not used before (first at [0]), found duplicate "dissociation"',
			'protocols/glossary.yaml: [0].references[0]: expected a key of protocols/references.yaml, found "nobody-2000"',
			'protocols/glossary.yaml: [0].see[0]: expected the id of a protocol (phase/name), found "dosing/missing"',
		]);
		expect(validateContent({ ...sources(), glossary: null }).problems.map(formatProblem)).toEqual([
			'protocols/glossary.yaml: (file): expected the glossary file (a YAML list; an empty list [] will do), found no file',
		]);
	});

	it('refuses an impossible date that YAML would otherwise roll over', () => {
		expect(lines((p) => (p.dosing.reviewed = '2026-02-30'))).toEqual([
			'protocols/dosing/iv-infusion.mdx: reviewed: expected a real date written YYYY-MM-DD, found "2026-02-30"',
		]);
	});

	it('still checks the bibliography keys of a file that failed its schema, nested ones too', () => {
		expect(lines((p) => {
			p.dosing.session.dose.min = 2;
			p.dosing.session.thresholds[0].references = ['ghost-2001'];
		})).toEqual([
			'protocols/dosing/iv-infusion.mdx: session.dose.min: expected min ≤ max (0.5), found 2',
			'protocols/dosing/iv-infusion.mdx: session.thresholds[0].references[0]: expected a key of protocols/references.yaml, found "ghost-2001"',
		]);
	});
});

describe('cross-reference rules', () => {
	it('find the text values at a path, with their field paths, skipping what is missing or not text', () => {
		const data = { a: [{ b: ['x', 3, 'y'] }, { c: 1 }, { b: 'not a list' }], d: 'z', e: null };
		expect(valuesAt(data, 'a[].b[]')).toEqual([
			{ value: 'x', path: ['a', 0, 'b', 0] },
			{ value: 'y', path: ['a', 0, 'b', 2] },
		]);
		expect(valuesAt(data, 'd', [4])).toEqual([{ value: 'z', path: [4, 'd'] }]);
		expect(valuesAt(data, 'e.f[]')).toEqual([]);
		expect(valuesAt('text', 'a')).toEqual([]);
	});

	it('name fields that exist: each field rule finds a value in complete sample content', () => {
		const { content, problems } = validateContent(sources((p) => (p.worksheet.references = ['trial-2013'])));
		expect(problems).toEqual([]);
		for (const rule of crossReferenceRules.filter((rule) => rule.path !== CITATIONS)) {
			const entries = rule.from === 'glossary' ? content.glossary : content[rule.from].map((entry) => entry.data);
			expect(entries.flatMap((data) => valuesAt(data, rule.path)).length, `${rule.from}: ${rule.path}`).toBeGreaterThan(0);
		}
	});
});

