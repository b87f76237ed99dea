import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildExplorer } from '../lib/nav';

// The whole explorer tree, fetched once by the explorer script: pages carry only their own folder.
export const GET: APIRoute = async () =>
	new Response(
		JSON.stringify(
			buildExplorer({
				protocols: await getCollection('protocols'),
				worksheets: await getCollection('worksheets'),
				courses: await getCollection('courses'),
			}),
		),
		{ headers: { 'Content-Type': 'application/json' } },
	);
