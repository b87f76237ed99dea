const loading = new Map<string, Promise<void>>();

/**
 * Adds a stylesheet to the page once, for a part that appears only when the reader asks for it (the
 * palette, the unlock dialog): imported as `?url`, its rules stay out of every page's first load.
 * Resolves when it has loaded, or failed to (offline before it was cached): the part then shows
 * unstyled rather than not at all.
 */
export function loadStylesheet(href: string): Promise<void> {
	let loaded = loading.get(href);
	if (!loaded) {
		loaded = new Promise((resolve) => {
			const link = document.createElement('link');
			link.rel = 'stylesheet';
			link.href = href;
			link.addEventListener('load', () => resolve(), { once: true });
			link.addEventListener('error', () => resolve(), { once: true });
			document.head.append(link);
		});
		loading.set(href, loaded);
	}
	return loaded;
}
