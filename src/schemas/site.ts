import { z } from 'astro/zod';
import { isValidTimeZone } from '../lib/planner/calendar.ts';

/** A zone name, not an offset: "UTC+1" has no daylight-saving rules to follow. */
const isKnownTimeZone = (name: string) => name.includes('/') && isValidTimeZone(name);

/** The site-wide settings a practice or training programme edits in kapkit.config.ts. */
export const siteConfigSchema = z.strictObject({
	/** The manual's name, in the title bar and the installed app. */
	name: z.string().min(2).max(60),
	/** At most 12 characters: the installed app's label. */
	shortName: z.string().min(2).max(12),
	/** Printed at the top of every worksheet. */
	practiceName: z.string().min(2).max(80),
	/** A file in public/, e.g. "/logo.svg" (the base path is added for you). */
	logo: z.string().regex(/^\/[\w./-]+\.(svg|png|webp)$/, { error: (issue) => `expected a path in public/ such as "/logo.svg", found ${JSON.stringify(issue.input)}` }),
	accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: (issue) => `expected a colour as #rrggbb, found ${JSON.stringify(issue.input)}` }),
	paperSize: z.enum(['A4', 'Letter']),
	/** Shown in the footer and status bar, e.g. "2026.1". */
	edition: z.string().min(1).max(40),
	contact: z
		.strictObject({
			email: z.email().optional(),
			url: z.url({ protocol: /^https?$/ }).optional(),
			phone: z.string().optional(),
		})
		.refine((c) => c.email || c.url || c.phone, { error: 'expected at least one of email, url or phone, found none' }),
	/** Where the manual is hosted: "/" at the root, "/manual/" under a sub-path. */
	base: z.string().regex(/^\/([\w-]+\/)*$/, { error: (issue) => `expected a path starting and ending with "/", such as "/" or "/manual/", found ${JSON.stringify(issue.input)}` }),
	/** The full address it is served from, if known (used for canonical links). */
	site: z.url({ protocol: /^https?$/ }).optional(),
	/** Months after which a protocol's review date is shown as overdue. */
	reviewIntervalMonths: z.number().int().min(1).max(60),
	/** The practice's IANA time zone, e.g. "Europe/London": the course planner books sessions in it. */
	timeZone: z.string().refine(isKnownTimeZone, { error: (issue) => `expected an IANA time zone such as "Europe/London" or "America/New_York", found ${JSON.stringify(issue.input)}` }),
	/** BCP 47 language tag of the content. */
	lang: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type SiteConfigInput = z.input<typeof siteConfigSchema>;
