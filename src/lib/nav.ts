import { phases, phaseTitles, type Phase } from '../schemas/common.ts';
import { contentLocations, phaseFolder, type ContentPage } from './content-locations.ts';

interface Ordered {
	id: string;
	data: { phase: Phase; order?: number; title: string };
}

/** Entries grouped by phase in care order, each group sorted by `order`, then title. */
export function groupByPhase<T extends Ordered>(entries: readonly T[]): { phase: Phase; entries: T[] }[] {
	return phases.map((phase) => ({
		phase,
		entries: entries
			.filter((entry) => entry.data.phase === phase)
			.sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0) || a.data.title.localeCompare(b.data.title)),
	}));
}

const { protocols: protocolLocation, worksheets: worksheetLocation, courses: courseLocation, glossary: glossaryLocation, references: referenceLocation } = contentLocations;

/** The route (below the base) of an entry's page, e.g. protocolPath("dosing/iv-racemic-infusion") is "/protocols/dosing/iv-racemic-infusion/". */
export const protocolPath = protocolLocation.route;
export const worksheetPath = worksheetLocation.route;
export const coursePath = courseLocation.route;

/** A node of the explorer tree: a folder (with children, or not yet loaded) or a document. */
export interface NavNode {
	/** Its path in the repository, without extension: "protocols/dosing/iv-racemic-infusion". */
	id: string;
	label: string;
	/** Below the base, e.g. "/protocols/dosing/". */
	href: string;
	folder: boolean;
	/** A folder's children; absent when the page leaves them to explorer.json. */
	children?: NavNode[];
	/** How many of a folder's children the page left out (they are on the folder's own page). */
	omitted?: number;
}

/** The most documents of one folder a page lists around the current one. */
export const EXPLORER_WINDOW = 12;

export interface ExplorerInput {
	protocols: readonly Ordered[];
	worksheets: readonly Ordered[];
	courses: readonly { id: string; data: { title: string } }[];
}

/** The whole explorer tree, mirroring the content folders. */
export function buildExplorer({ protocols, worksheets, courses }: ExplorerInput): NavNode[] {
	const doc = (id: string, label: string, href: string): NavNode => ({ id, label, href, folder: false });
	const folder = ({ explorerId, route }: ContentPage, label: string, children: NavNode[]): NavNode => ({ id: explorerId, label, href: route, folder: true, children });
	const phaseFolders = groupByPhase(protocols).map(({ phase, entries }) =>
		folder(phaseFolder(phase), phaseTitles[phase], entries.map((entry) => doc(protocolLocation.explorerId(entry.id), entry.data.title, protocolPath(entry.id)))),
	);
	const courseFolder = folder(
		courseLocation.index,
		'Course templates',
		[...courses].sort((a, b) => a.data.title.localeCompare(b.data.title)).map((course) => doc(courseLocation.explorerId(course.id), course.data.title, coursePath(course.id))),
	);
	const page = ({ explorerId, route }: ContentPage, label: string) => doc(explorerId, label, route);
	return [
		folder(protocolLocation.index, 'Protocols', [...phaseFolders, courseFolder, page(glossaryLocation.index, 'Glossary'), page(referenceLocation.index, 'References')]),
		folder(
			worksheetLocation.index,
			'Worksheets',
			groupByPhase(worksheets).flatMap(({ entries }) => entries.map((entry) => doc(worksheetLocation.explorerId(entry.id), entry.data.title, worksheetPath(entry.id)))),
		),
	];
}

/** The nodes from the root down to the node with `id` (empty when there is none). */
export function pathTo(tree: readonly NavNode[], id: string): NavNode[] {
	for (const node of tree) {
		if (node.id === id) return [node];
		const below = node.children ? pathTo(node.children, id) : [];
		if (below.length) return [node, ...below];
	}
	return [];
}

/**
 * The tree a page carries in its HTML: the folders on the way to the current node with their
 * children, and the top-level folders' sub-folders; documents elsewhere come from explorer.json.
 * This keeps a page's size independent of the size of the manual.
 */
export function pruneForPage(tree: readonly NavNode[], currentId: string | undefined): NavNode[] {
	const open = new Set(currentId ? pathTo(tree, currentId).map((node) => node.id) : []);
	const prune = (nodes: readonly NavNode[], top: boolean): NavNode[] =>
		nodes.map((node) => {
			if (!node.folder || !node.children) return node;
			if (open.has(node.id) || (top && node.children.some((child) => child.folder))) {
				const children = windowAround(node.children, currentId);
				return { ...node, children: prune(children, false), ...(children.length < node.children.length ? { omitted: node.children.length - children.length } : {}) };
			}
			const { children: _children, ...folder } = node;
			return folder;
		});
	return prune(tree, true);
}

/** Folders are always kept; of the documents, at most EXPLORER_WINDOW around the current one. */
function windowAround(children: readonly NavNode[], currentId: string | undefined): NavNode[] {
	const documents = children.filter((child) => !child.folder);
	if (documents.length <= EXPLORER_WINDOW) return [...children];
	const at = Math.max(0, documents.findIndex((child) => child.id === currentId));
	const start = Math.min(Math.max(0, at - Math.floor(EXPLORER_WINDOW / 2)), documents.length - EXPLORER_WINDOW);
	const kept = new Set(documents.slice(start, start + EXPLORER_WINDOW));
	return children.filter((child) => child.folder || kept.has(child));
}

/**
 * The side bar's Worksheets and Tools views (side-bar.json): lists of the whole manual, the same on
 * every page, so they are loaded when the reader first opens one of those views, or the palette,
 * rather than carried by every page. Each tool is also an "Open Tool" command.
 */
export interface SideBarLists {
	worksheets: { phase: string; items: { title: string; href: string; minutes: number }[] }[];
	tools: { id: string; title: string; href: string; summary: string }[];
}

export function sideBarLists(
	worksheets: readonly (Ordered & { data: { minutes: number } })[],
	tools: readonly { id: string; title: string; route: string; summary: string }[],
	base: string,
): SideBarLists {
	const href = (route: string) => `${base.replace(/\/$/, '')}${route}`;
	return {
		worksheets: groupByPhase(worksheets)
			.filter((group) => group.entries.length > 0)
			.map((group) => ({ phase: phaseTitles[group.phase], items: group.entries.map((entry) => ({ title: entry.data.title, href: href(worksheetPath(entry.id)), minutes: entry.data.minutes })) })),
		tools: tools.map((tool) => ({ id: tool.id, title: tool.title, href: href(tool.route), summary: tool.summary })),
	};
}
