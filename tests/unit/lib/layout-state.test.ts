import { describe, expect, it } from 'vitest';
import { clampWidth, defaultLayout, firstPaintScript, parseLayout, SIDEBAR_MAX, SIDEBAR_MIN, STORAGE } from '../../../src/lib/layout-state.ts';

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

	describe('the first-paint script', () => {
		/** Runs the generated script against a stand-in <html> and storage, as the browser would. */
		const run = (local: Record<string, string>, session: Record<string, string> = {}, failing = false) => {
			const attributes = new Map<string, string>();
			const properties = new Map<string, string>();
			const root = {
				dataset: {} as Record<string, string>,
				setAttribute: (name: string, value: string) => attributes.set(name, value),
				style: { setProperty: (name: string, value: string) => properties.set(name, value) },
			};
			const storage = (values: Record<string, string>) => ({
				getItem: (key: string) => {
					if (failing) throw new Error('SecurityError');
					return values[key] ?? null;
				},
			});
			new Function('document', 'localStorage', 'sessionStorage', firstPaintScript())({ documentElement: root }, storage(local), storage(session));
			return { theme: root.dataset.theme, attributes: [...attributes.keys()].sort(), width: properties.get('--kap-sidebar-width') };
		};

		it('applies the saved theme, side bar and session view under the module\'s keys', () => {
			const saved = run({ [STORAGE.theme]: 'hc-dark', [STORAGE.layout]: '{"sidebarVisible":false,"sidebarWidth":300}' }, { [STORAGE.sessionView]: '1' });
			expect(saved).toEqual({ theme: 'hc-dark', attributes: ['data-js', 'data-session-view', 'data-sidebar-hidden'], width: '300px' });
			expect(run({ [STORAGE.theme]: 'system' })).toEqual({ theme: undefined, attributes: ['data-js'], width: undefined });
		});

		it('keeps the width within the module\'s bounds', () => {
			expect(run({ [STORAGE.layout]: '{"sidebarWidth":5}' }).width).toBe(`${SIDEBAR_MIN}px`);
			expect(run({ [STORAGE.layout]: '{"sidebarWidth":5000}' }).width).toBe(`${SIDEBAR_MAX}px`);
		});

		it('still marks the page as scripted when storage is unavailable or holds nonsense', () => {
			expect(run({}, {}, true)).toEqual({ theme: undefined, attributes: ['data-js'], width: undefined });
			expect(run({ [STORAGE.layout]: 'not json' })).toEqual({ theme: undefined, attributes: ['data-js'], width: undefined });
		});
	});
});
