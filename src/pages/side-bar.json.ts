import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sideBarLists } from '../lib/nav';
import { tools } from '../tools';

// The side bar's Worksheets and Tools views, fetched once when the reader first opens one of them.
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(sideBarLists(await getCollection('worksheets'), tools, import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'application/json' } });
