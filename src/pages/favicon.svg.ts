/** `/favicon.svg`: the site's icon as SVG, drawn from the same code as its PNG and ICO forms (src/site/icons.ts). */
import type { APIRoute } from 'astro';
import { iconSvg } from '../site/icons.ts';

export const GET: APIRoute = () => new Response(iconSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
