import { describe, expect, it } from 'vitest';
import { withoutBinderRepeats } from '../../../src/lib/binder.ts';

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
