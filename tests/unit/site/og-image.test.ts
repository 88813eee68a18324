import { describe, expect, test } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, renderOgImage, renderOgPixels, type OgCard } from '../../../src/site/og-image.ts';

const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which a PNG must start with (bytes 16–23, big-endian). */
function dimensions(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const entry: OgCard = {
  label: 'Begrippen · Wapen',
  headline: 'Storm Shadow',
  text: 'Brits-Franse kruisraket die vanuit vliegtuigen wordt afgevuurd; volgens het artikel met een bereik van meer dan 250 kilometer.',
  note: 'Laatst gecontroleerd op 27 november 2026.',
  footer: 'Duiding — Nieuws, uitgelegd',
  lang: 'nl',
};

const article: OgCard = {
  label: 'Artikel',
  kicker: 'Oorspronkelijk verschenen',
  headline: '≈ 31 mei 2023',
  stats: [
    { value: '11', label: 'gebeurtenissen op de tijdlijn' },
    { value: '29', label: 'begrippen uitgelegd' },
  ],
  note: 'Vertaald door Duiding uit het Nederlandse origineel',
  footer: 'Duiding — Nieuws, uitgelegd',
  lang: 'nl',
};

/** The centred square a chat app keeps when it crops the card to a square thumbnail. */
const square = { left: (OG_WIDTH - OG_HEIGHT) / 2, right: (OG_WIDTH + OG_HEIGHT) / 2 };

/** Columns where two renders differ, as the smallest and largest x. */
function differingColumns(a: Uint8Array, b: Uint8Array): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let index = 0; index < a.length; index += 4) {
    if (a[index] !== b[index] || a[index + 1] !== b[index + 1] || a[index + 2] !== b[index + 2]) {
      const x = (index / 4) % OG_WIDTH;
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
  }
  return { min, max };
}

describe('renderOgImage', () => {
  // The first render loads the fonts and satori's layout engine; later ones reuse them.
  test('draws a 1200×630 PNG', { timeout: 20_000 }, async () => {
    const png = await renderOgImage(entry);
    expect([...png.subarray(0, 8)]).toEqual(signature);
    expect(String.fromCharCode(...png.subarray(12, 16))).toBe('IHDR');
    expect(dimensions(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    expect({ OG_WIDTH, OG_HEIGHT }).toEqual({ OG_WIDTH: 1200, OG_HEIGHT: 630 });
  });

  // What a square thumbnail keeps: everything that tells one card from another lies in the centred
  // 630×630 square, so cropping to it loses nothing but the rail on either side.
  test('everything that differs between two cards lies inside the centred square', async () => {
    const one = await renderOgPixels(article);
    const other = await renderOgPixels({ ...entry, headline: 'Amerikaanse inlichtingendiensten', note: 'A longer note that runs on to a second line at the very least, and perhaps a third one too.' });
    const { min, max } = differingColumns(one.pixels, other.pixels);
    expect(min).toBeGreaterThanOrEqual(square.left);
    expect(max).toBeLessThan(square.right);
    // And they do differ there: the cards are not the same picture.
    expect(max - min).toBeGreaterThan(OG_HEIGHT / 2);
  });

  test('a headline far too long for the card still renders inside the square, at the same size', async () => {
    const long = await renderOgPixels({ ...entry, headline: 'Een zeer lange kop over drones, raketten en diplomatie '.repeat(8), text: 'Een lange zin. '.repeat(40) });
    expect({ width: long.width, height: long.height }).toEqual({ width: 1200, height: 630 });
    const { min, max } = differingColumns(long.pixels, (await renderOgPixels(entry)).pixels);
    expect(min).toBeGreaterThanOrEqual(square.left);
    expect(max).toBeLessThan(square.right);
  });

  test('a single word wider than the card still renders', async () => {
    const png = await renderOgImage({ ...entry, headline: 'Droneaanvalsverdedigingssysteemonderhoudsprogramma'.repeat(3) });
    expect(dimensions(png)).toEqual({ width: 1200, height: 630 });
  });

  test('Dutch and other Latin diacritics render without throwing', async () => {
    const png = await renderOgImage({
      ...entry,
      label: 'Begrippen · Plaats of land',
      headline: 'Oekraïne, Łódź en Kraków',
      text: 'Ruïne, café, Zelenskyy, Bucureşti, Gdańsk, Eötvös.',
    });
    expect(dimensions(png)).toEqual({ width: 1200, height: 630 });
  });

  // No subset of Noto Sans has U+2248; the card draws it itself rather than leave a blank box.
  test('the ≈ of a derived date is drawn, not left as the box of a missing glyph', async () => {
    const approximate = await renderOgPixels(article);
    const missing = await renderOgPixels({ ...article, headline: '\u{10FFFD} 31 mei 2023' });
    expect(differingColumns(approximate.pixels, missing.pixels).min).toBeLessThan(Infinity);
  });

  test('label, kicker, text, stats and note are optional', async () => {
    const png = await renderOgImage({ label: '', headline: 'Nieuws, uitgelegd', footer: 'Duiding', lang: 'nl' });
    expect(dimensions(png)).toEqual({ width: 1200, height: 630 });
  });

  // Was a wall-clock limit (under a second), which measured the machine more than the code. What a
  // reader of a shared link sees is the card's own content: a card that ignored it would look the
  // same for every page.
  test('the card\'s content is drawn: another headline gives another image', async () => {
    const one = await renderOgImage(article);
    const other = await renderOgImage({ ...article, headline: '30 mei 2023' });
    expect(Buffer.from(one).equals(Buffer.from(other))).toBe(false);
  });
});
