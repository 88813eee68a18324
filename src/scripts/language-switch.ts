/**
 * The language switch keeps the reader's place and state: passages, quotes and events have the
 * same id in both languages, and the search query and timeline filters the same parameters
 * (`?q=`, `?kind=`, `?actor=`), so the link to the other language carries the current `?…#…`
 * along, also after the page changed them (a filter picked, a passage link followed). Without
 * JavaScript the switch still opens the same page, at its top.
 */
const link = document.querySelector<HTMLAnchorElement>('a.language-switch');
if (link) {
  const follow = () => {
    link.search = location.search;
    link.hash = location.hash;
  };
  follow();
  addEventListener('hashchange', follow);
  // Scripts change the query with history.replaceState/pushState, which fire no event: read it when the reader reaches for the link.
  for (const type of ['pointerdown', 'focus', 'mouseover']) link.addEventListener(type, follow);
}
