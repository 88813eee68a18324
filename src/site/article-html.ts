/** An article's body as HTML for one interface language, from its analysis (parsed once per build). */
import { useTranslations } from '../i18n/index.ts';
import { type Locale, pathFor } from '../i18n/routes.ts';
import { renderArticle } from '../markdown/processor.ts';
import type { Article, Model } from '../model/types.ts';

export function articleHtml(model: Model, article: Article, locale: Locale): string {
  const analysis = model.analysisByArticle.get(article.id);
  if (!analysis) throw new Error(`The article "${article.id}" has no analysis.`);
  const t = useTranslations(locale);
  const titles = new Map((model.eventsByArticle.get(article.id) ?? []).map((event) => [event.id, event.data.title[locale]]));
  return renderArticle(analysis, {
    passageLinkLabel: t('passage.link'),
    glossaryHref: (id) => pathFor({ name: 'glossaryEntry', id }, locale),
    eventHref: (id) => `#event-${id}`,
    eventLinkLabel: (id) => t('timeline.toEvent', { title: titles.get(id) ?? id }),
  });
}
