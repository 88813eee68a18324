/**
 * Finds an exact quote in a text the way a reader would judge "the same words": typographic and
 * straight quotes and apostrophes are the same (‘’'ʼ, “”„"), any run of whitespace is one space,
 * and Unicode composition does not matter. Everything else, case included, must match exactly.
 */

const singleQuotes = /['‘’‚ʼ`´]/u;
const doubleQuotes = /["“”„]/u;

interface Normalised {
  value: string;
  /** Offset in the original text of each UTF-16 unit of `value`, plus the text's length. */
  starts: number[];
}

function normalise(text: string): Normalised {
  let value = '';
  const starts: number[] = [];
  let offset = 0;
  // A letter and its combining marks are one unit, so "i" + "◌̈" meets "ï".
  for (const [char] of text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const unit = /\s/u.test(char) ? ' ' : singleQuotes.test(char) ? "'" : doubleQuotes.test(char) ? '"' : char.normalize('NFC');
    if (!(unit === ' ' && value.endsWith(' '))) {
      value += unit;
      for (let index = 0; index < unit.length; index++) starts.push(offset);
    }
    offset += char.length;
  }
  starts.push(offset);
  return { value, starts };
}

/** Where `quote` occurs in `text` (offsets into `text`), or undefined. */
export function findQuote(text: string, quote: string): { start: number; end: number } | undefined {
  const wanted = normalise(quote.trim()).value;
  if (!wanted) return undefined;
  const haystack = normalise(text);
  const at = haystack.value.indexOf(wanted);
  if (at < 0) return undefined;
  // The match ends where the text's next character starts.
  return { start: haystack.starts[at] as number, end: haystack.starts[at + wanted.length] as number };
}
