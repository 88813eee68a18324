import type { ArticleAnalysis } from '../../markdown/processor.ts';
import { passageHash } from '../../text/passage-hash.ts';
import type { Article, Problem, Translation } from '../types.ts';

/** The first words of a passage, to name it in a message. */
const opening = (text: string) => {
  const words = text.split(/\s+/).filter(Boolean);
  return `“${words.slice(0, 8).join(' ')}${words.length > 8 ? ' …' : ''}”`;
};

/**
 * A translation is optional, but one that exists is complete and current: one passage for each
 * Dutch paragraph and sub-heading, in the same order, with no passage the Dutch does not have,
 * each translating the Dutch text as it is now (its `source` fingerprint matches), and a caption
 * when the article has a photo. Every problem names the passage.
 */
export function checkTranslationAlignment(
  translations: readonly Translation[],
  articles: ReadonlyMap<string, Article>,
  analyses: ReadonlyMap<string, ArticleAnalysis>,
): Problem[] {
  return translations.flatMap((translation) => {
    const file = translation.filePath;
    const article = articles.get(translation.id);
    const analysis = analyses.get(translation.id);
    if (!article || !analysis) {
      return [{ file, field: 'file name', message: `there is no article "${translation.id}.md" beside it. Name the file after the article it translates: <article slug>.en.yaml.` }];
    }
    const problems: Problem[] = [];
    const originals = new Map(analysis.passages.map((passage, index) => [passage.id, { ...passage, index }]));
    const seen = new Set<string>();
    let previous = -1;
    translation.data.passages.forEach((passage, index) => {
      const original = originals.get(passage.id);
      if (!original) {
        problems.push({ file, field: `passages[${index}].id`, message: `"${passage.id}" is not a passage of the Dutch article. Use the id of the Dutch paragraph it translates (the part after # in its link), or remove the passage.` });
        return;
      }
      if (seen.has(passage.id)) {
        problems.push({ file, field: `passages[${index}].id`, message: `"${passage.id}" is translated twice. Keep one passage per Dutch paragraph.` });
        return;
      }
      seen.add(passage.id);
      if (original.index < previous) {
        problems.push({ file, field: `passages[${index}].id`, message: `"${passage.id}" is out of order. List the passages in the order of the Dutch article.` });
      }
      previous = Math.max(previous, original.index);
      const now = passageHash(original.text);
      if (passage.source !== now) {
        problems.push({
          file,
          field: `passages[${index}].source`,
          message: `the Dutch passage "${passage.id}" changed after it was translated (fingerprint ${passage.source}, now ${now}). Bring the English in line with the Dutch ${opening(original.text)}, then set source: ${now}.`,
        });
      }
    });
    for (const original of analysis.passages) {
      if (seen.has(original.id)) continue;
      problems.push({
        file,
        field: 'passages',
        message: `the Dutch passage "${original.id}" (${opening(original.text)}) has no translation. Add { id: ${original.id}, source: ${passageHash(original.text)}, text: <the English> } in its place.`,
      });
    }
    const image = article.data.image;
    if (image && !translation.data.caption) problems.push({ file, field: 'caption', message: `is missing: the article has a photo caption. Translate "${image.caption}".` });
    if (!image && translation.data.caption) problems.push({ file, field: 'caption', message: 'is set, but the article has no photo. Remove it.' });
    return problems;
  });
}
