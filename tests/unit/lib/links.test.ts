import { describe, expect, it } from 'vitest';
import { checkLinks, collectIds, collectLinks, collectReferences, srcsetUrls, type BuiltPage } from '../../../src/lib/links.ts';
import { formatProblem } from '../../../src/lib/problems.ts';

const page = (route: string, body: string, source = `src-${route || 'home'}`): BuiltPage => ({ route, source, html: `<html><body>${body}</body></html>` });

describe('collectIds and collectLinks', () => {
	it('finds ids and hrefs, decoding entities', () => {
		expect([...collectIds('<h2 id="a">A</h2><p id=\'b&amp;c\'></p><div data-id="x"></div>').ids]).toEqual(['a', 'b&c']);
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

	it('names an id that more than one element of a page has, once, and not one in a comment or a script', () => {
		const binder = page('binder/', '<h2 id="sources">Sources</h2><h2 id="sources">Sources</h2><h2 id="sources">Sources</h2><!-- <p id="top"> --><h1 id="top">Binder</h1><script>const a = \'<b id="top">\';</script>', 'binder/');
		expect(collectIds(binder.html).repeated).toEqual(new Set(['sources']));
		expect(checkLinks([binder], '/', new Set()).map(formatProblem)).toEqual([
			'binder/: id "sources": expected each id once on /binder/, found it on more than one element (a link to it lands on the first)',
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

describe('collectReferences', () => {
	it('finds every address a page refers to, links and resources, skipping comments and inline script text', () => {
		const html = [
			'<link rel="stylesheet" href="/site.css"><link rel="icon" href="/logo.svg"><link rel="manifest" href="/manifest.webmanifest"><link rel="canonical" href="https://example.org/">',
			'<script type="module" src="/_astro/page.js"></script><script>const a = \'<a href="/not-a-link/">\';</script>',
			'<!-- <img src="/commented.png"> --><img alt="a > b" src="/logo.svg" srcset="/a.png 1x, /b.png 2x">',
			'<picture><source srcset="/c.webp 480w,/d.webp 800w"></picture><input type="image" src="/go.png"><input type="text" src="/ignored.png">',
			'<a href="/p/">p</a>',
		].join('');
		expect(collectReferences(html).map(({ kind, label, url }) => `${kind} ${label} ${url}`)).toEqual([
			'resource <link rel="stylesheet" href> /site.css',
			'resource <link rel="icon" href> /logo.svg',
			'resource <link rel="manifest" href> /manifest.webmanifest',
			'link <link rel="canonical" href> https://example.org/',
			'resource <script src> /_astro/page.js',
			'resource <img src> /logo.svg',
			'resource <img srcset> /a.png',
			'resource <img srcset> /b.png',
			'resource <source srcset> /c.webp',
			'resource <source srcset> /d.webp',
			'resource <input src> /go.png',
			'link link /p/',
		]);
	});

	it('reads the URLs of a srcset, keeping commas inside a URL', () => {
		expect(srcsetUrls(' /a.png 1x,/b.png  2x , data:image/png;base64,AAAA 3x')).toEqual(['/a.png', '/b.png', 'data:image/png;base64,AAAA']);
		expect(srcsetUrls('/a.png, /b.png,')).toEqual(['/a.png', '/b.png']);
		expect(srcsetUrls('')).toEqual([]);
	});
});

describe('checkLinks on resources and schemes', () => {
	const files = new Set(['site.css', 'logo.svg', 'manifest.webmanifest', '_astro/page.js']);
	const head = '<link rel="stylesheet" href="/site.css"><link rel="icon" href="/logo.svg"><link rel="manifest" href="/manifest.webmanifest"><script type="module" src="/_astro/page.js"></script>';

	it('passes resources that are files of the site, and inline data: images', () => {
		expect(checkLinks([page('', `${head}<img src="/logo.svg" srcset="/logo.svg 2x"><img src="data:image/gif;base64,R0lGOD"><a href="tel:+441234">call</a>`)], '/', files)).toEqual([]);
	});

	it('names a missing image, stylesheet, script, icon or file under public/', () => {
		const html = '<img src="/missing.png"><img srcset="/logo.svg 1x, /missing@2x.png 2x"><link rel="stylesheet" href="/gone.css"><script src="/_astro/gone.js"></script><link rel="icon" href="/favicon.ico"><a href="/handout.pdf">handout</a>';
		expect(checkLinks([page('', html, 'protocols/dosing/im.mdx')], '/', files).map(formatProblem)).toEqual([
			'protocols/dosing/im.mdx: <img src> "/missing.png": expected an existing file, found none',
			'protocols/dosing/im.mdx: <img srcset> "/missing@2x.png": expected an existing file, found none',
			'protocols/dosing/im.mdx: <link rel="stylesheet" href> "/gone.css": expected an existing file, found none',
			'protocols/dosing/im.mdx: <script src> "/_astro/gone.js": expected an existing file, found none',
			'protocols/dosing/im.mdx: <link rel="icon" href> "/favicon.ico": expected an existing file, found none',
			'protocols/dosing/im.mdx: link "/handout.pdf": expected an existing page or file, found none',
		]);
	});

	it('refuses schemes a manual has no use for, and resources from another host', () => {
		const html = '<a href="javascript:alert(1)">x</a><a href="JavaScript:void(0)">y</a><a href="data:text/html,hi">z</a><a href="file:///etc/passwd">f</a><a href="ftp://example.org/x">ftp</a><script src="data:text/javascript,1"></script><img src="https://tracker.example/pixel.gif"><link rel="stylesheet" href="//cdn.example/x.css"><a href="https://doi.org/10.1/x">ok</a><a href="mailto:a@b.c">ok</a>';
		expect(checkLinks([page('', html, 'protocols/dosing/im.mdx')], '/', files).map(formatProblem)).toEqual([
			'protocols/dosing/im.mdx: link "javascript:alert(1)": expected a page of the site or an http, https, mailto or tel address, found a "javascript:" address',
			'protocols/dosing/im.mdx: link "JavaScript:void(0)": expected a page of the site or an http, https, mailto or tel address, found a "javascript:" address',
			'protocols/dosing/im.mdx: link "data:text/html,hi": expected a page of the site or an http, https, mailto or tel address, found a "data:" address',
			'protocols/dosing/im.mdx: link "file:///etc/passwd": expected a page of the site or an http, https, mailto or tel address, found a "file:" address',
			'protocols/dosing/im.mdx: link "ftp://example.org/x": expected a page of the site or an http, https, mailto or tel address, found a "ftp:" address',
			'protocols/dosing/im.mdx: <script src> "data:text/javascript,1": expected a file of the site, found a "data:" address',
			'protocols/dosing/im.mdx: <img src> "https://tracker.example/pixel.gif": expected a file of the site (a page requests nothing from another host), found an address on another host',
			'protocols/dosing/im.mdx: <link rel="stylesheet" href> "//cdn.example/x.css": expected a file of the site (a page requests nothing from another host), found an address on another host',
		]);
	});

	it('resolves resources under a base', () => {
		expect(checkLinks([page('', '<img src="/manual/logo.svg"><img src="/logo.svg">')], '/manual/', files).map(formatProblem)).toEqual([
			'src-home: <img src> "/logo.svg": expected an address inside the site (starting with /manual/), found one outside it',
		]);
	});
});

