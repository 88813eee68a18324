/**
 * The PNG icons at the site's root: `/apple-touch-icon.png` (180×180, where iOS looks for it even
 * unlinked) and `/icon-192.png` (src/site/icons.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { iconPng, pngIcons } from '../site/icons.ts';

export const getStaticPaths = (() =>
  Object.values(pngIcons).map(({ file, size, shape }) => ({ params: { icon: file.replace(/\.png$/, '') }, props: { size, shape } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number; shape: 'rounded' | 'square' }> = ({ props }) =>
  new Response(iconPng(props.size, props.shape), { headers: { 'Content-Type': 'image/png' } });
