declare module 'virtual:kapkit/config' {
	const config: import('./schemas/site.ts').SiteConfig;
	export default config;
}
