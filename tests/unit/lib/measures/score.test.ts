import { describe, expect, it } from 'vitest';
import { gad7 } from '../../../../src/lib/measures/gad7.ts';
import { instruments, maxTotal } from '../../../../src/lib/measures/index.ts';
import { pcl5 } from '../../../../src/lib/measures/pcl5.ts';
import { phq9 } from '../../../../src/lib/measures/phq9.ts';
import { bandOf, changeFromBaseline, checkAnswers, pcl5Clusters, score } from '../../../../src/lib/measures/score.ts';

/** Answers adding up to `total`, filled from the first item (each item at most `max`). */
const answersFor = (items: number, max: number, total: number) => Array.from({ length: items }, (_, index) => Math.max(0, Math.min(max, total - index * max)));

describe('instrument definitions', () => {
	it('have the published item counts and ranges', () => {
		expect([phq9.items.length, maxTotal(phq9)]).toEqual([9, 27]);
		expect([gad7.items.length, maxTotal(gad7)]).toEqual([7, 21]);
		expect([pcl5.items.length, maxTotal(pcl5)]).toEqual([20, 80]);
	});

	it('have bands that cover every total exactly once, or none', () => {
		for (const instrument of instruments) {
			if (!instrument.bands.length) continue;
			for (let total = 0; total <= maxTotal(instrument); total++) {
				expect(instrument.bands.filter((band) => band.min <= total && total <= band.max), `${instrument.id} ${total}`).toHaveLength(1);
			}
		}
		expect(pcl5.bands).toHaveLength(0);
	});
});

describe('PHQ-9 and GAD-7 band boundaries', () => {
	it.each([
		[4, 'Minimal'], [5, 'Mild'], [9, 'Mild'], [10, 'Moderate'], [14, 'Moderate'], [15, 'Moderately severe'], [19, 'Moderately severe'], [20, 'Severe'], [27, 'Severe'],
	])('PHQ-9 total %i is %s', (total, label) => {
		const result = score(phq9, answersFor(9, 3, total));
		expect(result).toMatchObject({ complete: true, total, band: { label } });
	});

	it.each([
		[4, 'Minimal'], [5, 'Mild'], [9, 'Mild'], [10, 'Moderate'], [14, 'Moderate'], [15, 'Severe'], [21, 'Severe'],
	])('GAD-7 total %i is %s', (total, label) => {
		expect(bandOf(gad7, total)?.label).toBe(label);
		expect(score(gad7, answersFor(7, 3, total))).toMatchObject({ complete: true, total });
	});
});

describe('answers', () => {
	it('refuses a score outside its item range, naming the item', () => {
		expect(checkAnswers(phq9, [0, 1, 2, 3, 4, 0, 0, 0, 0])).toEqual(['Item 5: expected a whole number from 0 to 3, found 4.']);
		expect(checkAnswers(pcl5, Array(20).fill(4))).toEqual([]);
		expect(checkAnswers(gad7, [0, 0, 0])).toHaveLength(1);
		expect(checkAnswers(gad7, [0, 1.5, 0, 0, 0, 0, 0])[0]).toMatch(/^Item 2:/);
	});

	it('gives no total while any item is missing (no prorating rule is used), but still reads the safety item', () => {
		const result = score(phq9, [1, 1, null, 1, 1, 1, 1, 1, 1]);
		expect(result).toEqual({ complete: false, missing: [3], safety: true });
	});

	it('flags PHQ-9 item 9 above 0 whatever the total, and never GAD-7', () => {
		expect(score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 1]).safety).toBe(true);
		expect(score(phq9, [3, 3, 3, 3, 3, 3, 3, 3, 0]).safety).toBe(false);
		expect(score(gad7, [3, 3, 3, 3, 3, 3, 3]).safety).toBe(false);
	});
});

describe('PCL-5 cluster rule (items rated 2 or more)', () => {
	// Exactly what the rule needs: one B, one C, two D, two E.
	const meets = () => {
		const answers = Array<number>(20).fill(1);
		for (const item of [1, 6, 8, 9, 15, 16]) answers[item - 1] = 2;
		return answers;
	};

	it('is met with the minimum in every cluster', () => {
		expect(pcl5Clusters(meets())?.met).toBe(true);
	});

	it.each([
		['B', 1], ['C', 6], ['D', 9], ['E', 16],
	])('fails by one item in cluster %s', (cluster, item) => {
		const answers = meets();
		answers[item - 1] = 1;
		const result = pcl5Clusters(answers)!;
		expect(result.met).toBe(false);
		expect(result.clusters.find((entry) => entry.cluster === cluster)?.met).toBe(false);
	});

	it('needs every item', () => {
		const answers: (number | null)[] = meets();
		answers[19] = null;
		expect(pcl5Clusters(answers)).toBeNull();
	});
});

describe('change from baseline', () => {
	it('calls a reduction of exactly half a response, and one point less not', () => {
		expect(changeFromBaseline(phq9, 20, 10)).toMatchObject({ change: -10, percent: -50, response: true });
		expect(changeFromBaseline(phq9, 20, 11).response).toBe(false);
		expect(changeFromBaseline(phq9, 15, 7).response).toBe(true);
	});

	it('gives PHQ-9 remission below 5, and no remission rule for GAD-7 or PCL-5', () => {
		expect(changeFromBaseline(phq9, 20, 4).remission).toBe(true);
		expect(changeFromBaseline(phq9, 20, 5).remission).toBe(false);
		expect(changeFromBaseline(gad7, 20, 2).remission).toBeNull();
		expect(changeFromBaseline(pcl5, 50, 10).remission).toBeNull();
	});

	it('has no percentage from a baseline of 0', () => {
		expect(changeFromBaseline(phq9, 0, 3)).toMatchObject({ change: 3, percent: null, response: false });
	});
});

describe('sources', () => {
	it('cites only keys of protocols/references.yaml', async () => {
		const { readFileSync } = await import('node:fs');
		const { parse } = await import('yaml');
		const { RESPONSE_RULE } = await import('../../../../src/lib/measures/score.ts');
		const keys = new Set((parse(readFileSync(new URL('../../../../protocols/references.yaml', import.meta.url), 'utf8')) as { id: string }[]).map((entry) => entry.id));
		const cited = [...RESPONSE_RULE.references, ...instruments.flatMap((instrument) => [...instrument.references, ...('remission' in instrument ? instrument.remission.references : [])])];
		expect(cited.filter((key) => !keys.has(key))).toEqual([]);
	});
});
