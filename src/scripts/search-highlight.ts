/**
 * On a page opened from a search result (`?pagefind-highlight=…`), marks the searched words with
 * Pagefind's own highlighter (mark.js inside), in the place the result leads to and nowhere else:
 * the passage or event the link's `#id` names, or on a page without one the parts marked
 * `data-search-landing` (a glossary entry's text and facts). Whole words are marked, so a compound
 * such as `droneaanval` is one mark for `drone`; headings never are. Then the first mark is
 * scrolled into view. The highlighter is loaded only on such a landing; its styles are ours
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
 * icons), card copies and what is already marked stay as they are.
 */
const excluded = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', '[data-pagefind-ignore]', 'template', '[popover]', `mark.${className}`].flatMap((selector) => [selector, `${selector} *`]);

/** Word edges for mark.js's "complementary" accuracy: a mark grows to the whole word, never past these. */
const limiters = [...',.;:!?()[]{}\'"‘’“”«»…/–—'];

if (new URLSearchParams(location.search).has(highlightParam)) {
  const scope = landingScope();
  // A runtime URL: Pagefind writes this file after the site is built, so the bundler must not resolve it.
  const script = '/pagefind/pagefind-highlight.js';
  if (scope.length > 0) {
    import(/* @vite-ignore */ script)
      .then(({ default: PagefindHighlight }) => {
        new PagefindHighlight({
          highlightParam,
          markContext: scope,
          addStyles: false,
          markOptions: { className, exclude: excluded, accuracy: { value: 'complementary', limiters } },
        });
        document.querySelector(`mark.${className}`)?.scrollIntoView({ block: 'nearest' });
      })
      .catch(() => {
        // Highlighting is a nicety: the page is already open on the right spot without it.
      });
  }
}
