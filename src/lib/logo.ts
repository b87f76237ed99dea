/** Anything in an SVG that could run: inline in the page it would, where an <img> never runs it. */
const ACTIVE = /<script|<foreignObject|\son[a-z]+\s*=|javascript:/i;

/**
 * The title bar's logo as markup the page carries, saving every first load a request: decorative
 * (the brand link says the name), 20 px. Null when the file is not one to inline (it could run
 * something, or it is not an <svg>): the page then shows it as an image.
 */
export function inlineLogo(svg: string): string | null {
	if (ACTIVE.test(svg)) return null;
	const text = svg
		.replace(/<\?xml[^>]*>/, '')
		.replace(/<!DOCTYPE[^>]*>/i, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.trim();
	const root = /^<svg\b([^>]*)>/i.exec(text);
	if (!root) return null;
	const attributes = (root[1] ?? '').replace(/\s(?:role|aria-[\w-]+|width|height|focusable)="[^"]*"/gi, '').replace(/\s*\/$/, '');
	return `<svg${attributes} width="20" height="20" aria-hidden="true" focusable="false">${text.slice(root[0].length)}`;
}
