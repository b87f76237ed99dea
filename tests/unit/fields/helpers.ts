import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { worksheetFieldSchema, type Answer, type WorksheetField } from '../../../src/fields/registry.ts';
import { FieldInput } from '../../../src/fields/view-registry.tsx';
import { formatProblem, issuesToProblems } from '../../../src/lib/problems.ts';

/** A field as a worksheet's frontmatter gives it, with its defaults filled. */
export const parseField = (data: unknown): WorksheetField => worksheetFieldSchema.parse(data);

/** The build's error lines for a field, as if it were a worksheet's first. */
export function problemsOf(data: unknown): string[] {
	const result = worksheetFieldSchema.safeParse(data, { reportInput: true });
	return result.success ? [] : issuesToProblems('w.mdx', result.error.issues).map(formatProblem);
}

/** The HTML the form renders for a field holding `value` (as at build time, or once hydrated). */
export const render = (field: WorksheetField, value?: Answer) => renderToStaticMarkup(createElement(FieldInput, { field, value, onChange: () => {} }));
