import type { DosingSession } from '../../schemas/dose.ts';
import type { RulePhase, ThresholdRule } from '../../schemas/threshold-rule.ts';
import { minutesAfter } from './clock.ts';
import type { Reading } from './readings.ts';

type Threshold = DosingSession['thresholds'][number];

/** A reading that crosses a threshold: what the protocol says to consider. It informs; the clinician decides. */
export interface Crossing {
	reading: Reading;
	measure: string;
	when: string;
	action: Threshold['action'];
	verified: boolean;
	note?: string | undefined;
	references: string[];
	/** Which figure was crossed, e.g. "systolic 185 above 140". */
	crossed: string[];
}

/** The phases a reading belongs to: before the dose, during the session, and at discharge once the observation time has run out. */
export function phasesOf(session: Pick<DosingSession, 'administrationMinutes' | 'observationMinutes'>, startedAt: string, reading: Reading): RulePhase[] {
	const minute = minutesAfter(startedAt, reading.takenAt);
	if (minute < 0) return ['before-dosing'];
	return minute >= session.administrationMinutes + session.observationMinutes ? ['during-session', 'at-discharge'] : ['during-session'];
}

function side(label: string, value: number, bounds: { above?: number | undefined; below?: number | undefined } | undefined): string[] {
	if (!bounds) return [];
	const crossed: string[] = [];
	if (bounds.above !== undefined && value > bounds.above) crossed.push(`${label}${value} above ${bounds.above}`);
	if (bounds.below !== undefined && value < bounds.below) crossed.push(`${label}${value} below ${bounds.below}`);
	return crossed;
}

/** The figures of `rule` that `reading` crosses (none when the rule is for another check or scale). */
export function crossedFigures(rule: ThresholdRule, reading: Reading): string[] {
	if (rule.check !== reading.check) return [];
	if (rule.check === 'blood-pressure' && reading.check === 'blood-pressure') return [...side('systolic ', reading.systolic, rule.systolic), ...side('diastolic ', reading.diastolic, rule.diastolic)];
	if ((rule.check === 'sedation' || rule.check === 'dissociation') && (reading.check === 'sedation' || reading.check === 'dissociation')) {
		return rule.scale.name === reading.scale ? side(`${rule.scale.name} `, reading.score, rule) : [];
	}
	if ('value' in reading && !('scale' in rule) && rule.check !== 'blood-pressure') return side('', reading.value, rule);
	return [];
}

/** Every typed threshold of the session that the reading crosses, in the protocol's order. */
export function evaluateReading(session: DosingSession, startedAt: string, reading: Reading): Crossing[] {
	const phases = phasesOf(session, startedAt, reading);
	return session.thresholds.flatMap((threshold): Crossing[] => {
		const rule = threshold.rule;
		if (!rule || !phases.includes(rule.phase)) return [];
		const crossed = crossedFigures(rule, reading);
		if (crossed.length === 0) return [];
		return [{ reading, measure: threshold.measure, when: threshold.when, action: threshold.action, verified: threshold.verified, note: threshold.note, references: threshold.references, crossed }];
	});
}

/** Thresholds the live view cannot check, so it shows them as words beside the form. */
export const untypedThresholds = (session: DosingSession): Threshold[] => session.thresholds.filter((threshold) => !threshold.rule);
