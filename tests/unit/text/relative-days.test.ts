import { describe, expect, test } from 'vitest';
import { findRelativeDays } from '../../../src/text/relative-days.ts';

describe('relative day words in the site’s own text', () => {
  test.each([
    ['Moskou was dinsdag het doelwit van een droneaanval.', ['dinsdag']],
    ['De aanval van dinsdagavond volgde op die van vorige week.', ['dinsdagavond', 'vorige week']],
    ['Eerder deze maand werd het Kremlin aangevallen; gisteren reageerde Kyiv.', ['Eerder deze maand', 'gisteren']],
    ['De drones kwamen eerder in de maand.', ['eerder in de maand']],
  ])('Dutch: %s', (text, words) => {
    expect(findRelativeDays(text, 'nl')).toEqual(words);
  });

  test.each([
    ['On Tuesday the White House said little.', ['Tuesday']],
    ['Last week CNN reported it; earlier this month the Kremlin was hit.', ['Last week', 'earlier this month']],
    ['Kyiv denied it today.', ['today']],
  ])('English: %s', (text, words) => {
    expect(findRelativeDays(text, 'en')).toEqual(words);
  });

  test.each([
    ['nl', 'Moskou was dinsdag 30 mei 2023 het doelwit.'],
    ['en', 'Moscow was attacked on Tuesday 30 May 2023, and again on Wednesday, 31 May 2023.'],
    ['en', 'On Tuesday, May 30, 2023, drones reached Moscow.'],
    ['nl', 'Het artikel noemt de aanval van ‘dinsdag’ en schrijft: ‘vorige week werd duidelijk …’'],
    ['nl', "'dinsdag' in een artikel van mei 2023"],
    ['en', 'Zelensky’s evening address; a weekday such as Tuesdays-only is not this rule’s business.'],
    ['nl', 'De zondagsrust en het maandagochtendoverleg zijn geen dagen.'],
    ['en', 'Ukraine’s army, the Russian invasion of 2022 and the war to date.'],
  ] as const)('passes a weekday with its date, quotes and other words (%s): %s', (language, text) => {
    expect(findRelativeDays(text, language)).toEqual([]);
  });
});
