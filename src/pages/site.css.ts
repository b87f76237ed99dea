import type { APIRoute } from 'astro';
import config from 'virtual:kapkit/config';
import { siteStylesheet } from '../styles/site-sheet';

// The binder's first stylesheet: the cascade layers' order, and the theme tokens with the practice's
// accent colour. Workbench pages bundle the same sheet (virtual:kapkit/site.css) into theirs; the
// binder links it apart, so it gets the tokens without the workbench's full-window layout.
export const GET: APIRoute = () => new Response(siteStylesheet(config.accentColor), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
