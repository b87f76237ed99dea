import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A throwaway copy of the project to build, with the fixed fixture manual (tests/build/fixture)
 * instead of the real content, so that editing the manual never changes what a test builds.
 */
export function copyProject(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	for (const entry of ['src', 'public', 'astro.config.mjs', 'kapkit.config.ts', 'package.json', 'tsconfig.json']) cpSync(join(project, entry), join(dir, entry), { recursive: true });
	for (const entry of ['protocols', 'integration-worksheets']) cpSync(join(project, 'tests/build/fixture', entry), join(dir, entry), { recursive: true });
	symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'));
	return dir;
}

/**
 * Runs `astro build` in a copy (or another of its commands, e.g. `['src/cli/release.ts']`), with
 * none of the test run's own KAPKIT_* settings.
 */
export function buildCopy(dir: string, command: string[] = [join(project, 'node_modules/astro/bin/astro.mjs'), 'build']): { status: number | null; output: string } {
	const { KAPKIT_BASE: _base, KAPKIT_OUT_DIR: _outDir, KAPKIT_RELEASE: _release, ...env } = process.env;
	const result = spawnSync(process.execPath, command, { cwd: dir, encoding: 'utf8', env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' } });
	// Astro colours its log; the messages are what an author reads.
	return { status: result.status, output: `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

export const projectRoot = project;
