import { describe, expect, it } from 'vitest';
import { protocolSchema } from '../../../src/schemas/protocol.ts';
import { formatProblem, issuesToProblems } from '../../../src/lib/problems.ts';
import { dosingProtocol, integrationProtocol, maintenanceProtocol } from '../fixtures.ts';

/** The problems zod finds, as the build prints them. */
function problems(data: unknown): string[] {
	const result = protocolSchema.safeParse(data, { reportInput: true });
	return result.success ? [] : issuesToProblems('p.mdx', result.error.issues).map(formatProblem);
}

describe('protocol schema', () => {
	it('accepts each phase with its own block', () => {
		expect(problems(dosingProtocol())).toEqual([]);
		expect(problems(integrationProtocol())).toEqual([]);
		expect(problems(maintenanceProtocol())).toEqual([]);
		const preparation: Record<string, unknown> = { ...integrationProtocol(), phase: 'preparation' };
		delete preparation.window;
		expect(problems(preparation)).toEqual([]);
	});

	it('fills defaults and normalises a Date to YYYY-MM-DD', () => {
		const data = integrationProtocol();
		data.reviewed = new Date(Date.UTC(2026, 0, 15));
		const parsed = protocolSchema.parse(data);
		expect(parsed.reviewed).toBe('2026-01-15');
		expect(parsed.routes).toEqual([]);
		expect(parsed.worksheets).toEqual([]);
	});

	it('refuses an unknown phase, naming the choices', () => {
		expect(problems({ ...integrationProtocol(), phase: 'aftercare' })).toEqual([
			'p.mdx: phase: expected one of "preparation" | "dosing" | "integration" | "maintenance", found "aftercare"',
		]);
	});

	it('refuses the block of another phase and a misspelt field', () => {
		expect(problems({ ...integrationProtocol(), taper: [{ intervalDays: 7 }] })).toEqual(['p.mdx: taper: expected no such field (check its spelling against the README), found one']);
		expect(problems({ ...dosingProtocol(), reviwed: '2026-01-01' })).toEqual(['p.mdx: reviwed: expected no such field (check its spelling against the README), found one']);
	});

	it('requires the phase block, except a dosing page about the whole session', () => {
		const data = maintenanceProtocol();
		delete data.taper;
		expect(problems(data)).toEqual(['p.mdx: taper: expected a list, found nothing (the field is missing)']);
		const dosing = dosingProtocol();
		delete dosing.session;
		expect(problems(dosing)).toEqual([]);
	});

	it('refuses a dose range whose minimum exceeds its maximum, or that has no unit', () => {
		const data = dosingProtocol();
		data.session.dose = { min: 1, max: 0.5, unit: 'mg/kg', references: ['trial-2013'] };
		expect(problems(data)).toEqual(['p.mdx: session.dose.min: expected min ≤ max (0.5), found 1']);
		delete data.session.dose.unit;
		data.session.dose.min = 0.5;
		expect(problems(data)).toEqual(['p.mdx: session.dose.unit: expected a unit, one of "mg" | "mg/kg", found none']);
	});

	it('refuses negative and impossible times', () => {
		const data = dosingProtocol();
		data.session.administrationMinutes = -5;
		data.session.observationMinutes = 2000;
		expect(problems(data)).toEqual([
			'p.mdx: session.administrationMinutes: expected a number ≥ 0, found -5',
			'p.mdx: session.observationMinutes: expected a number ≤ 1440, found 2000',
			'p.mdx: session.observationMinutes: expected ≤ sessionMinutes (150): the session must last at least the observation, found 2000',
		]);
	});

	it('refuses an observation longer than the session and effects out of order', () => {
		const data = dosingProtocol();
		data.session.observationMinutes = 180;
		data.session.effects = { onset: { min: 30, max: 40 }, peak: { min: 5, max: 10 } };
		expect(problems(data)).toEqual([
			'p.mdx: session.effects.peak.max: expected the peak no earlier than the onset (30 min), found 10',
			'p.mdx: session.observationMinutes: expected ≤ sessionMinutes (150): the session must last at least the observation, found 180',
		]);
	});

	it('refuses monitoring outside the session or out of order', () => {
		const data = dosingProtocol();
		data.session.monitoring = [
			{ at: 40, checks: ['blood-pressure'] },
			{ at: 30, checks: ['blood-pressure'] },
			{ at: 200, checks: ['observation'] },
		];
		expect(problems(data)).toEqual([
			'p.mdx: session.monitoring[2].at: expected a time within the session (0–150 min), found 200',
			'p.mdx: session.monitoring[1].at: expected times in increasing order (after 40 min), found 30',
		]);
	});

	it('refuses an integration window that ends before it starts', () => {
		expect(problems({ ...integrationProtocol(), window: { startHours: 72, endHours: 24 } })).toEqual([
			'p.mdx: window.endHours: expected the window to end after it starts (> 72 h), found 24',
		]);
	});

	it('refuses a taper that shortens the interval, or an open-ended step before the last', () => {
		expect(problems({ ...maintenanceProtocol(), taper: [{ intervalDays: 14, sessions: 2 }, { intervalDays: 7 }] })).toEqual([
			'p.mdx: taper[1].intervalDays: expected an interval ≥ the step before (14 days): a taper never shortens the interval, found 7',
		]);
		expect(problems({ ...maintenanceProtocol(), taper: [{ intervalDays: 7 }, { intervalDays: 14 }] })).toEqual([
			'p.mdx: taper[0].sessions: expected a number of sessions: only the last step may be open-ended, found none',
		]);
	});

	it('refuses invalid dates and evidence levels', () => {
		expect(problems({ ...integrationProtocol(), reviewed: '21/11/2026' })).toEqual(['p.mdx: reviewed: expected a real date written YYYY-MM-DD, found "21/11/2026"']);
		expect(problems({ ...integrationProtocol(), evidence: { level: 5, rationale: 'Because we said so.' } })).toEqual([
			'p.mdx: evidence.level: expected one of 1 | 2 | 3 | 4, found 5',
		]);
	});

	it('requires the reviewer of a reviewed page, and not of a draft', () => {
		const { reviewedBy: _reviewer, ...unsigned } = integrationProtocol();
		expect(problems(unsigned)).toEqual(['p.mdx: reviewedBy: expected the reviewer ({ name, role }) of a page with status: reviewed, found none']);
		expect(problems({ ...unsigned, status: 'draft' })).toEqual([]);
	});
});
