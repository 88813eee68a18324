/** Quoting a passage around a term: the sentences that mention it, with the mention marked. */

export interface QuotePart {
  text: string;
  /** True for a mention of the term. */
  mark: boolean;
}

/**
 * The sentences of `passage` that contain one of `forms`, each split into parts so a page can mark
 * the mentions without building HTML from content. Sentences come from `Intl.Segmenter`.
 */
export function quoteSentences(passage: string, forms: readonly string[], locale = 'nl'): QuotePart[][] {
  const sentences = [...new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(passage)].map((part) => part.segment.trim());
  const wanted = forms.filter(Boolean).sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return [];
  const pattern = new RegExp(`(${wanted.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'u');
  return sentences
    .filter((sentence) => pattern.test(sentence))
    .map((sentence) =>
      sentence
        .split(pattern)
        .filter(Boolean)
        .map((text) => ({ text, mark: wanted.includes(text) })),
    );
}
