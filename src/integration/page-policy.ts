import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { withPagePolicy } from '../lib/csp.ts';

/** Gives every built page its own Content-Security-Policy (lib/csp.ts). */
export function writePagePolicies(dir: string): void {
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const file = join(entry.parentPath, entry.name);
		writeFileSync(file, withPagePolicy(readFileSync(file, 'utf8'), relative(dir, file)));
	}
}
