/**
 * Where the manual's safety protocol for a positive PHQ-9 item 9 lives, and what it says to do.
 * The tracker shows this; it never decides. The protocol page must exist in the manual: the
 * tracker page fails the build naming it when it does not.
 */
export const SAFETY_PROTOCOL = {
	/** Protocol entry id (its path below protocols/, without .mdx). */
	protocol: 'maintenance/measurement-based-follow-up',
	/** The heading that holds the item-9 rule. */
	anchor: 'phq-9',
	action: 'In this manual, any answer above 0 on item 9 starts the practice’s safety protocol the same day, whatever the total. That is a rule of this manual, not part of the PHQ-9’s scoring.',
} as const;

/** Why an answer of 0 is not reassurance on its own, with the source that shows it. */
export const ZERO_IS_NOT_CLEARANCE = {
	text: 'An answer of 0 on item 9 does not rule out risk: in a study of about 447,000 PHQ-9s in the US Veterans Health Administration, 71.6% of the suicides that followed were among patients whose most recent item 9 was "not at all".',
	references: ['louzon-2016'],
} as const;
