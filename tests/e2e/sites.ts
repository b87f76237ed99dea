/** Which manual a site is built from: the fixed test manual of tests/build/fixture, or the shipped one. */
export type Manual = 'fixture' | 'shipped';

/** A built site as the tests serve it: which manual, under which base path, from which folder, on which port. */
export type Site = { name: string; manual: Manual; base: string; outDir: string; port: number };

/**
 * The journeys run on the fixture manual, built twice — at the root and under a sub-path — so that
 * editing the shipped manual never breaks them.
 */
export const FIXTURE: Site = { name: 'fixture', manual: 'fixture', base: '/', outDir: './dist-fixture', port: 4321 };
export const FIXTURE_UNDER_SUB_PATH: Site = { name: 'fixture under a sub-path', manual: 'fixture', base: '/manual/', outDir: './dist-fixture-manual', port: 4322 };
export const SITES: readonly Site[] = [FIXTURE, FIXTURE_UNDER_SUB_PATH];

/** The shipped manual, built at the root for one smoke journey, into the dist/ that `npm start` serves. */
export const SHIPPED: Site = { name: 'shipped', manual: 'shipped', base: '/', outDir: './dist', port: 4323 };

export const ALL_SITES: readonly Site[] = [...SITES, SHIPPED];

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
