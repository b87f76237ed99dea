import { registerCommands } from './commands';
import { clearAllAnswersCommand } from './commands/answers';

/**
 * Answers are kept per device, whichever page is open: clearing them all is offered on every page.
 * The store (and the schemas it checks answers with) loads only when the command runs, so a
 * protocol page carries none of it.
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
			if (window.confirm(`Clear the saved answers of ${count} worksheet${count === 1 ? '' : 's'} from this device? This cannot be undone.`)) await clearAllAnswers();
		}),
	]);
}
