import { clearAllAnswers, savedWorksheetIds } from '../store/answers';
import { registerCommands } from './commands';
import { clearAllAnswersCommand } from './commands/answers';

/** Answers are kept per device, whichever page is open: clearing them all is offered on every page. */
export function registerSavedAnswersCommands(): void {
	registerCommands([
		clearAllAnswersCommand(async () => {
			const count = (await savedWorksheetIds()).length;
			if (!count) {
				window.alert('No worksheet answers are saved on this device.');
				return;
			}
			if (window.confirm(`Clear the saved answers of ${count} worksheet${count === 1 ? '' : 's'} from this device? This cannot be undone.`)) await clearAllAnswers();
		}),
	]);
}
