import { describe, expect, it } from 'vitest';
import { findCitations, parseYaml, splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { isCalendarDate } from '../../../src/schemas/common.ts';

describe('frontmatter', () => {
	it('splits frontmatter from the body and counts lines', () => {
		const split = splitFrontmatter('---\ntitle: A\nphase: dosing\n---\n\nBody <Cite id="a-1" />\n');
		expect(split).toEqual({ frontmatter: 'title: A\nphase: dosing', frontmatterLine: 2, body: '\nBody <Cite id="a-1" />\n', bodyLine: 5 });
		expect(findCitations(split!.body, split!.bodyLine)).toEqual([{ id: 'a-1', line: 6 }]);
		expect(splitFrontmatter('# No frontmatter')).toBeNull();
	});

	it('keeps dates as text and reports duplicate keys and syntax errors with lines', () => {
		expect(parseYaml('f', 'reviewed: 2026-02-30').data).toEqual({ reviewed: '2026-02-30' });
		const duplicate = parseYaml('f.mdx', 'title: A\ntitle: B', 2);
		expect(duplicate.problems).toEqual([{ file: 'f.mdx', line: 3, path: '(yaml)', message: expect.stringContaining('expected valid YAML, found an error: Map keys must be unique') }]);
	});

	it('knows real calendar dates', () => {
		expect(['2024-02-29', '2026-12-31'].map(isCalendarDate)).toEqual([true, true]);
		expect(['2026-02-29', '2026-13-01', '2026-1-1', 'tomorrow'].map(isCalendarDate)).toEqual([false, false, false, false]);
	});
});
