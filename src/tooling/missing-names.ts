/**
 * The names in an article that no glossary alias matches: candidates for new glossary entries,
 * each with the first passage it occurs in. A name is a run of capitalised words ("Volodymyr
 * Zelensky", "Nationale Veiligheidsraad", with "van", "der" and the like between them), an
 * all-caps acronym ("CNN") or a hyphenated compound with a capitalised first part ("Atacms-raket").
 * Left out: a single word at a sentence start (capitalised for the sentence's sake), common words,
 * and adjectives of nationality ("Russische", "Britse"). Whether the glossary covers a name is
 * decided by the site's own matcher (src/text/term-matcher.ts, compiled as the model compiles it),
 * so a name the site marks is never reported.
 */
import { analyseArticle } from '../markdown/processor.ts';
import type { TermMatcher } from '../text/term-matcher.ts';

export interface MissingName {
  /** The name as first written. */
  name: string;
  /** How often it occurs in the text. */
  count: number;
  /** The passage id (the reader's link anchor) of its first occurrence. */
  passage: string;
  /** The sentence of the first occurrence, for the editor to judge. */
  excerpt: string;
}

/** Words capitalised only because a sentence or a quote starts with them, or that are never names. */
const commonWords = new Set(
  (
    'de het een en of maar als ook zo dit dat die deze wat wie waar hoe want dan toch nu in op met van voor na bij om tot uit over door ' +
    'wij we ze zij hij ik je jij u men er niet geen wel nog al sinds volgens toen terwijl omdat hoewel daarom daarna daarbij bovendien ' +
    'intussen inmiddels eerder later vandaag gisteren morgen ja nee zelfs alleen vooral sindsdien opvallend mogelijk waarschijnlijk ' +
    'the a an and or but if this that these those what who where how it he she they we i you in on at of for to from with by ' +
    // Titles and roles, lower case in Dutch except where a sentence starts with them: "Generaal Valeri Gerasimov".
    'president premier minister generaal kolonel admiraal commandant kanselier koning koningin prins prinses paus senator ' +
    'burgemeester ambassadeur woordvoerder oud-president minister-president staatssecretaris'
  ).split(' '),
);

/** Lower-case words that may stand inside a name: "Ministerie van Defensie", "Ursula von der Leyen". */
const nameParticles = new Set(['van', 'von', 'der', 'den', 'ter', 'du', 'des', 'bin', 'al']);

const capitalised = /^\p{Lu}/u;
const acronym = /^\p{Lu}{2,}$/u;
/** Dutch adjectives of origin: "Russische", "Russisch", "Oekraïense", "Amerikaans", "Britse". */
const adjectiveOfOrigin = /^\p{Lu}\p{Ll}+(?:se|sche|isch|aans|iens|ees)$/u;

interface Word {
  text: string;
  start: number;
  end: number;
  /** Whether the word starts a sentence or a quotation. */
  sentenceStart: boolean;
}

/** The words of a passage, hyphenated compounds kept whole, with whether each starts a sentence. */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  const pattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
  let previousEnd = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const between = text.slice(previousEnd, start);
    const sentenceStart = words.length === 0 || /[.!?:…]\s*['‘’"“”«(]*\s*$/u.test(between) || /['‘"“«]\s*$/u.test(between);
    words.push({ text: match[0], start, end: start + match[0].length, sentenceStart });
    previousEnd = start + match[0].length;
  }
  return words;
}

const isNameWord = (word: string) => capitalised.test(word) && !commonWords.has(word.toLowerCase());

/** The sentence around an offset, trimmed to a readable length. */
function sentenceAt(text: string, start: number, end: number): string {
  const before = text.slice(0, start).search(/[^.!?]*$/);
  const afterMatch = /[.!?]/.exec(text.slice(end));
  const to = afterMatch ? end + afterMatch.index + 1 : text.length;
  const sentence = text.slice(before, to).trim();
  return sentence.length > 200 ? `${sentence.slice(0, 197)}…` : sentence;
}

/** Candidate names in one passage: runs of name words, with the words the matcher covers removed. */
function candidatesIn(text: string, matcher: TermMatcher): { name: string; start: number; end: number }[] {
  const covered = matcher.find(text);
  const isCovered = (word: Word) => covered.some((match) => match.start < word.end && word.start < match.end);
  const words = wordsOf(text);
  const found: { name: string; start: number; end: number }[] = [];

  let run: Word[] = [];
  const flush = () => {
    // Particles only join names: never at a run's end.
    while (run.length > 0 && nameParticles.has((run.at(-1) as Word).text)) run.pop();
    if (run.length > 0) {
      const first = run[0] as Word;
      const last = run.at(-1) as Word;
      const single = run.length === 1;
      // A first name beside a covered name ("Volodymyr" before "Zelensky") belongs to that name.
      const besideCovered = covered.some(
        (match) => (match.start >= last.end && /^\s*$/u.test(text.slice(last.end, match.start))) || (match.end <= first.start && /^\s*$/u.test(text.slice(match.end, first.start))),
      );
      const keep =
        !(single && first.sentenceStart && !acronym.test(first.text) && !first.text.includes('-')) &&
        !(single && adjectiveOfOrigin.test(first.text)) &&
        !(single && besideCovered);
      if (keep) found.push({ name: text.slice(first.start, last.end), start: first.start, end: last.end });
    }
    run = [];
  };

  for (const word of words) {
    if (isCovered(word)) {
      flush();
      continue;
    }
    if (isNameWord(word.text)) {
      // A new sentence starts a new name.
      if (word.sentenceStart) flush();
      run.push(word);
    } else if (run.length > 0 && nameParticles.has(word.text)) run.push(word);
    else flush();
  }
  flush();
  return found;
}

/** Every name in the article's body that the glossary does not cover, in order of first occurrence. */
export function findMissingNames(body: string, matcher: TermMatcher): MissingName[] {
  const { passages } = analyseArticle(body, { glossary: matcher, quotes: [] });
  const names = new Map<string, MissingName>();
  for (const passage of passages) {
    for (const { name, start, end } of candidatesIn(passage.text, matcher)) {
      const key = name.toLowerCase();
      const known = names.get(key);
      if (known) known.count += 1;
      else names.set(key, { name, count: 1, passage: passage.id, excerpt: sentenceAt(passage.text, start, end) });
    }
  }
  return [...names.values()];
}
