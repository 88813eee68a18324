import { describe, expect, test } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, renderOgImage, type OgCard } from '../../../src/site/og-image.ts';

const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which a PNG must start with (bytes 16–23, big-endian). */
function dimensions(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const card: OgCard = {
  label: 'Begrippen · Wapen',
  title: 'Storm Shadow',
  description: 'Brits-Franse kruisraket met een bereik van zo’n 250 kilometer.',
  footer: 'Duiding — Nieuws, uitgelegd',
  lang: 'nl',
};

describe('renderOgImage', () => {
  // The first render loads the fonts and satori's layout engine; later ones reuse them.
  test('draws a 1200×630 PNG', { timeout: 20_000 }, async () => {
    const png = await renderOgImage(card);
    expect([...png.subarray(0, 8)]).toEqual(signature);
    expect(String.fromCharCode(...png.subarray(12, 16))).toBe('IHDR');
    expect(dimensions(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    expect({ OG_WIDTH, OG_HEIGHT }).toEqual({ OG_WIDTH: 1200, OG_HEIGHT: 630 });
  });

  test('a title far too long for the card still renders, at the same size', async () => {
    const png = await renderOgImage({ ...card, title: 'Een zeer lange kop over drones, raketten en diplomatie '.repeat(8) });
    expect(dimensions(png)).toEqual({ width: 1200, height: 630 });
  });

  test('a single word wider than the card still renders', async () => {
    const png = await renderOgImage({ ...card, title: 'Droneaanvalsverdedigingssysteemonderhoudsprogramma'.repeat(3) });
    expect(dimensions(png)).toEqual({ width: 1200, height: 630 });
  });

  test('Dutch and other Latin diacritics render without throwing', async () => {
    const png = await renderOgImage({
      ...card,
      label: 'Begrippen · Plaats of land',
      title: 'Oekraïne, Łódź en Kraków',
      description: 'Ruïne, café, Zelenskyy, Bucureşti, Gdańsk, Eötvös.',
    });
    expect(dimensions(png)).toEqual({ width: 1200, height: 630 });
  });

  test('label and description are optional', async () => {
    const { description: _, ...withoutDescription } = card;
    const png = await renderOgImage({ ...withoutDescription, label: '' });
    expect(dimensions(png)).toEqual({ width: 1200, height: 630 });
  });

  // Was a wall-clock limit (under a second), which measured the machine more than the code. What a
  // reader of a shared link sees is the headline on the card: a card that ignored it would look the
  // same for every article.
  test('the article\'s headline is drawn: another headline gives another image', async () => {
    const headline = await renderOgImage({ ...card, title: 'Drones in Moskou brengen het Witte Huis in een steeds lastiger parket' });
    const other = await renderOgImage(card);
    expect(dimensions(headline)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.from(headline).equals(Buffer.from(other))).toBe(false);
  });
});
