import { describe, expect, it } from 'vitest';
import { scopeIds, withoutBinderRepeats } from '../../../src/lib/binder.ts';

describe('withoutBinderRepeats', () => {
	const broken = { path: 'link "/worksheets/vitals-log/"', message: 'expected an existing page, found none' };

	it("keeps a broken link once, on the protocol's own file, not again for each binder", () => {
		const problems = [
			{ file: 'dist/binder/index.html', ...broken },
			{ file: 'dist/binder/dosing/index.html', ...broken },
			{ file: 'protocols/dosing/iv.mdx', ...broken },
		];
		expect(withoutBinderRepeats(problems)).toEqual([{ file: 'protocols/dosing/iv.mdx', ...broken }]);
	});

	it("keeps a problem that only the binder has", () => {
		const own = { file: 'dist/binder/index.html', path: 'link "#binder-x"', message: 'expected an element with id "binder-x" on /binder/, found none' };
		expect(withoutBinderRepeats([own])).toEqual([own]);
	});
});

describe('scopeIds', () => {
	const protocol = [
		'<section class="sources" aria-labelledby="sources"><h2 id="sources">Sources</h2></section>',
		'<p>See <a href="#sources">its sources</a>, <a href="#nowhere">a missing id</a> and <a href="/protocols/dosing/iv/#dose">another page</a>.</p>',
		'<label for="note">Note</label><textarea id="note" aria-describedby="note-hint sources"></textarea><span id="note-hint">Hint</span>',
	].join('');

	it('prefixes every id, and the labels and same-page links that name them', () => {
		const scoped = scopeIds(protocol, 'binder-dosing-iv');
		expect(scoped).toContain('aria-labelledby="binder-dosing-iv--sources"><h2 id="binder-dosing-iv--sources">');
		expect(scoped).toContain('<a href="#binder-dosing-iv--sources">its sources</a>');
		expect(scoped).toContain('<label for="binder-dosing-iv--note">');
		expect(scoped).toContain('id="binder-dosing-iv--note" aria-describedby="binder-dosing-iv--note-hint binder-dosing-iv--sources"');
	});

	it('leaves links to other pages and to ids this protocol does not have as they are', () => {
		const scoped = scopeIds(protocol, 'binder-dosing-iv');
		expect(scoped).toContain('<a href="#nowhere">');
		expect(scoped).toContain('<a href="/protocols/dosing/iv/#dose">');
	});

	it('gives two protocols with the same headings ids that no longer repeat', () => {
		const binder = scopeIds(protocol, 'binder-a') + scopeIds(protocol, 'binder-b');
		const ids = [...binder.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('matches a percent-encoded link to the id it names', () => {
		expect(scopeIds('<h2 id="día">Día</h2><a href="#d%C3%ADa">link</a>', 'p')).toBe('<h2 id="p--día">Día</h2><a href="#p--d%C3%ADa">link</a>');
	});
});
