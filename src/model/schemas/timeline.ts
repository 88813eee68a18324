import { z } from 'astro/zod';
import { bilingual, corrections, preciseDate, slug, sourceRef, strictObject, text } from './fields.ts';

/** The passage of an article that mentions an event, quoted exactly. */
const evidence = strictObject(
  {
    article: slug('the slug of the article that mentions the event'),
    quote: text('an exact quote from that article'),
    /** The same words in the article's English translation, when it has one (checked the same way). */
    translation: text('the same words, exactly, in the article\'s English translation').optional(),
  },
  'the article slug, an exact quote and its translation',
);

/** `content/timeline/<id>.yaml`: one event the articles refer to, or context from elsewhere. */
export const timelineSchema = strictObject(
  {
    /** When it happened, at the precision that is known. */
    date: preciseDate,
    /** True when the article only implies the date ("dinsdag"). */
    approximate: z.boolean({ error: 'must be true or false.' }).default(false),
    /** For a standing state rather than a day's event: when it ended (none while it still holds). */
    until: preciseDate.optional(),
    /** The event this one reacts to: it is listed after it, whatever the dates' precision. */
    after: slug('the id of the event this one reacts to').optional(),
    /** Articles this later development changes the reading of: listed under "Sindsdien" there. */
    updates: z.array(slug('the slug of an article this development updates')).default([]),
    /** How the date follows from the article, e.g. "'dinsdag' in an article of late May 2023". */
    derivation: bilingual('how the date was derived').optional(),
    title: bilingual('the event title'),
    annotation: bilingual('what happened and why it matters'),
    /** Glossary ids of those involved. */
    actors: z.array(slug('a glossary id')).default([]),
    /** Where an article mentions the event. */
    evidence: evidence.optional(),
    /** For context events from outside the articles: the named source. */
    source: sourceRef.optional(),
    corrections,
  },
  'the timeline event',
)
  .refine((event) => event.evidence ?? event.source, {
    error: 'needs "evidence" (article slug and exact quote) or, for context from outside the articles, a named "source".',
  })
  // An event the articles mention is "article"; one known only from an outside source is "context".
  .transform((event) => ({ ...event, kind: event.evidence ? ('article' as const) : ('context' as const) }));

export const timelineKinds = ['article', 'context'] as const;

export type TimelineData = z.infer<typeof timelineSchema>;
