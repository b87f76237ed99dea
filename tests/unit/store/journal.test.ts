import { describe, expect, it } from 'vitest';
import { parseJournal, unsavedNotes, withNote, withoutNote } from '../../../src/lib/store/journal.ts';
import type { StoreRecord } from '../../../src/lib/store/record.ts';

const at = (minute: number) => `2026-11-28T09:${String(minute).padStart(2, '0')}:00.000Z`;
const record = (fields: StoreRecord['fields']): StoreRecord => ({ kind: 'worksheet', id: 'vitals-log', version: '1.0', fields, orphaned: {} });

describe('the unsaved-answers journal', () => {
	it('notes a change and drops the note once that value is written, keeping a newer note', () => {
		let journal = withNote({}, 'notes', 'Cal', at(1));
		journal = withNote(journal, 'notes', 'Calm', at(2));
		expect(withoutNote(journal, 'notes', 'Cal')).toEqual(journal);
		expect(withoutNote(journal, 'notes', 'Calm')).toEqual({});
		// A table's answer comes back from storage as another object with the same cells.
		const table = withNote({}, 'vitals', { 0: { bp: '128/82' } }, at(3));
		expect(withoutNote(table, 'vitals', JSON.parse('{"0":{"bp":"128/82"}}'))).toEqual({});
	});

	it('gives back what the store lacks or holds older, never undoing a newer stored answer', () => {
		const journal = { notes: { value: 'typed, then the tab closed', updated: at(5) }, mood: { value: 3, updated: at(5) }, name: { value: 'Jo', updated: at(5) } };
		const stored = record({ notes: { value: 'older', updated: at(4) }, mood: { value: 6, updated: at(7) } });
		expect(unsavedNotes(journal, stored)).toEqual([
			['notes', journal.notes],
			['name', journal.name],
		]);
		expect(unsavedNotes(journal, undefined)).toHaveLength(3);
	});

	it('reads a damaged or hostile journal as empty or without the bad entries', () => {
		expect(parseJournal(null)).toEqual({});
		expect(parseJournal('{oops')).toEqual({});
		expect(parseJournal('[1,2]')).toEqual({});
		expect(parseJournal('{"__proto__":{"value":1,"updated":"x"}}')).toEqual({});
		expect(parseJournal(JSON.stringify({ notes: { value: 'Calm', updated: at(1) }, bad: 'x', worse: { value: 1 } }))).toEqual({ notes: { value: 'Calm', updated: at(1) } });
	});
});
