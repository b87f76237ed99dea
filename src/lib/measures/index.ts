import { gad7 } from './gad7.ts';
import { phq9 } from './phq9.ts';
import { pcl5 } from './pcl5.ts';

export type { Band, Instrument } from './instrument.ts';
export { maxTotal } from './instrument.ts';

/** Every instrument the measure tracker offers. Add one here with its own module. */
export const instruments = [phq9, gad7, pcl5] as const;
export type InstrumentId = (typeof instruments)[number]['id'];
export const instrumentById = (id: string) => instruments.find((instrument) => instrument.id === id);
