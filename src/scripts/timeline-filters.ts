/**
 * Filters the timeline page by actor and kind without reloading, and keeps the choice in the URL
 * (`?actor=poetin&kind=context`) so a filtered timeline can be shared and survives a reload.
 * Values from the URL only ever select an existing option; anything else means "all".
 */
const filters = document.querySelector<HTMLElement>('.timeline-filters');

if (filters) {
  const selects = [...filters.querySelectorAll<HTMLSelectElement>('select[name]')];
  const events = [...document.querySelectorAll<HTMLElement>('.timeline-event')];
  const count = filters.querySelector<HTMLElement>('.timeline-count');
  const empty = document.querySelector<HTMLElement>('.timeline-empty');
  const plural = new Intl.PluralRules(document.documentElement.lang);

  const apply = () => {
    const [actor, kind] = selects.map((select) => select.value);
    let shown = 0;
    for (const event of events) {
      const visible = (!actor || (event.dataset.actors ?? '').split(' ').includes(actor)) && (!kind || event.dataset.kind === kind);
      event.hidden = !visible;
      if (visible) shown++;
    }
    if (count) {
      const template = (plural.select(shown) === 'one' ? count.dataset.one : count.dataset.other) ?? '';
      count.textContent = template.replace('%count%', String(shown)).replace('%total%', String(events.length));
    }
    if (empty) empty.hidden = shown > 0;
  };

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    for (const select of selects) {
      const wanted = params.get(select.name) ?? '';
      select.value = [...select.options].some((option) => option.value === wanted) ? wanted : '';
    }
    apply();
  };

  filters.addEventListener('change', () => {
    const url = new URL(location.href);
    for (const select of selects) {
      if (select.value) url.searchParams.set(select.name, select.value);
      else url.searchParams.delete(select.name);
    }
    history.replaceState(history.state, '', url);
    apply();
  });
  window.addEventListener('pageshow', readUrl);
  readUrl();
}
