/**
 * URLs that moved, and where to. One mechanism for every move: each old URL gets a small static
 * page (src/templates/MovedPage.astro: canonical to the new URL, an immediate meta refresh, a
 * visible link, noindex) and, because src/integrations/redirects-file.ts reads those pages back, a
 * line `old new 301` in `_redirects` for hosts that answer with a real redirect.
 *
 * The moves come from three places: the glossary's former English URLs, derived from the entries
 * (`/en/glossary/poetin/` → `/en/glossary/putin/`); the archive's folder, whose first page is the
 * home page (`/archief/` → `/`); and `movedByHand` below for any later change.
 */
import { archiveFolder, type Locale, locales, pathFor, type Route, type RouteName } from '../i18n/routes.ts';
import { entryRoute, formerEnglishRoute } from './glossary-urls.ts';
import { articlePages, timelinePages } from './list-pages.ts';
import { subPeriods } from './period-pages.ts';
import type { Content } from './types.ts';

export interface MovedUrl {
  /** The old site-relative path, e.g. `/en/glossary/poetin/`. */
  from: string;
  /** The page's path now. */
  to: string;
  /** Where the move is recorded, for error messages: a content file, or this file. */
  source: string;
  /**
   * What the old page tells a reader whose browser does not go on: that the page was renamed (with
   * the page's name as the link, where known), or that the archive starts on the home page, which
   * lists every article (`archive`) or, once the archive is split, the newest and the periods
   * (`pagedArchive`).
   */
  kind: 'renamed' | 'archive' | 'pagedArchive';
  name?: string;
}

const here = 'src/model/moved-urls.ts';

type ByHand = Pick<MovedUrl, 'from' | 'to' | 'name'>;

/**
 * Moves made by hand. When a published URL changes (an entry's English `slug` renamed, say from
 * `putin` to `vladimir-putin`), add `{ from: '/en/glossary/putin/', to: '/en/glossary/vladimir-putin/' }`
 * so links already shared keep working. Point `to` at the current URL: a move whose target has
 * itself moved stops the build. Never remove a line.
 */
const movedByHand: readonly ByHand[] = [];

/**
 * Every page of the site as a route. Keyed by route name, so adding a page type to
 * src/i18n/routes.ts does not compile until it is listed here.
 */
export function siteRoutes(model: Pick<Content, 'articles' | 'glossary' | 'timeline'>): Route[] {
  const byName: { [Name in RouteName]: Route[] } = {
    home: [{ name: 'home' }],
    article: model.articles.map((article) => ({ name: 'article', slug: article.id })),
    archive: subPeriods(articlePages(model.articles)).map((period) => ({ name: 'archive', period })),
    glossary: [{ name: 'glossary' }],
    glossaryEntry: model.glossary.map(entryRoute),
    timeline: [{ name: 'timeline' }],
    timelinePeriod: subPeriods(timelinePages(model.timeline)).map((period) => ({ name: 'timelinePeriod', period })),
    search: [{ name: 'search' }],
    about: [{ name: 'about' }],
  };
  return Object.values(byName).flat();
}

/** The path of every page in every language. */
function livePaths(model: Pick<Content, 'articles' | 'glossary' | 'timeline'>): Set<string> {
  return new Set(siteRoutes(model).flatMap((route) => locales.map((locale: Locale) => pathFor(route, locale))));
}

/**
 * The moves of this content: derived from the glossary, then the ones made by hand (`byHand`
 * replaces `movedByHand` in tests). A move that could not work stops the build with where it is
 * recorded and what to do.
 */
export function movedUrls(model: Pick<Content, 'articles' | 'glossary' | 'timeline'>, byHand: readonly ByHand[] = movedByHand): MovedUrl[] {
  const derived = model.glossary.flatMap((entry) => {
    const former = formerEnglishRoute(entry);
    return former ? [{ from: pathFor(former, 'en'), to: pathFor(entryRoute(entry), 'en'), source: `${entry.filePath} (slug.en)`, kind: 'renamed' as const, name: entry.data.name.en }] : [];
  });
  const kind: MovedUrl['kind'] = subPeriods(articlePages(model.articles)).length > 0 ? 'pagedArchive' : 'archive';
  const archive = locales.map((locale) => ({ from: archiveFolder(locale), to: pathFor({ name: 'home' }, locale), source: `${here} (the archive starts on the home page)`, kind }));
  const moves: MovedUrl[] = [...derived, ...archive, ...byHand.map((move) => ({ ...move, source: here, kind: 'renamed' as const }))];
  const live = livePaths(model);
  const seen = new Set<string>();
  const problems = moves.flatMap(({ from, to, source }) => {
    const found: string[] = [];
    if (!/^\/([a-z0-9-]+\/)+$/.test(from)) found.push(`"${from}" is not a page path: write it like /en/glossary/putin/ (lower case, with both slashes).`);
    else if (live.has(from)) found.push(`"${from}" is a page of the site, so it cannot lead elsewhere. Remove the move, or give the page another URL.`);
    else if (seen.has(from)) found.push(`"${from}" is moved twice. Keep one move for it.`);
    if (!live.has(to)) found.push(`"${to}" (where "${from}" should lead) is no page of the site. Point it at the page's current URL.`);
    seen.add(from);
    return found.map((problem) => `${source}: ${problem}`);
  });
  if (problems.length > 0) throw new Error(`Moved URLs that cannot work:\n${problems.join('\n')}`);
  return moves.sort((a, b) => a.from.localeCompare(b.from));
}

/** `getStaticPaths` of the moved pages (src/pages/[...moved].astro): one page at each old path. */
export function movedPageParams(model: Pick<Content, 'articles' | 'glossary' | 'timeline'>) {
  return movedUrls(model).map(({ from, to, kind, name }) => ({ params: { moved: from.slice(1, -1) }, props: { to, kind, name } }));
}
