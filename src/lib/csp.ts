import { createHash } from 'node:crypto';

const SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi;
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const CHARSET = /<meta charset="utf-8"\s*\/?>/i;

const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * One page's Content-Security-Policy: scripts and styles from the site itself, and the inline ones
 * this page carries, each allowed by its hash. Per page rather than one list for the whole site,
 * so no page allows a script it does not have (and a page's first load carries a hash or two,
 * not every page's).
 */
export function pagePolicy(html: string): string {
	const scripts = new Set<string>();
	for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
		// Inline scripts the browser runs: no `src`, and no data type such as `application/json`.
		const type = /\stype="([^"]*)"/i.exec(attributes)?.[1] ?? '';
		if (!/\ssrc=/i.test(attributes) && EXECUTABLE.has(type.toLowerCase())) scripts.add(hashSource(text));
	}
	const styles = new Set<string>();
	for (const [, text = ''] of html.matchAll(INLINE_STYLE)) styles.add(hashSource(text));
	return [`script-src 'self'${[...scripts].map((hash) => ` ${hash}`).join('')}`, `style-src 'self'${[...styles].map((hash) => ` ${hash}`).join('')}`].join('; ');
}

/**
 * The page with its policy as the first thing after `<meta charset>`, before any script or style,
 * so it covers them all. A page without that meta cannot carry a policy that covers everything:
 * refused, with the reason.
 */
export function withPagePolicy(html: string, where: string): string {
	if (!CHARSET.test(html)) throw new Error(`${where}: no <meta charset="utf-8"> to put the Content-Security-Policy after`);
	if (/http-equiv="content-security-policy"/i.test(html)) throw new Error(`${where}: already has a Content-Security-Policy; kapkit writes each page's own`);
	return html.replace(CHARSET, (charset) => `${charset}<meta http-equiv="content-security-policy" content="${pagePolicy(html)}">`);
}
