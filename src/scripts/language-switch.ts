/**
 * The language switch keeps the reader's place: passages, quotes and events have the same id in
 * both languages, so the link to the other language carries the current `#id` along. Without
 * JavaScript the switch still opens the same page, at its top.
 */
const link = document.querySelector<HTMLAnchorElement>('a.language-switch');
if (link) {
  const follow = () => {
    link.hash = location.hash;
  };
  follow();
  addEventListener('hashchange', follow);
}
