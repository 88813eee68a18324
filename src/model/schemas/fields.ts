/** Schema pieces shared by the collections: each is defined once here and reused. */
import { z } from 'astro/zod';
import { PRECISE_DATE_FORMS, parsePreciseDate } from '../../text/precise-date.ts';

/** Non-empty text; `hint` says what belongs in the field, so an error message carries the fix. */
export function text(hint: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `is missing. Add ${hint}.` : `must be text: ${hint}.`) })
    .trim()
    .min(1, { error: `is empty. Write ${hint}.` });
}

/** What an id in file names and URLs looks like: lower-case ASCII words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id as used in file names and URLs: lower-case ASCII words joined by hyphens. */
export function slug(hint: string) {
  return text(hint).regex(slugPattern, {
    error: `must be lower-case letters, digits and single hyphens (e.g. "storm-shadow"): ${hint}.`,
  });
}

/**
 * An object that rejects fields it does not know. Each unknown field is reported at its own path,
 * with the fields that are allowed, so the error names the field to remove or rename.
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape, what: string) {
  const known = Object.keys(shape).join(', ');
  return z.preprocess(
    (input, context) => {
      if (input && typeof input === 'object' && !Array.isArray(input)) {
        for (const key of Object.keys(input).filter((key) => !Object.hasOwn(shape, key))) {
          context.issues.push({
            code: 'custom',
            path: [key],
            input,
            message: `is not a known field. Remove it or fix its spelling; ${what} takes: ${known}.`,
          });
        }
      }
      return input;
    },
    z.object(shape, {
      error: (issue) => (issue.input === undefined ? `is missing. Add ${what}.` : `must be a mapping of fields: ${what}.`),
    }),
  );
}

/**
 * A date with its precision, written as YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD. YAML turns an
 * unquoted day (2023-05-30) into a timestamp; that is accepted and read back as the day.
 */
export const preciseDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string({ error: `is missing or not a date. Write it as ${PRECISE_DATE_FORMS}` }).transform((value, context) => {
    const date = parsePreciseDate(value.trim());
    if (!date) {
      context.addIssue({ code: 'custom', message: `"${value}" is not a real date. Write it as ${PRECISE_DATE_FORMS}.` });
      return z.NEVER;
    }
    return date;
  }),
);

/** A text in both interface languages. */
export function bilingual(hint: string) {
  return strictObject({ nl: text(`${hint} in Dutch`), en: text(`${hint} in English`) }, `${hint} as nl and en`);
}

/** Where a fact or an event comes from: an article of this site, or a named outside source. */
export const sourceRef = z.union(
  [
    strictObject({ article: slug('the slug of the article that states it') }, 'an article slug'),
    strictObject(
      {
        name: text('the name of the outside source (publisher, report)'),
        // Only http(s): a `javascript:` URL in content must never become a link that runs.
        url: z.url({ protocol: /^https?$/, error: 'must be a full http:// or https:// URL of the source.' }).optional(),
        /** When the source published it; shown in the page's language, so the name stays free of dates. */
        date: preciseDate.optional(),
      },
      'a named outside source',
    ),
  ],
  { error: 'must be either { article: <slug> } or { name: <source>, url: <optional link> }.' },
);

export type SourceRef = z.infer<typeof sourceRef>;

/** A date that must be a day (YYYY-MM-DD), e.g. the day an editor reviewed an entry. */
export function day(hint: string) {
  return preciseDate.refine((date) => date.precision === 'day', { error: `must be a day, written YYYY-MM-DD: ${hint}.` });
}

/**
 * A log of what changed after publication and why, newest last. Shown on the page as "Correcties en
 * wijzigingen" and in JSON-LD as schema.org `CorrectionComment`s.
 */
export const corrections = z
  .array(
    strictObject(
      {
        date: day('the day the change was made'),
        what: bilingual('what changed'),
        why: bilingual('why it changed'),
        /**
         * On an article: the id of the paragraph corrected (its id now), linked from the log. A
         * correction that changes a paragraph's first words changes its id; the paragraph's
         * `formerIds` line needs such a correction (src/model/checks/published-ledger.ts).
         */
        passage: slug('the id of the paragraph corrected').optional(),
      },
      'a correction with date, what, why and, on an article, the passage corrected',
    ),
  )
  .default([]);

export type Correction = z.infer<typeof corrections>[number];
