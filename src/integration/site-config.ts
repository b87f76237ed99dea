import { siteConfigSchema, type SiteConfig, type SiteConfigInput } from '../schemas/site.ts';
import { formatProblems, issuesToProblems } from '../lib/problems.ts';

export const SITE_CONFIG_FILE = 'kapkit.config.ts';

/** Typed helper for kapkit.config.ts: completion and checking while the file is edited. */
export function defineKapkitConfig(config: SiteConfigInput): SiteConfigInput {
	return config;
}

/**
 * Validates the site config. `KAPKIT_BASE` in the environment overrides `base`, so that one
 * checkout can be built for the root and for a sub-path (the tests do both).
 */
export function resolveSiteConfig(input: SiteConfigInput, env: Record<string, string | undefined> = {}): SiteConfig {
	const candidate = env.KAPKIT_BASE ? { ...input, base: env.KAPKIT_BASE } : input;
	const result = siteConfigSchema.safeParse(candidate, { reportInput: true });
	if (!result.success) {
		const error = new Error(`The site config is not valid:\n${formatProblems(issuesToProblems(SITE_CONFIG_FILE, result.error.issues))}`);
		error.name = 'KapkitConfigError';
		throw error;
	}
	return result.data;
}
