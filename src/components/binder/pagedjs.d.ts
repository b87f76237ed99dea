// The part of Paged.js's API the binder uses (the package ships no types).
declare module 'pagedjs' {
	/** Turns stylesheets into page-aware CSS; the binder adopts what it writes (see binder.ts). */
	export class Polisher {
		inserted: { remove(): void }[];
		styleSheet: CSSStyleSheet;
		setup(): CSSStyleSheet;
		insert(text: string): { remove(): void };
	}
	/** Lays `content` out into pages inside `renderTo`, with the given stylesheets (URLs, or { url: css }). */
	export class Previewer {
		removeStyles(doc?: Document): (string | Record<string, string>)[];
		preview(content?: DocumentFragment | Element, stylesheets?: (string | Record<string, string>)[], renderTo?: Element): Promise<{ total: number }>;
	}
}
