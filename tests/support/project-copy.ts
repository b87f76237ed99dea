import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = fileURLToPath(new URL('../..', import.meta.url));
const fixture = join(project, 'tests/build/fixture');

/**
 * A throwaway copy of the project to build, with the fixed fixture manual (tests/build/fixture,
 * with its own kapkit.config.ts) instead of the real content, so that editing the manual never
 * changes what a test builds. The fixture's released editions (protocols/editions) come only
 * with `{ editions: true }`: without them a test may edit pages without writing a changelog.
 */
export function copyProject(prefix: string, { editions = false }: { editions?: boolean } = {}): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(project, entry), join(dir, entry), { recursive: true });
	const released = join(fixture, 'protocols/editions');
	const withoutReleased = (source: string) => editions || (source !== released && !source.startsWith(`${released}${sep}`));
	for (const entry of ['kapkit.config.ts', 'protocols', 'integration-worksheets']) cpSync(join(fixture, entry), join(dir, entry), { recursive: true, filter: withoutReleased });
	symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'));
	return dir;
}

/** The build settings a test chooses; the test run's own KAPKIT_* settings never leak into a build. */
export type BuildSettings = { KAPKIT_BASE?: string; KAPKIT_OUT_DIR?: string };

/**
 * Runs `astro build` in a project folder (a copy, or this project itself) with the given settings,
 * or another of its commands (e.g. `['src/cli/release.ts']`).
 */
export function buildProjectAt(dir: string, settings: BuildSettings = {}, command: string[] = [join(project, 'node_modules/astro/bin/astro.mjs'), 'build']): { status: number | null; output: string } {
	const { KAPKIT_BASE: _base, KAPKIT_OUT_DIR: _outDir, KAPKIT_RELEASE: _release, ...env } = process.env;
	const result = spawnSync(process.execPath, command, { cwd: dir, encoding: 'utf8', env: { ...env, ...settings, ASTRO_TELEMETRY_DISABLED: '1' } });
	// Astro colours its log; the messages are what an author reads.
	return { status: result.status, output: `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

/** Runs `astro build` (or `command`) in a copy with the default settings (root base, dist/ inside the copy). */
export const buildCopy = (dir: string, command?: string[]) => buildProjectAt(dir, {}, command);

export const projectRoot = project;
