import { z } from 'astro/zod';
import { bilingual, corrections, day, preciseDate, slug, sourceRef, strictObject, text } from './fields.ts';
import { location } from './location.ts';

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

const timeForms = '"asOf" (when it held, e.g. 2023-05), "from"/"until" (the span of a role or state; no "until" while it still holds), or "timeless" with the reason it does not change';

/**
 * One key fact of an entry, with where it comes from and when it holds: every statement the site
 * makes in its own voice carries its time, so a card never states a past role as current.
 */
const fact = strictObject(
  {
    label: bilingual('the name of the fact (e.g. "Bereik"/"Range")'),
    value: z.union([quantity, bilingual('the value of the fact')], {
      error: 'must be { amount, unit, qualifier } or { nl, en }.',
    }),
    source: sourceRef,
    /** When the fact held, at any precision: shown as "In mei 2023: …". */
    asOf: preciseDate.optional(),
    /** The span of a role or state: shown as "2021 – 2025", or "Sinds 2021" while it holds. */
    from: preciseDate.optional(),
    until: preciseDate.optional(),
    /** A fact that does not change (a maker, a founding year), with the reason, for editors. */
    timeless: text('why the fact does not change, e.g. "the maker of a weapon"').optional(),
    /** `range-band`: the range diagram draws this range as a band from the border (a distance in kilometres). */
    drawnAs: z.enum(['range-band'], { error: 'must be range-band (the only drawing there is).' }).optional(),
    /** For a range band: where the weapon is launched from; `aircraft` draws the reach from a launch point above the border. */
    launchedFrom: z.enum(['ground', 'aircraft'], { error: 'must be ground or aircraft.' }).optional(),
    /** For a range band: the version it is the range of, as the range table names it ("M39 (Block I, clustermunitie)"). */
    version: bilingual('the version whose range this is, e.g. "M39 (Block I, clustermunitie)"').optional(),
    /** For a range band: the version in a word or two, for the map's text alternative ("M39"). */
    versionShort: bilingual('the version in a word or two, e.g. "M39"').optional(),
  },
  `a fact with label, value, source and one time: ${timeForms}`,
).superRefine((fact, context) => {
  const forms = [fact.asOf && 'asOf', (fact.from ?? fact.until) && 'from/until', fact.timeless && 'timeless'].filter(Boolean);
  if (forms.length === 0) context.addIssue({ code: 'custom', message: `has no time. Add ${timeForms}.` });
  if (forms.length > 1) context.addIssue({ code: 'custom', message: `has more than one time (${forms.join(', ')}). Keep one: ${timeForms}.` });
  if (fact.drawnAs === 'range-band' && !('amount' in fact.value && fact.value.unit === 'kilometer')) {
    context.addIssue({ code: 'custom', path: ['drawnAs'], message: 'needs a distance: a range band is drawn from a value { amount, unit: kilometer }.' });
  }
  if (fact.from && fact.until && fact.until.start < fact.from.start) {
    context.addIssue({ code: 'custom', path: ['until'], message: `(${fact.until.iso}) is before "from" (${fact.from.iso}). Swap or correct the dates.` });
  }
});

/** `content/glossary/<id>.yaml`: one actor, place, weapon or concept the articles name. */
export const glossarySchema = strictObject(
  {
    kind: z.enum(glossaryKinds, { error: `must be one of ${glossaryKinds.join(', ')}.` }),
    /** The display name in each interface language. */
    name: bilingual('the display name'),
    /**
     * The English page's address, `/en/glossary/<en>/`: chosen once and never derived from the name,
     * so a renamed entry keeps its URL. The Dutch page's address is the file name, `/begrippen/<id>/`,
     * the entry's permanent id. (src/model/checks/glossary-slug-unique.ts keeps slugs apart.)
     */
    slug: strictObject(
      { en: slug('the English page\'s URL slug, e.g. "putin" for /en/glossary/putin/') },
      'the English URL slug as en: <slug> (the Dutch URL is the file name, so there is no nl)',
    ),
    /**
     * Forms to mark in article text, per language: in the Dutch articles (names, inflections,
     * compounds: `Poetin`, `Poetins`) and in their English translations (`Putin`).
     */
    aliases: strictObject(
      {
        nl: z.array(text('a form of the name as it occurs in Dutch text')).min(1, {
          error: 'needs at least one form of the name as it occurs in the Dutch articles.',
        }),
        en: z.array(text('a form of the name as it occurs in the English translations')).default([]),
      },
      'the forms to mark, as nl: [...] and en: [...]',
    ),
    /** Match the aliases' capitals exactly, in both languages (`VS`, `US`, `Cleverly` are also common words). */
    matchCase: z.boolean({ error: 'must be true or false.' }).default(false),
    /** Other spellings readers search by (`Putin`, `ATACMS`); not marked in text. */
    searchNames: z.array(text('a spelling readers search by')).default([]),
    /** One line: who or what it is. */
    short: bilingual('a one-line description'),
    /** A paragraph: why it matters in the articles. */
    description: bilingual('a longer description'),
    facts: z.array(fact).default([]),
    /** Where it is, for the maps: required for places (src/model/checks/place-location.ts). */
    location: location.optional(),
    /** The day an editor last checked every statement here; "now" in the entry means this day. */
    reviewed: day('the day an editor last checked every statement in this entry'),
    corrections,
    /** `false` or absent once reviewed; a `draft: true` file is read by `glossaryFileSchema` below. */
    draft: z.literal(false, { error: 'must be false, or left out, once the entry is reviewed.' }).optional(),
  },
  'the glossary entry',
);

export type GlossaryData = z.infer<typeof glossarySchema>;

/**
 * A draft entry (`draft: true`), as `npm run import -- --scaffold` writes it: a name and the forms
 * to look for, the rest still to be written. Any field may be missing or half done; the content
 * model leaves drafts out of the site with a warning (src/model/create-model.ts) until an editor
 * completes the entry and removes `draft`.
 */
export const glossaryDraftSchema = z.looseObject({
  draft: z.literal(true),
  name: z.looseObject({ nl: z.string().optional(), en: z.string().optional() }).optional(),
  aliases: z.looseObject({ nl: z.array(z.string()).optional(), en: z.array(z.string()).optional() }).optional(),
});

export type GlossaryDraftData = z.infer<typeof glossaryDraftSchema>;

const isDraft = (input: unknown) => typeof input === 'object' && input !== null && (input as { draft?: unknown }).draft === true;

/**
 * `content/glossary/<id>.yaml` as read by the collection: a draft (`draft: true`) is checked only
 * loosely, every other file against the full schema, so its messages name the field and the fix.
 */
export const glossaryFileSchema = z.unknown().transform((input, context): GlossaryData | GlossaryDraftData => {
  const result = isDraft(input) ? glossaryDraftSchema.safeParse(input) : glossarySchema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) context.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: issue.input });
  return z.NEVER;
});

/** Whether a glossary file's data is a draft, kept out of the site. */
export function isGlossaryDraft(data: GlossaryData | GlossaryDraftData): data is GlossaryDraftData {
  return data.draft === true;
}
