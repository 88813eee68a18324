/**
 * Finds an exact quote in a text the way a reader would judge "the same words": typographic and
 * straight quotes and apostrophes are the same (‘’'ʼ, “”„"), any run of whitespace is one space,
 * and Unicode composition does not matter. Everything else, case included, must match exactly.
 */

const singleQuotes = /['‘’‚ʼ`´]/u;
const doubleQuotes = /["“”„]/u;
const combiningMark = /\p{M}/u;
const whitespace = /\s/u;

interface Normalised {
  value: string;
  /** Offset in the original text of each UTF-16 unit of `value`, plus the text's length. */
  starts: number[];
}

/** The UTF-16 length of the code point at `index`. */
const width = (text: string, index: number) => ((text.codePointAt(index) as number) > 0xffff ? 2 : 1);

/** The unit a reader sees in `char` (a letter with its combining marks): one space, one quote mark, or the letter composed. */
function unitOf(char: string): string {
  const code = char.charCodeAt(0);
  // ASCII letters, digits and punctuation are themselves, except the quote marks.
  if (char.length === 1 && code > 0x20 && code < 0x7f && code !== 0x22 && code !== 0x27 && code !== 0x60) return char;
  if (whitespace.test(char)) return ' ';
  if (singleQuotes.test(char)) return "'";
  if (doubleQuotes.test(char)) return '"';
  return char.normalize('NFC');
}

function normalise(text: string): Normalised {
  const units: string[] = [];
  const starts: number[] = [];
  let afterSpace = false;
  for (let offset = 0; offset < text.length; ) {
    // A letter and its combining marks are one unit, so "i" + "◌̈" meets "ï"; so are marks with no letter before them.
    let end = offset + width(text, offset);
    while (end < text.length && text.charCodeAt(end) >= 0x300 && combiningMark.test(String.fromCodePoint(text.codePointAt(end) as number))) end += width(text, end);
    const unit = unitOf(text.slice(offset, end));
    if (!(unit === ' ' && afterSpace)) {
      units.push(unit);
      for (let index = 0; index < unit.length; index++) starts.push(offset);
    }
    afterSpace = unit === ' ';
    offset = end;
  }
  starts.push(text.length);
  return { value: units.join(''), starts };
}

/** Where a quote occurs in a text (offsets into the text). */
export interface QuoteRange {
  start: number;
  end: number;
}

/** Where a quote occurs in the text a finder was made for, or undefined. */
export type QuoteFinder = (quote: string) => QuoteRange | undefined;

/** `text` read once, for any number of quotes: the finder gives where each occurs in it. */
export function quoteFinder(text: string): QuoteFinder {
  const haystack = normalise(text);
  return (quote) => {
    const wanted = normalise(quote.trim()).value;
    if (!wanted) return undefined;
    const at = haystack.value.indexOf(wanted);
    if (at < 0) return undefined;
    // The match ends where the text's next character starts.
    return { start: haystack.starts[at] as number, end: haystack.starts[at + wanted.length] as number };
  };
}
