/**
 * A ◷ after a timeline quote opens its event in a card in place, instead of jumping to the rail
 * (on a phone the rail is thousands of pixels further down). The card shows the rail's own entry
 * for the event, copied when it opens, so the page carries no second copy. Without this script the
 * ◷ is a link to the event in the rail.
 */
import { currentInvoker, manageCard, plainClick, prepareInvoker, showCard, supportsPopover } from './card-popover.ts';

const card = document.getElementById('event-card');

if (supportsPopover && card) {
  manageCard(card);
  const body = card.querySelector<HTMLElement>('.event-card-body');
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.evidence-link')) prepareInvoker(link, card);
  document.addEventListener('click', (event) => {
    if (!plainClick(event)) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.evidence-link') : null;
    const entry = link && document.getElementById((link.getAttribute('href') ?? '').slice(1));
    if (!link || !entry || !body) return;
    event.preventDefault();
    if (card.matches(':popover-open') && currentInvoker() === link) {
      card.hidePopover();
      return;
    }
    const copy = entry.cloneNode(true) as HTMLElement;
    // The copy is not the rail: no ids to repeat, and no link back to the passage the reader is in.
    copy.removeAttribute('id');
    for (const element of copy.querySelectorAll('[id]')) element.removeAttribute('id');
    copy.querySelector('.to-passage')?.closest('p')?.remove();
    // Nor the rail's "15 maanden later": it tells the time since the event above it in the rail.
    copy.querySelector('.timeline-gap')?.remove();
    body.replaceChildren(...copy.childNodes);
    card.setAttribute('aria-label', entry.querySelector('h3')?.textContent?.trim() ?? '');
    showCard(card, link);
  });
}
