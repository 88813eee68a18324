/**
 * The content collections, read from the top-level `content/` folder. Each schema is defined once
 * in `src/model/schemas/`; cross-checks between collections live in `src/model/checks/`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleLoader } from './model/article-loader.ts';
import { articleSchema } from './model/schemas/article.ts';
import { glossaryFileSchema } from './model/schemas/glossary.ts';
import { timelineSchema } from './model/schemas/timeline.ts';
import { translationFile, translationSchema } from './model/schemas/translation.ts';

/** Overridable so the tests can build a copy of the content with one thing broken. */
const root = process.env.DUIDING_CONTENT_DIR ?? './content';

export const collections = {
  // Bodies are analysed once by the content model (src/model/), never rendered by Astro.
  articles: defineCollection({ loader: articleLoader({ base: `${root}/articles` }), schema: articleSchema }),
  // The id is the file name, always: Astro's default would take an entry's `slug` field instead,
  // and there `slug` holds the English URL (src/model/glossary-urls.ts).
  glossary: defineCollection({
    loader: glob({ base: `${root}/glossary`, pattern: '*.yaml', generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
    // Drafts (`draft: true`) are checked loosely and left out of the site by the content model.
    schema: glossaryFileSchema,
  }),
  timeline: defineCollection({ loader: glob({ base: `${root}/timeline`, pattern: '*.yaml' }), schema: timelineSchema }),
  // `articles/<slug>.en.yaml` beside `articles/<slug>.md`: its id is the article's slug.
  translations: defineCollection({
    loader: glob({ base: `${root}/articles`, pattern: '*.en.yaml', generateId: ({ entry }) => translationFile.exec(entry)?.[1] ?? entry }),
    schema: translationSchema,
  }),
};
