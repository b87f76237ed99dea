import type { Rolldown } from 'vite';

/**
 * How the bundler groups modules into the files a page fetches. Left to itself it makes a file of
 * every set of modules shared by a different set of pages: a protocol page fetched seven
 * stylesheets and seven scripts, most under 1 KB, and small files compress worse apart than
 * together (2.0 KiB more on the IV page's first load). Grouped, a protocol page fetches one sheet
 * and the workbench's script; other pages add their own sheet.
 *
 * Styles follow their component's module in the server build, so grouping the `.astro` modules
 * groups their styles. (The content components' styles are one sheet, styles/content.css, that the
 * workbench bundles and the binder links on its own: the binder must not get the workbench's
 * full-window layout.)
 */
export const codeSplittingGroups: Rolldown.CodeSplittingGroup[] = [
	{ name: 'workbench', test: /[\\/]src[\\/](layouts[\\/]Workbench|components[\\/]workbench[\\/][^?]*)\.astro$/ },
	// In the browser build: the workbench's parts and what they import to start (not what they load
	// on demand, which `$initial` leaves out), in one script with the layout's own script that starts
	// them, so a page fetches one script rather than an entry that then fetches the parts. The
	// islands and the parts' on-demand code import from it; every page that has them is a workbench
	// page (the binder, the one other layout, has neither), where it has already run.
	{ name: 'workbench-start', tags: ['$initial'], test: /[\\/]src[\\/]((scripts|components[\\/]workbench)[\\/][^?]*\.ts|layouts[\\/]Workbench\.astro\?astro&type=script.*)$/ },
];
