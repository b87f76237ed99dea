import { TWO_WEEK_FREQUENCY, type Instrument } from './instrument.ts';

/** Patient Health Questionnaire-9: depression severity over the last two weeks (Kroenke 2001). */
export const phq9 = {
	id: 'phq-9',
	title: 'PHQ-9',
	items: [
		'Little interest or pleasure',
		'Low mood or hopelessness',
		'Sleep problems',
		'Tiredness or low energy',
		'Appetite change',
		'Feeling bad about oneself',
		'Trouble concentrating',
		'Slowed down, or restless',
		'Thoughts of death or self-harm',
	],
	...TWO_WEEK_FREQUENCY,
	bands: [
		{ min: 0, max: 4, label: 'Minimal' },
		{ min: 5, max: 9, label: 'Mild' },
		{ min: 10, max: 14, label: 'Moderate' },
		{ min: 15, max: 19, label: 'Moderately severe' },
		{ min: 20, max: 27, label: 'Severe' },
	],
	// Kroenke's minimal band ends at 4; remission as a total below 5 is the trial convention (Castro 2023).
	remission: { below: 5, references: ['castro-2023'] },
	safetyItem: 9,
	references: ['kroenke-2001'],
} as const satisfies Instrument;
