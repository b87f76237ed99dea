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

/** The build settings a test chooses; the test run's own KAPKIT_* settings never leak into a build. */
export type BuildSettings = { KAPKIT_BASE?: string; KAPKIT_OUT_DIR?: string };

/** Runs `astro build` in a project folder (a copy, or this project itself) with the given settings. */
export function buildProjectAt(dir: string, settings: BuildSettings = {}): { status: number | null; output: string } {
	const { KAPKIT_BASE: _base, KAPKIT_OUT_DIR: _outDir, ...env } = process.env;
	const result = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8', env: { ...env, ...settings, ASTRO_TELEMETRY_DISABLED: '1' } });
	// Astro colours its log; the messages are what an author reads.
	return { status: result.status, output: `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

/** Runs `astro build` in a copy with the default settings (root base, dist/ inside the copy). */
export const buildCopy = (dir: string) => buildProjectAt(dir);

export const projectRoot = project;
