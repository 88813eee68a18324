import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../../src/i18n/index.ts';
import { articleSchema } from '../../../src/model/schemas/article.ts';
import { articleSourceLabel, provenanceView, siteWords } from '../../../src/site/provenance.ts';
import { readMarkdownFile } from '../../support/frontmatter.ts';
import { articleFile } from '../../support/paths.ts';

const real = articleSchema.parse(readMarkdownFile(articleFile).data);

describe('provenance of the article', () => {
  test('shows only what the copy says: each unknown field as not stated, the day as derived', () => {
    const view = provenanceView(real, 'nl', useTranslations('nl'));
    expect(view.line).toBe('Bron: uitgever niet vermeld, ≈ 31 mei 2023');
    expect(view.rows.map((row) => `${row.label}: ${row.value}`)).toEqual([
      'Verschenen: ≈ 31 mei 2023',
      'Foto: Kirill Kudryavtsev / AFP',
      'Niet vermeld in de ontvangen kopie: uitgever, auteur, oorspronkelijke kop, oorspronkelijke link, rechten',
    ]);
    expect(view.derivation).toMatch(/woensdag 31 mei 2023/);
  });

  test('a stated publisher and link are shown as given, and facts cite the article by its source', () => {
    const stated = { ...real, source: { ...real.source, publisher: 'Het Dagblad', url: 'https://dagblad.example/drones' } };
    const view = provenanceView(stated, 'en', useTranslations('en'));
    expect(view.line).toBe('Source: Het Dagblad, ≈ 31 May 2023');
    expect(view.rows.find((row) => row.label === 'Original link')).toMatchObject({ value: 'https://dagblad.example/drones', href: 'https://dagblad.example/drones', notStated: false });
    expect(view.rows.at(-1)).toMatchObject({ label: 'Not stated in the copy received', value: 'author, original headline, rights', notStated: true });
    expect(articleSourceLabel(stated, 'nl', useTranslations('nl'))).toBe('het artikel van Het Dagblad, ≈ 31 mei 2023');
    expect(articleSourceLabel(real, 'en', useTranslations('en'))).toBe('the source article, publisher not stated, ≈ 31 May 2023');
  });

  test('says whose words the headline and standfirst are', () => {
    expect(siteWords(real, useTranslations('en'))?.label).toBe('Headline and standfirst: Duiding');
    expect(siteWords({ ...real, titleBy: 'source', standfirstBy: 'source' }, useTranslations('en'))).toBeUndefined();
  });
});
