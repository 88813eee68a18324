/**
 * On a page opened from a search result (`?pagefind-highlight=…`), marks the searched words with
 * Pagefind's own highlighter. It is loaded only then; its styles are ours (src/styles/search.css), so it adds
 * no inline style.
 */
const highlightParam = 'pagefind-highlight';

if (new URLSearchParams(location.search).has(highlightParam)) {
  // A runtime URL: Pagefind writes this file after the site is built, so the bundler must not resolve it.
  const script = '/pagefind/pagefind-highlight.js';
  import(/* @vite-ignore */ script)
    .then(({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam, markContext: 'main', addStyles: false }))
    .catch(() => {
      // Highlighting is a nicety: the page is already open on the right spot without it.
    });
}
