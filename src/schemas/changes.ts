import { z } from 'astro/zod';
import { calendarDate } from './common.ts';

export const changeKinds = ['added', 'revised', 'removed', 'safety'] as const;
export type ChangeKind = (typeof changeKinds)[number];

/** One page's change in an edition: what kind, in one sentence. */
export const pageChangeSchema = z.strictObject({
	/** The page's id, as the explorer names it: "protocols/dosing/intranasal-esketamine", "integration-worksheets/session-vitals-log". */
	page: z.string().regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)+$/, { error: (issue) => `expected a page id such as "protocols/dosing/im-ketamine", found ${JSON.stringify(issue.input)}` }),
	/** "safety" is a revision a clinician must not miss: readers see it first. */
	kind: z.enum(changeKinds),
	summary: z.string().min(10).max(300),
});

/** The human changelog of one edition. */
export const editionChangesSchema = z.strictObject({
	edition: z.string().regex(/^[0-9A-Za-z.-]{1,20}$/, { error: (issue) => `expected an edition name such as "2026.2", found ${JSON.stringify(issue.input)}` }),
	date: calendarDate,
	changes: z.array(pageChangeSchema),
});

/** protocols/changes.yaml: editions, newest first. */
export const changesFileSchema = z.array(editionChangesSchema).superRefine((editions, ctx) => {
	const seen = new Set<string>();
	editions.forEach((edition, index) => {
		if (seen.has(edition.edition)) ctx.addIssue({ code: 'custom', path: [index, 'edition'], message: `expected each edition once, found "${edition.edition}" again` });
		seen.add(edition.edition);
		const pages = new Set<string>();
		edition.changes.forEach((change, c) => {
			if (pages.has(change.page)) ctx.addIssue({ code: 'custom', path: [index, 'changes', c, 'page'], message: `expected each page once per edition, found "${change.page}" again` });
			pages.add(change.page);
		});
		const next = editions[index + 1];
		if (next && next.date > edition.date) ctx.addIssue({ code: 'custom', path: [index, 'date'], message: `expected editions newest first (after ${next.edition} of ${next.date}), found ${edition.date}` });
	});
});

export type EditionChanges = z.infer<typeof editionChangesSchema>;
export type PageChange = z.infer<typeof pageChangeSchema>;

/** edition.json: what the build wrote for one edition, per page. */
export const editionManifestSchema = z.strictObject({
	format: z.literal('kapkit-edition'),
	formatVersion: z.literal(1),
	edition: z.string(),
	date: calendarDate,
	pages: z.array(z.strictObject({ id: z.string(), title: z.string(), route: z.string(), hash: z.string().regex(/^[0-9a-f]{64}$/) })),
});

export type EditionManifest = z.infer<typeof editionManifestSchema>;
