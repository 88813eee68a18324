/** Formats a glossary fact for reading: its value and its time, through Intl, in the page's language. */
import type { Translate } from '../i18n/index.ts';
import type { GlossaryData } from '../model/schemas/glossary.ts';
import { type Locale, localeTags } from '../i18n/routes.ts';
import { formatPreciseDate, type PreciseDate } from '../text/precise-date.ts';

type Fact = GlossaryData['facts'][number];

export function formatFactValue(value: Fact['value'], locale: Locale, t: Translate): string {
  if (!('amount' in value)) return value[locale];
  const number = new Intl.NumberFormat(localeTags[locale], { style: 'unit', unit: value.unit, unitDisplay: 'long' }).format(value.amount);
  if (value.qualifier === 'about') return t('fact.about', { value: number });
  if (value.qualifier === 'more-than') return t('fact.moreThan', { value: number });
  return number;
}

const format = (date: PreciseDate, locale: Locale) => formatPreciseDate(date, localeTags[locale]);

/** A span as a reader scans it: years ("2021–2025"), or months within one year ("mei–november 2023" reads as two dates). */
function formatSpan(from: PreciseDate, until: PreciseDate, locale: Locale, t: Translate): string {
  const sameYear = from.start.getUTCFullYear() === until.start.getUTCFullYear();
  const year = (date: PreciseDate) => String(date.start.getUTCFullYear());
  if (!sameYear) return t('date.span', { from: year(from), until: year(until) });
  return t('date.span', { from: format(from, locale), until: format(until, locale) });
}

/**
 * When a fact holds, said after its value: "in mei 2023", "op 30 mei 2023", "2021–2025",
 * "sinds 2021", or nothing for a fact that does not change.
 */
export function formatFactTime(fact: Fact, locale: Locale, t: Translate): string | undefined {
  if (fact.asOf) return t(fact.asOf.precision === 'day' ? 'fact.onDay' : 'fact.asOf', { date: format(fact.asOf, locale) });
  if (fact.from && fact.until) return formatSpan(fact.from, fact.until, locale, t);
  if (fact.from) return t('fact.since', { date: format(fact.from, locale) });
  if (fact.until) return t('fact.until', { date: format(fact.until, locale) });
  return undefined;
}
