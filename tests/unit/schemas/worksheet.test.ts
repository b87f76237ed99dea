import { describe, expect, it } from 'vitest';
import { fieldTypes, worksheetSchema } from '../../../src/schemas/worksheet.ts';
import { formatProblem, issuesToProblems } from '../../../src/lib/problems.ts';
import { worksheet } from '../fixtures.ts';

function problems(data: unknown): string[] {
	const result = worksheetSchema.safeParse(data, { reportInput: true });
	return result.success ? [] : issuesToProblems('w.mdx', result.error.issues).map(formatProblem);
}

describe('worksheet schema', () => {
	it('accepts a worksheet with every kind of field', () => {
		const data = worksheet();
		expect(problems(data)).toEqual([]);
		const kinds = data.sections.flatMap((section: { fields: { type: string }[] }) => section.fields.map((field) => field.type));
		expect([...kinds].sort()).toEqual([...fieldTypes].sort());
	});

	it('fills the defaults a form needs', () => {
		const data = worksheet();
		delete data.sections[0].fields[1].lines;
		const parsed = worksheetSchema.parse(data);
		const longtext = parsed.sections[0]!.fields[1]!;
		const scale = parsed.sections[0]!.fields[2]!;
		expect(longtext.type === 'longtext' && longtext.lines).toBe(4);
		expect(scale.type === 'scale' && [scale.min, scale.max]).toEqual([0, 10]);
	});

	it('refuses duplicate field ids anywhere in the worksheet', () => {
		const data = worksheet();
		data.sections.push({ id: 'more', title: 'More', fields: [{ id: 'notes', type: 'text', label: 'Again' }] });
		expect(problems(data)).toEqual([
			'w.mdx: sections[1].fields[0].id: expected a field id unique in the worksheet (first used at sections[0].fields[1]), found duplicate "notes"',
		]);
	});

	it('refuses duplicate option and column ids', () => {
		const data = worksheet();
		data.sections[0].fields[3].options.push({ id: 'consent', label: 'Twice' });
		data.sections[0].fields[0].columns.push({ id: 'bp', label: 'BP again' });
		expect(problems(data)).toEqual([
			'w.mdx: sections[0].fields[0].columns[2].id: expected a column id not used before (first at [0]), found duplicate "bp"',
			'w.mdx: sections[0].fields[3].options[1].id: expected a option id not used before (first at [0]), found duplicate "consent"',
		]);
	});

	it('refuses an unknown field type and a scale without anchors', () => {
		const data = worksheet();
		data.sections[0].fields[4].type = 'slider';
		delete data.sections[0].fields[2].anchors;
		const found = problems(data);
		expect(found).toContain('w.mdx: sections[0].fields[4].type: expected one of "text" | "longtext" | "scale" | "checklist" | "yesno" | "date" | "time" | "table" | "signature", found "slider"');
		expect(found).toContain('w.mdx: sections[0].fields[2].anchors: expected a group of fields, found nothing (the field is missing)');
	});

	it('refuses a bad version and a field id that is not a slug', () => {
		const data = worksheet();
		data.version = 'v1';
		data.sections[0].fields[7].id = 'Client Name';
		expect(problems(data)).toEqual([
			'w.mdx: version: expected a version such as "1.0", found "v1"',
			'w.mdx: sections[0].fields[7].id: expected lower-case words joined by hyphens (e.g. "session-vitals-log"), found "Client Name"',
		]);
	});
});
