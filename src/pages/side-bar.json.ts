import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sideBarLists } from '../lib/nav';
import { tools } from '../tools';

// The side bar's Worksheets and Tools views (and the palette's tools), fetched once when first needed: scripts/side-bar-lists.ts.
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(sideBarLists(await getCollection('worksheets'), tools, import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'application/json' } });
