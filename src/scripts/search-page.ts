/**
 * The search page: runs Pagefind as the reader types, with the glossary's spelling variants
 * (src/site/search-variants.ts), keeps the query in the URL, labels each result by kind, and offers
 * the closest glossary spelling for a query that is none. Everything from the query or the index is
 * put on the page as text; only Pagefind's own <mark> around matches becomes an element.
 */
import { highlightWords, suggestSpelling, tooGeneral, type VariantEntry } from '../site/search-variants.ts';
import { findResults, type Pagefind, type PagefindResult } from './search-ranking.ts';

const form = document.querySelector<HTMLFormElement>('form.search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const suggestion = document.querySelector<HTMLElement>('.search-suggestion');
const more = document.querySelector<HTMLButtonElement>('.search-more');

/** Results shown at once; the rest come with "more results". */
const pageSize = 10;

if (form && input && status && list && suggestion && more) {
  const strings: Record<string, string> = JSON.parse(form.dataset.strings ?? '{}');
  const variants: VariantEntry[] = JSON.parse(document.querySelector('#search-variants')?.textContent ?? '[]');
  const plural = new Intl.PluralRules(document.documentElement.lang);
  const fill = (template = '', values: Record<string, string | number>) =>
    template.replace(/%(\w+)%/g, (whole, key: string) => String(values[key] ?? whole));
  const kind = () => new FormData(form).get('kind')?.toString() ?? '';

  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = () => {
    // A runtime URL: Pagefind writes this file after the site is built, so the bundler must not resolve it.
    const script = '/pagefind/pagefind.js';
    pagefind ??= import(/* @vite-ignore */ script).then(async (module: Pagefind) => {
      // Pagefind's web worker (its default) keeps decoding and searching off the main thread, so
      // the page stays responsive while the index loads (Lighthouse's TBT went from ~600 to ~60 ms).
      await module.options({ excerptLength: 24 });
      await module.init();
      return module;
    });
    return pagefind;
  };

  /**
   * Pagefind's excerpt is the record's text with `<` and `>` escaped (and nothing else: its
   * `loadFragment`) and <mark> around matches: rebuild it as text and marks, undoing exactly that.
   */
  const decode = (escaped: string) => escaped.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  const excerptNodes = (excerpt: string) =>
    excerpt.split(/(<mark>|<\/mark>)/).reduce<{ nodes: Node[]; marked: boolean }>(
      (state, piece) => {
        if (piece === '<mark>' || piece === '</mark>') return { ...state, marked: piece === '<mark>' };
        const text = decode(piece);
        if (!text) return state;
        if (!state.marked) return { ...state, nodes: [...state.nodes, document.createTextNode(text)] };
        // Pagefind marks a word with the punctuation around it ("Poetin.", "‘Zelensky:"): mark the word only.
        const [, before = '', word = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(text) ?? [];
        const parts = [before && document.createTextNode(before), word && Object.assign(document.createElement('mark'), { textContent: word }), after && document.createTextNode(after)];
        return { ...state, nodes: [...state.nodes, ...parts.filter((part): part is Text | HTMLElement => Boolean(part))] };
      },
      { nodes: [], marked: false },
    ).nodes;

  /** The result's address, asking the page it opens to highlight what was searched. */
  const landing = (url: string, words: readonly string[]) => {
    const target = new URL(url, location.origin);
    for (const word of words) target.searchParams.append('pagefind-highlight', word);
    return `${target.pathname}${target.search}${target.hash}`;
  };

  type ResultData = { url: string; excerpt: string; meta: Record<string, string> };

  const resultItem = (result: ResultData, words: readonly string[]) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = landing(result.url, words);
    link.className = 'search-result';
    const label = document.createElement('span');
    label.className = `result-kind result-kind-${result.meta.kind}`;
    label.textContent = strings[result.meta.kind ?? ''] ?? '';
    const title = document.createElement('span');
    title.className = 'result-title';
    title.textContent = [result.meta.title ?? result.url, result.meta.section].filter(Boolean).join(' · ');
    link.append(label, title);
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    excerpt.append(...excerptNodes(result.excerpt));
    item.append(link, excerpt);
    return item;
  };

  /**
   * What the search found, in words; and, when it found nothing of what was typed, the closest
   * glossary spelling as a search to run (not beside real results: those answer the query).
   */
  const showStatus = (query: string, total: number, instead?: string) => {
    status.textContent = instead
      ? fill(strings.instead, { query, suggestion: instead })
      : total
        ? fill(plural.select(total) === 'one' ? strings.one : strings.other, { count: total, query })
        : fill(kind() ? strings.noneWithKind : strings.none, { query });
    const closest = total === 0 || instead ? suggestSpelling(query, variants) : undefined;
    suggestion.hidden = !closest;
    if (closest) {
      const link = suggestion.querySelector('a') as HTMLAnchorElement;
      link.textContent = closest;
      link.href = `?${new URLSearchParams({ q: closest, ...(kind() ? { kind: kind() } : {}) })}`;
    }
  };

  /** The results not shown yet, and what they were found with. */
  let pending: { results: PagefindResult[]; searches: string[] } = { results: [], searches: [] };

  /** Shows the next page of pending results; the first few as soon as they are in. */
  const showMore = async (run: number) => {
    list.setAttribute('aria-busy', 'true');
    const batch = pending.results.splice(0, pageSize);
    const loading = batch.map((result) => result.data());
    const words = highlightWords(pending.searches, variants);
    for (const [index, data] of loading.entries()) {
      const result = await data;
      if (run !== latest) return;
      list.append(resultItem(result, words));
      if (index === 0) performance.mark('duiding:search-results');
    }
    more.hidden = pending.results.length === 0;
    list.setAttribute('aria-busy', 'false');
    performance.mark('duiding:search-shown');
  };
  more.addEventListener('click', () => {
    const first = list.children.length;
    void showMore(latest).then(() => (list.children[first]?.querySelector('a') as HTMLAnchorElement | null)?.focus());
  });

  let latest = 0;
  let engineReady = false;
  /** No search to run: an empty list, and `message` (or nothing) as the status. */
  const showNothing = (message = '') => {
    list.replaceChildren();
    list.setAttribute('aria-busy', 'false');
    status.textContent = message;
    suggestion.hidden = true;
    more.hidden = true;
  };
  const search = async () => {
    const query = input.value.trim();
    const run = ++latest;
    if (!query) return showNothing();
    // A query of stop words only ("de", "the") would list everything: ask for something more specific.
    if (tooGeneral(query, variants)) {
      showNothing(fill(strings.tooGeneral, { query }));
      performance.mark('duiding:search-results');
      performance.mark('duiding:search-shown');
      return;
    }
    // "Zoeken…" only while Pagefind itself loads; a warm search answers before it could be read.
    if (!engineReady) status.textContent = strings.loading ?? '';
    // Marks for `npm run bench:search`: from here to results, Pagefind's loading included.
    performance.mark('duiding:search-start');
    try {
      const engine = await loadPagefind();
      engineReady = true;
      const { ranked, searches, instead } = await findResults(engine, query, variants, kind() ? { kind: kind() } : {}, pageSize);
      if (run !== latest) return; // The reader has typed on; a newer search will render.
      pending = { results: ranked, searches };
      list.replaceChildren();
      showStatus(query, ranked.length, ranked.length > 0 ? instead : undefined);
      if (ranked.length === 0) performance.mark('duiding:search-results');
      more.hidden = true;
      await showMore(run);
    } catch {
      if (run === latest) status.textContent = strings.failed ?? '';
    }
  };

  const writeUrl = () => {
    const url = new URL(location.href);
    url.search = '';
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    if (kind()) url.searchParams.set('kind', kind());
    history.replaceState(history.state, '', url);
  };

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    const wanted = form.querySelector<HTMLInputElement>(`input[name="kind"][value="${CSS.escape(params.get('kind') ?? '')}"]`);
    const radio = wanted ?? form.querySelector<HTMLInputElement>('input[name="kind"][value=""]');
    if (radio) radio.checked = true;
    void search();
  };

  // Every keystroke searches at once: Pagefind answers in a few milliseconds in its worker, and a
  // search overtaken by a newer one is dropped (`latest`), so no debounce holds the reader up. The
  // address follows once the results are shown (history.replaceState costs about 2 ms).
  input.addEventListener('input', () => {
    void search().then(writeUrl);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name !== 'kind') return;
    writeUrl();
    void search();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl();
    void search();
  });

  // Keyboard: arrows move between the box and the results, Esc clears the box.
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.search-result')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links()[0]) {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.value = '';
      writeUrl();
      void search();
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? all[at + 1] : all[at - 1];
      (next ?? (event.key === 'ArrowUp' ? input : all[at]))?.focus();
    } else if (event.key === 'Escape') {
      input.focus();
    }
  });

  // Opened cold, or back from a result: the URL says what to show.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) readUrl();
  });
  // The reader opened the search page to search: start loading Pagefind now, not at the first key.
  void loadPagefind();
  readUrl();
}
