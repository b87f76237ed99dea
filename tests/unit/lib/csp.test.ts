import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pagePolicy, withPagePolicy } from '../../../src/lib/csp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe("a page's Content-Security-Policy", () => {
	it('allows the inline scripts and styles the page runs by their hashes, and nothing else inline', () => {
		const html = [
			'<script>first()</script>',
			'<script type="module" src="/_astro/a.js"></script>',
			'<script type="application/json" id="data">{"a":1}</script>',
			'<script type="module">island()</script>',
			'<style>astro-island{display:contents}</style>',
		].join('');
		expect(pagePolicy(html)).toBe(`script-src 'self' ${hash('first()')} ${hash('island()')}; style-src 'self' ${hash('astro-island{display:contents}')}`);
	});

	it('reads tags and attributes in any case', () => {
		expect(pagePolicy('<SCRIPT TYPE="module">up()</SCRIPT><Script SRC="/a.js"></Script>')).toBe(`script-src 'self' ${hash('up()')}; style-src 'self'`);
	});

	it('lists a script that appears twice once, and a page without inline code allows only the site', () => {
		expect(pagePolicy('<script>x()</script><script>x()</script>')).toBe(`script-src 'self' ${hash('x()')}; style-src 'self'`);
		expect(pagePolicy('<link rel="stylesheet" href="/a.css"><script src="/b.js"></script>')).toBe("script-src 'self'; style-src 'self'");
	});

	it('goes right after <meta charset>, before the first script, so it covers every one', () => {
		const page = withPagePolicy('<head><meta charset="utf-8"><script>first()</script></head>', 'index.html');
		expect(page.indexOf('content-security-policy')).toBeLessThan(page.indexOf('<script>'));
		expect(page).toContain(`<meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src 'self' ${hash('first()')}; style-src 'self'">`);
	});

	it('refuses a page it cannot cover, naming it', () => {
		expect(() => withPagePolicy('<head><script>first()</script></head>', 'binder/index.html')).toThrow(/binder\/index\.html: no <meta charset/);
		expect(() => withPagePolicy('<meta charset="utf-8"><meta http-equiv="content-security-policy" content="x">', '404.html')).toThrow(/404\.html: already has/);
	});
});
