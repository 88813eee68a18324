/** The content model's types: plain data, no Astro, so checks and indexes are testable alone. */
import type { ArticleAnalysis } from '../markdown/processor.ts';
import type { ArticleData } from './schemas/article.ts';
import type { GlossaryData, GlossaryDraftData } from './schemas/glossary.ts';
import type { TimelineData } from './schemas/timeline.ts';
import type { TranslationData } from './schemas/translation.ts';
import type { Locale } from '../i18n/routes.ts';
import type { LedgerInput } from './published-ledger.ts';
import type { PeriodPage } from './period-pages.ts';

/** One thing wrong with the content: where it is, which field, and what to do about it. */
export interface Problem {
  /** Path of the content file, relative to the project root. */
  file: string;
  /** The field in that file, or `body` for a Markdown body. */
  field: string;
  /** What is wrong and how to fix it, in one or two sentences. */
  message: string;
}

/** One content file as loaded and validated by its schema. */
export interface Entry<Data> {
  id: string;
  /** Path relative to the project root, as Astro records it. */
  filePath: string;
  data: Data;
  /** An article's Markdown below the frontmatter; its line numbers are the file's (src/model/article-loader.ts). */
  body?: string;
}

export type Article = Entry<ArticleData> & { body: string };
export type GlossaryEntry = Entry<GlossaryData>;
/** A glossary file marked `draft: true`: loaded, never published (src/model/create-model.ts). */
export type GlossaryDraftEntry = Entry<GlossaryDraftData>;
export type TimelineEvent = Entry<TimelineData>;
/** `content/articles/<slug>.en.yaml`; its id is the article's slug. */
export type Translation = Entry<TranslationData>;

/** The content as loaded: each collection in file order. */
export interface Content {
  articles: readonly Article[];
  glossary: readonly GlossaryEntry[];
  timeline: readonly TimelineEvent[];
  translations: readonly Translation[];
  /** The ledger of what was published (content/published.json); without one nothing is checked against it. */
  published?: LedgerInput | undefined;
}

/** The content as the collections load it: the glossary may hold drafts, which the model leaves out. */
export type LoadedContent = Omit<Content, 'glossary'> & { glossary: readonly Entry<GlossaryData | GlossaryDraftData>[] };

/**
 * An article as read in one language: the Dutch original, or its English translation with the
 * same passage ids. A reader of a language the article has no translation in gets the original.
 */
export interface Edition {
  article: Article;
  /** The language of this text. */
  lang: Locale;
  /** Set when this edition is a translation. */
  translation?: Translation | undefined;
  title: string;
  standfirst: string;
  caption?: string | undefined;
  /** Blocks, passage ids, mentions and evidence of this text. */
  analysis: ArticleAnalysis;
}

/** A passage that mentions a glossary entry, with where the mentions stand in its text. */
export interface PassageMention {
  article: Article;
  /** The language of the passage's text. */
  lang: Locale;
  passage: string;
  passageText: string;
  /** The mentions' offsets in `passageText`, in order. */
  ranges: { start: number; end: number }[];
}

/** The content, checked, analysed once, with the indexes pages need. Built once per build. */
export interface Model {
  /** Articles, newest first. */
  articles: Article[];
  /** Glossary entries in file order. */
  glossary: GlossaryEntry[];
  /** Timeline events, oldest first. */
  timeline: TimelineEvent[];
  articleById: ReadonlyMap<string, Article>;
  entryById: ReadonlyMap<string, GlossaryEntry>;
  /** Each article's analysis: blocks, passage ids, mentions, evidence found or missing. */
  analysisByArticle: ReadonlyMap<string, ArticleAnalysis>;
  /** Each article's English translation, analysed like the original, if it has one. */
  translationByArticle: ReadonlyMap<string, { translation: Translation; analysis: ArticleAnalysis }>;
  /** Each glossary entry's mentions, passage by passage, in article order, in the text a reader of each language gets. */
  mentionsByEntry: Readonly<Record<Locale, ReadonlyMap<string, PassageMention[]>>>;
  /** The events whose evidence is in each article, oldest first. */
  eventsByArticle: ReadonlyMap<string, TimelineEvent[]>;
  /** Later developments that change how each article reads today (`updates`), oldest first. */
  updatesByArticle: ReadonlyMap<string, TimelineEvent[]>;
  /** The events each glossary entry takes part in, oldest first. */
  eventsByActor: ReadonlyMap<string, TimelineEvent[]>;
  /** The timeline's pages: `/tijdlijn/`, and its years, months or days once it is long (src/model/list-pages.ts). */
  timelinePages: PeriodPage<TimelineEvent>[];
  /** The articles' pages: the home page's list, and its periods once the archive is long. */
  articlePages: PeriodPage<Article>[];
  /** The timeline page each event is shown on in full: its period, `''` for `/tijdlijn/` itself. */
  eventPeriod: ReadonlyMap<string, string>;
  eventById: ReadonlyMap<string, TimelineEvent>;
  /** The events each timeline page showed when published (content/published.json), by the page's period. */
  publishedEvents: ReadonlyMap<string, readonly string[]>;
  /** Things worth a look that do not stop the build. */
  warnings: Problem[];
}

/** Thrown when any check fails; its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const lines = problems.map((problem) => `  ${problem.file} → ${problem.field}: ${problem.message}`);
    super(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}. Fix and build again:\n${lines.join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
