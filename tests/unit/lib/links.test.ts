import { describe, expect, it } from 'vitest';
import { checkLinks, collectIds, collectLinks, type BuiltPage } from '../../../src/lib/links.ts';
import { formatProblem } from '../../../src/lib/problems.ts';

const page = (route: string, body: string, source = `src-${route || 'home'}`): BuiltPage => ({ route, source, html: `<html><body>${body}</body></html>` });

describe('collectIds and collectLinks', () => {
	it('finds ids and hrefs, decoding entities', () => {
		expect([...collectIds('<h2 id="a">A</h2><p id=\'b&amp;c\'></p><div data-id="x"></div>')]).toEqual(['a', 'b&c']);
		expect(collectLinks('<a class="x" href="/p/?a=1&amp;b=2">x</a><link href="/style.css"><area href="#m">')).toEqual(['/p/?a=1&b=2', '#m']);
	});
});

describe('checkLinks', () => {
	const site = [
		page('', '<a href="/protocols/dosing/iv/">IV</a> <a href="/protocols/dosing/iv/#monitoring">Monitoring</a> <a href="#top">Top</a><h1 id="top">Home</h1>'),
		page('protocols/dosing/iv/', '<h2 id="monitoring">M</h2><a href="../../../">Home</a><a href="https://doi.org/10.1/x">DOI</a><a href="mailto:a@b.c">Mail</a><a href="/logo.svg">logo</a>'),
	];

	it('passes a site whose links and anchors all resolve', () => {
		expect(checkLinks(site, '/', new Set(['logo.svg']))).toEqual([]);
	});

	it('resolves anchors on a page that is a file of its own, such as 404.html', () => {
		const notFound = page('404.html', '<a href="#content">Skip</a><main id="content"></main><a href="#nope">x</a>');
		expect(checkLinks([notFound], '/', new Set()).map(formatProblem)).toEqual(['src-404.html: link "#nope": expected an element with id "nope" on /404.html, found none']);
	});

	it('names the source file, the link, and what is missing', () => {
		const broken = [...site, page('protocols/dosing/im/', '<a href="/protocols/dosing/iv/#dose">x</a><a href="/protocols/nowhere/">y</a><a href="#gone">z</a><a href="/protocols/dosing/iv">no slash</a>', 'protocols/dosing/im.mdx')];
		expect(checkLinks(broken, '/', new Set(['logo.svg'])).map(formatProblem)).toEqual([
			'protocols/dosing/im.mdx: link "/protocols/dosing/iv/#dose": expected an element with id "dose" on /protocols/dosing/iv/, found none',
			'protocols/dosing/im.mdx: link "/protocols/nowhere/": expected an existing page, found none',
			'protocols/dosing/im.mdx: link "#gone": expected an element with id "gone" on /protocols/dosing/im/, found none',
			'protocols/dosing/im.mdx: link "/protocols/dosing/iv": expected the page address with its trailing "/", found it without',
		]);
	});

	it('under a base, refuses links that leave it and resolves those that stay', () => {
		const manual = [
			page('', '<a href="/manual/protocols/dosing/iv/#monitoring">ok</a><a href="/protocols/dosing/iv/">forgot the base</a>'),
			page('protocols/dosing/iv/', '<h2 id="monitoring">M</h2><a href="/manual/">home</a><a href="/manual/logo.svg">logo</a>'),
		];
		expect(checkLinks(manual, '/manual/', new Set(['logo.svg'])).map(formatProblem)).toEqual([
			'src-home: link "/protocols/dosing/iv/": expected an address inside the site (starting with /manual/), found one outside it',
		]);
	});
});
