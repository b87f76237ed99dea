import type { Command } from '../../lib/commands';
import { withBase } from '../../lib/format';
import type { SideBarLists } from '../../lib/nav';
import { phases, phaseTitles, type Phase } from '../../schemas/phases';

declare module '../../lib/commands' {
	interface CommandIds {
		navigation: `go.${Phase}` | 'go.worksheets' | 'go.references' | 'go.home';
		tools: `tool.${string}`;
		file: 'file.print';
	}
}

const go = (base: string, path: string) => () => location.assign(withBase(base, path));

/** Registered by the explorer: the manual's places, with the site's base. */
export const navigationCommands = (base: string): Command[] => [
	...phases.map((phase): Command => ({ id: `go.${phase}`, title: `Go to Phase: ${phaseTitles[phase]}`, run: go(base, `/protocols/${phase}/`) })),
	{ id: 'go.worksheets', title: 'Open: Worksheets', run: go(base, '/worksheets/') },
	{ id: 'go.references', title: 'Open: References', run: go(base, '/references/') },
	{ id: 'go.home', title: 'Open: Start Page', run: go(base, '/') },
];

/** Registered when the side bar's lists arrive (side-bar-lists.ts), one "Open Tool" command per tool they list. */
export const toolCommands = (tools: readonly Pick<SideBarLists['tools'][number], 'id' | 'title' | 'href'>[]): Command[] =>
	tools.map((tool) => ({ id: `tool.${tool.id}`, title: `Open Tool: ${tool.title}`, run: () => location.assign(tool.href) }));

/** Registered by the editor. The keys are the browser's: kapkit never takes Ctrl/Cmd+P. */
export const printCommand: Command = { id: 'file.print', title: 'File: Print This Page', keys: [{ key: 'p', mod: true, browser: true }], run: () => window.print() };
