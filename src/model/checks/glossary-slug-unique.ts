import { pathFor } from '../../i18n/routes.ts';
import { slugWords } from '../../text/slug.ts';
import { entryRoute, formerEnglishRoute } from '../glossary-urls.ts';
import { slugPattern } from '../schemas/fields.ts';
import type { GlossaryEntry, Problem } from '../types.ts';

/**
 * Every URL slug is a valid one and belongs to one entry. In Dutch the slug is the file name
 * (unique by itself; the schema cannot see it, so it is checked here); in English no two entries
 * may claim the same `slug.en`, nor a `slug.en` that is another entry's former English URL (its
 * file name, which now leads to its page: an old address must keep leading where it led). The
 * schema checks the form of `slug.en`.
 */
export function checkGlossarySlugsUnique(glossary: readonly GlossaryEntry[]): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, GlossaryEntry>();
  const formers = new Map(glossary.filter((entry) => formerEnglishRoute(entry)).map((entry) => [entry.id, entry]));
  for (const entry of glossary) {
    if (!slugPattern.test(entry.id)) {
      problems.push({
        file: entry.filePath,
        field: '(file name)',
        message: `"${entry.id}" is the Dutch page's URL, so it must be lower-case letters, digits and single hyphens. Rename the file, e.g. to "${slugWords(entry.id).join('-')}.yaml".`,
      });
    }
    const slug = entry.data.slug.en;
    const owner = owners.get(slug);
    const former = formers.get(slug);
    const problem = (message: string) => problems.push({ file: entry.filePath, field: 'slug.en', message });
    if (owner) {
      problem(`"${slug}" is already the English URL slug of "${owner.id}" (${owner.filePath}). Give this entry its own, e.g. "${slugWords(entry.data.name.en).join('-')}" from its English name.`);
    } else if (former && former !== entry) {
      const [from, to] = [formerEnglishRoute(former), entryRoute(former)].map((route) => route && pathFor(route, 'en'));
      problem(`"${slug}" was the English URL of "${former.id}" (${from} now leads to its page ${to}). Choose another slug, so that old links keep reaching "${former.id}".`);
    } else owners.set(slug, entry);
  }
  return problems;
}
