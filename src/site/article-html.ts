/** An article's body as HTML for one interface language, from its analysis (parsed once per build). */
import { useTranslations } from '../i18n/index.ts';
import { type Locale, pathFor } from '../i18n/routes.ts';
import { renderArticle } from '../markdown/processor.ts';
import { editionOf } from '../model/edition.ts';
import { entryRouteById } from '../model/glossary-urls.ts';
import type { Model } from '../model/types.ts';

/**
 * The text a reader of `locale` gets (src/model/edition.ts), each paragraph followed, one tap away,
 * by the same paragraph in the other language when the article has a translation: the Dutch
 * original on the English page, the English translation on the Dutch one.
 */
export function articleHtml(model: Model, slug: string, locale: Locale): string {
  const t = useTranslations(locale);
  const edition = editionOf(model, slug, locale);
  const translated = model.translationByArticle.get(slug);
  const other = translated && (edition.translation ? model.analysisByArticle.get(slug) : translated.analysis);
  const titles = new Map((model.eventsByArticle.get(slug) ?? []).map((event) => [event.id, event.data.title[locale]]));
  return renderArticle(edition.analysis, {
    passageLinkLabel: t('passage.link'),
    glossaryHref: (id) => pathFor(entryRouteById(model, id), locale),
    eventHref: (id) => `#event-${id}`,
    eventLinkLabel: (id) => t('timeline.toEvent', { title: titles.get(id) ?? id }),
    formerIds: edition.article.data.formerIds,
    counterparts: other && {
      texts: new Map(other.passages.map((passage) => [passage.id, passage.text])),
      lang: edition.translation ? edition.article.data.lang : 'en',
      label: t(edition.translation ? 'translation.original' : 'translation.english'),
    },
  });
}
