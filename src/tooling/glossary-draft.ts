/**
 * A draft glossary entry for a name the glossary lacks, as `npm run import -- --scaffold` writes
 * it: `draft: true`, the name and the form found in the text, and what an editor must write before
 * it is published. The content model leaves drafts out of the site with a warning.
 */
import { dump } from 'js-yaml';
import { slugWords } from '../text/slug.ts';
import type { MissingName } from './missing-names.ts';

/** The entry's id (its file name and Dutch URL) for a name. */
export function draftId(name: string): string {
  return slugWords(name).join('-');
}

/** The YAML of a draft entry for `found`, first seen in `article`. */
export function glossaryDraft(found: MissingName, article: string): string {
  const comment = [
    `DRAFT: left out of the site until an editor completes it. Written by \`npm run import -- --scaffold\` for "${found.name}",`,
    `first in content/articles/${article}.md, passage #${found.passage}:`,
    `  ${found.excerpt}`,
    'To publish: write kind, name (nl, en), slug (en), aliases (nl, en), short, description, facts with',
    'their sources and times, and reviewed (see content/glossary/atacms.yaml); then remove "draft: true".',
  ];
  const data = { draft: true, name: { nl: found.name }, aliases: { nl: [found.name] } };
  return `${comment.map((line) => `# ${line}`).join('\n')}\n${dump(data, { lineWidth: -1 })}`;
}
