import type { CourseTemplate } from '../../lib/planner/schedule';

export interface Link {
	title: string;
	href: string;
}

/** A course template as the page hands it to the planner: its rules, and where its sessions link. */
export interface PlannerTemplate {
	id: string;
	title: string;
	summary: string;
	/** The template's own page. */
	href: string;
	course: CourseTemplate;
	dosing: Link & { worksheets: Link[] };
	integration: (Link & { worksheets: Link[] }) | undefined;
	/** The template's references, formatted for the page and for paper. */
	sources: string[];
}

/** "Mon 4 Jan 2027", in the manual's language, for a local date. */
export const formatLocalDate = (date: string, lang: string) =>
	new Date(`${date}T00:00:00Z`).toLocaleDateString(lang, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Where a session links: its protocol, or the template's page for a review or the hand-over. */
export function sessionLink(kind: 'dosing' | 'integration' | 'review' | 'handover', template: PlannerTemplate): Link & { worksheets: Link[] } {
	if (kind === 'dosing') return template.dosing;
	if (kind === 'integration' && template.integration) return template.integration;
	return { title: template.title, href: template.href, worksheets: [] };
}
