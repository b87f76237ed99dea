import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const pagefind = vi.hoisted(() => ({ createIndex: vi.fn(), close: vi.fn(async () => {}) }));
vi.mock('pagefind', () => pagefind);

const { searchedPagesGlob, writeSearchIndex } = await import('../../../src/integration/search-index.ts');

// A built site: a home page, a protocol page and the binder.
const site = mkdtempSync(join(tmpdir(), 'kapkit-search-index-'));
for (const folder of ['protocols/dosing/iv', 'binder']) mkdirSync(join(site, folder), { recursive: true });
for (const page of ['index.html', 'protocols/dosing/iv/index.html', 'binder/index.html']) writeFileSync(join(site, page), '<html></html>');
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('searchedPagesGlob', () => {
	it('takes the top-level pages and every folder but the binder, escaping Pagefind glob characters', () => {
		expect(searchedPagesGlob(['protocols', 'binder', 'worksheets'])).toBe('{*.html,{protocols,worksheets}/**/*.html}');
		expect(searchedPagesGlob(['a{b},c'])).toBe('{*.html,{a\\{b\\}\\,c}/**/*.html}');
		expect(searchedPagesGlob(['binder'])).toBe('*.html');
	});
});

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
		await expect(writeSearchIndex(site)).resolves.toEqual({ pages: 3 });
		expect(ok.addDirectory).toHaveBeenCalledWith({ path: site, glob: '{*.html,{protocols}/**/*.html}' });
		expect(ok.writeFiles).toHaveBeenCalledWith({ outputPath: `${site}/pagefind` });
		expect(pagefind.close).toHaveBeenCalledOnce();
	});

	it('closes Pagefind when a step fails, and says which step', async () => {
		pagefind.createIndex.mockResolvedValue({ index: index(['disk full']), errors: [] });
		await expect(writeSearchIndex(site)).rejects.toThrow('Pagefind could not write its index: disk full');
		expect(pagefind.close).toHaveBeenCalledOnce();

		pagefind.createIndex.mockResolvedValue({ index: undefined, errors: ['no binary'] });
		await expect(writeSearchIndex(site)).rejects.toThrow('Pagefind could not start: no binary');
		expect(pagefind.close).toHaveBeenCalledTimes(2);
	});

	it('runs `meanwhile` once Pagefind is indexing, and still writes the index after it', async () => {
		const ok = index([]);
		pagefind.createIndex.mockResolvedValue({ index: ok, errors: [] });
		const meanwhile = vi.fn(() => {
			expect(ok.addDirectory).toHaveBeenCalledOnce();
			expect(ok.writeFiles).not.toHaveBeenCalled();
		});
		await expect(writeSearchIndex(site, meanwhile)).resolves.toEqual({ pages: 3 });
		expect(meanwhile).toHaveBeenCalledOnce();
		expect(ok.writeFiles).toHaveBeenCalledOnce();
	});

	it('when `meanwhile` fails, writes no index, closes Pagefind and passes the error on', async () => {
		const ok = index([]);
		pagefind.createIndex.mockResolvedValue({ index: ok, errors: [] });
		await expect(
			writeSearchIndex(site, () => {
				throw new Error('3 link problems');
			}),
		).rejects.toThrow('3 link problems');
		expect(ok.writeFiles).not.toHaveBeenCalled();
		expect(pagefind.close).toHaveBeenCalledOnce();
	});
});
