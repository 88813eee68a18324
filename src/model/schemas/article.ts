import { z } from 'astro/zod';
import { preciseDate, slug, strictObject, text } from './fields.ts';

/** Who wrote a piece of the article's furniture: the source itself, or this site's editors. */
const writtenBy = z.enum(['source', 'site'], { error: 'must be "source" or "site" (written by Duiding).' }).default('source');

/** Frontmatter of `content/articles/<slug>.md`. The body below it is the article, word for word. */
export const articleSchema = strictObject(
  {
    /** The headline. */
    title: text('the headline, from the article\'s own words'),
    /** `site` when the source had no headline and Duiding wrote it. */
    titleBy: writtenBy,
    /** One or two sentences that say what the article is about. */
    standfirst: text('one or two sentences that sum up the article'),
    /** `site` when Duiding wrote the standfirst. */
    standfirstBy: writtenBy,
    /** Language of the article text; Duiding's articles are Dutch. */
    lang: z.enum(['nl'], { error: 'must be "nl": Duiding publishes Dutch articles.' }),
    /** Publication date at the precision the source gives, e.g. `2023-05`. */
    published: preciseDate,
    /** The photo that came with the article. Without `file` no image is shown, only caption and credit. */
    image: strictObject(
      {
        /** What the photo shows, as the source captions it. */
        caption: text('the photo caption as the source gives it'),
        /** Photographer and agency. */
        credit: text('the photographer and agency, e.g. "Kirill Kudryavtsev / AFP"'),
      },
      'the photo caption and credit',
    ).optional(),
    /** Topics, as lower-case slugs. */
    tags: z.array(slug('a topic tag')).default([]),
  },
  'the article frontmatter',
);

export type ArticleData = z.infer<typeof articleSchema>;
