import type { APIRoute } from 'astro';
import config from 'virtual:kapkit/config';

// The practice's accent colour as a stylesheet of its own: the Content-Security-Policy allows
// stylesheets from the site but no inline style attributes.
export const GET: APIRoute = () =>
	new Response(`:root { --kap-accent: ${config.accentColor}; }\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
