import { plausibleRanges, type ScoreScale } from '../../schemas/threshold-rule.ts';
import type { DosingSession } from '../../schemas/dose.ts';

/** One reading at the bedside. `takenAt` is an ISO 8601 instant; a reading before the dose is the baseline. */
export type Reading =
	| { check: 'blood-pressure'; takenAt: string; systolic: number; diastolic: number }
	| { check: 'heart-rate' | 'oxygen-saturation' | 'respiratory-rate'; takenAt: string; value: number }
	| { check: 'sedation' | 'dissociation'; takenAt: string; scale: string; score: number };

export type ReadingCheck = Reading['check'];

/** What the clinician typed, before it is checked: numbers may still be text. */
export type ReadingInput =
	| { check: 'blood-pressure'; takenAt: string; systolic: string | number; diastolic: string | number }
	| { check: 'heart-rate' | 'oxygen-saturation' | 'respiratory-rate'; takenAt: string; value: string | number }
	| { check: 'sedation' | 'dissociation'; takenAt: string; scale: string; score: string | number };

export type ReadingResult = { ok: true; reading: Reading } | { ok: false; field: string; message: string };

export const checkTitles: Record<ReadingCheck, string> = {
	'blood-pressure': 'Blood pressure',
	'heart-rate': 'Heart rate',
	'oxygen-saturation': 'SpO₂',
	'respiratory-rate': 'Respiratory rate',
	sedation: 'Sedation',
	dissociation: 'Dissociation',
};

/** Dissociation scales the manual describes (items rated 0–4: 23 items for the CADSS, 6 for the CADSS-6). */
export const builtInScales: Record<'sedation' | 'dissociation', ScoreScale[]> = {
	sedation: [],
	dissociation: [
		{ name: 'CADSS', min: 0, max: 92 },
		{ name: 'CADSS-6', min: 0, max: 24 },
	],
};

/** The scales a session accepts for a scored check: the manual's own and any its thresholds name. */
export function scalesFor(session: Pick<DosingSession, 'thresholds'>, check: 'sedation' | 'dissociation'): ScoreScale[] {
	const scales = [...builtInScales[check]];
	for (const threshold of session.thresholds) {
		const rule = threshold.rule;
		if (rule && rule.check === check && !scales.some((scale) => scale.name === rule.scale.name)) scales.push(rule.scale);
	}
	return scales;
}

function toNumber(text: string | number): number | undefined {
	if (typeof text === 'number') return Number.isFinite(text) ? text : undefined;
	const trimmed = text.trim();
	if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return undefined;
	return Number(trimmed);
}

function measured(field: string, label: string, text: string | number, range: { min: number; max: number; unit: string }): { ok: true; value: number } | { ok: false; field: string; message: string } {
	const value = toNumber(text);
	if (value === undefined) return { ok: false, field, message: `${label}: expected a number, found ${JSON.stringify(String(text))}` };
	if (value < range.min || value > range.max) return { ok: false, field, message: `${label}: ${value} ${range.unit} is not a possible reading (expected ${range.min}–${range.max} ${range.unit}); check the number` };
	return { ok: true, value };
}

/** Checks a reading as typed; refuses an impossible value with a message naming the field. */
export function checkReading(input: ReadingInput, scales: (check: 'sedation' | 'dissociation') => ScoreScale[]): ReadingResult {
	if (Number.isNaN(Date.parse(input.takenAt))) return { ok: false, field: 'takenAt', message: `Time taken: expected a date and time, found ${JSON.stringify(input.takenAt)}` };
	const takenAt = new Date(input.takenAt).toISOString();
	switch (input.check) {
		case 'blood-pressure': {
			const systolic = measured('systolic', 'Systolic', input.systolic, plausibleRanges.systolic);
			if (!systolic.ok) return systolic;
			const diastolic = measured('diastolic', 'Diastolic', input.diastolic, plausibleRanges.diastolic);
			if (!diastolic.ok) return diastolic;
			if (diastolic.value >= systolic.value) return { ok: false, field: 'diastolic', message: `Diastolic: ${diastolic.value} is not below the systolic ${systolic.value}; check the order of the two numbers` };
			return { ok: true, reading: { check: 'blood-pressure', takenAt, systolic: systolic.value, diastolic: diastolic.value } };
		}
		case 'heart-rate':
		case 'oxygen-saturation':
		case 'respiratory-rate': {
			const value = measured('value', checkTitles[input.check], input.value, plausibleRanges[input.check]);
			if (!value.ok) return value;
			return { ok: true, reading: { check: input.check, takenAt, value: value.value } };
		}
		case 'sedation':
		case 'dissociation': {
			const known = scales(input.check);
			const scale = known.find((candidate) => candidate.name === input.scale);
			if (!scale) {
				const names = known.map((candidate) => candidate.name).join(', ');
				return { ok: false, field: 'scale', message: `${checkTitles[input.check]}: expected a scale this protocol names${names ? ` (${names})` : ' (it names none: note it in the log instead)'}, found ${JSON.stringify(input.scale)}` };
			}
			const score = measured('score', `${checkTitles[input.check]} (${scale.name})`, input.score, { ...scale, unit: 'points' });
			if (!score.ok) return score;
			return { ok: true, reading: { check: input.check, takenAt, scale: scale.name, score: score.value } };
		}
	}
}
