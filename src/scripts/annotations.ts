/**
 * Reading first, annotations on demand. The page links each glossary entry at its first mention per
 * section and leaves later mentions plain (`span.term-repeat`, src/markdown/rehype-glossary-terms.ts);
 * timeline quotes show their tint and ◷ only on hover or focus. The "show all annotations" switch
 * turns every mention into a link and shows every quote and ◷; the choice is remembered on this
 * device. The paragraph a passage link lands on always shows its mentions as links.
 */
import { prepareTermLink } from './term-cards.ts';

const article = document.querySelector<HTMLElement>('article.article');
const toggle = document.querySelector<HTMLButtonElement>('#annotations-switch');
const key = 'duiding:annotations';

/** A later mention as a link, like the entry's first one on the page. */
function upgrade(root: ParentNode) {
  for (const span of root.querySelectorAll<HTMLElement>('span.term-repeat')) {
    const first = document.querySelector<HTMLAnchorElement>(`a.term[data-term="${span.dataset.term}"]:not([data-repeat])`);
    if (!first) continue;
    const link = document.createElement('a');
    link.className = first.className;
    link.href = first.getAttribute('href') ?? '';
    link.dataset.term = span.dataset.term;
    link.dataset.repeat = '';
    link.textContent = span.textContent;
    span.replaceWith(link);
    prepareTermLink(link);
  }
}

/** Back to plain text, outside `keep`. */
function downgrade(keep?: Element | null) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.term[data-repeat]')) {
    if (keep?.contains(link) || link.getAttribute('aria-expanded') === 'true') continue;
    const span = document.createElement('span');
    span.className = 'term-repeat';
    span.dataset.term = link.dataset.term;
    span.textContent = link.textContent;
    link.replaceWith(span);
  }
}

/** The passage the address points at, if it is one of the article's paragraphs. */
function targetPassage(): Element | null {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  return target?.closest('.prose > p, .prose > h2') ?? null;
}

function apply(all: boolean) {
  if (!article) return;
  article.dataset.annotations = all ? 'all' : 'reading';
  toggle?.setAttribute('aria-pressed', String(all));
  const passage = targetPassage();
  if (all) upgrade(article);
  else {
    downgrade(passage);
    if (passage) upgrade(passage);
  }
}

/** What this device remembers; storage may be off (private windows, settings), and then nothing is. */
function remembered(name: string, value?: string): string | null {
  try {
    if (value !== undefined) localStorage.setItem(name, value);
    return localStorage.getItem(name);
  } catch {
    return null;
  }
}

if (article && toggle) {
  const stored = remembered(key);
  // The first visit says once how the page works; cards need this script, so the hint does too.
  const hint = document.querySelector<HTMLElement>('.reading-hint');
  if (hint && remembered('duiding:hint-seen') === null) {
    hint.hidden = false;
    remembered('duiding:hint-seen', 'yes');
  }
  let all = stored === 'all';
  apply(all);
  toggle.addEventListener('click', () => {
    all = !all;
    remembered(key, all ? 'all' : 'reading');
    apply(all);
  });
  addEventListener('hashchange', () => apply(all));
}
