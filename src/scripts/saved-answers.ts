import { registerCommands } from './commands';
import { clearAllAnswersCommand } from './commands/answers';

/**
 * Answers are kept per device, whichever page is open: clearing them all is offered on every page.
 * What it does (clear-all-answers.ts, with the answers store) loads only when the command runs;
 * open forms empty themselves on the change.
 */
export function registerSavedAnswersCommands(): void {
	registerCommands([clearAllAnswersCommand(() => import('./clear-all-answers').then(({ clearAllSavedAnswers }) => clearAllSavedAnswers()))]);
}
