/** `getStaticPaths` for the article page in either language: one page per article. */
import { getArticles } from '../model/store.ts';
import { renderArticle } from './article-html.ts';
import type { Locale } from '../i18n/routes.ts';

export async function articlePaths(locale: Locale) {
  const articles = await getArticles();
  return Promise.all(
    articles.map(async (article) => ({ params: { slug: article.id }, props: { article, rendered: await renderArticle(article, locale) } })),
  );
}
