import { layout, palettes } from './themes.ts';

/**
 * The cascade layers, declared first in every page's styles (bundled first into the workbench's
 * sheet as virtual:kapkit/site.css, where the minifier may fold the statement into the rules that
 * follow in the same order; linked by the binder as /site.css): later
 * layers win whatever the specificity, so no sheet needs `:root` bumps or `!important` to beat
 * another. Every sheet puts its rules in one of these.
 */
export const LAYERS = ['tokens', 'base', 'workbench', 'components', 'utilities', 'print'] as const;

/**
 * The order as a statement. A sheet a page links before its bundled ones (a worksheet's or the
 * planner's print sheet) starts with it too: the first sheet to name a layer fixes its place.
 */
export const LAYER_ORDER = `@layer ${LAYERS.join(', ')};`;

type Declarations = Readonly<Record<string, string>>;
const rule = (selector: string, declarations: Declarations) =>
	`${selector} {\n${Object.entries(declarations)
		.map(([property, value]) => `\t${property}: ${value};`)
		.join('\n')}\n}`;

/** The site sheet: the layer order, then the tokens: layout sizes, the practice's accent colour and the four palettes. */
export function siteStylesheet(accentColor: string): string {
	const tokens = [
		rule(':root', { ...layout, '--kap-accent': accentColor }),
		rule(":root,\n:root[data-theme='light']", palettes.light),
		rule(":root[data-theme='dark']", palettes.dark),
		rule(":root[data-theme='hc-dark']", palettes['hc-dark']),
		rule(":root[data-theme='hc-light']", palettes['hc-light']),
		// Following the system while the reader has chosen no theme: the same dark palette.
		`@media (prefers-color-scheme: dark) {\n${rule(':root:not([data-theme])', palettes.dark)}\n}`,
		`@media (prefers-contrast: more) {\n${rule(':root:not([data-theme])', { '--kap-muted': 'var(--kap-fg)', '--kap-chrome-muted': 'var(--kap-chrome-fg)', '--kap-border': 'currentColor', '--kap-strong-border': 'currentColor' })}\n}`,
	];
	return `${LAYER_ORDER}\n\n@layer tokens {\n${tokens.join('\n\n')}\n}\n`;
}
