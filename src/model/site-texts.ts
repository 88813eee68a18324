/**
 * Every text the site writes in its own voice, with the file and field it comes from and its
 * language: what the checks on the site's wording read (relative days, quotes of the articles).
 */
import type { TextLanguage } from '../text/relative-days.ts';
import type { Content } from './types.ts';

export interface SiteText {
  file: string;
  field: string;
  text: string;
  language: TextLanguage;
}

type Bilingual = { nl: string; en: string };

/**
 * The site's texts in `content`: glossary entries and timeline events (titles, descriptions,
 * facts, derivations), the headline, standfirst and notes the site wrote for articles and their
 * translations, and (unless `corrections: false`) the corrections logs.
 */
export function siteTexts(content: Content, { corrections = true } = {}): SiteText[] {
  const texts: SiteText[] = [];
  const one = (file: string, field: string, text: string | undefined, language: TextLanguage) => {
    if (text) texts.push({ file, field, text, language });
  };
  const both = (file: string, field: string, text: Bilingual | undefined) => {
    one(file, `${field}.nl`, text?.nl, 'nl');
    one(file, `${field}.en`, text?.en, 'en');
  };
  const log = (file: string, entries: readonly { what: Bilingual; why: Bilingual }[]) => {
    if (!corrections) return;
    entries.forEach((correction, index) => {
      both(file, `corrections[${index}].what`, correction.what);
      both(file, `corrections[${index}].why`, correction.why);
    });
  };

  for (const entry of content.glossary) {
    const { short, description, facts } = entry.data;
    both(entry.filePath, 'short', short);
    both(entry.filePath, 'description', description);
    facts.forEach((fact, index) => {
      both(entry.filePath, `facts[${index}].label`, fact.label);
      if (!('amount' in fact.value)) both(entry.filePath, `facts[${index}].value`, fact.value);
    });
    log(entry.filePath, entry.data.corrections);
  }
  for (const event of content.timeline) {
    const { title, annotation, derivation } = event.data;
    both(event.filePath, 'title', title);
    both(event.filePath, 'annotation', annotation);
    both(event.filePath, 'derivation', derivation);
    log(event.filePath, event.data.corrections);
  }
  const originals = new Map(content.articles.map((article) => [article.id, article.data]));
  for (const article of content.articles) {
    // The headline and standfirst are the site's words only when the site wrote them.
    if (article.data.titleBy === 'site') one(article.filePath, 'title', article.data.title, 'nl');
    if (article.data.standfirstBy === 'site') one(article.filePath, 'standfirst', article.data.standfirst, 'nl');
    both(article.filePath, 'source.derivedDay.derivation', article.data.source.derivedDay?.derivation);
    log(article.filePath, article.data.corrections);
  }
  for (const translation of content.translations) {
    // The translated headline and standfirst are the site's words where the originals are.
    const original = originals.get(translation.id);
    if (original?.titleBy === 'site') one(translation.filePath, 'title', translation.data.title, 'en');
    if (original?.standfirstBy === 'site') one(translation.filePath, 'standfirst', translation.data.standfirst, 'en');
    both(translation.filePath, 'note', translation.data.note);
  }
  return texts;
}
