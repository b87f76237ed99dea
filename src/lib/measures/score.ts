import type { Band, Instrument } from './instrument.ts';
import { PCL5_CLUSTERS } from './pcl5.ts';

/** One administration's item answers, in item order; null where an item was not answered. */
export type ItemAnswers = readonly (number | null)[];

export type Scored =
	| { complete: true; total: number; band: Band | null; safety: boolean }
	/** No published prorating rule is used, so a questionnaire with a missing item gets no total. */
	| { complete: false; missing: number[]; safety: boolean };

/** Problems with the answers as entered, each naming its item: nothing is scored until there are none. */
export function checkAnswers(instrument: Instrument, answers: ItemAnswers): string[] {
	const problems: string[] = [];
	if (answers.length !== instrument.items.length) problems.push(`${instrument.title} has ${instrument.items.length} items; found ${answers.length} answers.`);
	answers.forEach((answer, index) => {
		if (answer === null) return;
		if (!Number.isInteger(answer) || answer < instrument.itemRange.min || answer > instrument.itemRange.max) {
			problems.push(`Item ${index + 1}: expected a whole number from ${instrument.itemRange.min} to ${instrument.itemRange.max}, found ${answer}.`);
		}
	});
	return problems;
}

export const bandOf = (instrument: Instrument, total: number): Band | null => instrument.bands.find((band) => band.min <= total && total <= band.max) ?? null;

/** Total and band, or the missing items; and whether the safety item was answered above 0. */
export function score(instrument: Instrument, answers: ItemAnswers): Scored {
	const safety = instrument.safetyItem !== undefined && (answers[instrument.safetyItem - 1] ?? 0) > 0;
	const missing = answers.flatMap((answer, index) => (answer === null ? [index + 1] : []));
	if (missing.length) return { complete: false, missing, safety };
	const total = answers.reduce<number>((sum, answer) => sum + (answer ?? 0), 0);
	return { complete: true, total, band: bandOf(instrument, total), safety };
}

/** PCL-5's DSM-5 cluster rule: items rated 2 or more count as endorsed. Null while any item is missing. */
export function pcl5Clusters(answers: ItemAnswers): { met: boolean; clusters: { cluster: string; endorsed: number; needed: number; met: boolean }[] } | null {
	if (answers.some((answer) => answer === null)) return null;
	const clusters = PCL5_CLUSTERS.map(({ cluster, items, needed }) => {
		const endorsed = items.filter((item) => (answers[item - 1] ?? 0) >= 2).length;
		return { cluster, endorsed, needed, met: endorsed >= needed };
	});
	return { met: clusters.every((entry) => entry.met), clusters };
}

/** Response: a fall of 50 % or more from baseline, the convention of the IV and esketamine trials. */
export const RESPONSE_RULE = { reductionPercent: 50, references: ['phillips-2019', 'castro-2023'] } as const;

/** Change from baseline: response by RESPONSE_RULE; remission where the instrument has a cited rule. */
export function changeFromBaseline(instrument: Instrument, baseline: number, now: number): { change: number; percent: number | null; response: boolean; remission: boolean | null } {
	const change = now - baseline;
	const percent = baseline > 0 ? (change / baseline) * 100 : null;
	return {
		change,
		percent,
		response: baseline > 0 && now <= baseline * (1 - RESPONSE_RULE.reductionPercent / 100),
		remission: instrument.remission ? now < instrument.remission.below : null,
	};
}
