/** "/" focuses the search box from anywhere, unless the reader is typing somewhere. */
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
  const box = document.querySelector<HTMLInputElement>('#search-q, #site-search-q');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
