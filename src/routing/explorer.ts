import { getCollection } from 'astro:content';
import { buildExplorer, type NavNode } from '../lib/nav';

const loadExplorer = async (): Promise<NavNode[]> =>
	buildExplorer({
		protocols: await getCollection('protocols'),
		worksheets: await getCollection('worksheets'),
		courses: await getCollection('courses'),
	});

let built: Promise<NavNode[]> | undefined;

/**
 * The whole explorer tree, built once per build as Starlight builds its route data: every page
 * needs it (for its breadcrumbs and its own folder), and building it for each page copies every
 * entry of every collection, so 1,000 pages cost a million copies. The dev server rebuilds it on
 * every request, so an edited title shows at once.
 */
export function explorerTree(): Promise<NavNode[]> {
	if (import.meta.env.DEV) return loadExplorer();
	built ??= loadExplorer();
	return built;
}
