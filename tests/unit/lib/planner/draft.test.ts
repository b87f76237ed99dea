import { describe, expect, it } from 'vitest';
import { draftOf, newDraft, setupOf } from '../../../../src/lib/planner/draft.ts';

const created = '2026-11-28T09:00:00.000Z';

describe('the planner set-up form', () => {
	it('turns a filled form into a set-up and back, unchanged', () => {
		const draft = { ...newDraft('iv-acute-series', '2027-01-04'), label: '  J.D. ', integrationTimes: '14:00, 9:30', closed: [{ from: '2027-01-18', to: '2027-01-22' }] };
		const { setup } = setupOf(draft, 'Europe/London', created);
		expect(setup).toMatchObject({ label: 'J.D.', timeZone: 'Europe/London', integration: { times: ['09:30', '14:00'] }, minutes: { dosing: 120, integration: 60 } });
		expect(setupOf(draftOf(setup!), 'Europe/London', created).setup).toEqual(setup);
	});

	it('names each field that is wrong, keeping what was typed', () => {
		const draft = { ...newDraft('iv-acute-series', '2027-01-04'), label: ' ', firstDate: '', integrationTimes: '10:00, 1400', closed: [{ from: '2027-02-10', to: '2027-02-01' }], dosingMinutes: 'two hours' };
		const { problems } = setupOf(draft, 'Europe/London', created);
		expect(Object.keys(problems!).sort()).toEqual(['closed', 'firstDate', 'integrationTimes', 'label', 'minutes']);
		expect(problems!.label).toMatch(/initials or a pseudonym/);
		expect(problems!.integrationTimes).toMatch(/"1400" is not a time/);
		expect(problems!.closed).toMatch(/2027-02-10 to 2027-02-01/);
		expect(draft.integrationTimes).toBe('10:00, 1400');
	});
});
