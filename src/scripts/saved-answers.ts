import { registerCommands } from './commands';
import { clearAllAnswersCommand } from './commands/answers';
import { showStorageNotice } from './storage-status';

/**
 * Answers are kept per device, whichever page is open: clearing them all is offered on every page.
 * The answers module loads only when the command runs; open forms empty themselves on the change.
 */
export function registerSavedAnswersCommands(): void {
	registerCommands([
		clearAllAnswersCommand(async () => {
			const { clearAllAnswers, savedWorksheetIds } = await import('../store/answers');
			const count = (await savedWorksheetIds()).length;
			if (!count) {
				window.alert('No worksheet answers are saved on this device.');
				return;
			}
			if (!window.confirm(`Clear the saved answers of ${count} worksheet${count === 1 ? '' : 's'} from this device? This cannot be undone.`)) return;
			const cleared = await clearAllAnswers();
			showStorageNotice(`Cleared the answers of ${cleared} worksheet${cleared === 1 ? '' : 's'}`);
		}),
	]);
}
