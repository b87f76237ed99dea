import { ANSWERS_PREFIX, readSaved, type Answers, type SavedAnswers } from '../lib/answers.ts';
import type { Worksheet } from '../schemas/worksheet.ts';
import { local } from './web-storage.ts';

// The worksheet answers kept on this device, and the only way the site reads or writes them.
// Views call these functions and nothing else, so the storage underneath (localStorage today, one
// record per worksheet) can change without them; every call is asynchronous for that reason.
// Writes go field by field onto the latest stored record, never as a whole copy held by a view.

type Sheet = Pick<Worksheet, 'sections' | 'version'>;
type Header = SavedAnswers['header'];

/** Answers and header parts to save; what is not named stays as stored. */
export interface AnswersChange {
	answers?: Answers;
	header?: Partial<Header>;
}

const keyOf = (worksheetId: string) => `${ANSWERS_PREFIX}${worksheetId}`;
const clearedAllListeners = new Set<() => void>();

const latest = (worksheetId: string, sheet: Sheet) => readSaved(local.get(keyOf(worksheetId)), sheet);
const put = (worksheetId: string, saved: SavedAnswers) => local.set(keyOf(worksheetId), JSON.stringify({ ...saved, updated: new Date().toISOString() }));

/** What is saved for a worksheet, fitted to its current version (nothing saved reads as empty). */
export async function readAnswers(worksheetId: string, sheet: Sheet): Promise<SavedAnswers> {
	return latest(worksheetId, sheet);
}

/** Saves the changed answers. False when the device refused to store them (storage full or turned off). */
export async function writeAnswers(worksheetId: string, sheet: Sheet, change: AnswersChange): Promise<boolean> {
	const saved = latest(worksheetId, sheet);
	return put(worksheetId, { ...saved, answers: { ...saved.answers, ...change.answers }, header: { ...saved.header, ...change.header } });
}

/** Replaces everything saved for a worksheet (an imported file). False when the device refused. */
export async function replaceAnswers(worksheetId: string, saved: SavedAnswers): Promise<boolean> {
	return put(worksheetId, saved);
}

/** Removes a worksheet's answers. False when storage could not be changed. */
export async function clearAnswers(worksheetId: string): Promise<boolean> {
	return local.remove(keyOf(worksheetId));
}

/** The ids of the worksheets that have answers saved on this device. */
export async function savedWorksheetIds(): Promise<string[]> {
	return local.keys().flatMap((key) => (key.startsWith(ANSWERS_PREFIX) ? [key.slice(ANSWERS_PREFIX.length)] : []));
}

/** Removes every worksheet's answers and tells the open forms; returns how many worksheets had some. */
export async function clearAllAnswers(): Promise<number> {
	const ids = await savedWorksheetIds();
	const cleared = ids.filter((id) => local.remove(keyOf(id))).length;
	for (const listener of clearedAllListeners) listener();
	return cleared;
}

/** Calls `listener` after every worksheet's answers were cleared; returns the unsubscribe. */
export function onAllAnswersCleared(listener: () => void): () => void {
	clearedAllListeners.add(listener);
	return () => clearedAllListeners.delete(listener);
}
