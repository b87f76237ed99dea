import type { Command } from '../../lib/commands';

declare module '../../lib/commands' {
	interface CommandIds {
		worksheet: 'worksheet.print-blank' | 'worksheet.print-filled' | 'worksheet.clear';
		answers: 'answers.clear-all';
	}
}

/** Registered by a worksheet's form while it is on the page. */
export const worksheetCommands = (form: { print: (mode: 'blank' | 'filled') => void; clear: () => void }): Command[] => [
	{ id: 'worksheet.print-blank', title: 'Worksheet: Print Blank', run: () => form.print('blank') },
	{ id: 'worksheet.print-filled', title: 'Worksheet: Print Filled', run: () => form.print('filled') },
	{ id: 'worksheet.clear', title: 'Worksheet: Clear Answers', run: form.clear },
];

/** Registered on every page: answers are kept per device, whichever page is open. */
export const clearAllAnswersCommand = (clearAll: () => Promise<void>): Command => ({ id: 'answers.clear-all', title: 'Worksheets: Clear All Saved Answers', run: () => void clearAll() });
