import type { DosingSession } from '../schemas/dose.ts';

export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

/** The headings SessionSummary renders, for the page's outline (their ids are fixed there). */
export function sessionSummaryHeadings(session: Pick<DosingSession, 'thresholds'>): Heading[] {
	return [
		{ depth: 2, slug: 'session-summary', text: 'Session at a glance' },
		{ depth: 3, slug: 'monitoring-schedule', text: 'Monitoring schedule' },
		...(session.thresholds.length ? [{ depth: 3, slug: 'thresholds', text: 'Hold and stop thresholds' }] : []),
	];
}
