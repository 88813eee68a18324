/** Quoting a passage around a term: the sentences that mention it, with the mention marked. */

export interface QuotePart {
  text: string;
  /** True for a mention of the term. */
  mark: boolean;
}

/**
 * The sentences of `passage` that hold one of the mentions at `ranges` (offsets into `passage`, as
 * the glossary marking found them), each split into parts so a page can mark the mentions without
 * building HTML from content. Sentences come from `Intl.Segmenter`, trimmed.
 */
export function quoteSentences(passage: string, ranges: readonly { start: number; end: number }[], locale = 'nl'): QuotePart[][] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const quoted: QuotePart[][] = [];
  for (const { segment, index } of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(passage)) {
    const start = index + (segment.length - segment.trimStart().length);
    const end = index + segment.trimEnd().length;
    const inside = sorted.filter((range) => range.start >= start && range.end <= end);
    if (inside.length === 0) continue;
    const parts: QuotePart[] = [];
    let at = start;
    for (const range of inside) {
      if (range.start > at) parts.push({ text: passage.slice(at, range.start), mark: false });
      parts.push({ text: passage.slice(range.start, range.end), mark: true });
      at = range.end;
    }
    if (end > at) parts.push({ text: passage.slice(at, end), mark: false });
    quoted.push(parts);
  }
  return quoted;
}
