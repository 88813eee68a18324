import type { LedgerInput, PublishedLedger } from '../published-ledger.ts';
import type { Article, Problem, TimelineEvent } from '../types.ts';

/** The content file whose page this path was, when the path says so; for the fix in a message. */
function sourceOf(path: string): string | undefined {
  const [, kind, slug] = /^\/(?:en\/)?(artikelen|articles|begrippen|glossary)\/([a-z0-9-]+)\/$/.exec(path) ?? [];
  if (!kind || !slug) return undefined;
  return kind === 'artikelen' || kind === 'articles' ? `content/articles/${slug}.md` : kind === 'begrippen' ? `content/glossary/${slug}.yaml` : undefined;
}

/**
 * Nothing published disappears (content/published.json, src/model/published-ledger.ts). Every URL
 * in the ledger is still a page, or a moved page that leads to one; every passage id of a
 * published article is still a passage, or is mapped in `formerIds` to the passage that succeeds it
 * (which keeps the old id as an anchor there). New URLs and ids are fine: `npm run ledger:update`
 * records them. `now` is what the content publishes today.
 */
export function checkPublishedLedger({ file, ledger }: LedgerInput, now: PublishedLedger, articles: readonly Article[], events: readonly TimelineEvent[]): Problem[] {
  const problems: Problem[] = [];
  // An event's anchor is kept on every timeline page that showed it, so only a lost event breaks a link.
  const eventIds = new Set(events.map((event) => event.id));
  for (const [path, ids] of Object.entries(ledger.events)) {
    for (const id of ids.filter((id) => !eventIds.has(id))) {
      problems.push({
        file,
        field: `events["${path}"]`,
        message: `the event "#${id}" was published on ${path} and is no longer on the timeline, so links readers shared to it would break. Restore its file in the timeline folder under its old name (${id}.yaml); correct an event in place, with a correction, rather than removing it.`,
      });
    }
  }
  const live = new Set(now.urls);
  for (const url of ledger.urls.filter((url) => !live.has(url))) {
    const source = sourceOf(url);
    problems.push({
      file,
      field: 'urls',
      message:
        `"${url}" was published and is gone: links readers shared to it would break. ` +
        `Add a redirect to where it went, a line { from: '${url}', to: '<its URL now>' } in movedByHand (src/model/moved-urls.ts), ` +
        `or restore the page${source ? ` (${source})` : ''}.`,
    });
  }
  for (const article of articles) {
    const current = new Set(now.passages[article.id] ?? []);
    const published = ledger.passages[article.id] ?? [];
    const formerIds = article.data.formerIds;
    const recorded = new Set(published);
    const fresh = [...current].filter((id) => !recorded.has(id));
    const logged = new Set(article.data.corrections.flatMap((correction) => (correction.passage ? [correction.passage] : [])));
    article.data.corrections.forEach((correction, index) => {
      if (correction.passage && !current.has(correction.passage)) {
        problems.push({
          file: article.filePath,
          field: `corrections[${index}].passage`,
          message: `"${correction.passage}" is no passage of the article. Give the id of the paragraph corrected as it is now${Object.hasOwn(formerIds, correction.passage) ? ` ("${formerIds[correction.passage]}")` : ''}.`,
        });
      }
    });
    for (const [old, successor] of Object.entries(formerIds)) {
      if (current.has(successor) && !logged.has(successor)) {
        problems.push({
          file: article.filePath,
          field: `formerIds.${old}`,
          message: `the paragraph "#${successor}" was corrected (its first words changed), but the corrections log does not say so. Add to corrections: { date: <the day>, passage: ${successor}, what: { nl, en }, why: { nl, en } }.`,
        });
      }
      if (current.has(old)) {
        problems.push({ file: article.filePath, field: `formerIds.${old}`, message: `"${old}" is a passage of the article now, so it cannot lead elsewhere. Remove this line.` });
      } else if (!current.has(successor)) {
        problems.push({
          file: article.filePath,
          field: `formerIds.${old}`,
          message: `"${successor}" is no passage of the article. Point "${old}" at the id of the paragraph that succeeds it${fresh.length > 0 ? ` (new ids: ${fresh.map((id) => `"${id}"`).join(', ')})` : ''}.`,
        });
      }
    }
    for (const id of published.filter((id) => !current.has(id) && !Object.hasOwn(formerIds, id))) {
      const example = fresh.length === 1 ? fresh[0] : '<the new id>';
      problems.push({
        file: article.filePath,
        field: 'formerIds',
        message:
          `the passage "#${id}" was published (${file}) and is no longer in the article, so links readers shared to it would break. ` +
          `If its first words were corrected, keep the old id on the new paragraph: formerIds: { ${id}: ${example} }` +
          `${fresh.length > 1 ? ` (new ids: ${fresh.join(', ')})` : ''}; otherwise restore the paragraph's first words.`,
      });
    }
  }
  return problems;
}
