import { TWO_WEEK_FREQUENCY, type Instrument } from './instrument.ts';

/** Generalized Anxiety Disorder-7: anxiety severity over the last two weeks (Spitzer 2006). */
export const gad7 = {
	id: 'gad-7',
	title: 'GAD-7',
	items: ['Nervousness', 'Worry that cannot be stopped', 'Worrying about many things', 'Trouble relaxing', 'Restlessness', 'Irritability', 'A sense of dread'],
	...TWO_WEEK_FREQUENCY,
	bands: [
		{ min: 0, max: 4, label: 'Minimal' },
		{ min: 5, max: 9, label: 'Mild' },
		{ min: 10, max: 14, label: 'Moderate' },
		{ min: 15, max: 21, label: 'Severe' },
	],
	references: ['spitzer-2006'],
} as const satisfies Instrument;
