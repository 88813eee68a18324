/**
 * Where an article comes from, as the page shows it: one source line, the full block one tap away,
 * and the label facts use to cite the article by its source (never by Duiding's own headline).
 * Only what the copy received says; a field it does not give is shown as not stated.
 */
import type { Translate } from '../i18n/index.ts';
import { type Locale, localeTags } from '../i18n/routes.ts';
import { type ArticleData, NOT_STATED } from '../model/schemas/article.ts';
import { publicationDay } from '../model/publication-day.ts';
import type { Edition } from '../model/types.ts';
import { formatPreciseDate } from '../text/precise-date.ts';

/** "≈ 31 mei 2023" for a derived day, "31 mei 2023" for one the copy gives. */
export function formatPublicationDay(data: ArticleData, locale: Locale, t: Translate): string {
  const { date, derived } = publicationDay(data);
  const formatted = formatPreciseDate(date, localeTags[locale]);
  return derived ? t('date.approximate', { date: formatted }) : formatted;
}

export interface ProvenanceRow {
  label: string;
  value: string;
  /** True for the row that lists what the copy does not say. */
  notStated: boolean;
  href?: string | undefined;
  /** The language of the value, when it is the source's own words. */
  lang?: string | undefined;
}

export interface ProvenanceView {
  /** One line above the text: "Bron: uitgever niet vermeld · ≈ 31 mei 2023". */
  line: string;
  rows: ProvenanceRow[];
  /** How the day was derived, when it was. */
  derivation?: string | undefined;
}

export function provenanceView(data: ArticleData, locale: Locale, t: Translate): ProvenanceView {
  const { publisher, author, headline, url, rights, derivedDay } = data.source;
  const day = formatPublicationDay(data, locale, t);
  const fields: [label: string, value: string, extra?: Partial<ProvenanceRow>][] = [
    [t('provenance.publisher'), publisher],
    [t('provenance.author'), author],
    [t('provenance.headline'), headline, { lang: data.lang }],
    [t('provenance.url'), url, { href: url }],
    [t('provenance.rights'), rights],
  ];
  const stated = fields.filter(([, value]) => value !== NOT_STATED);
  // What the copy does not give is one row, not the same phrase five times.
  const unknown = fields.filter(([, value]) => value === NOT_STATED).map(([label]) => label.toLocaleLowerCase(localeTags[locale]));
  return {
    line: t('provenance.line', { publisher: publisher === NOT_STATED ? t('provenance.publisherNotStated') : publisher, date: day }),
    rows: [
      ...stated.map(([label, value, extra]) => ({ label, value, notStated: false, ...extra })),
      { label: t('provenance.published'), value: day, notStated: false },
      ...(data.image ? [{ label: t('provenance.photo'), value: data.image.credit, notStated: false }] : []),
      ...(unknown.length > 0 ? [{ label: t('provenance.notStatedRow'), value: unknown.join(', '), notStated: true }] : []),
    ],
    derivation: derivedDay?.derivation[locale],
  };
}

/** How a fact cites the article: by its source and day, e.g. "het bronartikel, uitgever niet vermeld, ≈ 31 mei 2023". */
export function articleSourceLabel(data: ArticleData, locale: Locale, t: Translate): string {
  const date = formatPublicationDay(data, locale, t);
  return data.source.publisher === NOT_STATED ? t('source.articleUnnamed', { date }) : t('source.article', { publisher: data.source.publisher, date });
}

/**
 * Whose words the headline and standfirst are, when Duiding wrote either (`translated`: on the page
 * of a translation): `note` is the sentence the
 * article page shows (and JSON-LD's `backstory`), `label` the short mark for lists, feeds and previews.
 */
export function siteWords(data: ArticleData, t: Translate, translated = false): { note: string; label: string } | undefined {
  const title = data.titleBy === 'site';
  const standfirst = data.standfirstBy === 'site';
  if (!title && !standfirst) return undefined;
  const key = title && standfirst ? 'writtenBySite' : title ? 'titleBySite' : 'standfirstBySite';
  // On a translation the note says the text is translated, not "reproduced unchanged".
  return { note: t(translated ? `article.${key}Translated` : `article.${key}`), label: t(`article.${key}Short`) };
}

/** The standfirst for lists, feeds and previews (the original's, or its translation), marked as the site's words when it is. */
export function markedStandfirst(data: ArticleData, t: Translate, standfirst = data.standfirst): string {
  const label = siteWords(data, t)?.label;
  return label ? `${standfirst} (${label})` : standfirst;
}

/** "Translated by Duiding from the Dutch original", wherever an edition that is a translation appears; else undefined. */
export function translatedBy(edition: Pick<Edition, 'translation'>, t: Translate): string | undefined {
  return edition.translation && t('translation.by', { translator: edition.translation.data.translator });
}
