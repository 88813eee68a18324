/**
 * The preview images, one PNG per article, glossary entry, timeline and site card in each interface
 * language, drawn at build time. The file each one is written to is `ogImagePath` of its page, the
 * same path the page's `og:image` names (src/site/og-images.ts). Each image's `cacheKey` is its
 * card's content hash, so an incremental build (astro.config.mjs) redraws only the cards whose
 * content changed and restores the others from the cache folder.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../model/store.ts';
import { renderOgImage, type OgCard } from '../../site/og-image.ts';
import { ogCardHash, ogImageParam, ogImages } from '../../site/og-images.ts';
import { locales } from '../../i18n/routes.ts';

export const getStaticPaths = (async () => {
  const model = await getModel();
  return locales.flatMap((locale) =>
    ogImages(model, locale).map(({ route, card }) => ({ params: { image: ogImageParam(route, locale) }, props: card, cacheKey: ogCardHash(card) })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<OgCard> = async ({ props }) =>
  new Response(await renderOgImage(props), { headers: { 'Content-Type': 'image/png' } });
