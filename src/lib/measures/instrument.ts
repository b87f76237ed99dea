/**
 * A self-report questionnaire as typed data: its items (described briefly in this manual's own
 * words; official wording only where its licence is verified and cited), the item range, and the
 * published scoring rules with the reference keys that state them.
 */
export interface Instrument {
	id: string;
	title: string;
	/** Short descriptions written for kapkit, in item order: never the instrument's own wording. */
	items: readonly string[];
	itemRange: { min: 0; max: number };
	/** Words for each item score, lowest first (the response scale's meaning, in our words). */
	scale: readonly string[];
	/** Severity bands covering the whole total range, or none where no bands are validated. */
	bands: readonly Band[];
	/** The total at or below which remission is stated, where a cited rule gives one. */
	remission?: { below: number; references: readonly string[] };
	/** An item whose any answer above 0 puts the safety protocol in front of the reader. */
	safetyItem?: number;
	references: readonly string[];
}

export interface Band {
	min: number;
	max: number;
	label: string;
}

/** The highest possible total. */
export const maxTotal = (instrument: Instrument) => instrument.items.length * instrument.itemRange.max;

/** The response scale PHQ-9 and GAD-7 share: how often, over the last two weeks (0–3). */
export const TWO_WEEK_FREQUENCY = { itemRange: { min: 0, max: 3 }, scale: ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'] } as const;
