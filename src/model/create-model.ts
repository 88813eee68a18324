/**
 * The content model, built once per build from the loaded content: every article body analysed
 * once (src/markdown/processor.ts), every cross-check run on those analyses, and the indexes the
 * pages need. Pure: no Astro, so the tests build models from fixture files.
 */
import { analyseArticle, type ArticleAnalysis } from '../markdown/processor.ts';
import { comparePreciseDates } from '../text/precise-date.ts';
import { compileTermMatcher } from '../text/term-matcher.ts';
import { findProblems, findWarnings } from './checks/index.ts';
import { publicationDay } from './publication-day.ts';
import { orderTimeline } from './timeline-order.ts';
import { type Content, ContentError, type Model, type PassageMention, type TimelineEvent } from './types.ts';

/** Appends to the list under `key`, creating it. */
function push<Value>(map: Map<string, Value[]>, key: string, value: Value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Checks and indexes the content. Throws a ContentError listing every problem. */
export function createModel(content: Content): Model {
  const timeline = orderTimeline(content.timeline);
  const eventsByArticle = new Map<string, TimelineEvent[]>();
  const eventsByActor = new Map<string, TimelineEvent[]>();
  const updatesByArticle = new Map<string, TimelineEvent[]>();
  for (const event of timeline) {
    if (event.data.evidence) push(eventsByArticle, event.data.evidence.article, event);
    for (const article of event.data.updates) push(updatesByArticle, article, event);
    for (const actor of event.data.actors) push(eventsByActor, actor, event);
  }

  const glossary = compileTermMatcher(content.glossary.map((entry) => ({ id: entry.id, aliases: entry.data.aliases, matchCase: entry.data.matchCase })));
  const analysisByArticle = new Map<string, ArticleAnalysis>();
  for (const article of content.articles) {
    const quotes = (eventsByArticle.get(article.id) ?? []).flatMap((event) => (event.data.evidence ? [{ id: event.id, quote: event.data.evidence.quote }] : []));
    analysisByArticle.set(article.id, analyseArticle(article.body, { glossary, quotes }));
  }

  const problems = findProblems(content, analysisByArticle);
  if (problems.length > 0) throw new ContentError(problems);

  const articles = [...content.articles].sort(
    (a, b) => comparePreciseDates(publicationDay(b.data).date, publicationDay(a.data).date) || a.data.title.localeCompare(b.data.title, 'nl'),
  );
  const mentionsByEntry = new Map<string, PassageMention[]>();
  for (const article of articles) {
    // One entry per passage and glossary entry, found by key: a list scan would grow with the archive.
    const passages = new Map<string, PassageMention>();
    for (const mention of analysisByArticle.get(article.id)?.mentions ?? []) {
      if (!mention.passage || mention.passageText === undefined || mention.start === undefined || mention.end === undefined) continue;
      const key = `${mention.term} ${mention.passage}`;
      let passage = passages.get(key);
      if (!passage) {
        passage = { article, passage: mention.passage, passageText: mention.passageText, ranges: [] };
        passages.set(key, passage);
        push(mentionsByEntry, mention.term, passage);
      }
      passage.ranges.push({ start: mention.start, end: mention.end });
    }
  }

  return {
    articles,
    glossary: [...content.glossary],
    timeline,
    articleById: new Map(articles.map((article) => [article.id, article])),
    entryById: new Map(content.glossary.map((entry) => [entry.id, entry])),
    analysisByArticle,
    mentionsByEntry,
    eventsByArticle,
    updatesByArticle,
    eventsByActor,
    warnings: findWarnings(content, analysisByArticle),
  };
}
