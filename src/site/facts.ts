/** Formats a glossary fact's value for reading: numbers and units through Intl, in the page's language. */
import type { Translate } from '../i18n/index.ts';
import type { GlossaryData } from '../model/schemas/glossary.ts';
import { type Locale, localeTags } from '../i18n/routes.ts';

type FactValue = GlossaryData['facts'][number]['value'];

export function formatFactValue(value: FactValue, locale: Locale, t: Translate): string {
  if (!('amount' in value)) return value[locale];
  const number = new Intl.NumberFormat(localeTags[locale], { style: 'unit', unit: value.unit, unitDisplay: 'long' }).format(value.amount);
  if (value.qualifier === 'about') return t('fact.about', { value: number });
  if (value.qualifier === 'more-than') return t('fact.moreThan', { value: number });
  return number;
}
