/**
 * The range diagram is computed from the glossary's facts: change a fact and the drawing, its label
 * and its table change; the bands are geodesic; Moscow's distance from the border is computed.
 */
import { geoContains } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { bearing, destination, distanceKm, type LonLat, nearestOnLines } from '../../../../src/geo/geodesic.ts';
import { recognisedWorld } from '../../../../src/geo/world.ts';
import { useTranslations } from '../../../../src/i18n/index.ts';
import { createModel } from '../../../../src/model/create-model.ts';
import type { Content } from '../../../../src/model/types.ts';
import { bandArea, KHARKIV, northEasternBorder, rangeMap } from '../../../../src/site/maps/range-map.ts';
import { readContent } from '../../../support/content.ts';

const moscow: LonLat = [37.61556, 55.75222];
const border = northEasternBorder(recognisedWorld().borderBetween('RU', 'UA').coordinates as LonLat[][]);

function diagram(content: Content, locale: 'nl' | 'en' = 'nl') {
  const model = createModel(content);
  const weapons = model.glossary.filter((entry) => entry.data.kind === 'weapon');
  return rangeMap(model, { id: 'map-ranges', entries: weapons, month: 'mei 2023', made: '27 november 2026' }, locale, useTranslations(locale));
}

/** The content with ATACMS's later-version range set to `km`. */
function withAtacmsRange(km: number): Content {
  const content = readContent();
  const glossary = content.glossary.map((entry) => {
    if (entry.id !== 'atacms') return entry;
    const facts = entry.data.facts.map((fact) => (fact.drawnAs && 'amount' in fact.value && fact.value.amount === 300 ? { ...fact, value: { ...fact.value, amount: km } } : fact));
    return { ...entry, data: { ...entry.data, facts } };
  });
  return { ...content, glossary };
}

describe('the range diagram', () => {
  const today = diagram(readContent());

  test('draws one band per range fact marked for drawing, widest first, each with its source', () => {
    expect(today.ranges.map((range) => [range.weapon, range.range])).toEqual([
      ['Atacms', 'zo’n 300 km'],
      ['Storm Shadow', 'meer dan 250 km'],
      ['Atacms', 'zo’n 165 km'],
    ]);
    expect(today.ranges.map((range) => (range.source.article ? 'article' : range.source.name))).toEqual([
      'Defencetalk (AFP), Lockheed Martin Block IA',
      'article',
      'Arms Control Association, ‘Proposed ATACMS Sale to Bahrain Announced’',
    ]);
    expect(today.ranges[1]?.when).toBe('in mei 2023');
    expect(today.bands).toHaveLength(3);
    expect(today.bands.map((band) => band.className)).toEqual(['map-band-ground map-band-ground-0', 'map-band-aircraft map-band-aircraft-0', 'map-band-ground map-band-ground-1']);
  });

  test('a changed fact changes the drawing, its label and its table', () => {
    const changed = diagram(withAtacmsRange(400));
    expect(changed.bands[0]?.d).not.toBe(today.bands[0]?.d);
    expect(changed.bands[2]?.d).toBe(today.bands[2]?.d);
    expect(changed.labels.map((label) => label.text)).toContain('zo’n 400 km');
    expect(changed.labels.map((label) => label.text)).not.toContain('zo’n 300 km');
    expect(changed.ranges[0]?.range).toBe('zo’n 400 km');
    expect(changed.description).toContain('Atacms: zo’n 400 km');
  });

  test('the Storm Shadow is air-launched, and the caption says its band starts from a launch point above the border', () => {
    expect(today.caption.join(' ')).toContain('De Storm Shadow wordt vanuit vliegtuigen afgevuurd: zijn band toont het bereik vanaf een lanceerpunt boven de grens.');
    expect(diagram(readContent(), 'en').caption.join(' ')).toContain('Storm Shadow is launched from aircraft: its band shows the reach from a launch point above the border.');
  });

  test('Moscow’s distance from the border is computed (about 455 km) and labelled', () => {
    const { km } = nearestOnLines(moscow, [border], 1);
    expect(km).toBeGreaterThan(440);
    expect(km).toBeLessThan(470);
    const label = `${Math.round(km)} km`;
    expect(today.labels.find((item) => item.kind === 'distance')?.text).toBe(label);
    expect(today.distances).toEqual([{ between: 'Oekraïnes noordoostgrens – Moskou (kortste afstand)', km: label }]);
    expect(today.lines).toHaveLength(1);
  });

  test('the border drawn from runs from the tripoint with Belarus to the point nearest Kharkiv', () => {
    expect(border[0]?.[1]).toBeGreaterThan(52);
    const end = border.at(-1) as LonLat;
    expect(distanceKm(end, KHARKIV)).toBeCloseTo(nearestOnLines(KHARKIV, [border], 1).km, -1);
    expect(distanceKm(end, KHARKIV)).toBeLessThan(60);
  });

  test('the bands are geodesic: towards Moscow, 5 km short of the range is inside, 5 km beyond is outside', () => {
    const { at } = nearestOnLines(moscow, [border], 1);
    const towards = bearing(at, moscow);
    for (const km of [165, 250, 300]) {
      const area = bandArea(border, km);
      expect(geoContains(area, destination(at, towards, km - 5))).toBe(true);
      expect(geoContains(area, destination(at, towards, km + 5))).toBe(false);
    }
  });

  test('the bands lie in Russia only: nothing of them covers Kyiv or Kharkiv', () => {
    const widest = bandArea(border, 300);
    expect(geoContains(widest, KHARKIV)).toBe(false);
    expect(geoContains(widest, [30.5238, 50.45466])).toBe(false);
    expect(geoContains(widest, [36.58015, 50.61074])).toBe(true); // Belgorod, GeoNames 578072: in Russia, by the border
  });
});
