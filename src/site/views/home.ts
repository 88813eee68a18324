/** The home page: every article, newest first. */
import { type Locale, pathFor } from '../../i18n/routes.ts';
import type { ArticleData } from '../../model/schemas/article.ts';
import type { Model } from '../../model/types.ts';

export interface HomeView {
  articles: { href: string; data: ArticleData }[];
}

export function homeView(model: Model, locale: Locale): HomeView {
  return { articles: model.articles.map((article) => ({ href: pathFor({ name: 'article', slug: article.id }, locale), data: article.data })) };
}
