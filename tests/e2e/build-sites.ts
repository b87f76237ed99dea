// Builds the e2e sites one after the other (two cores): the fixture manual at the root and under
// /manual/ from one copy of the project, then the shipped manual at the root.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildProjectAt, copyProject, projectRoot } from '../support/project-copy.ts';
import { ALL_SITES } from './sites.ts';

const copy = copyProject('kapkit-e2e-');
try {
	for (const site of ALL_SITES) {
		console.log(`Building the ${site.name} site (base ${site.base}) into ${site.outDir}`);
		const started = performance.now();
		const { status, output } = buildProjectAt(site.manual === 'fixture' ? copy : projectRoot, { KAPKIT_BASE: site.base, KAPKIT_OUT_DIR: resolve(site.outDir) });
		if (status !== 0) {
			console.error(output);
			throw new Error(`The ${site.name} site did not build (exit ${status}).`);
		}
		console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	}
} finally {
	rmSync(copy, { recursive: true, force: true });
}
