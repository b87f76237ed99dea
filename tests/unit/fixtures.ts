import { stringify } from 'yaml';
import type { ContentSources } from '../../src/lib/validate.ts';

/** A dosing protocol's frontmatter that passes every check; tests change one thing at a time. */
export function dosingProtocol(): Record<string, any> {
	return {
		title: 'IV racemic ketamine infusion',
		summary: 'The infusion used in the trials, with its monitoring.',
		phase: 'dosing',
		order: 1,
		audience: ['prescriber'],
		routes: ['iv'],
		evidence: { level: 1, rationale: 'Replicated randomised trials of a single infusion.' },
		references: ['trial-2013'],
		worksheets: ['vitals-log'],
		reviewed: '2026-11-01',
		status: 'draft',
		session: {
			agent: 'racemic-ketamine',
			route: 'iv',
			dose: { min: 0.5, max: 0.5, unit: 'mg/kg', references: ['trial-2013'] },
			administrationMinutes: 40,
			effects: { peak: { min: 20, max: 40 } },
			sessionMinutes: 150,
			baseline: ['blood-pressure'],
			monitoring: [
				{ at: 15, checks: ['blood-pressure'] },
				{ at: 40, checks: ['blood-pressure', 'dissociation'] },
			],
			thresholds: [{ measure: 'Blood pressure before dosing', when: 'above 140/90 mmHg', action: 'consider-delay', verified: true, references: ['label-2020'] }],
			observationMinutes: 120,
			references: ['trial-2013'],
		},
	};
}

export function integrationProtocol(): Record<string, any> {
	return {
		title: 'Integration sessions',
		summary: 'Sessions in the days after a dose.',
		phase: 'integration',
		order: 1,
		audience: ['therapist'],
		evidence: { level: 4, rationale: 'Practice consensus on timing.' },
		references: ['trial-2013'],
		reviewed: '2026-11-01',
		status: 'reviewed',
		reviewedBy: { name: 'A. Reviewer', role: 'Clinical lead' },
		window: { startHours: 24, endHours: 72 },
	};
}

export function maintenanceProtocol(): Record<string, any> {
	return {
		title: 'Tapering',
		summary: 'Lengthening the interval between sessions.',
		phase: 'maintenance',
		order: 1,
		audience: ['prescriber'],
		evidence: { level: 3, rationale: 'Open studies of maintenance dosing.' },
		references: ['trial-2013'],
		reviewed: '2026-11-01',
		status: 'draft',
		taper: [
			{ intervalDays: 7, sessions: 4 },
			{ intervalDays: 14 },
		],
	};
}

export function worksheet(): Record<string, any> {
	return {
		title: 'Vitals log',
		phase: 'dosing',
		purpose: 'Record vital signs during a session.',
		when: 'During each dosing session.',
		minutes: 5,
		protocols: ['dosing/iv-infusion'],
		version: '1.0',
		sections: [
			{
				id: 'observations',
				title: 'Observations',
				fields: [
					{ id: 'vitals', type: 'table', label: 'Vital signs', columns: [{ id: 'bp', label: 'BP' }, { id: 'pulse', label: 'Pulse', kind: 'number' }], rows: ['Baseline', '+15 min'] },
					{ id: 'notes', type: 'longtext', label: 'Notes', lines: 3 },
					{ id: 'mood', type: 'scale', label: 'Mood', anchors: { min: 'Low', max: 'Good' } },
					{ id: 'checks', type: 'checklist', label: 'Checks', options: [{ id: 'consent', label: 'Consent' }] },
					{ id: 'stable', type: 'yesno', label: 'Stable' },
					{ id: 'date', type: 'date', label: 'Date' },
					{ id: 'time', type: 'time', label: 'Time' },
					{ id: 'name', type: 'text', label: 'Name' },
					{ id: 'signature', type: 'signature', label: 'Signature' },
				],
			},
		],
	};
}

export function references(): Record<string, any>[] {
	return [
		{ id: 'trial-2013', authors: ['Smith A', 'Jones B'], year: 2013, title: 'A trial', journal: 'A Journal', doi: '10.1000/xyz123' },
		{ id: 'label-2020', kind: 'label', authors: ['A Company'], year: 2020, title: 'Prescribing information', journal: 'A Company', url: 'https://example.org/label' },
	];
}

export function course(): Record<string, any> {
	return {
		title: 'IV acute series',
		summary: 'Six infusions over twelve days, then weekly.',
		protocol: 'dosing/iv-infusion',
		acute: { sessions: 6, daysBetween: [2, 2, 3] },
		integration: { protocol: 'integration/integration-sessions', window: { startHours: 24, endHours: 72 } },
		taper: [{ intervalDays: 7, sessions: 4 }],
		handover: { daysAfterLastSession: 28, to: 'standard care' },
		references: ['trial-2013'],
	};
}

export const mdx = (frontmatter: unknown, body = 'Body text.') => `---\n${stringify(frontmatter)}---\n\n${body}\n`;

/** A complete, valid set of content; pass `change` to break one thing. */
export function sources(change: (s: ReturnType<typeof parts>) => void = () => {}): ContentSources {
	const p = parts();
	change(p);
	return {
		protocols: [
			{ file: 'protocols/dosing/iv-infusion.mdx', text: mdx(p.dosing, p.dosingBody) },
			{ file: 'protocols/integration/integration-sessions.mdx', text: mdx(p.integration) },
			{ file: 'protocols/maintenance/tapering.mdx', text: mdx(p.maintenance) },
			...p.extraProtocols,
		],
		worksheets: [{ file: 'integration-worksheets/vitals-log.mdx', text: mdx(p.worksheet) }],
		references: { file: 'protocols/references.yaml', text: stringify(p.references) },
		courses: [{ file: 'protocols/courses/iv-series.yaml', text: stringify(p.course) }],
		glossary: { file: 'protocols/glossary.yaml', text: stringify(p.glossary) },
	};
}

function parts() {
	return {
		dosing: dosingProtocol(),
		dosingBody: 'Given over 40 minutes <Cite id="trial-2013" />.',
		integration: integrationProtocol(),
		maintenance: maintenanceProtocol(),
		worksheet: worksheet(),
		references: references(),
		course: course(),
		glossary: [{ id: 'dissociation', term: 'Dissociation', definition: 'A felt separation from one\'s body, surroundings or sense of time.', references: ['trial-2013'], see: ['dosing/iv-infusion'] }] as Record<string, any>[],
		extraProtocols: [] as { file: string; text: string }[],
	};
}
