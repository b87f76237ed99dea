import type { APIRoute } from 'astro';
import config from 'virtual:kapkit/config';
import { siteStylesheet } from '../styles/site-sheet';

// The first stylesheet of every page: the cascade layers' order, and the theme tokens with the
// practice's accent colour. A stylesheet of its own, because the Content-Security-Policy allows
// stylesheets from the site but no inline style attributes.
export const GET: APIRoute = () => new Response(siteStylesheet(config.accentColor), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
