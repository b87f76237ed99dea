import { STORAGE } from '../lib/layout-state';
import { local } from './web-storage';

type Listener = () => void;
const clearedListeners = new Set<Listener>();

/** How many worksheets have answers saved on this device. */
export const savedWorksheetCount = (): number => local.keys().filter((key) => key.startsWith(STORAGE.answers)).length;

/** Removes every worksheet's saved answers from this device, and tells the forms on the page. */
export function clearAllAnswers(): void {
	for (const key of local.keys()) if (key.startsWith(STORAGE.answers)) local.remove(key);
	for (const listener of clearedListeners) listener();
}

/** Runs `listener` after every answer on the device was cleared; returns what stops it. */
export function onAllAnswersCleared(listener: Listener): () => void {
	clearedListeners.add(listener);
	return () => {
		clearedListeners.delete(listener);
	};
}
