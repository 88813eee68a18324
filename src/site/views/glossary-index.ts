/** The glossary index: entries grouped by kind, alphabetical in the page's language. */
import { type Locale, localeTags } from '../../i18n/routes.ts';
import { useTranslations } from '../../i18n/index.ts';
import { glossaryKinds } from '../../model/schemas/glossary.ts';
import type { Model } from '../../model/types.ts';
import { type EntryCard, entryCard } from './parts.ts';

export interface GlossaryIndexView {
  groups: { kind: (typeof glossaryKinds)[number]; entries: EntryCard[] }[];
}

export function glossaryIndexView(model: Model, locale: Locale): GlossaryIndexView {
  const t = useTranslations(locale);
  const collator = new Intl.Collator(localeTags[locale]);
  const cards = model.glossary.map((entry) => entryCard(model, entry, locale, t));
  return {
    groups: glossaryKinds
      .map((kind) => ({ kind, entries: cards.filter((card) => card.kind === kind).sort((a, b) => collator.compare(a.name, b.name)) }))
      .filter((group) => group.entries.length > 0),
  };
}
