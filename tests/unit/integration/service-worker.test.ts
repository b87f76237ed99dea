import { describe, expect, it } from 'vitest';
import { fillPrecacheList } from '../../../src/integration/service-worker.ts';

// As Terser writes the drafted worker: the stand-in list inside Workbox's precacheAndRoute call.
const drafted = 'const e=1;function(e){V().precache(e)}([{url:"kapkit:precache-list",revision:null}]),t(ee);';

describe('fillPrecacheList', () => {
	it('puts the precache list where the stand-in was, each entry as Terser writes it', () => {
		const filled = fillPrecacheList(drafted, [
			{ url: 'index.html', revision: '0a1b' },
			{ url: '_astro/page.Bx1.js', revision: null },
			{ url: 'glossary/"quoted"/index.html', revision: 'ff' },
		]);
		expect(filled).toBe(
			'const e=1;function(e){V().precache(e)}([{url:"index.html",revision:"0a1b"},{url:"_astro/page.Bx1.js",revision:null},{url:"glossary/\\"quoted\\"/index.html",revision:"ff"}]),t(ee);',
		);
	});

	it('refuses a worker without the stand-in, or with it twice', () => {
		expect(() => fillPrecacheList('precache([{url:"index.html",revision:"1"}])', [])).toThrow("Workbox's output has changed");
		expect(() => fillPrecacheList(drafted + drafted, [])).toThrow("Workbox's output has changed");
	});
});
