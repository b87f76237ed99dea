import type { Section } from '../../scripts/section';

/** A heading of the page as its outline lists it. */
export interface OutlineHeading extends Section {
	depth: 2 | 3;
}

/**
 * The page's headings of depth 2 and 3, for the palette's `#` and the section being read, read from
 * the outline (Outline.astro) so that the page carries them once: each link's hash is a heading's
 * id, its item's class its depth. A page without an outline has none.
 */
export function outlineHeadings(): OutlineHeading[] {
	return [...document.querySelectorAll<HTMLAnchorElement>('.outline li > a[href^="#"]')].map((link) => ({
		slug: decodeURIComponent(link.hash.slice(1)),
		text: link.textContent?.trim() ?? '',
		depth: link.parentElement!.classList.contains('outline__level-3') ? 3 : 2,
	}));
}
