/** `getStaticPaths` for the article page in either language: one page per article, body rendered once. */
import { useTranslations } from '../i18n/index.ts';
import { renderArticle } from '../markdown/processor.ts';
import { getArticles } from './collections.ts';
import type { Locale } from './routes.ts';

export async function articlePaths(locale: Locale) {
  const t = useTranslations(locale);
  const articles = await getArticles();
  return Promise.all(
    articles.map(async (article) => ({
      params: { slug: article.id },
      props: { article, html: await renderArticle(article.body, { passageLinkLabel: t('passage.link') }) },
    })),
  );
}
