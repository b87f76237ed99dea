import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dischargeChecklist } from '../../../../src/lib/session/discharge.ts';
import { checkStart, readingFieldId, readSession, SESSION_FIELDS, sessionRecordKind, takenAtFrom, type SessionMeta } from '../../../../src/lib/session/record.ts';
import type { Reading } from '../../../../src/lib/session/readings.ts';
import { isRecordKind } from '../../../../src/lib/store/kinds.ts';
import { toolFieldMisfit } from '../../../../src/lib/store/tool-kinds.ts';

const root = join(import.meta.dirname, '../../../..');
const meta: SessionMeta = { protocolId: 'dosing/intranasal-esketamine', clientLabel: 'J. D.', dose: { amount: 56, unit: 'mg' }, startedAt: '2027-01-04T09:00:00.000Z', timeZone: 'Europe/London' };
const entry = (value: unknown) => ({ value: JSON.stringify(value) });

describe('the session record kind', () => {
	it('is registered with the store', () => {
		expect(isRecordKind('session')).toBe(true);
	});

	it('refuses an impossible reading and a meta without a client label, naming the field', () => {
		expect(toolFieldMisfit(sessionRecordKind, 'reading:1', JSON.stringify({ check: 'blood-pressure', takenAt: meta.startedAt, systolic: 300, diastolic: 20 }))).toMatch(/dosing session's "reading:1" is not possible \(at systolic\)/);
		expect(toolFieldMisfit(sessionRecordKind, 'meta', JSON.stringify({ ...meta, clientLabel: ' ' }))).toMatch(/at clientLabel/);
		expect(toolFieldMisfit(sessionRecordKind, 'reading:1', JSON.stringify({ check: 'heart-rate', takenAt: meta.startedAt, value: 72 }))).toBeUndefined();
	});

	it('reads the meta and every reading back, in time order, and names a field it cannot read', () => {
		const later: Reading = { check: 'blood-pressure', takenAt: '2027-01-04T09:40:00.000Z', systolic: 185, diastolic: 112 };
		const baseline: Reading = { check: 'blood-pressure', takenAt: '2027-01-04T08:50:00.000Z', systolic: 128, diastolic: 82 };
		const state = readSession({
			[SESSION_FIELDS.meta]: entry(meta),
			[readingFieldId('b')]: entry(later),
			[readingFieldId('a')]: entry(baseline),
			[readingFieldId('c')]: { value: '{not json' },
			[SESSION_FIELDS.discharge]: entry({ checked: ['orientation'] }),
		})!;
		expect(state.meta).toEqual(meta);
		expect(state.readings).toEqual([baseline, later]);
		expect(state.discharge.checked).toEqual(['orientation']);
		expect(state.end).toBeUndefined();
		expect(state.problems).toEqual(['The dosing session\'s "reading:c" is not valid JSON.']);
	});

	it('is no session without a readable start', () => {
		expect(readSession({})).toBeUndefined();
		expect(readSession({ meta: entry({ ...meta, startedAt: 'soon' }) })).toBeUndefined();
	});
});

describe('the start form', () => {
	it('takes a label and a dose, refusing an empty label and a dose that is not a positive number', () => {
		expect(checkStart({ clientLabel: ' J. D. ', amount: '56', unit: 'mg' })).toEqual({ ok: true, clientLabel: 'J. D.', dose: { amount: 56, unit: 'mg' } });
		expect(checkStart({ clientLabel: '', amount: '56', unit: 'mg' })).toMatchObject({ ok: false, field: 'clientLabel' });
		expect(checkStart({ clientLabel: 'x'.repeat(41), amount: '56', unit: 'mg' })).toMatchObject({ ok: false, field: 'clientLabel' });
		expect(checkStart({ clientLabel: 'JD', amount: '-5', unit: 'mg' })).toMatchObject({ ok: false, field: 'amount', message: 'Dose given: expected a positive number, found "-5"' });
		expect(checkStart({ clientLabel: 'JD', amount: '0.5', unit: 'ml' })).toMatchObject({ ok: false, field: 'amount' });
	});
});

describe('the time a reading was taken', () => {
	const now = new Date('2027-07-04T09:45:30.000Z');
	it('is now when left blank, or the typed clock time in the session time zone', () => {
		expect(takenAtFrom('', now, 'Europe/London')).toEqual({ ok: true, takenAt: now.toISOString() });
		// 10:40 in London in July is 09:40 UTC.
		expect(takenAtFrom('10:40', now, 'Europe/London')).toEqual({ ok: true, takenAt: '2027-07-04T09:40:00.000Z' });
		expect(takenAtFrom('23:50', new Date('2027-07-04T00:05:00.000Z'), 'UTC')).toEqual({ ok: true, takenAt: '2027-07-03T23:50:00.000Z' });
		expect(takenAtFrom('9.40', now, 'UTC')).toMatchObject({ ok: false, message: 'Time taken: expected a clock time such as 09:40, found "9.40"' });
	});
});

describe('the discharge checklist', () => {
	it('is the shipped recovery-and-discharge page\'s table, links read as words', () => {
		const file = 'protocols/dosing/recovery-and-discharge.mdx';
		const items = dischargeChecklist(readFileSync(join(root, file), 'utf8'), file);
		expect(items.map((item) => item.check)).toEqual(['Orientation', 'Movement', 'Vital signs', 'Symptoms', 'Mental state', 'Escort', 'Advice', 'Next step']);
		expect(items.at(-1)).toEqual({ id: 'next-step', check: 'Next step', lookFor: 'The integration session is booked' });
	});

	it('is empty for a page without the section, and an error naming the file for a broken table', () => {
		expect(dischargeChecklist('## Going home\n\ntext', 'a.mdx')).toEqual([]);
		expect(() => dischargeChecklist('## Before the person leaves\n\n| Check | Look |\n| --- | --- |\n| Orientation |\n', 'b.mdx')).toThrow('b.mdx: "Before the person leaves", row 1: expected two cells');
	});
});
