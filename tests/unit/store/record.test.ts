import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical, HEADER_FIELDS, lastUpdated, mergeRecords, withField, type FieldEntry } from '../../../src/lib/store/record.ts';
import { fitToWorksheet, toSavedAnswers } from '../../../src/lib/store/worksheet-record.ts';
import { at, record, sheet } from './helpers.ts';

describe('per-field merge', () => {
	it('keeps the newer answer of each field and every field only one side has', () => {
		const mine = record({ notes: { value: 'Calm', updated: at(1) }, mood: { value: 5, updated: at(5) } });
		const theirs = record({ notes: { value: 'Anxious', updated: at(3) }, stable: { value: 'yes', updated: at(2) } });
		const { record: merged, conflicts } = mergeRecords(mine, theirs);
		expect(merged.fields).toEqual({ notes: { value: 'Anxious', updated: at(3) }, mood: { value: 5, updated: at(5) }, stable: { value: 'yes', updated: at(2) } });
		expect(conflicts).toEqual([{ kind: 'worksheet', id: 'vitals-log', fieldId: 'notes', kept: { value: 'Anxious', updated: at(3) }, replaced: { value: 'Calm', updated: at(1) } }]);
	});

	it('lists no conflict when both hold the same answer, whatever the key order', () => {
		const mine = record({ vitals: { value: { '0': { bp: '120/80', pulse: '72' } }, updated: at(1) } });
		const theirs = record({ vitals: { value: { '0': { pulse: '72', bp: '120/80' } }, updated: at(2) } });
		expect(mergeRecords(mine, theirs).conflicts).toEqual([]);
		expect(canonical({ b: 1, a: [2] })).toBe(canonical({ a: [2], b: 1 }));
	});

	it('refuses to merge two different records', () => {
		expect(() => mergeRecords(record({}), { ...record({}), id: 'other' })).toThrow(/worksheet\/vitals-log with worksheet\/other/);
	});

	const entry = fc.record({ value: fc.oneof(fc.string(), fc.integer(), fc.array(fc.string())), updated: fc.integer({ min: 0, max: 59 }).map(at) });
	const fieldMap = fc.dictionary(fc.constantFrom('notes', 'mood', 'name', 'date', 'time', 'stable'), entry);

	it('is commutative on disjoint fields, and lists no conflicts there', () => {
		fc.assert(
			fc.property(fieldMap, fieldMap, (a, b) => {
				const onlyB = Object.fromEntries(Object.entries(b).filter(([fieldId]) => !(fieldId in a)));
				const ab = mergeRecords(record(a), record(onlyB));
				const ba = mergeRecords(record(onlyB), record(a));
				expect(ab.record).toEqual(ba.record);
				expect(ab.conflicts).toEqual([]);
			}),
		);
	});

	it('is commutative in what it keeps even where both sides wrote the same field', () => {
		fc.assert(
			fc.property(fieldMap, fieldMap, (a, b) => {
				expect(mergeRecords(record(a), record(b)).record).toEqual(mergeRecords(record(b), record(a)).record);
			}),
		);
	});

	it('is idempotent', () => {
		fc.assert(
			fc.property(fieldMap, fieldMap, (a, b) => {
				const once = mergeRecords(record(a), record(b)).record;
				expect(mergeRecords(once, record(b)).record).toEqual(once);
				expect(mergeRecords(once, once)).toEqual({ record: once, conflicts: [] });
			}),
		);
	});
});

describe('records and the worksheet as it is now', () => {
	it('sets aside answers that no longer fit, and brings back set-aside answers that fit again', () => {
		const stored = record({ mood: { value: 11, updated: at(1) }, gone: { value: 'x', updated: at(1) }, notes: { value: 'Calm', updated: at(1) } }, { name: { value: 'Jo', updated: at(0) } });
		const fitted = fitToWorksheet(stored, sheet);
		expect(fitted.fields).toEqual({ notes: { value: 'Calm', updated: at(1) }, name: { value: 'Jo', updated: at(0) } });
		expect(fitted.orphaned).toEqual({ mood: { value: 11, updated: at(1) }, gone: { value: 'x', updated: at(1) } });
	});

	it('keeps a newer answer over a set-aside one that fits, and sets the older aside', () => {
		const stored = record({ name: { value: 'Jo', updated: at(5) } }, { name: { value: 'Joe', updated: at(1) } });
		const fitted = fitToWorksheet(stored, sheet);
		expect(fitted.fields.name).toEqual({ value: 'Jo', updated: at(5) });
		expect(fitted.orphaned.name).toEqual({ value: 'Joe', updated: at(1) });
	});

	it('reads as the form\'s SavedAnswers, header included', () => {
		let stored = record({});
		stored = withField(stored, HEADER_FIELDS.client, 'J. D.', at(2));
		stored = withField(stored, HEADER_FIELDS.date, '2026-11-28', at(3));
		stored = withField(stored, 'mood', 7, at(4));
		stored = withField(stored, 'removed-field', 'kept', at(1));
		expect(toSavedAnswers(stored, sheet)).toEqual({ worksheetVersion: '1.0', updated: at(4), header: { client: 'J. D.', date: '2026-11-28' }, answers: { mood: 7 }, orphaned: { 'removed-field': 'kept' } });
	});

	it('sets aside a header longer than the form allows instead of dropping it', () => {
		const long = 'x'.repeat(201);
		expect(fitToWorksheet(record({ [HEADER_FIELDS.client]: { value: long, updated: at(1) } }), sheet).orphaned[HEADER_FIELDS.client]?.value).toBe(long);
	});

	it('knows when a record last changed', () => {
		const entries: Record<string, FieldEntry> = { a: { value: '1', updated: at(3) } };
		expect(lastUpdated(record(entries, { b: { value: '2', updated: at(9) } }))).toBe(at(9));
		expect(lastUpdated(record({}))).toBe('');
	});
});
