/** The home page: every article, newest first, each with its source line and whose words its headline is. */
import { useTranslations } from '../../i18n/index.ts';
import { type Locale, pathFor } from '../../i18n/routes.ts';
import type { ArticleData } from '../../model/schemas/article.ts';
import type { Model } from '../../model/types.ts';
import { provenanceView, siteWords } from '../provenance.ts';

export interface HomeView {
  articles: { href: string; data: ArticleData; sourceLine: string; siteWords?: string | undefined }[];
}

export function homeView(model: Model, locale: Locale): HomeView {
  const t = useTranslations(locale);
  return {
    articles: model.articles.map((article) => ({
      href: pathFor({ name: 'article', slug: article.id }, locale),
      data: article.data,
      sourceLine: provenanceView(article.data, locale, t).line,
      siteWords: siteWords(article.data, t)?.label,
    })),
  };
}
