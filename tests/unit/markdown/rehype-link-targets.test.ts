import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import { analyseArticle, renderArticle } from '../../../src/markdown/processor.ts';
import rehypeLinkTargets, { type Options } from '../../../src/markdown/rehype-link-targets.ts';
import { compileTermMatcher } from '../../../src/text/term-matcher.ts';

const analysis = () =>
  analyseArticle('Poetin en de Atacms. Moskou was dinsdag het doelwit.', {
    glossary: compileTermMatcher([
      { id: 'poetin', aliases: ['Poetin'] },
      { id: 'atacms', aliases: ['Atacms'] },
    ]),
    quotes: [{ id: 'aanval', quote: 'Moskou was dinsdag het doelwit' }],
  });

const english = {
  passageLinkLabel: 'Link to this passage',
  glossaryHref: (id: string) => `/en/glossary/${id}/`,
  eventHref: (id: string) => `#event-${id}`,
  eventLinkLabel: (id: string) => `On the timeline: ${id}`,
};

describe('rehype-link-targets', () => {
  test('points term and quote links at one language, attributes in their usual order', () => {
    const html = renderArticle(analysis(), english);
    expect(html).toContain('<a class="term" href="/en/glossary/poetin/" data-term="poetin" data-note="1">Poetin</a>');
    expect(html).toContain('<a class="evidence-link" href="#event-aanval" aria-label="On the timeline: aanval" data-pagefind-ignore="" title="On the timeline: aanval"></a>');
  });

  test('renders one analysis in two languages without changing it', () => {
    const once = analysis();
    const before = structuredClone(once.tree);
    const dutch = renderArticle(once, { ...english, glossaryHref: (id) => `/begrippen/${id}/`, passageLinkLabel: 'Link naar deze passage' });
    const en = renderArticle(once, english);
    expect(dutch).toContain('href="/begrippen/atacms/"');
    expect(en).toContain('href="/en/glossary/atacms/"');
    expect(once.tree).toEqual(before);
  });

  test('its three options are required', () => {
    expect(() => unified().use(rehypeLinkTargets, {} as Options).freeze()).toThrow(/"termHref", "eventHref" and "eventLabel"/);
  });
});
