import type { CollectionEntry } from 'astro:content';
import config from 'virtual:kapkit/config';
import { protocolSources } from '../lib/citations.ts';
import { contentLocations } from '../lib/content-locations.ts';
import { OUTLINE_IDS, sessionSummaryHeadings, worksheetSectionId, type Heading } from '../lib/outline.ts';
import { reviewState, type ReviewState } from '../lib/review.ts';
import type { Phase } from '../schemas/common.ts';

/**
 * Everything the workbench needs to know about a page, computed once per page (as Starlight's
 * route data): pages call one of the builders below and hand the result to <Workbench page={…}>.
 */
export interface PageContext {
	title: string;
	description: string;
	/** The content file this page comes from, so a build error can name it. */
	source?: string;
	/** The page's node in the explorer, e.g. "protocols/dosing/iv-racemic-infusion". */
	explorerId?: string;
	/** The page's outline, in document order. */
	headings: Heading[];
	/** Reference keys the page cites, for the References view. */
	sources: string[];
	phase?: Phase;
	evidenceLevel?: number;
	/** The review state as of the build; the browser re-reads it against the day it is read. */
	review?: ReviewState;
	/** Extra stylesheets of the page's own, e.g. a worksheet's print set-up (below the base). */
	stylesheets: { href: string; media?: string }[];
}

const { protocols, worksheets, courses } = contentLocations;

/** The build's day, YYYY-MM-DD: a review state is computed against it once per build. */
const today = new Date().toISOString().slice(0, 10);

export function protocolPage(protocol: CollectionEntry<'protocols'>, content: { headings: Heading[]; worksheets: readonly unknown[] }): PageContext {
	const { data } = protocol;
	return {
		title: data.title,
		description: data.summary,
		source: protocols.sourcePath(protocol.id),
		explorerId: protocols.explorerId(protocol.id),
		headings: [
			...(data.phase === 'dosing' && data.session ? sessionSummaryHeadings(data.session) : []),
			...content.headings,
			...(content.worksheets.length ? [{ depth: 2, slug: OUTLINE_IDS.worksheets, text: 'Worksheets' }] : []),
			{ depth: 2, slug: OUTLINE_IDS.sources, text: 'Sources' },
		],
		sources: protocolSources(data),
		phase: data.phase,
		evidenceLevel: data.evidence.level,
		review: reviewState(data.reviewed, config.reviewIntervalMonths, today),
		stylesheets: [],
	};
}

export function worksheetPage(worksheet: CollectionEntry<'worksheets'>, content: { protocols: readonly unknown[] }): PageContext {
	const { data } = worksheet;
	return {
		title: data.title,
		description: data.purpose,
		source: worksheets.sourcePath(worksheet.id),
		explorerId: worksheets.explorerId(worksheet.id),
		headings: [
			...data.sections.map((section) => ({ depth: 2, slug: worksheetSectionId(section.id), text: section.title })),
			...(content.protocols.length ? [{ depth: 2, slug: OUTLINE_IDS.usedWith, text: 'Used with' }] : []),
			...(data.references.length ? [{ depth: 2, slug: OUTLINE_IDS.sources, text: 'Sources' }] : []),
		],
		sources: data.references,
		phase: data.phase,
		stylesheets: [{ href: `/print/${worksheet.id}.css`, media: 'print' }],
	};
}

export function coursePage(course: CollectionEntry<'courses'>): PageContext {
	return {
		title: course.data.title,
		description: course.data.summary,
		source: courses.sourcePath(course.id),
		explorerId: courses.explorerId(course.id),
		headings: [],
		sources: course.data.references,
		stylesheets: [],
	};
}

/** A page of the manual's own (start page, indexes, glossary, tools): no content file behind it. */
export function staticPage(page: { title: string; description: string; explorerId?: string; headings?: Heading[] }): PageContext {
	return { headings: [], sources: [], stylesheets: [], ...page };
}
