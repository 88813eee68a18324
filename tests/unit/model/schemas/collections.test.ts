/** Every stored glossary entry and timeline event is valid against its schema. */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { glossarySchema } from '../../../../src/model/schemas/glossary.ts';
import { timelineSchema } from '../../../../src/model/schemas/timeline.ts';
import { root } from '../../../support/paths.ts';

const yamlFiles = (folder: string) =>
  readdirSync(`${root}content/${folder}`)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => [name, load(readFileSync(`${root}content/${folder}/${name}`, 'utf8'))] as const);

describe('content collections', () => {
  test.each(yamlFiles('glossary'))('glossary/%s is valid', (_, data) => {
    expect(glossarySchema.safeParse(data).error?.issues).toBeUndefined();
  });

  test.each(yamlFiles('timeline'))('timeline/%s is valid', (_, data) => {
    expect(timelineSchema.safeParse(data).error?.issues).toBeUndefined();
  });

  test('a timeline event without evidence or source is refused with the fix', () => {
    const result = timelineSchema.safeParse({ date: '2023', title: { nl: 'a', en: 'b' }, annotation: { nl: 'a', en: 'b' } });
    expect(result.error?.issues[0]?.message).toMatch(/needs "evidence" .* or, for context from outside the articles, a named "source"/);
  });

  test('a glossary fact with a unit the site cannot format is refused', () => {
    const [, atacms] = yamlFiles('glossary').find(([name]) => name === 'atacms.yaml') ?? [];
    const broken = structuredClone(atacms) as { facts: { value: { unit: string } }[] };
    (broken.facts[0] as { value: { unit: string } }).value.unit = 'mijl';
    expect(glossarySchema.safeParse(broken).success).toBe(false);
  });
});

describe('timeline kinds', () => {
  const base = { date: '2023-10-17', title: { nl: 'a', en: 'b' }, annotation: { nl: 'a', en: 'b' } };

  test('an event with evidence is "article", one with only a source is "context"', () => {
    expect(timelineSchema.parse({ ...base, evidence: { article: 'x', quote: 'y' } }).kind).toBe('article');
    expect(timelineSchema.parse({ ...base, source: { name: 'Kyiv Independent' } }).kind).toBe('context');
  });

  test('a source URL must be http(s): a javascript: URL never becomes a link', () => {
    const result = timelineSchema.safeParse({ ...base, source: { name: 'x', url: 'javascript:alert(1)' } });
    expect(result.success).toBe(false);
  });
});
