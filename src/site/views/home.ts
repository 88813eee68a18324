/** The home page: every article, newest first, each with its source line and whose words its headline is. */
import { useTranslations } from '../../i18n/index.ts';
import { type Locale, pathFor } from '../../i18n/routes.ts';
import { editionOf } from '../../model/edition.ts';
import type { Model } from '../../model/types.ts';
import { provenanceView, siteWords, translatedBy } from '../provenance.ts';

export interface HomeView {
  /** Each article with its headline and standfirst in the page's language where it is translated (`lang` says which). */
  articles: { href: string; title: string; standfirst: string; lang: string; sourceLine: string; siteWords?: string | undefined; translatedBy?: string | undefined }[];
}

export function homeView(model: Model, locale: Locale): HomeView {
  const t = useTranslations(locale);
  return {
    articles: model.articles.map((article) => ({ article, edition: editionOf(model, article.id, locale) })).map(({ article, edition }) => ({
      href: pathFor({ name: 'article', slug: article.id }, locale),
      title: edition.title,
      standfirst: edition.standfirst,
      lang: edition.lang,
      translatedBy: translatedBy(edition, t),
      sourceLine: provenanceView(article.data, locale, t).line,
      siteWords: siteWords(article.data, t)?.label,
    })),
  };
}
