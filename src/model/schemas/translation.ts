import { z } from 'astro/zod';
import { bilingual, day, slug, strictObject, text } from './fields.ts';

/** One passage of the translation: the id of its original, the original's fingerprint, the text. */
const passage = strictObject(
  {
    /** The id of the Dutch passage it translates (`#moskou-was-dinsdag-het-doelwit-van`). */
    id: slug('the id of the Dutch passage this translates'),
    /** The fingerprint of the Dutch text it translates (src/text/passage-hash.ts); the build says when it is stale. */
    source: z.string({ error: 'is missing. Add the fingerprint of the Dutch passage; the build prints it.' }).regex(/^[0-9a-f]{12}$/, {
      error: 'must be the 12 hex digits of the Dutch passage\'s fingerprint, as the build prints it.',
    }),
    /** The translation, as plain text: no Markdown, no HTML. */
    text: text('the translation of the passage'),
  },
  'a passage with id, source and text',
);

/**
 * `content/articles/<slug>.en.yaml`: the English translation of `<slug>.md`, aligned passage by
 * passage. Optional per article; one that exists must be complete and current (src/model/checks/
 * translation-alignment.ts). Changes to it after publication go in the article's `corrections`,
 * which both language pages show.
 */
export const translationSchema = strictObject(
  {
    /** Who translated it: Duiding's desk, or a named translator. */
    translator: text('who translated the article, e.g. "Duiding"'),
    /** The day the translation was made or last brought in line with the Dutch. */
    translated: day('the day the translation was made'),
    /** The day a second reader last checked the translation against the Dutch, if any. */
    reviewed: day('the day a second reader checked the translation').optional(),
    title: text('the headline in English'),
    standfirst: text('the standfirst in English'),
    /** The photo caption in English, when the article has a photo. */
    caption: text('the photo caption in English').optional(),
    /** What a reader should know about the translation, shown beside it, in both interface languages. */
    note: bilingual('a note on the translation').optional(),
    passages: z.array(passage).min(1, { error: 'needs the translated passages, one per Dutch paragraph and sub-heading.' }),
  },
  'the translation',
);

export type TranslationData = z.infer<typeof translationSchema>;

/** The ids of translation files: `<slug>.en.yaml` belongs to the article `<slug>`. */
export const translationFile = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.en\.yaml$/;
