import type { DosingSession } from '../schemas/dose.ts';

export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

/** Ids of the headings that components render (not MDX), so the outline and the markup agree. */
export const OUTLINE_IDS = {
	sessionSummary: 'session-summary',
	monitoringSchedule: 'monitoring-schedule',
	thresholds: 'thresholds',
	worksheets: 'worksheets',
	usedWith: 'used-with',
	sources: 'sources',
} as const;

/** The id of a worksheet section's heading, as the form renders it. */
export const worksheetSectionId = (sectionId: string) => `section-${sectionId}`;

/** The headings SessionSummary renders, for the page's outline. */
export function sessionSummaryHeadings(session: Pick<DosingSession, 'thresholds'>): Heading[] {
	return [
		{ depth: 2, slug: OUTLINE_IDS.sessionSummary, text: 'Session at a glance' },
		{ depth: 3, slug: OUTLINE_IDS.monitoringSchedule, text: 'Monitoring schedule' },
		...(session.thresholds.length ? [{ depth: 3, slug: OUTLINE_IDS.thresholds, text: 'Hold and stop thresholds' }] : []),
	];
}
