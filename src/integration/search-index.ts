import * as pagefind from 'pagefind';

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
		const adding = index.addDirectory({ path: dir });
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
