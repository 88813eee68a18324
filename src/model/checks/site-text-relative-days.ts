import { findRelativeDays, type TextLanguage } from '../../text/relative-days.ts';
import type { Content, Problem } from '../types.ts';

type Bilingual = { nl: string; en: string };

/**
 * No text the site writes dates anything relative to when it was written ("dinsdag", "last
 * week"): it is read on cards, in search results and on pages years later. Quotes of the article
 * and a weekday with its date pass (src/text/relative-days.ts).
 */
export function checkSiteTextRelativeDays(content: Content): Problem[] {
  const problems: Problem[] = [];
  const check = (file: string, field: string, text: string | undefined, language: TextLanguage) => {
    const words = text ? findRelativeDays(text, language) : [];
    if (words.length === 0) return;
    const list = [...new Set(words)].map((word) => `"${word}"`).join(', ');
    const example = language === 'nl' ? '"dinsdag 30 mei 2023"' : '"Tuesday 30 May 2023"';
    problems.push({
      file,
      field,
      message: `${list} dates this relative to when it was written, which no reader can know. Give the date (e.g. ${example}), or quote the article’s words in quotation marks.`,
    });
  };
  const both = (file: string, field: string, text: Bilingual | undefined) => {
    check(file, `${field}.nl`, text?.nl, 'nl');
    check(file, `${field}.en`, text?.en, 'en');
  };
  const log = (file: string, corrections: readonly { what: Bilingual; why: Bilingual }[]) =>
    corrections.forEach((correction, index) => {
      both(file, `corrections[${index}].what`, correction.what);
      both(file, `corrections[${index}].why`, correction.why);
    });

  for (const entry of content.glossary) {
    const { short, description, facts, corrections } = entry.data;
    both(entry.filePath, 'short', short);
    both(entry.filePath, 'description', description);
    facts.forEach((fact, index) => {
      both(entry.filePath, `facts[${index}].label`, fact.label);
      if (!('amount' in fact.value)) both(entry.filePath, `facts[${index}].value`, fact.value);
    });
    log(entry.filePath, corrections);
  }
  for (const event of content.timeline) {
    const { title, annotation, derivation, corrections } = event.data;
    both(event.filePath, 'title', title);
    both(event.filePath, 'annotation', annotation);
    both(event.filePath, 'derivation', derivation);
    log(event.filePath, corrections);
  }
  for (const article of content.articles) {
    // The headline and standfirst are the site's words only when the site wrote them.
    if (article.data.titleBy === 'site') check(article.filePath, 'title', article.data.title, 'nl');
    if (article.data.standfirstBy === 'site') check(article.filePath, 'standfirst', article.data.standfirst, 'nl');
    both(article.filePath, 'source.derivedDay.derivation', article.data.source.derivedDay?.derivation);
    log(article.filePath, article.data.corrections);
  }
  const bySite = new Map(content.articles.map((article) => [article.id, article.data]));
  for (const translation of content.translations) {
    // The translated headline and standfirst are the site's words where the originals are.
    const original = bySite.get(translation.id);
    if (original?.titleBy === 'site') check(translation.filePath, 'title', translation.data.title, 'en');
    if (original?.standfirstBy === 'site') check(translation.filePath, 'standfirst', translation.data.standfirst, 'en');
    both(translation.filePath, 'note', translation.data.note);
    log(translation.filePath, translation.data.corrections);
  }
  return problems;
}
