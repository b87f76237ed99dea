// Compressed sizes as a static host would serve them: gzip -9 and brotli at its highest quality.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export interface Sizes {
	raw: number;
	gzip: number;
	brotli: number;
}

export const zeroSizes = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 });

export function addSizes(total: Sizes, more: Sizes): Sizes {
	total.raw += more.raw;
	total.gzip += more.gzip;
	total.brotli += more.brotli;
	return total;
}

/** Sizes of `body` raw, gzip -9 and brotli (quality 11, the quality of a pre-compressed static file). */
export async function compressedSizes(body: Buffer | string): Promise<Sizes> {
	const buffer = typeof body === 'string' ? Buffer.from(body) : body;
	if (buffer.length === 0) return zeroSizes();
	const [gz, br] = await Promise.all([
		gzipAsync(buffer, { level: 9 }),
		brotliAsync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length } }),
	]);
	return { raw: buffer.length, gzip: gz.length, brotli: br.length };
}

/** gzip -9 size only (cheap: brotli 11 is ~100x slower). */
export async function gzipSize(body: Buffer): Promise<number> {
	return body.length === 0 ? 0 : (await gzipAsync(body, { level: 9 })).length;
}

/** Runs `work` over `items` with at most `limit` in flight (zlib's async calls use the thread pool). */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array<R>(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await work(items[index] as T);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}

export const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
