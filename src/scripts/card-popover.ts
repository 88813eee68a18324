/**
 * What every card the article opens in place shares (a term's card, an event's card): an HTML
 * popover anchored to what opened it (`showPopover({ source })`), in the top layer so the text does
 * not move. On a phone the card is a sheet over the bottom of the screen with a scrim (CSS); there
 * the page scrolls so the tapped word stays visible above the sheet, and a tap outside the sheet
 * only closes it, never also following a link under the finger. Focus leaving a card closes it;
 * closing gives focus back to what opened it.
 */
const phone = matchMedia('(max-width: 40rem)');
let invoker: HTMLElement | undefined;

/** The card that is open, if any. */
const openCard = () => document.querySelector<HTMLElement>('.card-popover:popover-open');

export const supportsPopover = typeof HTMLElement.prototype.showPopover === 'function';

/** Opens `card` by `source`; `focus: false` for a preview on hover, which must not take focus. */
export function showCard(card: HTMLElement, source: HTMLElement, { focus = true } = {}) {
  if (card.matches(':popover-open')) card.hidePopover();
  invoker = source;
  try {
    card.showPopover({ source } as ShowPopoverOptions);
  } catch {
    card.showPopover();
  }
  source.setAttribute('aria-expanded', 'true');
  // The card floats by its source; scrolling to the card would move the text out from under the reader.
  if (focus) card.focus({ preventScroll: true });
  if (phone.matches) keepAboveSheet(card, source);
}

/** Gives what opens `card` (a term, a ◷) the state of a button that opens a dialog. */
export function prepareInvoker(source: HTMLElement, card: HTMLElement) {
  source.setAttribute('aria-haspopup', 'dialog');
  source.setAttribute('aria-expanded', 'false');
  source.setAttribute('aria-controls', card.id);
}

/** A plain left click; a modified one keeps its meaning (open the link in a new tab or window). */
export const plainClick = (event: MouseEvent) => event.button === 0 && !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey);

/** Who opened the card that is open (for a second click on the same word). */
export const currentInvoker = () => invoker;

/** The sheet covers the bottom of the screen: scroll the tapped word into the space above it. */
function keepAboveSheet(card: HTMLElement, source: HTMLElement) {
  const sheetTop = card.getBoundingClientRect().top;
  const word = source.getBoundingClientRect();
  const gap = 16;
  if (word.bottom + gap > sheetTop) window.scrollBy({ top: word.bottom + gap - sheetTop, behavior: 'instant' });
  else if (word.top < gap) window.scrollBy({ top: word.top - gap, behavior: 'instant' });
}

/** Wires a card once: its invoker's state when it closes, focus back, and closing when focus leaves. */
export function manageCard(card: HTMLElement) {
  card.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState !== 'closed' || !invoker) return;
    invoker.setAttribute('aria-expanded', 'false');
    // Focus goes back to the word, unless the reader has already moved it elsewhere.
    if (card.contains(document.activeElement) || document.activeElement === document.body) invoker.focus({ preventScroll: true });
  });
  card.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (next && !card.contains(next) && next !== invoker && card.matches(':popover-open')) card.hidePopover();
  });
}

if (supportsPopover) {
  // On a phone a tap outside the open sheet closes it and does nothing else.
  let swallow = false;
  document.addEventListener(
    'pointerdown',
    (event) => {
      const card = openCard();
      swallow = Boolean(phone.matches && card && !card.contains(event.target as Node));
    },
    true,
  );
  document.addEventListener(
    'click',
    (event) => {
      if (!swallow) return;
      swallow = false;
      event.preventDefault();
      event.stopImmediatePropagation();
      openCard()?.hidePopover();
    },
    true,
  );
}
