/**
 * Filters the timeline page by actor and kind without reloading, and keeps the choice in the URL
 * (`?actor=poetin&kind=context`) so a filtered timeline can be shared and survives a reload.
 * Values from the URL only ever select an existing option; anything else means "all".
 *
 * What the filter leaves is still told in time: a month with no event left loses its heading, and
 * the gaps ("4 maanden later") are counted again between the events that remain. A link to an
 * event (`#id`) opens it; when the filter hides that event, the filter is cleared and the notice
 * above the list says so.
 */
import { timeSteps } from '../text/date-gap.ts';
import { parsePreciseDate } from '../text/precise-date.ts';

const filters = document.querySelector<HTMLElement>('.timeline-filters');
const timeline = document.querySelector<HTMLElement>('.timeline');

if (filters && timeline) {
  const selects = [...filters.querySelectorAll<HTMLSelectElement>('select[name]')];
  const events = [...timeline.querySelectorAll<HTMLElement>('.timeline-event')];
  const groups = [...timeline.querySelectorAll<HTMLElement>('.timeline-group')];
  const count = filters.querySelector<HTMLElement>('.timeline-count');
  const notice = filters.querySelector<HTMLElement>('.timeline-notice');
  const empty = document.querySelector<HTMLElement>('.timeline-empty');
  const lang = document.documentElement.lang;
  const plural = new Intl.PluralRules(lang);
  const gapTemplates = JSON.parse(timeline.dataset.gapTemplates ?? '{}') as Record<string, string>;

  /** The gap before each group, counted again over the events that are shown. */
  const retellTime = () => {
    const shown = events.filter((event) => !event.hidden);
    const gapBefore = new Map<HTMLElement, string>();
    let lastGroup: HTMLElement | null = null;
    const steps = timeSteps(shown, (event) => parsePreciseDate(event.dataset.date ?? '') ?? { iso: '', precision: 'year', start: new Date(0) });
    for (const { item, gap } of steps) {
      const group = item.closest<HTMLElement>('.timeline-group');
      if (!group || group === lastGroup) continue;
      lastGroup = group;
      if (gap) gapBefore.set(group, (gapTemplates[`${gap.unit}-${plural.select(gap.count)}`] ?? '').replace('%count%', String(gap.count)));
    }
    for (const group of groups) {
      group.hidden = !group.querySelector('.timeline-event:not([hidden])');
      let marker = group.querySelector<HTMLElement>(':scope > .timeline-gap');
      const words = gapBefore.get(group);
      if (words && !marker) {
        marker = document.createElement('p');
        marker.className = 'timeline-gap';
        group.prepend(marker);
      }
      if (marker) {
        marker.textContent = words ?? '';
        marker.hidden = !words;
      }
    }
  };

  const apply = () => {
    const [actor, kind] = selects.map((select) => select.value);
    let shown = 0;
    for (const event of events) {
      const visible = (!actor || (event.dataset.actors ?? '').split(' ').includes(actor)) && (!kind || event.dataset.kind === kind);
      event.hidden = !visible;
      if (visible) shown++;
    }
    if (count) {
      // All shown: "14 gebeurtenissen"; some: "3 van 14 gebeurtenissen getoond".
      const all = plural.select(shown) === 'one' ? count.dataset.allOne : count.dataset.allOther;
      const template = (shown === events.length ? all : count.dataset.some) ?? '';
      count.textContent = template.replace('%count%', String(shown)).replace('%total%', String(events.length));
    }
    // Paging on to the period before or after keeps the filter.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.period-steps a')) {
      const target = new URL(link.href);
      for (const select of selects) {
        if (select.value) target.searchParams.set(select.name, select.value);
        else target.searchParams.delete(select.name);
      }
      link.href = target.href;
    }
    if (empty) empty.hidden = shown > 0;
    retellTime();
  };

  const writeUrl = () => {
    const url = new URL(location.href);
    for (const select of selects) {
      if (select.value) url.searchParams.set(select.name, select.value);
      else url.searchParams.delete(select.name);
    }
    history.replaceState(history.state, '', url);
  };

  /** The event the address points to, if it is one. */
  const linkedEvent = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const element = id ? document.getElementById(id) : null;
    return element && events.includes(element) ? element : undefined;
  };

  /**
   * Shows the event the address points to: clears a filter that hides it (saying which) and brings
   * it into view, which the browser could not do while it was hidden; and opens it.
   */
  const showLinked = () => {
    const event = linkedEvent();
    if (!event) return;
    if (event.hidden) {
      const active = selects.filter((select) => select.value).map((select) => `${select.labels?.[0]?.firstChild?.textContent?.trim() ?? select.name}: ${select.selectedOptions[0]?.textContent ?? ''}`);
      for (const select of selects) select.value = '';
      writeUrl();
      apply();
      if (notice) {
        notice.textContent = (notice.dataset.template ?? '').replace('%filter%', new Intl.ListFormat(lang).format(active));
        notice.hidden = false;
      }
      event.scrollIntoView();
    }
    event.querySelector('details')?.setAttribute('open', '');
  };

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    for (const select of selects) {
      const wanted = params.get(select.name) ?? '';
      select.value = [...select.options].some((option) => option.value === wanted) ? wanted : '';
    }
    apply();
    showLinked();
  };

  filters.addEventListener('change', () => {
    if (notice) notice.hidden = true;
    writeUrl();
    apply();
  });
  window.addEventListener('hashchange', showLinked);
  window.addEventListener('pageshow', readUrl);
  readUrl();
}
