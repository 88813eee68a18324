/**
 * Turns glossary term links into buttons for their cards. Without this script (or without popover
 * support) a term stays a plain link to its glossary page.
 *
 * The card is an HTML popover: the browser keeps it in the top layer (the text does not move),
 * closes it on Esc or a click elsewhere, and `showPopover({ source })` anchors it to the term for
 * CSS anchor positioning. This script only opens it and gives focus back when it closes.
 */
const supportsPopover = typeof HTMLElement.prototype.showPopover === 'function';
let invoker: HTMLElement | undefined;

function open(card: HTMLElement, link: HTMLElement) {
  if (card.matches(':popover-open')) card.hidePopover();
  invoker = link;
  try {
    card.showPopover({ source: link } as ShowPopoverOptions);
  } catch {
    card.showPopover();
  }
  link.setAttribute('aria-expanded', 'true');
  // The card floats by its term; scrolling to it would move the text out from under the reader.
  card.focus({ preventScroll: true });
}

if (supportsPopover) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.term[data-term]')) {
    const card = document.getElementById(`term-card-${link.dataset.term}`);
    if (!card) continue;
    link.setAttribute('aria-haspopup', 'dialog');
    link.setAttribute('aria-expanded', 'false');
    link.setAttribute('aria-controls', card.id);
  }

  document.addEventListener('click', (event) => {
    // A modified click keeps its meaning: open the glossary page in a new tab or window.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.term[aria-controls]');
    const card = link && document.getElementById(link.getAttribute('aria-controls') ?? '');
    if (!link || !card) return;
    event.preventDefault();
    if (card.matches(':popover-open') && invoker === link) card.hidePopover();
    else open(card, link);
  });

  for (const card of document.querySelectorAll<HTMLElement>('.term-card[popover]')) {
    card.addEventListener('toggle', (event) => {
      if ((event as ToggleEvent).newState !== 'closed' || !invoker) return;
      invoker.setAttribute('aria-expanded', 'false');
      // Focus goes back to the term, unless the reader has already moved it elsewhere.
      if (card.contains(document.activeElement) || document.activeElement === document.body) invoker.focus();
    });
  }
}
