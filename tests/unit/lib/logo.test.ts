import { describe, expect, it } from 'vitest';
import { inlineLogo } from '../../../src/lib/logo.ts';

describe('the title bar logo, inlined', () => {
	it('is decorative and 20 px, whatever size and label the file gives it', () => {
		const svg = '<?xml version="1.0"?>\n<!-- the practice logo -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="64" height="64" role="img" aria-label="Clinic"><rect width="32" height="32"/></svg>\n';
		expect(inlineLogo(svg)).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="20" height="20" aria-hidden="true" focusable="false"><rect width="32" height="32"/></svg>');
	});

	it('refuses a file that could run something, or is not an svg (the page then shows it as an image)', () => {
		expect(inlineLogo('<svg viewBox="0 0 1 1"><script>alert(1)</script></svg>')).toBeNull();
		expect(inlineLogo('<svg viewBox="0 0 1 1"><rect onclick="x()"/></svg>')).toBeNull();
		expect(inlineLogo('<svg viewBox="0 0 1 1"><foreignObject><div/></foreignObject></svg>')).toBeNull();
		expect(inlineLogo('<a href="javascript:x()"><svg/></a>')).toBeNull();
		expect(inlineLogo('not an svg')).toBeNull();
	});
});
