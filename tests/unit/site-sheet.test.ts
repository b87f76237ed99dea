import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYERS, siteStylesheet } from '../../src/styles/site-sheet.ts';
import { palettes } from '../../src/styles/themes.ts';

const root = join(import.meta.dirname, '../..');
const sheet = siteStylesheet('#123456');

describe('the site stylesheet and the cascade layers', () => {
	it('declares the layer order first, once', () => {
		expect(sheet.startsWith(`@layer ${LAYERS.join(', ')};`)).toBe(true);
		expect(sheet.match(/@layer [a-z, ]+;/g)).toHaveLength(1);
	});

	it('gives every palette the same tokens, and the dark one to a dark system while none is chosen', () => {
		const keys = (palette: Record<string, string>) => Object.keys(palette).sort();
		for (const palette of Object.values(palettes)) expect(keys(palette)).toEqual(keys(palettes.light));
		const systemDark = sheet.slice(sheet.indexOf('@media (prefers-color-scheme: dark)'));
		expect(systemDark).toContain(`--kap-bg: ${palettes.dark['--kap-bg']};`);
		expect(sheet).toContain('--kap-accent: #123456;');
	});

	it('puts every stylesheet and component style of the project in a declared layer, with no !important outside print', () => {
		const files = (dir: string): string[] => readdirSync(join(root, dir), { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
		const sources = files('src').filter((file) => /\.(css|astro)$/.test(file));
		for (const file of sources) {
			const text = readFileSync(file, 'utf8');
			const css = file.endsWith('.astro') ? [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!).join('\n') : text;
			if (!css.trim() || file.endsWith('print.css')) continue;
			expect(css.trim(), file).toMatch(/^(\/\*[\s\S]*?\*\/\s*)?@layer (tokens|base|workbench|components|utilities|print) \{/);
			for (const [, layer] of css.matchAll(/@layer ([a-z]+) \{/g)) expect(LAYERS, file).toContain(layer);
			expect(css, file).not.toContain('!important');
		}
	});
});
