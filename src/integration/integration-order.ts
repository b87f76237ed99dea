/**
 * Why kapkit cannot run with these integrations, or null when it can. kapkit must come last: it
 * checks, indexes and publishes the finished build, so anything an integration after it writes
 * would escape the checks, the search index and the offline precache, or land in a staging
 * folder that is already gone.
 */
export function integrationOrderProblem(names: readonly string[], own: string): string | null {
	const at = names.indexOf(own);
	if (at === -1 || at === names.length - 1) return null;
	const after = names.slice(at + 1).map((name) => JSON.stringify(name)).join(', ');
	return `kapkit must be the last integration in astro.config.mjs (it checks and publishes the finished build), found it before ${after}; move ${own}(…) to the end of \`integrations\``;
}
