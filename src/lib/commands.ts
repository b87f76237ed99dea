import { phases, phaseTitles } from '../schemas/common.ts';
import { tools } from '../tools/index.ts';
import { sideBarViews, themes, themeTitles, type SideBarView, type ThemeChoice } from './layout-state.ts';

/** What a command does, as data: the palette hands it to the page's scripts, which carry it out. */
export type CommandAction =
	| { type: 'navigate'; path: string }
	| { type: 'theme'; theme: ThemeChoice }
	| { type: 'session-view' }
	| { type: 'toggle-sidebar' }
	| { type: 'show-view'; view: SideBarView }
	| { type: 'print' }
	| { type: 'worksheet'; op: 'print-blank' | 'print-filled' | 'clear' }
	| { type: 'clear-all-answers' };

export interface Command {
	id: string;
	label: string;
	/** Shown beside the command, as VS Code shows a keybinding. */
	keys?: string;
	action: CommandAction;
	/** Offered only on a worksheet's page. */
	worksheetOnly?: boolean;
}

const viewTitles: Record<SideBarView, string> = { explorer: 'Explorer', search: 'Search', worksheets: 'Worksheets', tools: 'Tools', references: 'References' };

/** The one registry of commands. `mod` is "Ctrl" or "⌘", for the keys shown. */
export function commandRegistry(mod: string): Command[] {
	return [
		...phases.map((phase): Command => ({ id: `go.${phase}`, label: `Go to Phase: ${phaseTitles[phase]}`, action: { type: 'navigate', path: `/protocols/${phase}/` } })),
		{ id: 'go.worksheets', label: 'Open: Worksheets', action: { type: 'navigate', path: '/worksheets/' } },
		...tools.map((tool): Command => ({ id: `tool.${tool.id}`, label: `Open Tool: ${tool.title}`, action: { type: 'navigate', path: tool.route } })),
		{ id: 'go.references', label: 'Open: References', action: { type: 'navigate', path: '/references/' } },
		{ id: 'go.home', label: 'Open: Start Page', action: { type: 'navigate', path: '/' } },
		{ id: 'view.session', label: 'View: Toggle Session View', keys: 'Esc Esc to leave', action: { type: 'session-view' } },
		{ id: 'view.sidebar', label: 'View: Toggle Side Bar', keys: `${mod}+B`, action: { type: 'toggle-sidebar' } },
		...sideBarViews.map((view): Command => ({ id: `view.${view}`, label: `View: Show ${viewTitles[view]}`, action: { type: 'show-view', view } })),
		...themes.map((theme): Command => ({ id: `theme.${theme}`, label: `Preferences: Colour Theme: ${themeTitles[theme]}`, action: { type: 'theme', theme } })),
		{ id: 'file.print', label: 'File: Print This Page', keys: `${mod}+P (the browser's)`, action: { type: 'print' } },
		{ id: 'worksheet.print-blank', label: 'Worksheet: Print Blank', action: { type: 'worksheet', op: 'print-blank' }, worksheetOnly: true },
		{ id: 'worksheet.print-filled', label: 'Worksheet: Print Filled', action: { type: 'worksheet', op: 'print-filled' }, worksheetOnly: true },
		{ id: 'worksheet.clear', label: 'Worksheet: Clear Answers', action: { type: 'worksheet', op: 'clear' }, worksheetOnly: true },
		{ id: 'answers.clear-all', label: 'Worksheets: Clear All Saved Answers', action: { type: 'clear-all-answers' } },
	];
}
