/** `/favicon.ico`: the icon at 16, 32 and 48 pixels, for browsers and tools that ask for it by that name. */
import type { APIRoute } from 'astro';
import { faviconIco } from '../site/icons.ts';

export const GET: APIRoute = () => new Response(faviconIco(), { headers: { 'Content-Type': 'image/x-icon' } });
