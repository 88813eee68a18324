/**
 * Article bodies rendered through the one unified processor, once per article and language per
 * build, and shared by every page that needs them (article pages, glossary pages).
 */
import { useTranslations } from '../i18n/index.ts';
import { type RenderedArticle, renderArticleBody } from '../markdown/processor.ts';
import { type Article, getArticles, getContent, getTimeline } from '../model/store.ts';
import { type Locale, pathFor } from '../i18n/routes.ts';
import { compileTermMatcher, type TermMatcher } from '../text/term-matcher.ts';

let matcher: Promise<TermMatcher> | undefined;
const renders = new Map<string, Promise<RenderedArticle>>();

/** The glossary's aliases, compiled once per build. */
function glossaryMatcher(): Promise<TermMatcher> {
  matcher ??= getContent().then(({ glossary }) =>
    compileTermMatcher(glossary.map((entry) => ({ id: entry.id, aliases: entry.data.aliases, matchCase: entry.data.matchCase }))),
  );
  return matcher;
}

async function render(article: Article, locale: Locale): Promise<RenderedArticle> {
  const t = useTranslations(locale);
  const events = (await getTimeline()).filter((event) => event.data.evidence?.article === article.id);
  const titles = new Map(events.map((event) => [event.id, event.data.title[locale]]));
  return renderArticleBody(article.body, {
    passageLinkLabel: t('passage.link'),
    glossary: await glossaryMatcher(),
    glossaryHref: (id) => pathFor({ name: 'glossaryEntry', id }, locale),
    quotes: events.flatMap((event) => (event.data.evidence ? [{ id: event.id, quote: event.data.evidence.quote }] : [])),
    eventHref: (id) => `#event-${id}`,
    eventLinkLabel: (id) => t('timeline.toEvent', { title: titles.get(id) ?? id }),
  });
}

/** The article's body as HTML for one interface language, with what the plugins found in it. */
export function renderArticle(article: Article, locale: Locale): Promise<RenderedArticle> {
  const key = `${locale}:${article.id}`;
  let rendered = renders.get(key);
  if (!rendered) {
    rendered = render(article, locale);
    renders.set(key, rendered);
  }
  return rendered;
}

/** A passage that mentions a glossary entry, with the forms it uses there. */
export interface PassageMention {
  article: Article;
  passage: string;
  passageText: string;
  /** The mentions as written in that passage ("Atacms", "Atacms-raket"). */
  forms: string[];
}

let mentionIndex: Promise<Map<string, PassageMention[]>> | undefined;

/** Every passage of every article that mentions each glossary entry, in article order. */
export function mentionsByTerm(): Promise<Map<string, PassageMention[]>> {
  mentionIndex ??= indexMentions();
  return mentionIndex;
}

async function indexMentions(): Promise<Map<string, PassageMention[]>> {
  const index = new Map<string, PassageMention[]>();
  for (const article of await getArticles()) {
    const { mentions } = await renderArticle(article, 'nl');
    for (const mention of mentions) {
      if (!mention.passage || !mention.passageText) continue;
      const list = index.get(mention.term) ?? [];
      let entry = list.find((item) => item.article.id === article.id && item.passage === mention.passage);
      if (!entry) list.push((entry = { article, passage: mention.passage, passageText: mention.passageText, forms: [] }));
      if (!entry.forms.includes(mention.text)) entry.forms.push(mention.text);
      index.set(mention.term, list);
    }
  }
  return index;
}
