import { describe, expect, it } from 'vitest';
import { clampWidth, defaultLayout, parseLayout, SIDEBAR_MAX, SIDEBAR_MIN } from '../../../src/lib/layout-state.ts';

describe('layout state', () => {
	it('reads a saved layout', () => {
		expect(parseLayout('{"sidebarVisible":false,"sidebarWidth":320,"view":"worksheets"}')).toEqual({ sidebarVisible: false, sidebarWidth: 320, view: 'worksheets' });
	});

	it('falls back field by field on anything malformed', () => {
		expect(parseLayout(null)).toEqual(defaultLayout);
		expect(parseLayout('oops')).toEqual(defaultLayout);
		expect(parseLayout('[1,2]')).toEqual(defaultLayout);
		expect(parseLayout('{"sidebarVisible":"yes","sidebarWidth":"wide","view":"debug"}')).toEqual(defaultLayout);
		expect(parseLayout('{"sidebarWidth":9999}').sidebarWidth).toBe(SIDEBAR_MAX);
	});

	it('keeps the side bar width within bounds', () => {
		expect([clampWidth(10), clampWidth(300.4), clampWidth(1e6)]).toEqual([SIDEBAR_MIN, 300, SIDEBAR_MAX]);
	});
});
