/** The two builds the e2e tests drive: the manual at the root, and under a sub-path. */
export const SITES = [
	{ name: 'root', base: '/', outDir: './dist', port: 4321 },
	{ name: 'sub-path', base: '/manual/', outDir: './dist-manual', port: 4322 },
] as const;

export type Site = (typeof SITES)[number];

export const origin = (site: Site) => `http://127.0.0.1:${site.port}`;

/** Flags for Chromium on a machine with no route out: no background traffic, no sandbox (root). */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
