declare module 'virtual:kapkit/config' {
	const config: import('./schemas/site.ts').SiteConfig;
	export default config;
}

declare module 'virtual:kapkit/edition' {
	/** This build's edition (checked against the released ones) and the changelog, newest edition first. */
	const edition: { manifest: import('./schemas/changes.ts').EditionManifest; changes: import('./schemas/changes.ts').EditionChanges[] };
	export default edition;
}

/** The layer order and the theme tokens (styles/site-sheet.ts), bundled into the workbench's stylesheet. */
declare module 'virtual:kapkit/site.css';

declare module 'virtual:kapkit/logo' {
	/** The logo as decorative inline SVG for the title bar (lib/logo.ts), or null: shown as an image. */
	const logo: string | null;
	export default logo;
}
