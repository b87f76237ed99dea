import { describe, expect, it, vi } from 'vitest';
import { sharedRender } from '../../../src/lib/shared-render.ts';

describe('sharedRender', () => {
	it('renders a key once for the pages that share it, then renders it afresh', async () => {
		const shared = sharedRender();
		const render = vi.fn(async () => `<section>${render.mock.calls.length}</section>`);
		expect(await shared('dosing', 2, render)).toBe('<section>1</section>');
		expect(await shared('dosing', 2, render)).toBe('<section>1</section>');
		expect(render).toHaveBeenCalledTimes(1);
		// Both pages have printed it: the HTML was let go, so a third page renders again.
		expect(await shared('dosing', 2, render)).toBe('<section>2</section>');
		expect(render).toHaveBeenCalledTimes(2);
	});

	it('keeps keys apart and keeps nothing that only one page prints', async () => {
		const shared = sharedRender();
		const render = vi.fn(async () => `html ${render.mock.calls.length}`);
		expect(await shared('a', 2, render)).toBe('html 1');
		expect(await shared('b', 2, render)).toBe('html 2');
		expect(await shared('a', 2, render)).toBe('html 1');
		expect(await shared('once', 1, render)).toBe('html 3');
		expect(await shared('once', 1, render)).toBe('html 4');
	});
});
