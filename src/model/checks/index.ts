/**
 * Cross-checks between collections that a single schema cannot see. One rule per file; the rules
 * that look into article text read the articles' analyses, never the Markdown again.
 */
import type { ArticleAnalysis } from '../../markdown/processor.ts';
import type { Content, Problem } from '../types.ts';
import { checkArticleBodyMarkup } from './article-body-markup.ts';
import { checkArticleBodyNotEmpty } from './article-body-not-empty.ts';
import { checkArticleTags } from './article-tags.ts';
import { checkGlossaryAliasesUnique } from './glossary-alias-unique.ts';
import { checkGlossaryAliasesUsed } from './glossary-alias-used.ts';
import { checkGlossaryFactTimes } from './glossary-fact-times.ts';
import { checkGlossarySlugsUnique } from './glossary-slug-unique.ts';
import { checkPlaceLocations } from './place-location.ts';
import { checkPublishedLedger } from './published-ledger.ts';
import { publishedNow } from '../published-ledger.ts';
import { checkSiteTextArticleQuotes } from './site-text-article-quotes.ts';
import { checkSiteTextRelativeDays } from './site-text-relative-days.ts';
import { checkTimelineOrder } from './timeline-order.ts';
import { checkTimelineQuotes } from './timeline-quotes.ts';
import { checkTimelineReferences } from './timeline-references.ts';
import { checkTranslationAlignment } from './translation-alignment.ts';

/** The articles' analyses, and their translations' (by article slug). */
export interface Analyses {
  articles: ReadonlyMap<string, ArticleAnalysis>;
  translations: ReadonlyMap<string, ArticleAnalysis>;
}

/** Each article's passage ids, in document order. */
export function passageIds(analyses: ReadonlyMap<string, ArticleAnalysis>): Map<string, string[]> {
  return new Map([...analyses].map(([slug, analysis]) => [slug, analysis.passages.map((passage) => passage.id)]));
}

/** Every problem in the content, rule by rule. */
export function findProblems(content: Content, { articles: analyses, translations }: Analyses): Problem[] {
  const glossaryIds = new Set(content.glossary.map((entry) => entry.id));
  const articleSlugs = new Set(content.articles.map((article) => article.id));
  return [
    ...checkArticleBodyNotEmpty(content.articles),
    ...checkArticleBodyMarkup(content.articles, analyses),
    ...checkArticleTags(content.articles, glossaryIds),
    ...checkGlossaryAliasesUnique(content.glossary),
    ...checkGlossarySlugsUnique(content.glossary),
    ...checkGlossaryFactTimes(content.glossary),
    ...checkPlaceLocations(content.glossary),
    ...checkSiteTextRelativeDays(content),
    ...checkSiteTextArticleQuotes(content, { nl: analyses.values(), en: translations.values() }),
    ...checkTimelineReferences(content.timeline, glossaryIds, articleSlugs),
    ...checkTimelineOrder(content.timeline),
    ...checkTimelineQuotes(content.timeline, analyses, translations),
    ...checkTranslationAlignment(content.translations, new Map(content.articles.map((article) => [article.id, article])), analyses),
    ...(content.published ? checkPublishedLedger(content.published, publishedNow(content, passageIds(analyses)), content.articles, content.timeline) : []),
  ];
}

/** Things worth a look that do not stop the build. */
export function findWarnings(content: Content, { articles, translations }: Analyses): Problem[] {
  return checkGlossaryAliasesUsed(content.glossary, { nl: articles.values(), en: translations.values() });
}
