import { z } from 'astro/zod';
import { bilingual, corrections, day, preciseDate, slug, strictObject, text } from './fields.ts';

/** Who wrote a piece of the article's furniture: the source itself, or this site's editors. */
const writtenBy = z.enum(['source', 'site'], { error: 'must be "source" or "site" (written by Duiding).' }).default('source');

/** Written where the copy received does not say: the field is known to be unknown, not forgotten. */
export const NOT_STATED = 'not-stated';

/** A provenance field: what the copy says, or explicitly `not-stated`. Missing is an error. */
function stated<Schema extends z.ZodType>(schema: Schema, hint: string) {
  return z.union([z.literal(NOT_STATED), schema], {
    error: (issue) => (issue.input === undefined ? `is missing. Write ${hint}, or "${NOT_STATED}" when the copy received does not say.` : `must be ${hint}, or "${NOT_STATED}".`),
  });
}

/**
 * Where the article comes from, as far as the copy received says: never invented. A field the
 * copy does not give is `not-stated`, and the page says so.
 */
const provenance = strictObject(
  {
    publisher: stated(text('the publisher (newspaper, broadcaster or agency)'), 'the publisher'),
    author: stated(text('the author or authors'), 'the author'),
    /** The source's own headline, which may differ from the one shown (`titleBy: site`). */
    headline: stated(text('the original headline'), 'the original headline'),
    url: stated(z.url({ protocol: /^https?$/, error: 'must be a full http:// or https:// URL of the original.' }), 'the URL of the original'),
    /** On what basis the text is republished here (a licence, permission). */
    rights: stated(text('the basis on which Duiding republishes the text'), 'the rights basis'),
    /**
     * The day of publication when the copy gives less (`published: 2023-05`), derived from the text
     * itself, with the reasoning: shown as "≈ 31 mei 2023", used wherever a full date is required.
     */
    derivedDay: strictObject(
      {
        date: day('the derived day of publication'),
        derivation: bilingual('how the text pins the day'),
      },
      'the derived day and its derivation',
    ).optional(),
  },
  'where the article comes from: publisher, author, headline, url, rights',
);

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
    /** Publication date at the precision the copy received gives, e.g. `2023-05`. */
    published: preciseDate,
    /** Where the article comes from; see `provenance` above. */
    source: provenance,
    /** The day Duiding first published this page. */
    addedOn: day('the day Duiding first published this page'),
    /** The day an editor last checked the page's own statements. */
    reviewed: day('the day an editor last checked the page'),
    corrections,
    /**
     * Passage ids this article published and no longer has, each kept as an anchor on the paragraph
     * that succeeds it (`{ old-id: new-id }`), so shared `#old-id` links still open there. A passage
     * id comes from its first words, so correcting those words changes it; the build names the old
     * id (content/published.json) until it is mapped here. Never remove a line.
     */
    formerIds: z.record(slug('a passage id the article published'), slug('the id of the paragraph that succeeds it')).default({}),
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
    /**
     * Topics: a glossary id (shown by the entry's name in the page's language, linked to it), or,
     * for a topic with no entry, its name in both languages.
     */
    tags: z
      .array(z.union([slug('a glossary id'), bilingual('the topic')], { error: 'must be a glossary id (e.g. "oekraine") or a name as { nl, en }.' }))
      .default([]),
  },
  'the article frontmatter',
).superRefine((article, context) => {
  // Feeds, previews and JSON-LD need a full date; a month alone would be read as its first day,
  // before the events the article reports.
  if (article.published.precision !== 'day' && !article.source.derivedDay) {
    context.addIssue({
      code: 'custom',
      path: ['source', 'derivedDay'],
      message: `is missing: the copy gives only "${article.published.iso}". Add the day the text itself pins (date: YYYY-MM-DD) and how (derivation: nl, en).`,
    });
  }
});

export type ArticleData = z.infer<typeof articleSchema>;
