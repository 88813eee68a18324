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
import { REGION_CENTRE } from '../../../../src/site/maps/locator-map.ts';
import { mapFrame } from '../../../../src/site/maps/map-frame.ts';
import type { MapLabel } from '../../../../src/site/maps/map-view.ts';
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
    expect(today.ranges.map((range) => (range.source.article ? `${range.source.title} <${range.source.href}>` : `${range.source.name}, ${range.source.date}`))).toEqual([
      'Defencetalk (AFP), ‘S. Korea to buy US medium-range missiles’, 5 november 2003',
      'het bronartikel (uitgever niet vermeld), mei 2023 </artikelen/drones-moskou-witte-huis/>',
      'Arms Control Association, ‘Proposed ATACMS Sale to Bahrain Announced’, oktober 2000',
    ]);
    // The month is in the source's name, not given twice.
    expect(today.ranges[1]?.when).toBeUndefined();
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
    expect(changed.description).toContain('Atacms: zo’n 165 km (M39) en zo’n 400 km (latere versies)');
  });

  test('the Storm Shadow is air-launched, and the caption says its band starts from a launch point above the border', () => {
    expect(today.caption.join(' ')).toContain('De Storm Shadow wordt vanuit vliegtuigen afgevuurd: zijn band toont het bereik vanaf een lanceerpunt boven de grens.');
    expect(diagram(readContent(), 'en').caption.join(' ')).toContain('Storm Shadow is launched from aircraft: its band shows the reach from a launch point above the border.');
  });

  test('each band’s label sits on its own band’s outer edge, in its colour, and not inside a smaller band', () => {
    const frame = mapFrame(REGION_CENTRE);
    for (const map of [today, diagram(readContent(), 'en'), diagram(withAtacmsRange(400), 'en')]) {
      const labels = map.labels.filter((label) => label.kind === 'band');
      expect(labels).toHaveLength(map.ranges.length);
      map.ranges.forEach((range, index) => {
        const label = labels.find((item) => item.text.startsWith(range.range)) as MapLabel;
        expect(label, range.range).toBeDefined();
        // The point the label stands by lies under its text ...
        const { box, at } = label as MapLabel & { at: { x: number; y: number } };
        expect(at.x).toBeGreaterThanOrEqual(box.x);
        expect(at.x).toBeLessThanOrEqual(box.x + box.width);
        expect(Math.abs(at.y - (box.y + box.height / 2)), range.range).toBeLessThan(1);
        // ... and on the band's own outer edge: its distance from the border is the band's range, to within 5 km.
        const point = frame.projection.invert?.([at.x, at.y]) as LonLat;
        const km = Number(range.range.replace(/\D/g, ''));
        expect(Math.abs(nearestOnLines(point, [border], 1).km - km), `${range.range} at ${Math.round(nearestOnLines(point, [border], 1).km)} km`).toBeLessThan(5);
        // So it lies beyond every smaller band (inside none of them) and within every larger one.
        for (const other of map.ranges) {
          const otherKm = Number(other.range.replace(/\D/g, ''));
          if (otherKm === km) continue;
          expect(geoContains(bandArea(border, otherKm), point), `${range.range} in the ${otherKm} km band`).toBe(otherKm > km);
        }
        // In its band's colour, as the table's swatch.
        expect(label.className).toBe(range.className.split(' ')[1]?.replace('map-band-', 'map-label-'));
        expect(map.bands[index]?.className).toBe(range.className);
      });
    }
  });

  test('a range from the article says so on the map and in the text alternative, and "more than" is drawn at its number', () => {
    const label = today.labels.find((item) => item.kind === 'band' && item.text.startsWith('meer dan 250 km'));
    expect(label?.lines).toEqual(['meer dan 250 km', 'volgens het', 'artikel']);
    expect(diagram(readContent(), 'en').labels.find((item) => item.kind === 'band' && item.text.startsWith('more than'))?.text).toBe('more than 250 km according to the article');
    expect(today.description).toContain('Atacms: zo’n 165 km (M39) en zo’n 300 km (latere versies); Storm Shadow: meer dan 250 km volgens het artikel.');
    const en = diagram(readContent(), 'en');
    expect(en.description).toContain('ATACMS: about 165 km (M39) and about 300 km (later versions); Storm Shadow: more than 250 km according to the article.');
    expect(today.caption).toContain('Bij ‘meer dan 250 km’ ligt de band op 250 km: de raket reikt minstens zo ver.');
    expect(en.caption).toContain('For ‘more than 250 km’ the band is drawn at 250 km: the missile reaches at least that far.');
  });

  test('the table names each band by weapon and version, without brackets in brackets', () => {
    expect(today.ranges.map((range) => `${range.weapon}, ${range.label}`)).toEqual(['Atacms, latere versies (zoals Block IA)', 'Storm Shadow, volgens het artikel', 'Atacms, M39 (Block I, clustermunitie)']);
    expect(diagram(readContent(), 'en').ranges.map((range) => `${range.weapon}, ${range.label}`)).toEqual([
      'ATACMS, later versions (such as Block IA)',
      'Storm Shadow, according to the article',
      'ATACMS, M39 (Block I, cluster munition)',
    ]);
  });

  test('the caption says the bands are distances, not what Ukraine could or might hit, and how far an aircraft’s missile reaches', () => {
    expect(today.caption).toContain('De banden tonen afstanden, niet wat Oekraïne in mei 2023 kon of mocht treffen: volgens het artikel weigerde Washington toen de Atacms te leveren.');
    const en = diagram(readContent(), 'en');
    expect(en.caption).toContain('The bands show distances, not what Ukraine could or was allowed to hit in May 2023: according to the article, Washington was then refusing to supply ATACMS.');
    expect(today.caption.join(' ')).toContain('Wordt hij verder van de grens afgevuurd, dan reikt hij minder ver Rusland in.');
    expect(en.caption.join(' ')).toContain('Launched further back from the border, it reaches less far into Russia.');
    expect(today.caption).toContain('Elke band toont hoe ver een raket reikt vanaf Oekraïnes noordoostgrens met Rusland (van het drielandenpunt met Belarus tot het grenspunt het dichtst bij Charkiv), gemeten over het aardoppervlak en getekend binnen Rusland. Er is geen frontlijn getekend; de banden beginnen bij de grens.');
    expect(en.caption.join(' ')).toContain('No front line is drawn; the bands start at the border.');
  });

  test('beside the locator map, the range diagram still gives its date and points to the hatching’s explanation', () => {
    const model = createModel(readContent());
    const weapons = model.glossary.filter((entry) => entry.data.kind === 'weapon');
    for (const [locale, hatch, date] of [
      ['nl', 'Grenzen en arcering: zie de kaart hierboven.', 'Plaatsen en gebeurtenissen van mei 2023, de maand van het artikel; kaart gemaakt op 27 november 2026.'],
      ['en', 'Borders and hatching: see the map above.', 'Places and events of May 2023, the month of the article; map made on 27 November 2026.'],
    ] as const) {
      const month = locale === 'nl' ? 'mei 2023' : 'May 2023';
      const made = locale === 'nl' ? '27 november 2026' : '27 November 2026';
      const beside = rangeMap(model, { id: 'map-ranges', baseFrom: 'map-places', entries: weapons, month, made }, locale, useTranslations(locale));
      expect(beside.caption).toContain(hatch);
      expect(beside.caption).toContain(date);
      // On the article's own page, the article is named, not linked to itself.
      expect(beside.ranges[1]?.source).toEqual({ article: false, name: locale === 'nl' ? 'het bronartikel (uitgever niet vermeld), mei 2023' : 'the source article (publisher not stated), May 2023' });
    }
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
