/** Which text of an article a reader of each interface language gets. */
import type { Locale } from '../i18n/routes.ts';
import type { Edition, Model } from './types.ts';

/**
 * The article as read in `locale`: its English translation for a reader of English when there is
 * one, the Dutch original otherwise (the page then says the text is Dutch).
 */
export function editionOf(model: Pick<Model, 'articleById' | 'analysisByArticle' | 'translationByArticle'>, slug: string, locale: Locale): Edition {
  const article = model.articleById.get(slug);
  const analysis = model.analysisByArticle.get(slug);
  if (!article || !analysis) throw new Error(`There is no article "${slug}".`);
  const translated = locale === 'en' ? model.translationByArticle.get(slug) : undefined;
  if (translated) {
    const { data } = translated.translation;
    return { article, lang: 'en', translation: translated.translation, title: data.title, standfirst: data.standfirst, caption: data.caption, analysis: translated.analysis };
  }
  return { article, lang: article.data.lang, title: article.data.title, standfirst: article.data.standfirst, caption: article.data.image?.caption, analysis };
}
