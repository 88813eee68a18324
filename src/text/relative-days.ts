/**
 * Finds words that date something relative to when it was written ("dinsdag", "vorige week",
 * "on Tuesday", "last week"): they mean nothing on a card, a search result or a page read years
 * later. Text in quotation marks (a quote of the article) is not the site's voice and is skipped;
 * a weekday followed by its date ("dinsdag 30 mei 2023", "Tuesday 30 May 2023") is a date.
 */
export type TextLanguage = 'nl' | 'en';

const weekdays: Record<TextLanguage, string> = {
  nl: '(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:ochtend|morgen|middag|avond|nacht)?',
  en: '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\'s|’s)?',
};

const phrases: Record<TextLanguage, string[]> = {
  nl: [
    'eergisteren', 'gisteren', 'gisteravond', 'vandaag', 'overmorgen', 'morgen', 'vanochtend', 'vanmorgen', 'vanmiddag', 'vanavond', 'vannacht',
    '(?:vorige|volgende|deze|afgelopen|komende) (?:week|maand|weekend)', 'dit weekend', '(?:vorig|volgend|dit) jaar',
    '(?:eerder|later) (?:deze|die) (?:week|maand)', '(?:eerder|later) in de (?:week|maand)', 'begin (?:deze|vorige) (?:week|maand)', 'eind (?:deze|vorige) (?:week|maand)',
  ],
  en: [
    'the day before yesterday', 'yesterday', 'today', 'tonight', 'tomorrow',
    '(?:last|next|this|past|coming) (?:week|month|year|weekend)',
    '(?:earlier|later) (?:this|that) (?:week|month|year)', '(?:earlier|later) in the (?:week|month)',
  ],
};

const months: Record<TextLanguage, string> = {
  nl: 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december',
  en: 'january|february|march|april|may|june|july|august|september|october|november|december',
};

/** Quoted spans: curly, double and guillemet quotes, and straight single quotes that open after a space. */
const quoted = /‘[^’]*’|“[^”]*”|"[^"]*"|«[^»]*»|(?<=^|[\s(\[])'[^']*'(?=$|[\s.,;:!?)\]])/g;

/** A language's patterns: relative words, a bare weekday, and a date right after a weekday (sticky). */
function compile(language: TextLanguage) {
  return {
    relative: new RegExp(`(?<![\\p{L}\\d-])(?:${weekdays[language]}|${phrases[language].join('|')})(?![\\p{L}\\d-])`, 'giu'),
    weekday: new RegExp(`^${weekdays[language]}$`, 'iu'),
    // "dinsdag 30 mei 2023", "Tuesday, 30 May 2023", "Tuesday, May 30, 2023"
    datedAfter: new RegExp(`,?\\s+(?:\\d{1,2}\\s+(?:${months[language]})|(?:${months[language]})\\s+\\d{1,2}\\b)`, 'iuy'),
  };
}

/** Compiled once, not per text. */
const patterns = { nl: compile('nl'), en: compile('en') };

export function findRelativeDays(text: string, language: TextLanguage): string[] {
  // Blank out quotes, keeping offsets, so a quoted "dinsdag" is not the site's own word.
  const own = text.replace(quoted, (match) => ' '.repeat(match.length));
  const { relative, weekday, datedAfter } = patterns[language];
  const found: string[] = [];
  for (const match of own.matchAll(relative)) {
    const word = match[0];
    datedAfter.lastIndex = match.index + word.length;
    if (weekday.test(word) && datedAfter.test(own)) continue;
    found.push(word);
  }
  return found;
}
