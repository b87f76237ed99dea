import { clearAllAnswers, savedWorksheetIds } from '../store/answers';
import { showStorageNotice } from './storage-status-entry';

/** Asks first, clears every worksheet's answers on this device, and says how many in the status bar. */
export async function clearAllSavedAnswers(): Promise<void> {
	const count = (await savedWorksheetIds()).length;
	if (!count) {
		window.alert('No worksheet answers are saved on this device.');
		return;
	}
	if (!window.confirm(`Clear the saved answers of ${count} worksheet${count === 1 ? '' : 's'} from this device? This cannot be undone.`)) return;
	const cleared = await clearAllAnswers();
	showStorageNotice(`Cleared the answers of ${cleared} worksheet${cleared === 1 ? '' : 's'}`);
}
