import { existsSync } from 'node:fs';
import { cp, rename, rm } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where Astro builds the site (`staging`), and where the finished site goes (`outDir`). */
export interface PublishPlan {
	staging: URL;
	outDir: string;
}

/**
 * The site is built in .kapkit/staging/<outDir's name>/ and only moved to outDir when every check
 * has passed, so a failed build never leaves a half-written outDir. outDir is replaced wholesale,
 * so it must never be the project or hold it.
 */
export function planPublishing(root: URL, outDir: URL): PublishPlan {
	const finalDir = fileURLToPath(outDir);
	if (!relative(finalDir, fileURLToPath(root)).startsWith('..')) {
		throw new Error(`outDir (${finalDir}) is the project folder or contains it; kapkit replaces outDir on every build, so it must be a folder of its own such as ./dist`);
	}
	const name = finalDir.replace(/\/+$/, '').split('/').pop() ?? 'dist';
	return { staging: new URL(`.kapkit/staging/${encodeURIComponent(name)}/`, root), outDir: finalDir };
}

/** Replaces outDir with the finished site in `built` (a rename where possible, else a copy). */
export async function publish(built: string, outDir: string): Promise<void> {
	await rm(outDir, { recursive: true, force: true });
	try {
		await rename(built, outDir);
	} catch {
		await cp(built, outDir, { recursive: true });
	}
	if (!existsSync(outDir)) throw new Error(`The finished site could not be moved to ${outDir}`);
}
