/**
 * On a page opened from a search result (`?pagefind-highlight=…`), marks the searched words with
 * Pagefind's own highlighter (mark.js inside), in the place the result leads to and nowhere else:
 * the passage or event the link's `#id` names, or on a page without one the parts marked
 * `data-search-landing` (a glossary entry's text and facts). A word of four letters or more is
 * marked as the whole word it stands in, so a compound such as `droneaanval` is one mark for
 * `drone`; a shorter one only where it is a word of its own (`US`, not the "us" in "Russian").
 * Headings never are. Once the browser has scrolled to the `#id`, the first mark is brought into
 * view if it is not. The highlighter is loaded only on such a landing; its styles are ours
 * (src/styles/search.css), so it adds no inline style.
 */
const highlightParam = 'pagefind-highlight';
const className = 'pagefind-highlight';

/** Where the reader landed: the element the hash names (not a heading), or the page's landing parts. */
function landingScope(): Element[] {
  const id = decodeURIComponent(location.hash.slice(1));
  if (id) {
    const target = document.getElementById(id);
    return target && !/^H[1-6]$/.test(target.tagName) ? [target] : [];
  }
  return [...document.querySelectorAll('[data-search-landing]')];
}

/**
 * Headings, what search does not index (`data-pagefind-ignore`: the other language's text, link
 * icons, an event's date line and names), card copies and what is already marked stay as they are.
 */
const excluded = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', '[data-pagefind-ignore]', 'template', '[popover]', `mark.${className}`].flatMap((selector) => [selector, `${selector} *`]);

/** Word edges for mark.js: a mark never runs past these. */
const limiters = [...',.;:!?()[]{}\'"‘’“”«»…/–—'];

/** The first mark, in view: after the browser's own (perhaps smooth) scroll to the `#id`, so as not to cut it short. */
function revealFirstMark() {
  const mark = document.querySelector(`mark.${className}`);
  if (!mark) return;
  const reveal = () => {
    const box = mark.getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight) mark.scrollIntoView({ block: 'center' });
  };
  if (!location.hash) return reveal();
  // `scrollend` comes only if a scroll is under way; a page already in place gets the check at once.
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    reveal();
  };
  addEventListener('scrollend', once, { once: true });
  setTimeout(once, 1000);
}

interface HighlightOptions {
  highlightParam: string;
  markContext: Element[];
  addStyles: boolean;
  markOptions: Record<string, unknown>;
}
type Highlighter = new (options: HighlightOptions) => { getHighlightParams(name: string): string[] };

if (new URLSearchParams(location.search).has(highlightParam)) {
  const scope = landingScope();
  // A runtime URL: Pagefind writes this file after the site is built, so the bundler must not resolve it.
  const script = '/pagefind/pagefind-highlight.js';
  if (scope.length > 0) {
    import(/* @vite-ignore */ script)
      .then(({ default: PagefindHighlight }: { default: Highlighter }) => {
        // One pass per kind of word: Pagefind's highlighter reads the words from the address itself.
        const pass = (keep: (word: string) => boolean, accuracy: unknown) => {
          const Only = class extends PagefindHighlight {
            override getHighlightParams(name: string) {
              return super.getHighlightParams(name).filter(keep);
            }
          };
          new Only({ highlightParam, markContext: scope, addStyles: false, markOptions: { className, exclude: excluded, accuracy } });
        };
        pass((word) => [...word].length >= 4, { value: 'complementary', limiters });
        pass((word) => [...word].length < 4, { value: 'exactly', limiters });
        revealFirstMark();
      })
      .catch(() => {
        // Highlighting is a nicety: the page is already open on the right spot without it.
      });
  }
}
