import { describe, expect, it } from 'vitest';
import { fromLegacy, legacyWorksheetId } from '../../../src/lib/store/legacy.ts';
import { toSavedAnswers } from '../../../src/lib/store/worksheet-record.ts';
import { sheet } from './helpers.ts';

const saved2026 = {
	worksheetVersion: '1.0',
	updated: '2026-11-21T10:00:00.000Z',
	header: { client: 'J. D.', date: '2026-11-21' },
	answers: { name: 'Jo', notes: 'Calm', mood: 7, checks: ['consent'], stable: 'yes', date: '2026-11-20', time: '09:30', signature: 'Dr A', vitals: { '0': { bp: '120/80', pulse: '72' } } },
	orphaned: { 'old-question': 'an answer to a removed question' },
};

describe('migration from edition 2026.1', () => {
	it('recognises only answer keys', () => {
		expect(legacyWorksheetId('kapkit:answers:vitals-log')).toBe('vitals-log');
		expect(legacyWorksheetId('kapkit:answers:')).toBeUndefined();
		expect(legacyWorksheetId('kapkit:layout')).toBeUndefined();
	});

	it('keeps every answer, the header and the set-aside answers, timed at the old save', () => {
		const result = fromLegacy('vitals-log', JSON.stringify(saved2026));
		if (!result.ok) throw new Error(result.reason);
		expect(result.record.fields.mood).toEqual({ value: 7, updated: '2026-11-21T10:00:00.000Z' });
		expect(result.record.orphaned['old-question']).toEqual({ value: 'an answer to a removed question', updated: '2026-11-21T10:00:00.000Z' });
		const { updated: _updated, ...rest } = toSavedAnswers(result.record, sheet);
		const { updated: _old, ...expected } = saved2026;
		expect(rest).toEqual(expected);
	});

	it('migrates a record saved before `orphaned` existed, and one with an unreadable time', () => {
		const { orphaned: _orphaned, ...older } = saved2026;
		const result = fromLegacy('vitals-log', JSON.stringify({ ...older, updated: '' }));
		if (!result.ok) throw new Error(result.reason);
		expect(result.record.orphaned).toEqual({});
		expect(result.record.fields.name).toEqual({ value: 'Jo', updated: '1970-01-01T00:00:00.000Z' });
	});

	it('refuses, with the reason, what it cannot read, so the old record stays in place', () => {
		expect(fromLegacy('vitals-log', '{not json')).toEqual({ ok: false, reason: 'the saved answers to "vitals-log" are not valid JSON' });
		expect(fromLegacy('vitals-log', JSON.stringify({ answers: {} }))).toMatchObject({ ok: false, reason: expect.stringContaining("not in edition 2026.1's form") });
		const withProto = JSON.stringify(saved2026).replace('"answers":{', '"answers":{"__proto__":{"polluted":"yes"},');
		expect(fromLegacy('vitals-log', withProto)).toMatchObject({ ok: false, reason: expect.stringContaining('answers.__proto__') });
	});
});
