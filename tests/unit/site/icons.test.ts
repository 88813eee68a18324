import { describe, expect, test } from 'vitest';
import { faviconIco, icoFile, icoSizes, iconPng, iconSvg, pngIcons } from '../../../src/site/icons.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(String.fromCharCode(...png.subarray(1, 4))).toBe('PNG');
  return [view.getUint32(16), view.getUint32(20)];
}

/** The images of an ICO file, read back from its directory: what a browser reads. */
function readIco(ico: Uint8Array) {
  const view = new DataView(ico.buffer, ico.byteOffset, ico.byteLength);
  expect([view.getUint16(0, true), view.getUint16(2, true)]).toEqual([0, 1]);
  return Array.from({ length: view.getUint16(4, true) }, (_, index) => {
    const at = 6 + 16 * index;
    const length = view.getUint32(at + 8, true);
    const offset = view.getUint32(at + 12, true);
    return { width: view.getUint8(at) || 256, height: view.getUint8(at + 1) || 256, bits: view.getUint16(at + 6, true), png: ico.subarray(offset, offset + length) };
  });
}

describe('the site icon', () => {
  test('favicon.ico holds a real PNG at 16, 32 and 48 pixels, each as its directory says', () => {
    const images = readIco(faviconIco());
    expect(images.map(({ width, height }) => [width, height])).toEqual(icoSizes.map((size) => [size, size]));
    for (const { width, bits, png } of images) {
      expect(bits).toBe(32);
      expect(pngSize(png)).toEqual([width, width]);
    }
  });

  test('the PNG icons are drawn at the size their file promises', () => {
    for (const { size, shape } of Object.values(pngIcons)) expect(pngSize(iconPng(size, shape))).toEqual([size, size]);
    expect(pngIcons.touch).toMatchObject({ file: 'apple-touch-icon.png', size: 180 });
  });

  // iOS shows transparent corners of a home-screen icon as black; it rounds the corners itself.
  test('the home-screen icon is a full square; the tab icon has rounded corners', () => {
    expect(iconSvg({ shape: 'square' })).not.toContain('rx=');
    expect(iconSvg({ shape: 'rounded' })).toContain('rx="6"');
    expect(iconSvg()).toBe(iconSvg({ shape: 'rounded' }));
  });

  test('an ICO entry of 256 pixels is written as 0, and a larger one is refused', () => {
    const png = iconPng(16);
    expect(readIco(icoFile([{ size: 256, png }]))[0]?.width).toBe(256);
    expect(() => icoFile([{ size: 300, png }])).toThrow(/1 to 256 pixels/);
  });
});
