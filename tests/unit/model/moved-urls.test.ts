import { describe, expect, test } from 'vitest';
import { pathFor } from '../../../src/i18n/routes.ts';
import { createModel } from '../../../src/model/create-model.ts';
import { movedPageParams, movedUrls, siteRoutes } from '../../../src/model/moved-urls.ts';
import { readContent } from '../../support/content.ts';

const model = createModel(readContent());

describe('movedUrls', () => {
  test('each English glossary page whose slug differs from its file name keeps its old URL, leading to the new one', () => {
    const moves = movedUrls(model);
    expect(moves).toContainEqual({ from: '/en/glossary/poetin/', to: '/en/glossary/putin/', source: 'content/glossary/poetin.yaml (slug.en)', kind: 'renamed', name: 'Vladimir Putin' });
    expect(moves).toContainEqual(expect.objectContaining({ from: '/en/glossary/witte-huis/', to: '/en/glossary/white-house/' }));
    // Same slug in both: nothing moved. Dutch URLs never moved.
    expect(moves.map((move) => move.from)).not.toContain('/en/glossary/atacms/');
    const glossaryMoves = moves.filter((move) => move.from.startsWith('/en/glossary/'));
    expect(glossaryMoves.length).toBe(model.glossary.filter((entry) => entry.data.slug.en !== entry.id).length);
  });

  test('the archive’s folder without a period leads to the home page, where the archive starts', () => {
    const moves = movedUrls(model).filter((move) => !move.from.startsWith('/en/glossary/'));
    expect(moves.map(({ from, to, kind }) => [from, to, kind])).toEqual([
      ['/archief/', '/', 'archive'],
      ['/en/archive/', '/en/', 'archive'],
    ]);
  });

  test('a move made by hand joins the derived ones, and is built as a page at the old path', () => {
    const moves = movedUrls(model, [{ from: '/en/glossary/vladimir-putin/', to: '/en/glossary/putin/' }]);
    expect(moves).toContainEqual({ from: '/en/glossary/vladimir-putin/', to: '/en/glossary/putin/', source: 'src/model/moved-urls.ts', kind: 'renamed' });
    expect(movedPageParams(model)).toContainEqual({ params: { moved: 'en/glossary/poetin' }, props: { to: '/en/glossary/putin/', kind: 'renamed', name: 'Vladimir Putin' } });
  });

  test('a move that could not work stops the build, saying where it is recorded and what to do', () => {
    const refused = (from: string, to: string) => () => movedUrls(model, [{ from, to }]);
    expect(refused('/en/glossary/putin/', '/en/glossary/atacms/')).toThrow(
      'src/model/moved-urls.ts: "/en/glossary/putin/" is a page of the site, so it cannot lead elsewhere.',
    );
    expect(refused('/en/glossary/poetin/', '/en/glossary/atacms/')).toThrow('src/model/moved-urls.ts: "/en/glossary/poetin/" is moved twice. Keep one move for it.');
    expect(refused('/en/glossary/vladimir-putin/', '/en/glossary/poetin/')).toThrow(
      '"/en/glossary/poetin/" (where "/en/glossary/vladimir-putin/" should lead) is no page of the site. Point it at the page\'s current URL.',
    );
    expect(refused('en/glossary/putin', '/en/glossary/putin/')).toThrow('"en/glossary/putin" is not a page path');
  });
});

test('siteRoutes names every page of both languages', () => {
  const paths = siteRoutes(model).flatMap((route) => [pathFor(route, 'nl'), pathFor(route, 'en')]);
  expect(paths).toEqual(expect.arrayContaining(['/', '/en/', '/artikelen/drones-moskou-witte-huis/', '/begrippen/poetin/', '/en/glossary/putin/', '/over/', '/en/search/']));
  expect(paths.length).toBe(2 * (5 + model.articles.length + model.glossary.length));
});
