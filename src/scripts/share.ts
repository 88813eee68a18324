/**
 * The share button, and the ¶ link of each passage: the Web Share API where the browser has it,
 * otherwise the URL goes to the clipboard, and the status line says so (visible, and announced
 * through its role="status"). Every shared URL is made here from `location.origin`, the address
 * the reader is on, and the page's path: a site served somewhere other than where the build
 * assumed (SITE_URL) still shares links that open.
 */
const button = document.querySelector<HTMLButtonElement>('.share-button');
const statusLine = document.querySelector<HTMLElement>('.share-status');

if (button && statusLine) {
  const strings: Record<string, string> = JSON.parse(button.dataset.strings ?? '{}');
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const announce = (message: string) => {
    statusLine.textContent = message;
    statusLine.classList.add('visible');
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => statusLine.classList.remove('visible'), 4000);
  };

  const share = async (url: string, copiedMessage: string) => {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: button.dataset.title ?? document.title, url });
        return;
      } catch (error) {
        // The reader closed the share sheet: nothing to do. Anything else: fall back to copying.
        if ((error as DOMException).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      announce(copiedMessage);
    } catch {
      announce(strings.failed ?? '');
    }
  };

  /** The page's own URL on this origin, without query or fragment. */
  const pageUrl = () => new URL(button.dataset.path ?? location.pathname, location.origin).href;

  button.addEventListener('click', () => void share(pageUrl(), strings.copied ?? ''));

  // A passage's ¶ link still moves to the passage (and marks it); it also shares the passage's URL.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.passage-link');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const url = new URL(link.getAttribute('href') ?? '', pageUrl()).href;
    void share(url, strings.passageCopied ?? '');
  });
}
