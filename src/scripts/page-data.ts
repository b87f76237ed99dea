/**
 * What the layout hands the workbench's parts about this page, as JSON in the page
 * (`<script type="application/json" id="kap-page-data">`), so no part reads another's markup.
 */
export interface PageData {
	/** The site's base path, e.g. "/" or "/manual/". */
	base: string;
	/** The edition this page belongs to (kapkit.config.ts). */
	edition: string;
	/** The document's title, as its tab and the recent pages show it. */
	title: string;
	/** The page's node in the explorer, e.g. "protocols/dosing/iv-racemic-infusion". */
	explorerId?: string;
}

export const PAGE_DATA_ID = 'kap-page-data';

let cached: PageData | undefined;

export function pageData(): PageData {
	if (cached) return cached;
	const text = document.getElementById(PAGE_DATA_ID)?.textContent;
	if (!text) throw new Error(`This page has no #${PAGE_DATA_ID}: render it with the Workbench layout.`);
	cached = JSON.parse(text) as PageData;
	return cached;
}
