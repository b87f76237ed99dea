import { describe, expect, it } from 'vitest';
import { eventField, planRecordKind, readPlan, sessionEvents } from '../../../../src/lib/planner/record.ts';
import { toolFieldMisfit } from '../../../../src/lib/store/tool-kinds.ts';
import { RECORD_KINDS, toolRecordKind } from '../../../../src/lib/store/kinds.ts';

const setup = {
	label: 'J.D.',
	template: 'iv-acute-series',
	timeZone: 'Europe/London',
	firstDose: { date: '2027-01-04', time: '09:00' },
	dosing: { weekdays: [1, 3, 5], time: '09:00' },
	integration: { weekdays: [2, 4], times: ['10:00'] },
	closed: [{ from: '2027-01-18', to: '2027-01-22' }],
	minutes: { dosing: 120, integration: 60 },
	created: '2026-11-28T09:00:00.000Z',
};

describe('the course plan record kind', () => {
	it('is a store record kind the device backup checks', () => {
		expect(RECORD_KINDS).toContain('plan');
		expect(toolRecordKind('plan')).toBe(planRecordKind);
	});

	it('accepts a set-up and session marks, and refuses impossible ones, saying where', () => {
		expect(toolFieldMisfit(planRecordKind, 'setup', JSON.stringify(setup))).toBeUndefined();
		expect(toolFieldMisfit(planRecordKind, eventField('dose-2'), JSON.stringify({ status: 'moved', date: '2027-01-07', time: '11:00' }))).toBeUndefined();
		expect(toolFieldMisfit(planRecordKind, eventField('dose-2'), 'null')).toBeUndefined();
		expect(toolFieldMisfit(planRecordKind, 'setup', JSON.stringify({ ...setup, firstDose: { date: '2027-02-30', time: '09:00' } }))).toMatch(/\(at firstDose\.date\): expected a date as YYYY-MM-DD/);
		expect(toolFieldMisfit(planRecordKind, 'setup', JSON.stringify({ ...setup, label: '' }))).toMatch(/\(at label\)/);
		expect(toolFieldMisfit(planRecordKind, eventField('dose-2'), JSON.stringify({ status: 'missed', date: '2027-01-07', time: '11:00' }))).toMatch(/not possible/);
		expect(toolFieldMisfit(planRecordKind, 'notes', '"x"')).toBe('A course plan has no field "notes".');
	});

	it('gives the scheduler the marks it holds, leaving out taken-back ones', () => {
		const fields = { setup, [eventField('dose-1')]: { status: 'done', date: '2027-01-04', time: '09:00' }, [eventField('dose-2')]: null, [eventField('integration-1')]: { status: 'missed', date: '2027-01-05' } };
		expect(sessionEvents(fields)).toEqual([
			{ session: 'dose-1', status: 'done', date: '2027-01-04', time: '09:00' },
			{ session: 'integration-1', status: 'missed', date: '2027-01-05' },
		]);
	});

	it('reads a kept plan from its fields, and names one that does not read', () => {
		const stored = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).map(([fieldId, value]) => [fieldId, { value: JSON.stringify(value) }]));
		expect(readPlan('p1', stored({ setup, [eventField('dose-1')]: { status: 'done', date: '2027-01-04', time: '09:00' } }))).toEqual({ id: 'p1', setup, events: [{ session: 'dose-1', status: 'done', date: '2027-01-04', time: '09:00' }] });
		expect(readPlan('p2', stored({ [eventField('dose-1')]: null }))).toBe('A course plan on this device has no set-up (record p2): delete it, or restore it from a backup.');
		expect(readPlan('p3', stored({ setup: { ...setup, label: '' } }))).toMatch(/\(at label\)/);
	});
});
