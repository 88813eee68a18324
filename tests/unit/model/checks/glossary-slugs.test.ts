import { describe, expect, test } from 'vitest';
import { checkGlossarySlugsUnique } from '../../../../src/model/checks/glossary-slug-unique.ts';
import { glossarySchema } from '../../../../src/model/schemas/glossary.ts';

const entry = (id: string, english: string, name = id) => ({
  id,
  filePath: `content/glossary/${id}.yaml`,
  data: glossarySchema.parse({
    kind: 'person',
    name: { nl: name, en: name },
    slug: { en: english },
    aliases: { nl: [name] },
    short: { nl: 'Kort.', en: 'Short.' },
    description: { nl: 'Lang.', en: 'Long.' },
    reviewed: '2026-11-27',
  }),
});

describe('checkGlossarySlugsUnique', () => {
  test('an English slug claimed by a second entry is reported there, with the first owner and a slug to use', () => {
    expect(checkGlossarySlugsUnique([entry('poetin', 'putin'), entry('kremlinleider', 'putin', 'Kremlin leader')])).toEqual([
      {
        file: 'content/glossary/kremlinleider.yaml',
        field: 'slug.en',
        message: '"putin" is already the English URL slug of "poetin" (content/glossary/poetin.yaml). Give this entry its own, e.g. "kremlin-leader" from its English name.',
      },
    ]);
  });

  test('a slug that was another entry\'s English URL is refused, so old links keep reaching that entry', () => {
    // /en/glossary/moskou/ was Moscow's English page and now leads to /en/glossary/moscow/.
    expect(checkGlossarySlugsUnique([entry('moskou', 'moscow'), entry('moskou-rivier', 'moskou')])).toEqual([
      {
        file: 'content/glossary/moskou-rivier.yaml',
        field: 'slug.en',
        message: '"moskou" was the English URL of "moskou" (/en/glossary/moskou/ now leads to its page /en/glossary/moscow/). Choose another slug, so that old links keep reaching "moskou".',
      },
    ]);
  });

  test('a Dutch URL (the file name) that is no URL slug is reported with a name to use', () => {
    expect(checkGlossarySlugsUnique([entry('Oekraïne', 'ukraine')])).toEqual([
      {
        file: 'content/glossary/Oekraïne.yaml',
        field: '(file name)',
        message: '"Oekraïne" is the Dutch page\'s URL, so it must be lower-case letters, digits and single hyphens. Rename the file, e.g. to "oekraine.yaml".',
      },
    ]);
  });

  test('distinct slugs pass, including an English slug equal to the entry\'s own file name', () => {
    expect(checkGlossarySlugsUnique([entry('poetin', 'putin'), entry('atacms', 'atacms'), entry('moskou', 'moscow')])).toEqual([]);
  });
});
