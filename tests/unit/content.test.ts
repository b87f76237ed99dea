import { describe, expect, it } from 'vitest';
import { readContentSources } from '../../src/integration/read-content.ts';
import { formatProblems } from '../../src/lib/problems.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { fieldTypes } from '../../src/schemas/worksheet.ts';
import { phases } from '../../src/schemas/common.ts';

describe('the manual shipped in this repository', () => {
	const { content, problems } = validateContent(readContentSources(process.cwd()));

	it('passes every schema and invariant', () => {
		expect(formatProblems(problems)).toBe('');
	});

	it('books every dosing session long enough for administration plus the observation after it', () => {
		const tooShort = content.protocols.flatMap((protocol) => {
			const session = protocol.data.phase === 'dosing' ? protocol.data.session : undefined;
			if (!session) return [];
			const needed = session.administrationMinutes + session.observationMinutes;
			return needed > session.sessionMinutes ? [`${protocol.id}: ${needed} min needed, ${session.sessionMinutes} booked`] : [];
		});
		expect(tooShort).toEqual([]);
	});

	it('lists, on each worksheet, every page whose frontmatter names it', () => {
		const listed = new Map(content.worksheets.map((worksheet) => [worksheet.id, new Set<string>(worksheet.data.protocols)]));
		const missing = content.protocols.flatMap((protocol) =>
			protocol.data.worksheets.filter((id) => !listed.get(id)?.has(protocol.id)).map((id) => `${id} does not list ${protocol.id}`),
		);
		expect(missing).toEqual([]);
	});

	it('exercises every schema branch: each phase, each field type, a course', () => {
		expect(new Set(content.protocols.map((p) => p.data.phase))).toEqual(new Set(phases));
		expect(new Set(content.worksheets.flatMap((w) => w.data.sections.flatMap((s) => s.fields.map((f) => f.type))))).toEqual(new Set(fieldTypes));
		expect(content.courses.length).toBeGreaterThan(0);
	});
});
