import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../src/lib/store/backup.ts';
import { applyBackup, BACKUP_MAX_BYTES, backupText, toBackup } from '../../../src/lib/store/backup-format.ts';
import { HEADER_FIELDS, type StoreRecord } from '../../../src/lib/store/record.ts';
import { at, definitions, record } from './helpers.ts';

const now = new Date('2026-11-28T12:00:00.000Z');
const stored = record({ mood: { value: 7, updated: at(1) }, notes: { value: '<script>alert(1)</script>', updated: at(2) }, [HEADER_FIELDS.client]: { value: 'J. D.', updated: at(0) } }, { gone: { value: 'kept aside', updated: at(0) } });
const text = (value: unknown) => JSON.stringify(value);
const valid = () => JSON.parse(backupText(toBackup([stored], now)));
const refusal = (file: string) => {
	const result = parseBackup(file, definitions);
	if (result.ok) throw new Error('expected the backup to be refused');
	expect(result.reason).toMatch(/Nothing was changed\.$/);
	return result.reason;
};

describe('device backup', () => {
	it('round-trips every record, an answer holding HTML included, as plain data', () => {
		const result = parseBackup(backupText(toBackup([stored], now)), definitions);
		expect(result).toEqual({ ok: true, backup: { format: 'kapkit-device-backup', formatVersion: 1, exported: now.toISOString(), records: [stored] } });
	});

	const time = fc.integer({ min: 0, max: 59 }).map(at);
	const entry = fc.record({ value: fc.oneof(fc.string(), fc.integer(), fc.array(fc.string())), updated: time });
	// Answers that fit the fixture's fields (an unknown worksheet accepts any answer's shape).
	const fitting = fc.record({ notes: fc.record({ value: fc.string(), updated: time }), mood: fc.record({ value: fc.integer({ min: 0, max: 10 }), updated: time }), checks: fc.record({ value: fc.subarray(['consent']), updated: time }) }, { requiredKeys: [] });
	const anyRecord = fc.record({
		kind: fc.constant('worksheet' as const),
		id: fc.constantFrom('vitals-log', 'integration-notes', 'unknown-sheet'),
		version: fc.constantFrom('1.0', '2.3'),
		fields: fitting,
		orphaned: fc.dictionary(fc.stringMatching(/^[a-z][a-z-]{0,12}$/).filter((key) => !['constructor', 'prototype'].includes(key)), entry),
	});

	it('round-trips as identity (property)', () => {
		fc.assert(
			fc.property(fc.uniqueArray(anyRecord, { selector: (item) => item.id }), (records: StoreRecord[]) => {
				expect(parseBackup(backupText(toBackup(records, now)), definitions)).toEqual({ ok: true, backup: toBackup(records, now) });
			}),
		);
	});

	it('refuses what is not JSON', () => {
		expect(refusal('{"format": "kapkit-device-backup",')).toMatch(/not valid JSON/);
	});

	it('refuses another format, the single-worksheet export included', () => {
		expect(refusal(text({ ...valid(), format: 'kapkit-worksheet-answers' }))).toMatch(/not a kapkit device backup/);
		expect(refusal(text([1, 2]))).toMatch(/not a kapkit device backup/);
	});

	it('refuses a newer format version, saying to update', () => {
		expect(refusal(text({ ...valid(), formatVersion: 2 }))).toMatch(/newer edition \(format version 2; this edition reads version 1\)/);
	});

	it('refuses a damaged file, naming where', () => {
		const file = valid();
		file.records[0].fields.mood.updated = 'yesterday';
		expect(refusal(text(file))).toMatch(/at records\.0\.fields\.mood\.updated/);
	});

	it('refuses an answer that does not fit its field, and a header that is not short text', () => {
		const file = valid();
		file.records[0].fields.mood.value = 11;
		expect(refusal(text(file))).toMatch(/answer to "Mood" in "Vitals log"/);
		const header = valid();
		header.records[0].fields[HEADER_FIELDS.client].value = 'x'.repeat(201);
		expect(refusal(text(header))).toMatch(/client at the top of "Vitals log"/);
	});

	it('accepts answers to fields or worksheets this edition no longer has', () => {
		const file = valid();
		file.records[0].fields['removed-field'] = { value: 'x', updated: at(1) };
		file.records.push({ kind: 'worksheet', id: 'retired-sheet', version: '1.0', fields: { notes: { value: 'x', updated: at(1) } }, orphaned: {} });
		expect(parseBackup(text(file), definitions).ok).toBe(true);
	});

	it('refuses a kind of record this edition does not know, and a record held twice', () => {
		const kind = valid();
		kind.records[0].kind = 'measure';
		expect(refusal(text(kind))).toMatch(/kind "measure" \(at records\.0\)/);
		const twice = valid();
		twice.records.push(twice.records[0]);
		expect(refusal(text(twice))).toMatch(/"vitals-log" twice \(at records\.1\)/);
	});

	it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere', (key) => {
		const file = backupText(toBackup([stored], now)).replace('"fields": {', `"fields": {\n  "${key}": {"value": "x", "updated": "${at(1)}"},`);
		expect(file).toContain(`"${key}"`);
		expect(refusal(file)).toContain(`the key "${key}" (at records.0.fields.${key})`);
	});

	it('refuses more than 10 MB before reading it', () => {
		const file = valid();
		file.records[0].fields.notes.value = 'x'.repeat(BACKUP_MAX_BYTES);
		expect(refusal(text(file))).toMatch(/is 10\.0 MB; a device backup is at most 10 MB/);
	});
});

describe('importing a backup', () => {
	const backup = toBackup([record({ mood: { value: 3, updated: at(9) }, name: { value: 'Jo', updated: at(9) } }), { ...record({}), id: 'other' }], now);

	it('merges field by field, listing the conflicts', () => {
		const { records, conflicts } = applyBackup([stored], backup, 'merge');
		expect(records.map((item) => item.id)).toEqual(['vitals-log', 'other']);
		expect(records[0]!.fields.mood).toEqual({ value: 3, updated: at(9) });
		expect(records[0]!.fields.notes).toEqual(stored.fields.notes);
		expect(conflicts).toEqual([{ kind: 'worksheet', id: 'vitals-log', fieldId: 'mood', kept: { value: 3, updated: at(9) }, replaced: { value: 7, updated: at(1) } }]);
	});

	it('replaces everything when asked', () => {
		expect(applyBackup([stored, { ...record({}), id: 'only-here' }], backup, 'replace')).toEqual({ records: backup.records, conflicts: [] });
	});
});
