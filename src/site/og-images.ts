/**
 * Which preview image (Open Graph, Twitter card) belongs to which page, and what it says. Pure: the
 * layout asks for a page's image path, the `/og/[...image].png` endpoint asks for the cards to draw,
 * and both go through `ogImagePath`, so a page never links an image that was not built.
 */
import { useTranslations } from '../i18n/index.ts';
import { entryRoute } from '../model/glossary-urls.ts';
import type { GlossaryData } from '../model/schemas/glossary.ts';
import type { OgCard } from './og-image.ts';
import type { Locale, Route } from '../i18n/routes.ts';

/** The folder the endpoint writes into; `src/pages/og/` must match it. */
const base = '/og/';
const extension = '.png';

/**
 * The site-relative path of a page's preview image. Articles, glossary entries and the timeline
 * have their own; every other page (home, glossary index, search, 404) shares the site image, so
 * adding a page never needs a new image.
 */
export function ogImagePath(route: Route, locale: Locale): string {
  return `${base}${locale}/${imageName(route, locale)}${extension}`;
}

function imageName(route: Route, locale: Locale): string {
  switch (route.name) {
    case 'article':
      return `article/${encodeURIComponent(route.slug)}`;
    case 'glossaryEntry':
      // Named like the page: `/en/glossary/putin/` has `/og/en/glossary/putin.png`.
      return `glossary/${encodeURIComponent(route.slug[locale])}`;
    case 'timeline':
      return 'timeline';
    default:
      return 'site';
  }
}

/**
 * The `[...image]` parameter that makes the endpoint write the file at `ogImagePath`: the same
 * path without the folder and the extension (Astro appends `.png` from the file name).
 */
export function ogImageParam(route: Route, locale: Locale): string {
  return decodeURIComponent(ogImagePath(route, locale).slice(base.length, -extension.length));
}

/** What the cards are drawn from: only the fields they show, so tests need no collections. */
export interface OgContent {
  /** Each article's headline and standfirst in the card's language (src/model/edition.ts). */
  articles: (locale: Locale) => readonly { id: string; title: string; standfirst: string }[];
  glossary: readonly { id: string; data: Pick<GlossaryData, 'kind' | 'name' | 'short' | 'slug'> }[];
}

export interface OgImage {
  /** The route whose path the image is written to (for the site image: home). */
  route: Route;
  card: OgCard;
}

/** Every preview image of one interface language, with the text it shows in that language. */
export function ogImages(locale: Locale, content: OgContent): OgImage[] {
  const t = useTranslations(locale);
  const footer = `${t('site.name')} — ${t('site.tagline')}`;
  const card = (label: string, title: string, description?: string): OgCard => ({
    label,
    title,
    ...(description === undefined ? {} : { description }),
    footer,
    lang: locale,
  });
  return [
    // The site image names no page, so it carries what the site is; the footer already names it.
    { route: { name: 'home' }, card: card('', t('site.description')) },
    // "Artikelen" over one article: the interface has no singular label, and the section name
    // tells a reader where the link goes. An article without a translation keeps its Dutch words.
    ...content.articles(locale).map(({ id, title, standfirst }) => ({
      route: { name: 'article', slug: id } as const,
      card: card(t('nav.home'), title, standfirst),
    })),
    ...content.glossary.map((entry) => ({
      route: entryRoute(entry),
      card: card(`${t('glossary.title')} · ${t(`glossary.kind.${entry.data.kind}`)}`, entry.data.name[locale], entry.data.short[locale]),
    })),
    // "Tijdlijn" is already the label; the intro says what is on it.
    { route: { name: 'timeline' }, card: card(t('timeline.title'), t('timeline.intro')) },
  ];
}
