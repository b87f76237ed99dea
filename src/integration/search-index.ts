import * as pagefind from 'pagefind';

/**
 * Writes Pagefind's index of the built site into its pagefind/ folder. Pagefind runs as a
 * separate process; it is closed whether or not indexing succeeded, so a failed build never
 * leaves it running.
 */
export async function writeSearchIndex(dir: string): Promise<{ pages: number }> {
	try {
		const { index, errors } = await pagefind.createIndex({});
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: dir });
		if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
		if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		return { pages: added.page_count };
	} finally {
		await pagefind.close();
	}
}
