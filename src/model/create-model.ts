/**
 * The content model, built once per build from the loaded content: every article body analysed
 * once (src/markdown/processor.ts), every cross-check run on those analyses, and the indexes the
 * pages need. Pure: no Astro, so the tests build models from fixture files.
 */
import type { Locale } from '../i18n/routes.ts';
import { analyseArticle, analyseTranslation, type ArticleAnalysis } from '../markdown/processor.ts';
import { comparePreciseDates } from '../text/precise-date.ts';
import { compileTermMatcher } from '../text/term-matcher.ts';
import { findProblems, findWarnings } from './checks/index.ts';
import { aliasSources } from './glossary-aliases.ts';
import { isGlossaryDraft } from './schemas/glossary.ts';
import { publicationDay } from './publication-day.ts';
import { orderTimeline } from './timeline-order.ts';
import { articlePages, timelinePages } from './list-pages.ts';
import { pageOfItems } from './period-pages.ts';
import { timelinePagePath } from './published-ledger.ts';
import { type Content, ContentError, type GlossaryDraftEntry, type GlossaryEntry, type LoadedContent, type Model, type PassageMention, type Problem, type TimelineEvent, type Translation } from './types.ts';

/** Appends to the list under `key`, creating it. */
function push<Value>(map: Map<string, Value[]>, key: string, value: Value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The ledger's events per timeline page, by the page's period (`''` for `/tijdlijn/`). */
function publishedEventsByPeriod(events: Readonly<Record<string, string[]>>): Map<string, string[]> {
  const root = timelinePagePath('');
  return new Map(Object.entries(events).flatMap(([path, ids]) => (path.startsWith(root) ? [[path.slice(root.length).replace(/\/$/, ''), ids] as const] : [])));
}

/** A warning for each draft glossary entry: it is left out of the site until reviewed. */
function draftWarnings(drafts: readonly GlossaryDraftEntry[]): Problem[] {
  return drafts.map((draft) => ({
    file: draft.filePath,
    field: 'draft',
    message:
      'is a draft, left out of the site: its page, its marks in the articles and its search record are not built. ' +
      'Write every field (see content/glossary/atacms.yaml), check each statement, set "reviewed" to today and remove "draft: true".',
  }));
}

/**
 * Checks and indexes the content. Throws a ContentError listing every problem. Draft glossary
 * entries are left out (with a warning), so a draft never marks a word or breaks a check.
 */
export function createModel(loaded: LoadedContent): Model {
  const drafts: GlossaryDraftEntry[] = [];
  const glossary: GlossaryEntry[] = [];
  for (const entry of loaded.glossary) {
    const { data } = entry;
    if (isGlossaryDraft(data)) drafts.push({ ...entry, data });
    else glossary.push({ ...entry, data });
  }
  const content: Content = { ...loaded, glossary };
  const timeline = orderTimeline(content.timeline);
  const eventsByArticle = new Map<string, TimelineEvent[]>();
  const eventsByActor = new Map<string, TimelineEvent[]>();
  const updatesByArticle = new Map<string, TimelineEvent[]>();
  for (const event of timeline) {
    if (event.data.evidence) push(eventsByArticle, event.data.evidence.article, event);
    for (const article of event.data.updates) push(updatesByArticle, article, event);
    for (const actor of event.data.actors) push(eventsByActor, actor, event);
  }

  const matcher = (language: Locale) => compileTermMatcher(aliasSources(content.glossary, language));
  const quotesOf = (article: string, words: (evidence: { quote: string; translation?: string | undefined }) => string | undefined) =>
    (eventsByArticle.get(article) ?? []).flatMap((event) => {
      const quote = event.data.evidence && words(event.data.evidence);
      return quote ? [{ id: event.id, quote }] : [];
    });

  const dutch = matcher('nl');
  const analysisByArticle = new Map<string, ArticleAnalysis>();
  for (const article of content.articles) analysisByArticle.set(article.id, analyseArticle(article.body, { glossary: dutch, quotes: quotesOf(article.id, (evidence) => evidence.quote) }));

  const english = content.translations.length > 0 ? matcher('en') : undefined;
  const translationByArticle = new Map<string, { translation: Translation; analysis: ArticleAnalysis }>();
  for (const translation of content.translations) {
    const original = analysisByArticle.get(translation.id);
    if (!original || !english) continue;
    // A translated passage takes its element from its original; an unknown id is reported by the checks.
    const tagNames = new Map(original.passages.map((passage) => [passage.id, passage.tagName]));
    const passages = translation.data.passages.map(({ id, text }) => ({ id, text, tagName: tagNames.get(id) ?? 'p' }));
    const analysis = analyseTranslation(passages, { glossary: english, quotes: quotesOf(translation.id, (evidence) => evidence.translation) });
    translationByArticle.set(translation.id, { translation, analysis });
  }
  const analyses = { articles: analysisByArticle, translations: new Map([...translationByArticle].map(([id, { analysis }]) => [id, analysis])) };

  const problems = findProblems(content, analyses);
  if (problems.length > 0) throw new ContentError(problems);

  const articles = [...content.articles].sort(
    (a, b) => comparePreciseDates(publicationDay(b.data).date, publicationDay(a.data).date) || a.data.title.localeCompare(b.data.title, 'nl'),
  );
  const mentionsIn = (language: Locale) => {
    const mentionsByEntry = new Map<string, PassageMention[]>();
    for (const article of articles) {
      // A reader of English gets the translation where there is one, and the original otherwise.
      const translated = language === 'en' ? translationByArticle.get(article.id)?.analysis : undefined;
      const analysis = translated ?? analysisByArticle.get(article.id);
      const lang: Locale = translated ? 'en' : 'nl';
      // One entry per passage and glossary entry, found by key: a list scan would grow with the archive.
      const passages = new Map<string, PassageMention>();
      for (const mention of analysis?.mentions ?? []) {
        if (!mention.passage || mention.passageText === undefined || mention.start === undefined || mention.end === undefined) continue;
        const key = `${mention.term} ${mention.passage}`;
        let passage = passages.get(key);
        if (!passage) {
          passage = { article, lang, passage: mention.passage, passageText: mention.passageText, ranges: [] };
          passages.set(key, passage);
          push(mentionsByEntry, mention.term, passage);
        }
        passage.ranges.push({ start: mention.start, end: mention.end });
      }
    }
    return mentionsByEntry;
  };

  const eventPages = timelinePages(timeline);
  return {
    articles,
    glossary: [...content.glossary],
    timeline,
    articleById: new Map(articles.map((article) => [article.id, article])),
    entryById: new Map(content.glossary.map((entry) => [entry.id, entry])),
    analysisByArticle,
    translationByArticle,
    mentionsByEntry: { nl: mentionsIn('nl'), en: mentionsIn('en') },
    eventsByArticle,
    updatesByArticle,
    eventsByActor,
    timelinePages: eventPages,
    articlePages: articlePages(articles),
    eventPeriod: pageOfItems(eventPages, (event) => event.id),
    eventById: new Map(timeline.map((event) => [event.id, event])),
    publishedEvents: publishedEventsByPeriod(content.published?.ledger.events ?? {}),
    warnings: [...draftWarnings(drafts), ...findWarnings(content, analyses)],
  };
}
