import type { APIRoute } from 'astro';
import printRules from '../styles/print.css?raw';

// Every page's print rules, in their own sheet that pages link media="print": screens never
// download or parse them, and they sit in the print layer, above every screen layer.
export const GET: APIRoute = () => new Response(`@layer print {\n${printRules}}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
