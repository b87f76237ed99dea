import type { APIRoute } from 'astro';
import config from 'virtual:kapkit/config';
import { withBase } from '../lib/format';

// Makes the manual installable ("Add to Home Screen"): an installed app keeps its storage on
// iPads, where Safari otherwise clears a site's data after seven days without a visit.
export const GET: APIRoute = () => {
	const base = import.meta.env.BASE_URL;
	const icon = (file: string, size: number, purpose = 'any') => ({ src: withBase(base, `/${file}`), sizes: `${size}x${size}`, type: 'image/png', purpose });
	return new Response(
		JSON.stringify({
			name: config.name,
			short_name: config.shortName,
			description: `${config.name}: protocols and worksheets for ketamine-assisted psychotherapy.`,
			lang: config.lang,
			start_url: base,
			scope: base,
			display: 'standalone',
			background_color: '#ffffff',
			theme_color: config.accentColor,
			icons: [icon('icon-192.png', 192), icon('icon-512.png', 512), icon('icon-maskable-512.png', 512, 'maskable'), { src: withBase(base, config.logo), sizes: 'any', type: 'image/svg+xml' }],
		}),
		{ headers: { 'Content-Type': 'application/manifest+json' } },
	);
};
