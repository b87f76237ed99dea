import { z } from 'astro/zod';
import { phases } from './phases.ts';

/** Lower-case words joined by hyphens: file names, field ids, reference keys. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slug = z.string().regex(slugPattern, {
	error: (issue) => `expected lower-case words joined by hyphens (e.g. "session-vitals-log"), found ${JSON.stringify(issue.input)}`,
});

/** True when `text` is YYYY-MM-DD and names a day that exists (no 30 February). */
export function isCalendarDate(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const calendarDateText = z.string().refine(isCalendarDate, {
	error: (issue) => `expected a real date written YYYY-MM-DD, found ${JSON.stringify(issue.input)}`,
});

/**
 * A calendar date, always handed on as 'YYYY-MM-DD'. Astro's frontmatter parser turns unquoted
 * dates into Date objects (rolling 2026-02-30 over to 2 March), so kapkit's own validator, which
 * reads dates as text, is what catches impossible ones.
 */
export const calendarDate = z
	.union([calendarDateText, z.date()])
	.transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)));

/** Minutes within one day: longer than that is not a session, it is a typo. */
export const minutes = z.number().nonnegative().max(24 * 60);

export { phases, phaseTitles, type Phase } from './phases.ts';
export const phase = z.enum(phases);

/** Keys into protocols/references.yaml. */
export const referenceKeys = z.array(slug);

/** A content entry's id: its path below its collection's folder, without the extension. */
export const contentIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
export const worksheetIds = z.array(
	z.string().regex(contentIdPattern, { error: (issue) => `expected a worksheet id such as "session-vitals-log", found ${JSON.stringify(issue.input)}` }),
);
