import type { Instrument } from './instrument.ts';

/** PTSD Checklist for DSM-5: PTSD symptoms over the last month (Weathers 2013). No severity bands are validated. */
export const pcl5 = {
	id: 'pcl-5',
	title: 'PCL-5',
	items: [
		'Intrusive memories',
		'Distressing dreams',
		'Reliving it (flashbacks)',
		'Upset at reminders',
		'Physical reactions to reminders',
		'Avoiding memories, thoughts or feelings',
		'Avoiding outside reminders',
		'Trouble remembering parts of it',
		'Strong negative beliefs',
		'Blaming oneself or others',
		'Strong negative feelings',
		'Loss of interest in activities',
		'Feeling distant from others',
		'Trouble feeling positive emotions',
		'Irritability or angry outbursts',
		'Risky or self-destructive behaviour',
		'Being on guard',
		'Startling easily',
		'Trouble concentrating',
		'Sleep problems',
	],
	itemRange: { min: 0, max: 4 },
	scale: ['Not at all', 'A little bit', 'Moderately', 'Quite a bit', 'Extremely'],
	bands: [],
	references: ['weathers-2013'],
} as const satisfies Instrument;

/** The provisional cut-point range for probable PTSD (31–33), as the National Center for PTSD gives it. */
export const PCL5_CUT_POINT = { min: 31, max: 33 } as const;

/** DSM-5 symptom clusters by item number, and how many items rated 2 or more each needs. */
export const PCL5_CLUSTERS = [
	{ cluster: 'B', label: 'Intrusion', items: [1, 2, 3, 4, 5], needed: 1 },
	{ cluster: 'C', label: 'Avoidance', items: [6, 7], needed: 1 },
	{ cluster: 'D', label: 'Negative changes in thinking and mood', items: [8, 9, 10, 11, 12, 13, 14], needed: 2 },
	{ cluster: 'E', label: 'Changes in arousal and reactivity', items: [15, 16, 17, 18, 19, 20], needed: 2 },
] as const;
