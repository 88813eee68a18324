/**
 * Turns glossary term links into buttons for their cards (src/scripts/card-popover.ts). Without this
 * script (or without popover support) a term stays a plain link to its glossary page. On a desk with
 * a mouse a term also previews its card after a short hover, as Wikipedia does; a click or Enter
 * opens it for good. Links added later (src/scripts/annotations.ts) are handled the same way.
 */
import { currentInvoker, manageCard, plainClick, prepareInvoker, showCard, supportsPopover } from './card-popover.ts';

const hover = matchMedia('(hover: hover) and (pointer: fine)');
const cardOf = (link: HTMLElement) => document.getElementById(`term-card-${link.dataset.term}`);
const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>('a.term[data-term]') : null);

/** Gives a term link the state of a button that opens a card. */
export function prepareTermLink(link: HTMLElement) {
  const card = cardOf(link);
  if (supportsPopover && card) prepareInvoker(link, card);
}

if (supportsPopover) {
  for (const link of document.querySelectorAll<HTMLElement>('a.term[data-term]')) prepareTermLink(link);
  for (const card of document.querySelectorAll<HTMLElement>('.term-card[popover]')) manageCard(card);

  // A preview shown by hovering is not the reader's choice yet: a click makes it stay and takes focus.
  let preview: HTMLElement | undefined;

  document.addEventListener('click', (event) => {
    if (!plainClick(event)) return;
    const link = termOf(event.target);
    const card = link && cardOf(link);
    if (!link || !card) return;
    event.preventDefault();
    const open = card.matches(':popover-open') && currentInvoker() === link;
    if (open && preview === card) card.focus({ preventScroll: true });
    else if (open) card.hidePopover();
    else showCard(card, link);
    preview = undefined;
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (action: () => void, delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(action, delay);
  };
  document.addEventListener('pointerover', (event) => {
    if (!hover.matches || event.pointerType !== 'mouse') return;
    const link = termOf(event.target);
    const card = link && cardOf(link);
    if (link && card && !card.matches(':popover-open')) {
      later(() => {
        showCard(card, link, { focus: false });
        preview = card;
      }, 500);
    } else if (link || (event.target instanceof Node && preview?.contains(event.target))) clearTimeout(timer);
  });
  document.addEventListener('pointerout', (event) => {
    if (!hover.matches || event.pointerType !== 'mouse') return;
    const leaving = termOf(event.target) ?? (event.target instanceof Node && preview?.contains(event.target) ? preview : null);
    if (!leaving) return;
    // Only a preview closes when the mouse leaves; a card opened by a click stays.
    later(() => {
      if (preview?.matches(':popover-open') && !preview.matches(':hover')) preview.hidePopover();
      preview = undefined;
    }, 300);
  });
}
