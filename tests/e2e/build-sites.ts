// Builds the manual twice — at the root and under /manual/ — one after the other (two cores).
import { execFileSync } from 'node:child_process';
import { SITES } from './sites.ts';

for (const site of SITES) {
	console.log(`Building the ${site.name} site (base ${site.base}) into ${site.outDir}`);
	execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		stdio: 'inherit',
		env: { ...process.env, KAPKIT_BASE: site.base, KAPKIT_OUT_DIR: site.outDir, ASTRO_TELEMETRY_DISABLED: '1' },
	});
}
