import { describe, expect, it } from 'vitest';
import { fillPrecacheList } from '../../../src/integration/service-worker.ts';

// As the bundler writes the drafted worker: the stand-in inside Workbox's precacheAndRoute call.
const drafted = 'const e=1;A(self.__WB_MANIFEST,{ignoreURLParametersMatching:[/^ts$/]}),t(ee);';

describe('fillPrecacheList', () => {
	it('puts the precache list where the stand-in was, each entry a literal', () => {
		const filled = fillPrecacheList(drafted, [
			{ url: 'index.html', revision: '0a1b' },
			{ url: '_astro/page.Bx1.js', revision: null },
			{ url: 'glossary/"quoted"/index.html', revision: 'ff' },
		]);
		expect(filled).toBe(
			'const e=1;A([{url:"index.html",revision:"0a1b"},{url:"_astro/page.Bx1.js",revision:null},{url:"glossary/\\"quoted\\"/index.html",revision:"ff"}],{ignoreURLParametersMatching:[/^ts$/]}),t(ee);',
		);
	});

	it('refuses a worker without the stand-in, or with it twice', () => {
		expect(() => fillPrecacheList('precache([{url:"index.html",revision:"1"}])', [])).toThrow("the bundler's output has changed");
		expect(() => fillPrecacheList(drafted + drafted, [])).toThrow("the bundler's output has changed");
	});
});
