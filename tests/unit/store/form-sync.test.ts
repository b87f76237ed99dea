import { describe, expect, it } from 'vitest';
import { emptySaved, type SavedAnswers } from '../../../src/lib/answers.ts';
import { adoptTyped, fieldsToKeep, formValues, mergeStored } from '../../../src/lib/store/form-sync.ts';
import { HEADER_FIELDS } from '../../../src/lib/store/record.ts';

const saved = (answers: SavedAnswers['answers'], header: Partial<SavedAnswers['header']> = {}): SavedAnswers => ({ ...emptySaved('1.0'), answers, header: { client: '', date: '', ...header } });

describe('a worksheet form and the store', () => {
	it('keys the header by its store ids and leaves empty header parts out', () => {
		expect(formValues(saved({ mood: 3 }, { client: 'J. D.' }))).toEqual({ mood: 3, [HEADER_FIELDS.client]: 'J. D.' });
	});

	it('adopts what was typed before the form was live over what is stored, and saves exactly that', () => {
		const stored = saved({ mood: 3, notes: 'stored notes' }, { client: 'J. D.', date: '2026-11-27' });
		const { saved: shown, writes } = adoptTyped(stored, { notes: 'typed on a slow connection', [HEADER_FIELDS.date]: '2026-11-28' });
		expect(shown.answers).toEqual({ mood: 3, notes: 'typed on a slow connection' });
		expect(shown.header).toEqual({ client: 'J. D.', date: '2026-11-28' });
		expect(writes).toEqual([
			['notes', 'typed on a slow connection'],
			[HEADER_FIELDS.date, '2026-11-28'],
		]);
	});

	it('shows what another window stored, but never undoes a pending write or the field being edited', () => {
		const shown = saved({ mood: 3, notes: 'typing he', plan: 'old plan' }, { client: 'J. D.' });
		const stored = saved({ mood: 5, notes: 'typing', plan: 'new plan', extra: ['a'] }, { client: 'J. Doe' });
		const merged = mergeStored(shown, stored, new Set(['notes', HEADER_FIELDS.client]));
		expect(merged.answers).toEqual({ mood: 5, notes: 'typing he', plan: 'new plan', extra: ['a'] });
		expect(merged.header.client).toBe('J. D.');
	});

	it('empties what the store no longer holds (cleared elsewhere), except a field still being saved', () => {
		const shown = saved({ mood: 3, notes: 'just typed' }, { client: 'J. D.', date: '2026-11-28' });
		const merged = mergeStored(shown, emptySaved('1.0'), new Set(['notes']));
		expect(merged.answers).toEqual({ notes: 'just typed' });
		expect(merged.header).toEqual({ client: '', date: '' });
	});

	it('keeps a field changed here after a refresh began to read, though its write has finished since', () => {
		const changedAt = new Map([
			['mood', 100],
			['sleep', 250],
		]);
		// The read began at 200: "sleep" changed after it, so what that read found for it is older.
		expect([...fieldsToKeep([], undefined, changedAt, 200)]).toEqual(['sleep']);
		expect([...fieldsToKeep(['notes'], 'client', changedAt, 300)].sort()).toEqual(['client', 'notes']);
		expect([...fieldsToKeep([], null, changedAt, 50)].sort()).toEqual(['mood', 'sleep']);
	});
});
