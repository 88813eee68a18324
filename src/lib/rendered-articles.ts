/**
 * Article bodies rendered through the one unified processor, once per article and language per
 * build, and shared by every page that needs them (the article page, glossary pages).
 */
import { useTranslations } from '../i18n/index.ts';
import { createArticleProcessor, type RenderedArticle } from '../markdown/processor.ts';
import { type Article, getArticles, getContent } from './collections.ts';
import { type Locale, pathFor } from './routes.ts';

const processors = new Map<Locale, Promise<(markdown: string) => Promise<RenderedArticle>>>();
const renders = new Map<string, Promise<RenderedArticle>>();

function processorFor(locale: Locale) {
  let processor = processors.get(locale);
  if (!processor) {
    processor = getContent().then(({ glossary }) =>
      createArticleProcessor({
        passageLinkLabel: useTranslations(locale)('passage.link'),
        glossary: glossary.map((entry) => ({ id: entry.id, aliases: entry.data.aliases, matchCase: entry.data.matchCase })),
        glossaryHref: (id) => pathFor({ name: 'glossaryEntry', id }, locale),
      }),
    );
    processors.set(locale, processor);
  }
  return processor;
}

/** The article's body as HTML for one interface language, with its glossary mentions. */
export function renderArticle(article: Article, locale: Locale): Promise<RenderedArticle> {
  const key = `${locale}:${article.id}`;
  let render = renders.get(key);
  if (!render) {
    render = processorFor(locale).then((process) => process(article.body));
    renders.set(key, render);
  }
  return render;
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
