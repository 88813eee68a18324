/**
 * The site's icon, drawn once in code and written at build time in every form a browser or a
 * phone asks for: the SVG, PNGs (a 192×192 icon, the 180×180 `apple-touch-icon`) and
 * `/favicon.ico` (16, 32 and 48 pixels). resvg rasterises the SVG; nothing is fetched. Pure (no
 * Astro), so it is unit-tested.
 */
import { Resvg } from '@resvg/resvg-js';

/** The site's colours: navy ground, off-white letter. */
export const iconColours = { navy: '#1d3557', paper: '#f1faee' } as const;

/** The "D" on a 32×32 grid: a stem and a half circle, drawn as one stroke. */
export const markPath = 'M9 7h7a9 9 0 0 1 0 18H9z';
export const markStroke = 3.5;

export interface IconShape {
  /**
   * `rounded` for tabs and bookmarks (transparent corners); `square` for a phone's home screen,
   * which rounds the corners itself and would show transparent ones as black, so the letter also
   * stands a little smaller, clear of its mask.
   */
  shape: 'rounded' | 'square';
}

/** The icon as SVG markup; `/favicon.svg` is this, for the rounded shape. */
export function iconSvg({ shape }: IconShape = { shape: 'rounded' }): string {
  const { navy, paper } = iconColours;
  const ground = shape === 'rounded' ? `<rect width="32" height="32" rx="6" fill="${navy}"/>` : `<rect width="32" height="32" fill="${navy}"/>`;
  const letter = `<path d="${markPath}" fill="none" stroke="${paper}" stroke-width="${markStroke}"/>`;
  const placed = shape === 'rounded' ? letter : `<g transform="translate(3.2 3.2) scale(0.8)">${letter}</g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${ground}${placed}</svg>`;
}

/** The icon as a `size`×`size` PNG. */
export function iconPng(size: number, shape: IconShape['shape'] = 'rounded'): Uint8Array<ArrayBuffer> {
  const png = new Resvg(iconSvg({ shape }), { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
  // A copy on a plain ArrayBuffer, which `Response` accepts as a body (Node's Buffer may be pooled).
  return new Uint8Array(png);
}

/** The PNG icons the pages link, each with its file name at the site's root. */
export const pngIcons = {
  /** For a phone's home screen; iOS also asks for it by this name when no page links it. */
  touch: { file: 'apple-touch-icon.png', size: 180, shape: 'square' },
  /** The large icon Android and search engines take. */
  large: { file: 'icon-192.png', size: 192, shape: 'rounded' },
} as const satisfies Record<string, { file: string; size: number; shape: IconShape['shape'] }>;

/** The sizes `/favicon.ico` carries: a tab, a high-density tab, a Windows shortcut. */
export const icoSizes = [16, 32, 48] as const;

/**
 * An ICO file holding PNG images, the form every browser since Internet Explorer 11 and Windows
 * since Vista reads: a 6-byte header, a 16-byte entry per image (its size, colour depth, length
 * and offset), then the PNGs as they are.
 */
export function icoFile(images: readonly { size: number; png: Uint8Array }[]): Uint8Array<ArrayBuffer> {
  const header = 6;
  const entry = 16;
  const total = header + entry * images.length + images.reduce((sum, { png }) => sum + png.length, 0);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // 1 = icon
  view.setUint16(4, images.length, true);
  let offset = header + entry * images.length;
  images.forEach(({ size, png }, index) => {
    if (size < 1 || size > 256) throw new Error(`An ICO image is 1 to 256 pixels wide, not ${size}.`);
    const at = header + entry * index;
    view.setUint8(at, size % 256); // 0 stands for 256
    view.setUint8(at + 1, size % 256);
    view.setUint8(at + 2, 0); // no palette
    view.setUint8(at + 3, 0); // reserved
    view.setUint16(at + 4, 1, true); // colour planes
    view.setUint16(at + 6, 32, true); // bits per pixel
    view.setUint32(at + 8, png.length, true);
    view.setUint32(at + 12, offset, true);
    bytes.set(png, offset);
    offset += png.length;
  });
  return bytes;
}

/** `/favicon.ico`: the rounded icon at each of `icoSizes`. */
export function faviconIco(): Uint8Array<ArrayBuffer> {
  return icoFile(icoSizes.map((size) => ({ size, png: iconPng(size) })));
}
