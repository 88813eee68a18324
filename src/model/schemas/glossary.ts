import { z } from 'astro/zod';
import { bilingual, sourceRef, strictObject, text } from './fields.ts';

export const glossaryKinds = ['person', 'organisation', 'place', 'weapon', 'concept'] as const;

/** A measured fact (a missile's range): a number with a unit, and how exact the source is. */
const quantity = strictObject(
  {
    amount: z.number({ error: 'must be a number, e.g. 300.' }),
    /** A unit `Intl.NumberFormat` knows, e.g. `kilometer`. */
    unit: z.enum(['kilometer', 'kilogram', 'meter'], { error: 'must be kilometer, kilogram or meter.' }),
    /** How the source words it: "zo'n 300" is `about`, "meer dan 250" is `more-than`. */
    qualifier: z.enum(['exact', 'about', 'more-than'], { error: 'must be exact, about or more-than.' }).default('exact'),
  },
  'a number with its unit',
);

/** One key fact of an entry, with where it comes from. */
const fact = strictObject(
  {
    label: bilingual('the name of the fact (e.g. "Bereik"/"Range")'),
    value: z.union([quantity, bilingual('the value of the fact')], {
      error: 'must be { amount, unit, qualifier } or { nl, en }.',
    }),
    source: sourceRef,
  },
  'a fact with label, value and source',
);

/** `content/glossary/<id>.yaml`: one actor, place, weapon or concept the articles name. */
export const glossarySchema = strictObject(
  {
    kind: z.enum(glossaryKinds, { error: `must be one of ${glossaryKinds.join(', ')}.` }),
    /** The display name in each interface language. */
    name: bilingual('the display name'),
    /** Forms to mark in Dutch article text: names, inflections, compounds (`Poetin`, `Poetins`). */
    aliases: z.array(text('a form of the name as it occurs in Dutch text')).min(1, {
      error: 'needs at least one form of the name as it occurs in the articles.',
    }),
    /** Match the aliases' capitals exactly (for acronyms such as `VS` that are also common words). */
    matchCase: z.boolean({ error: 'must be true or false.' }).default(false),
    /** Other spellings readers search by (`Putin`, `ATACMS`); not marked in text. */
    searchNames: z.array(text('a spelling readers search by')).default([]),
    /** One line: who or what it is. */
    short: bilingual('a one-line description'),
    /** A paragraph: why it matters in the articles. */
    description: bilingual('a longer description'),
    facts: z.array(fact).default([]),
  },
  'the glossary entry',
);

export type GlossaryData = z.infer<typeof glossarySchema>;
