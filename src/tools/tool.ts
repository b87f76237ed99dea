import type { IconName } from '../components/workbench/icons.ts';

/**
 * A tool of the manual: one registration gives it its place in the Tools page, the side bar's
 * Tools view and the palette ("Open Tool: <title>"). Its page lives at `route`; anything
 * interactive is that page's island, which registers its own further commands when it runs.
 */
export interface Tool {
	id: string;
	/** Title case, as the palette shows it: "Course Templates". */
	title: string;
	icon: IconName;
	/** Below the base: "/courses/". */
	route: string;
	/** One sentence for the Tools page and the side bar. */
	summary: string;
}

/** Declares a tool, keeping its literal id so that tool ids are a checked union. */
export const defineTool = <const T extends Tool>(tool: T): T => tool;
