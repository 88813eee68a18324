/**
 * Finds glossary aliases in text with one compiled matcher: a trie over normalised characters,
 * tried only at word starts and never deeper than the longest alias, so the cost is linear in the
 * text's length whatever the number of aliases.
 *
 * Matching is whole-word, ignores case (unless an alias asks to match case) and diacritics, treats
 * any run of whitespace as one space and every apostrophe (’ ' ʼ) as the same, and takes the
 * longest alias at a position ("Storm Shadow" before "Storm"). A hyphen matches an alias's space
 * ("Storm-Shadow"), and a Dutch compound written with a hyphen after the alias ("Atacms-raket") is
 * matched whole.
 */

export interface AliasSource {
  /** The entry the alias belongs to. */
  id: string;
  aliases: readonly string[];
  /** Match the aliases' capitals exactly. Default: false. */
  matchCase?: boolean | undefined;
}

export interface TermMatch {
  id: string;
  /** The alias as written in the entry. */
  alias: string;
  /** Offsets in the searched text: `text.slice(start, end)` is the mention as written. */
  start: number;
  end: number;
}

interface Terminal {
  id: string;
  alias: string;
  /** The alias's normalised units with case kept, compared when `matchCase` is set. */
  exact?: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  terminal?: Terminal;
}

const wordChar = /[\p{L}\p{N}]/u;
const apostrophes = /['’ʼ‘`´]/u;

/** One unit of normalised text: without diacritics, one space for any whitespace, one apostrophe. */
function normaliseChar(char: string): string {
  if (/\s/u.test(char)) return ' ';
  if (apostrophes.test(char)) return "'";
  return char.normalize('NFD').replace(/\p{M}+/gu, '');
}

interface Units {
  /** Normalised units, case kept. */
  exact: string[];
  /** The same units, lower-cased. */
  folded: string[];
  /** Whether each unit is a letter or digit. */
  word: boolean[];
  /** Where each unit starts in the original text, plus the text's length at the end. */
  starts: number[];
}

/** Normalises a text into units in one pass; whitespace runs collapse to one unit. */
function toUnits(text: string): Units {
  const result: Units = { exact: [], folded: [], word: [], starts: [] };
  let offset = 0;
  let lastWasSpace = false;
  for (const char of text) {
    const code = char.charCodeAt(0);
    // ASCII needs no Unicode tables; it is nearly all of a Dutch text.
    const ascii = code < 0x80;
    const space = ascii ? code === 32 || (code >= 9 && code <= 13) : /\s/u.test(char);
    if (!(space && lastWasSpace)) {
      const unit = space ? ' ' : ascii ? (char === '`' ? "'" : char) : normaliseChar(char);
      result.exact.push(unit);
      result.folded.push(ascii ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : unit) : unit.toLowerCase());
      result.word.push(ascii ? (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) : wordChar.test(char));
      result.starts.push(offset);
    }
    lastWasSpace = space;
    offset += char.length;
  }
  result.starts.push(offset);
  return result;
}

/**
 * The form an alias is compared in: without case, diacritics or apostrophe and whitespace
 * variants. Two aliases with the same key are the same alias to the matcher.
 */
export function aliasKey(alias: string): string {
  return toUnits(alias.trim()).folded.join('');
}

export interface TermMatcher {
  /** Every mention in `text`, left to right, never overlapping. */
  find(text: string): TermMatch[];
}

/** Compiles the aliases of all entries into one matcher. Throws on an alias that is empty. */
export function compileTermMatcher(sources: readonly AliasSource[]): TermMatcher {
  const root: TrieNode = { next: new Map() };
  let depth = 0;
  for (const source of sources) {
    for (const alias of source.aliases) {
      const { folded, exact } = toUnits(alias.trim());
      if (folded.length === 0) throw new Error(`Glossary entry "${source.id}" has an empty alias.`);
      let node = root;
      for (const unit of folded) {
        let child = node.next.get(unit);
        if (!child) node.next.set(unit, (child = { next: new Map() }));
        node = child;
      }
      // The first entry to claim an alias keeps it; src/model/checks reports the duplicate.
      node.terminal ??= { id: source.id, alias, ...(source.matchCase ? { exact } : {}) };
      depth = Math.max(depth, folded.length);
    }
  }

  return {
    find(text) {
      const { exact, folded, word, starts } = toUnits(text);
      const isWord = (index: number) => word[index] === true;
      const matches: TermMatch[] = [];

      for (let index = 0; index < folded.length; index++) {
        if (!isWord(index) || isWord(index - 1)) continue;
        let node: TrieNode | undefined = root;
        let best: { terminal: Terminal; end: number } | undefined;
        for (let at = index; at < folded.length && at - index < depth; at++) {
          const unit = folded[at] as string;
          // A hyphen may stand where an alias has a space: "Storm-Shadow" is "Storm Shadow".
          node = node.next.get(unit) ?? (unit === '-' ? node.next.get(' ') : undefined);
          if (!node) break;
          const terminal = node.terminal;
          if (!terminal || isWord(at + 1)) continue;
          if (terminal.exact && terminal.exact.join('') !== exact.slice(index, at + 1).join('')) continue;
          best = { terminal, end: at + 1 };
        }
        if (!best) continue;
        let end = best.end;
        // A hyphenated Dutch compound ("Atacms-raket", "VS-president") belongs to the mention.
        while (folded[end] === '-' && isWord(end + 1)) {
          end += 1;
          while (isWord(end)) end++;
        }
        matches.push({ id: best.terminal.id, alias: best.terminal.alias, start: starts[index] as number, end: starts[end] as number });
        index = end - 1;
      }
      return matches;
    },
  };
}
