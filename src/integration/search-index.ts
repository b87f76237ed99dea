import { readdirSync } from 'node:fs';
import * as pagefind from 'pagefind';

/** Folders of the built site whose pages are not searched: the binder prints every protocol again. */
const UNSEARCHED_FOLDERS = ['binder'];

/**
 * The glob of the pages Pagefind reads (its own syntax; metacharacters in names escaped): every
 * HTML page but those below the unsearched folders. The binder has no data-pagefind-body, so it was
 * never in the index, but Pagefind parsed all of it (the whole manual twice, 20 MB at 1,000 pages)
 * before finding that out: half of its reading time.
 */
export function searchedPagesGlob(topLevelFolders: readonly string[]): string {
	const escaped = (name: string) => name.replace(/[\\?*$:<>()[\]{},!]/g, '\\$&');
	const folders = topLevelFolders.filter((folder) => !UNSEARCHED_FOLDERS.includes(folder)).map(escaped);
	return folders.length ? `{*.html,{${folders.join(',')}}/**/*.html}` : '*.html';
}

/**
 * Writes Pagefind's index of the built site into its pagefind/ folder. Pagefind runs as a
 * separate process, so `meanwhile` (the link check) runs while it reads and indexes the pages:
 * the two share the machine's cores instead of taking turns. Pagefind is closed whether or not
 * indexing or `meanwhile` succeeded, so a failed build never leaves it running.
 */
export async function writeSearchIndex(dir: string, meanwhile: () => void | Promise<void> = () => undefined): Promise<{ pages: number }> {
	try {
		const { index, errors } = await pagefind.createIndex({});
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const folders = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
		const adding = index.addDirectory({ path: dir, glob: searchedPagesGlob(folders) });
		try {
			await meanwhile();
		} catch (error) {
			await adding.catch(() => undefined);
			throw error;
		}
		const added = await adding;
		if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
		if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		return { pages: added.page_count };
	} finally {
		await pagefind.close();
	}
}
