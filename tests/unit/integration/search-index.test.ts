import { beforeEach, describe, expect, it, vi } from 'vitest';

const pagefind = vi.hoisted(() => ({ createIndex: vi.fn(), close: vi.fn(async () => {}) }));
vi.mock('pagefind', () => pagefind);

const { writeSearchIndex } = await import('../../../src/integration/search-index.ts');

const index = (writeErrors: string[]) => ({
	addDirectory: vi.fn(async () => ({ errors: [], page_count: 3 })),
	writeFiles: vi.fn(async () => ({ errors: writeErrors })),
});

describe('writeSearchIndex', () => {
	beforeEach(() => {
		pagefind.createIndex.mockReset();
		pagefind.close.mockClear();
	});

	it('indexes the folder, writes into its pagefind/ folder and closes Pagefind', async () => {
		const ok = index([]);
		pagefind.createIndex.mockResolvedValue({ index: ok, errors: [] });
		await expect(writeSearchIndex('/site')).resolves.toEqual({ pages: 3 });
		expect(ok.addDirectory).toHaveBeenCalledWith({ path: '/site' });
		expect(ok.writeFiles).toHaveBeenCalledWith({ outputPath: '/site/pagefind' });
		expect(pagefind.close).toHaveBeenCalledOnce();
	});

	it('closes Pagefind when a step fails, and says which step', async () => {
		pagefind.createIndex.mockResolvedValue({ index: index(['disk full']), errors: [] });
		await expect(writeSearchIndex('/site')).rejects.toThrow('Pagefind could not write its index: disk full');
		expect(pagefind.close).toHaveBeenCalledOnce();

		pagefind.createIndex.mockResolvedValue({ index: undefined, errors: ['no binary'] });
		await expect(writeSearchIndex('/site')).rejects.toThrow('Pagefind could not start: no binary');
		expect(pagefind.close).toHaveBeenCalledTimes(2);
	});
});
