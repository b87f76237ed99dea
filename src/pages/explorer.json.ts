import type { APIRoute } from 'astro';
import { explorerTree } from '../routing/explorer';

// The whole explorer tree, fetched once by the explorer script: pages carry only their own folder.
export const GET: APIRoute = async () => new Response(JSON.stringify(await explorerTree()), { headers: { 'Content-Type': 'application/json' } });
