import { describe, expect, it } from 'vitest';
import { emptySaved, fitsField, migrate, parseImport, toExport, type SavedAnswers } from '../../../src/lib/answers.ts';
import { worksheetSchema } from '../../../src/schemas/worksheet.ts';
import { worksheet as fixture } from '../fixtures.ts';

const sheet = { ...worksheetSchema.parse(fixture()), title: 'Vitals log' };
const field = (id: string) => sheet.sections[0]!.fields.find((f) => f.id === id)!;
const filled = (): SavedAnswers => ({
	...emptySaved('1.0'),
	updated: '2026-11-21T10:00:00.000Z',
	header: { client: 'J. D.', date: '2026-11-21' },
	answers: { name: 'Jo', notes: 'Calm', mood: 7, checks: ['consent'], stable: 'yes', date: '2026-11-20', time: '09:30', signature: 'Dr A', vitals: { '0': { bp: '120/80', pulse: '72' } } },
});

describe('worksheet answers', () => {
	it('knows which values fit which field', () => {
		expect(fitsField(field('mood'), 7)).toBe(true);
		expect(fitsField(field('mood'), 11)).toBe(false);
		expect(fitsField(field('mood'), '7')).toBe(false);
		expect(fitsField(field('checks'), ['consent'])).toBe(true);
		expect(fitsField(field('checks'), ['consent', 'other'])).toBe(false);
		expect(fitsField(field('stable'), 'maybe')).toBe(false);
		expect(fitsField(field('time'), '9:30')).toBe(false);
		expect(fitsField(field('vitals'), { '1': { pulse: '70' } })).toBe(true);
		expect(fitsField(field('vitals'), { '2': { pulse: '70' } })).toBe(false);
		expect(fitsField(field('vitals'), { '0': { temperature: '37' } })).toBe(false);
	});

	it('round-trips through an export file', () => {
		const file = toExport('vitals-log', filled(), new Date('2026-11-21T12:00:00Z'));
		expect(file).toMatchObject({ format: 'kapkit-worksheet-answers', formatVersion: 1, worksheet: 'vitals-log', worksheetVersion: '1.0', exported: '2026-11-21T12:00:00.000Z' });
		const result = parseImport(JSON.stringify(file), 'vitals-log', sheet);
		expect(result.ok && result.saved.answers).toEqual(filled().answers);
		expect(result.ok && result.saved.header).toEqual({ client: 'J. D.', date: '2026-11-21' });
	});

	it('refuses malformed and mismatched files with a message', () => {
		const file = toExport('vitals-log', filled(), new Date());
		const refuse = (text: string, id = 'vitals-log') => {
			const result = parseImport(text, id, sheet);
			expect(result.ok).toBe(false);
			return result.ok ? '' : result.message;
		};
		expect(refuse('{ not json')).toMatch(/not valid JSON. Nothing was changed/);
		expect(refuse(JSON.stringify({ hello: 'world' }))).toMatch(/not a kapkit saved-answers file \(at format\)/);
		expect(refuse(JSON.stringify({ ...file, formatVersion: 2 }))).toMatch(/at formatVersion/);
		expect(refuse(JSON.stringify(file), 'other-sheet')).toBe('This file holds answers to the worksheet "vitals-log", not "Vitals log". Nothing was changed.');
		expect(refuse(JSON.stringify({ ...file, answers: { ...file.answers, mood: 42 } }))).toBe('The answer to "Mood" in this file is not a possible answer to that question. Nothing was changed.');
	});

	it('keeps answers to fields that still exist when a new version changes the fields', () => {
		const next = {
			version: '2.0',
			sections: [{ id: 'observations', title: 'Observations', fields: sheet.sections[0]!.fields.filter((f) => f.id !== 'notes').map((f) => (f.id === 'mood' ? { ...f, max: 5 } : f)) }],
		};
		const migrated = migrate(filled(), next);
		expect(migrated.worksheetVersion).toBe('2.0');
		expect(migrated.answers.name).toBe('Jo');
		expect(migrated.answers.notes).toBeUndefined();
		expect(migrated.orphaned).toEqual({ notes: 'Calm', mood: 7 });
		// An orphaned answer comes back if a later version restores its field.
		expect(migrate(migrated, sheet).answers).toMatchObject({ notes: 'Calm', mood: 7 });
	});

});
