import { formatPreciseDate, preciseDateEnd, type PreciseDate } from '../../text/precise-date.ts';
import type { GlossaryEntry, Problem } from '../types.ts';

/** A sentence that carries its time: a year, or a word that puts it in the past. */
const timeMarkers = {
  nl: /\b(?:1[89]|20)\d{2}\b|\b(?:was|waren|voormalig\w*|oud-|toenmalig\w*|tot)\b/i,
  en: /\b(?:1[89]|20)\d{2}\b|\b(?:was|were|former|formerly|then|until)\b/i,
} as const;

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/);

/**
 * "Now" in an entry is the day it was reviewed: no fact is dated after that day, and a role or
 * state that had ended by then (a fact with `until`) is not restated as current in the entry's
 * short line or description, where the model can see it: a sentence that names the fact's value
 * must carry a year or a past-tense marker.
 */
export function checkGlossaryFactTimes(glossary: readonly GlossaryEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of glossary) {
    const { facts, reviewed } = entry.data;
    const reviewedOn = formatPreciseDate(reviewed, 'en-GB');
    facts.forEach((fact, index) => {
      const times: [string, PreciseDate | undefined][] = [['asOf', fact.asOf], ['from', fact.from], ['until', fact.until]];
      for (const [field, date] of times) {
        if (date && date.start >= preciseDateEnd(reviewed)) {
          problems.push({
            file: entry.filePath,
            field: `facts[${index}].${field}`,
            message: `(${date.iso}) lies after the day the entry was reviewed (${reviewedOn}). Check the date, and set "reviewed" to the day you checked it.`,
          });
        }
      }
      if (!fact.until || fact.until.start >= preciseDateEnd(reviewed) || 'amount' in fact.value) return;
      const ended = formatPreciseDate(fact.until, 'en-GB');
      const years = `${fact.from ? `${fact.from.start.getUTCFullYear()}–` : ''}${fact.until.start.getUTCFullYear()}`;
      for (const language of ['nl', 'en'] as const) {
        const value = fact.value[language].toLowerCase();
        for (const field of ['short', 'description'] as const) {
          const present = sentences(entry.data[field][language]).find((sentence) => sentence.toLowerCase().includes(value) && !timeMarkers[language].test(sentence));
          if (!present) continue;
          problems.push({
            file: entry.filePath,
            field: `${field}.${language}`,
            message: `"${present}" states "${fact.value[language]}" as current, but it ended in ${ended} (facts[${index}].until). Put it in the past with its years, e.g. "${fact.value[language]} (${years})" or "${language === 'nl' ? 'voormalig' : 'former'} …".`,
          });
        }
      }
    });
  }
  return problems;
}
