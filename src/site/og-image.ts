/**
 * Draws a page's preview image (Open Graph, Twitter card) at build time: satori lays the card out
 * as SVG, resvg rasterises it to PNG. No photo, no network: the text comes from the caller, already
 * translated, and the font from @fontsource/noto-sans on disk. Pure (no Astro), so it is unit-tested.
 *
 * The card is a square sheet of paper in the middle of a 1200×630 navy ground, crossed by a
 * timeline rail. Everything that says something (the kind of page, the date or name, the facts,
 * the brand) is on the sheet, inside the centred 630×630 square, so a chat app that crops the
 * image to a square thumbnail keeps all of it; only the rail is cut.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { iconColours, markPath, markStroke } from './icons.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** The sheet: a square centred on the card, a margin inside the 630×630 square a thumbnail keeps. */
export const SHEET_SIZE = 590;
export const SHEET_LEFT = (OG_WIDTH - SHEET_SIZE) / 2;
export const SHEET_TOP = (OG_HEIGHT - SHEET_SIZE) / 2;

/** A count drawn as a large number over what it counts: 9 / "gebeurtenissen op de tijdlijn". */
export interface OgStat {
  value: string;
  label: string;
}

/** What a card says. Every string is shown as given, in the page's interface language. */
export type OgCard = {
  /** The kind of page, e.g. "Artikel" or "Begrippen · Wapen"; drawn in capitals. Empty for none. */
  label: string;
  /** A short lead-in over the headline, e.g. "Verschenen". */
  kicker?: string | undefined;
  /** What the card is about, large: a day, a name, a span of dates. */
  headline: string;
  /** A sentence under the headline (an entry's short line): whole where it fits, else cut with an ellipsis. */
  text?: string | undefined;
  /** Up to three counts, side by side. */
  stats?: readonly OgStat[] | undefined;
  /** A small line under the rest, e.g. who translated the text or when an entry was checked. */
  note?: string | undefined;
  /** Site name and tagline, e.g. "Duiding — Nieuws, uitgelegd"; the part before " — " is bold. */
  footer: string;
  /** BCP 47 language of the text. */
  lang: string;
};

// The site's colours (src/site/icons.ts): the navy ground, the off-white sheet, the site's link
// blue for the label, a grey for secondary text (each at least 7:1 on the sheet).
const { navy, paper } = iconColours;
const accent = '#1d4e89';
const muted = '#4d5562';
const rail = '#a8dadc';

/**
 * Glyphs the font lacks, drawn as images one em square (satori's `graphemeImages`): the site writes
 * a derived date as "≈ 31 mei 2023", and no subset of Noto Sans on npm has U+2248. The waves sit on
 * the font's mathematical axis, at the weight of its bold.
 */
const approxSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><g fill="none" stroke="${navy}" stroke-width="9" stroke-linecap="round"><path d="M22 48c8-9 17-9 28-3s20 6 28-3"/><path d="M22 68c8-9 17-9 28-3s20 6 28-3"/></g></svg>`;
const graphemeImages = { '≈': `data:image/svg+xml;base64,${Buffer.from(approxSvg).toString('base64')}` };

const pad = 40;
const textWidth = SHEET_SIZE - 2 * pad;
/** The height the middle of the sheet may fill: the sheet less its padding, label row and brand row. */
const labelSize = 22;
const labelHeight = Math.round(labelSize * 1.3);
const brandMark = 36;
const brandRule = 2;
const brandGap = 20;
const middleGap = 20;
const middleHeight = SHEET_SIZE - 2 * pad - labelHeight - (brandMark + brandGap + brandRule) - 2 * middleGap;

const headlineLineHeight = 1.12;
/**
 * Headline sizes, largest first: the first at which it fits its number of lines, with no word
 * wider than the sheet, wins. The last size clamps with an ellipsis.
 */
const headlineSteps = [
  { size: 68, lines: 1 },
  { size: 60, lines: 2 },
  { size: 52, lines: 2 },
  { size: 44, lines: 3 },
  { size: 38, lines: 3 },
] as const;
const textLineHeight = 1.35;
/** Text sizes, largest first: the largest at which the whole card fits the sheet wins. */
const textSizes = [30, 27, 24, 22] as const;
const kickerSize = 24;
const kickerGap = 6;
const statValueSize = 56;
const statLabelSize = 20;
const statsGap = 28;
const noteSize = 20;
const noteGap = 22;
const textGap = 18;

type Style = Record<string, string | number>;

/** satori's element shape, without React or JSX: `{ type, props: { style, children } }`. */
interface Element {
  type: string;
  props: { style: Style; children?: Children; [attribute: string]: unknown };
}
type Children = Element | string | (Element | string)[];

function h(type: string, style: Style, children?: Children, attributes: Record<string, unknown> = {}): Element {
  return { type, props: { style, ...(children === undefined ? {} : { children }), ...attributes } };
}

// Latin Extended (ł, ő, ș …) gets a family of its own: under the same name as the base files,
// satori picks the base file by weight and never falls back to it. Latin-1 (ë, ï, é) is in the base.
const fontFamily = "'Noto Sans', 'Noto Sans Latin Ext'";
const fontFiles = [
  { file: 'latin-400', name: 'Noto Sans', weight: 400 },
  { file: 'latin-700', name: 'Noto Sans', weight: 700 },
  { file: 'latin-ext-400', name: 'Noto Sans Latin Ext', weight: 400 },
  { file: 'latin-ext-700', name: 'Noto Sans Latin Ext', weight: 700 },
] as const;

let fonts: Promise<Font[]> | undefined;

/** The fonts, read once per process: every card of a build uses the same four files. */
function loadFonts(): Promise<Font[]> {
  fonts ??= (async () => {
    // Resolved like a package import, so it works from Astro's bundled chunks as from the tests.
    const require = createRequire(import.meta.url);
    const found = fontFiles.flatMap(({ file, name, weight }) => {
      try {
        const path = require.resolve(`@fontsource/noto-sans/files/noto-sans-${file}-normal.woff`);
        return existsSync(path) ? [{ path, name, weight }] : [];
      } catch {
        return [];
      }
    });
    if (!found.some(({ path }) => path.includes('-latin-400-'))) {
      throw new Error('Preview images need @fontsource/noto-sans (noto-sans-latin-400-normal.woff); run npm install.');
    }
    return Promise.all(
      found.map(async ({ path, name, weight }) => ({ name, data: await readFile(path), weight, style: 'normal' }) satisfies Font),
    );
  })();
  return fonts;
}

/** The site's icon (src/site/icons.ts), navy on the sheet. */
function logoMark(size: number): Element {
  return h(
    'svg',
    { width: size, height: size },
    [
      h('rect', {}, undefined, { width: 32, height: 32, rx: 6, fill: navy }),
      h('path', {}, undefined, { d: markPath, fill: 'none', stroke: paper, 'stroke-width': markStroke }),
    ],
    { viewBox: '0 0 32 32', width: size, height: size },
  );
}

function headlineStyle(size: number): Style {
  return {
    fontSize: size,
    fontWeight: 700,
    lineHeight: headlineLineHeight,
    color: navy,
    // Balanced lines read as a headline. Words stay whole: the size is chosen so the longest fits.
    textWrap: 'balance',
  };
}

/**
 * A headline too long even at the last size: cut with an ellipsis, unbalanced, and a word wider
 * than the sheet broken rather than spilling over its edge.
 */
function clampedHeadlineStyle(size: number, lines: number): Style {
  return { ...headlineStyle(size), textWrap: 'wrap', overflowWrap: 'break-word', lineClamp: lines, textOverflow: 'ellipsis' };
}

const textStyle = (size: number): Style => ({ fontSize: size, lineHeight: textLineHeight, color: navy, overflowWrap: 'break-word' });
const kickerStyle: Style = { fontSize: kickerSize, lineHeight: 1.3, color: muted };
const statValueStyle: Style = { fontSize: statValueSize, fontWeight: 700, lineHeight: 1.05, color: navy };
const statLabelStyle: Style = { fontSize: statLabelSize, lineHeight: 1.3, color: muted };
const noteStyle: Style = { fontSize: noteSize, lineHeight: 1.35, color: muted };

/** The width each count's label may take: the sheet's text width shared, with a gap between. */
const statWidth = (count: number) => Math.floor((textWidth - (count - 1) * 28) / count);

interface Block {
  style: Style;
  text: string;
  /** Laid out at this width; without one, the block is as wide as its text on one line. */
  width?: number;
}

/** Width and height of text blocks, in one satori pass (no drawing). */
async function measure(blocks: Block[], lang: string): Promise<{ width: number; height: number }[]> {
  // Unmeasured counts as too large, so a layout engine that stops reporting clamps instead of spilling.
  const sizes = blocks.map(() => ({ width: Infinity, height: Infinity }));
  const column = h(
    'div',
    { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', width: 4000, fontFamily },
    blocks.map(({ style, text, width }, index) =>
      h('div', width === undefined ? { ...style, whiteSpace: 'nowrap' } : { ...style, width }, text, { 'data-measure': index }),
    ),
    { lang },
  );
  await satori(column, {
    // Text stays <text> here instead of being outlined glyph by glyph: this pass only reads sizes,
    // which the layout gives before any drawing (the 64 cards of a build: the same PNGs, 60 → 54
    // CPU-ms each).
    embedFont: false,
    width: 4000,
    fonts: await loadFonts(),
    graphemeImages,
    onNodeDetected: (node) => {
      const index = node.props['data-measure'];
      if (typeof index === 'number') sizes[index] = { width: node.width, height: node.height };
    },
  });
  return sizes;
}

/** The longest word of a text, which must fit the sheet's width at the chosen headline size. */
function longestWord(text: string): string {
  return text.split(/\s+/u).reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

interface Fitted {
  headline: Style;
  text?: Style | undefined;
}

/** Picks the headline's and the text's sizes from one measuring pass. */
async function fit(card: OgCard): Promise<Fitted> {
  const text = card.text?.trim();
  const stats = card.stats ?? [];
  const word = longestWord(card.headline);
  const blocks: Block[] = [
    ...headlineSteps.map(({ size }) => ({ style: headlineStyle(size), text: card.headline, width: textWidth })),
    ...headlineSteps.map(({ size }) => ({ style: headlineStyle(size), text: word })),
    ...(text ? textSizes.map((size) => ({ style: textStyle(size), text, width: textWidth })) : []),
    ...(card.kicker ? [{ style: kickerStyle, text: card.kicker, width: textWidth }] : []),
    ...stats.map(({ label }) => ({ style: statLabelStyle, text: label, width: statWidth(stats.length) })),
    ...(card.note ? [{ style: noteStyle, text: card.note, width: textWidth }] : []),
  ];
  const sizes = await measure(blocks, card.lang);
  const steps = headlineSteps.length;
  const textCount = text ? textSizes.length : 0;
  const at = (index: number) => sizes[index] ?? { width: Infinity, height: Infinity };
  // satori rounds each line's height to whole pixels.
  const lineCount = (height: number, size: number, lineHeight: number) => Math.round(height / Math.round(size * lineHeight));

  const headlineIndex = headlineSteps.findIndex(
    ({ size, lines }, index) => lineCount(at(index).height, size, headlineLineHeight) <= lines && at(steps + index).width <= textWidth,
  );
  const last = headlineSteps.length - 1;
  const chosen = headlineSteps[headlineIndex < 0 ? last : headlineIndex] ?? headlineSteps[0];
  const headlineHeight = Math.min(at(headlineIndex < 0 ? last : headlineIndex).height, Math.round(chosen.size * headlineLineHeight) * chosen.lines);

  // What else the middle holds, at its measured height.
  let rest = 0;
  let index = 2 * steps + textCount;
  if (card.kicker) rest += at(index++).height + kickerGap;
  if (stats.length > 0) {
    const labels = stats.map(() => at(index++).height);
    rest += statsGap + Math.round(statValueSize * 1.05) + Math.max(...labels);
  }
  if (card.note) rest += noteGap + at(index++).height;

  const headline = headlineIndex < 0 ? clampedHeadlineStyle(chosen.size, chosen.lines) : headlineStyle(chosen.size);
  if (!text) return { headline };
  const room = middleHeight - headlineHeight - rest - textGap;
  const textIndex = textSizes.findIndex((_, i) => at(2 * steps + i).height <= room);
  if (textIndex >= 0) return { headline, text: textStyle(textSizes[textIndex] ?? textSizes[0]) };
  // Too long even at the smallest size: as many lines as fit, the last cut with an ellipsis.
  const smallest = textSizes[textSizes.length - 1] ?? textSizes[0];
  const lines = Math.max(1, Math.floor(room / Math.round(smallest * textLineHeight)));
  return { headline, text: { ...textStyle(smallest), lineClamp: lines, textOverflow: 'ellipsis' } };
}

function label(text: string): Element {
  return h('div', { display: 'flex', alignItems: 'center', height: labelHeight }, [
    h('div', { width: 32, height: 5, borderRadius: 3, backgroundColor: accent, marginRight: 14 }),
    h('div', { fontSize: labelSize, fontWeight: 700, letterSpacing: 2.5, textTransform: 'uppercase', color: accent, lineClamp: 1 }, text),
  ]);
}

function statsRow(stats: readonly OgStat[]): Element {
  return h(
    'div',
    { display: 'flex', marginTop: statsGap },
    stats.map(({ value, label: what }, index) =>
      h('div', { display: 'flex', flexDirection: 'column', width: statWidth(stats.length), marginLeft: index === 0 ? 0 : 28 }, [
        h('div', statValueStyle, value),
        h('div', statLabelStyle, what),
      ]),
    ),
  );
}

function footer(text: string): Element {
  // The brand in bold, the tagline after it regular: the part before the first " — ".
  const split = text.indexOf(' — ');
  const parts =
    split < 0
      ? [h('span', { fontWeight: 700 }, text)]
      : [h('span', { fontWeight: 700 }, text.slice(0, split)), h('span', { color: muted }, text.slice(split))];
  return h('div', { display: 'flex', alignItems: 'center', borderTop: `${brandRule}px solid rgba(29, 53, 87, 0.15)`, paddingTop: brandGap }, [
    logoMark(brandMark),
    h('div', { display: 'flex', marginLeft: 14, fontSize: 22, color: navy, whiteSpace: 'pre' }, parts),
  ]);
}

/** The rail behind the sheet: a line across the card with stops on either side, as on the site's timeline. */
function railBehind(): Element[] {
  const y = OG_HEIGHT / 2;
  const stops = [70, 160, 250, OG_WIDTH - 250, OG_WIDTH - 160, OG_WIDTH - 70];
  return [
    h('div', { position: 'absolute', left: 0, top: y - 2, width: OG_WIDTH, height: 4, backgroundColor: rail, opacity: 0.45 }),
    ...stops.map((x, index) =>
      h('div', {
        position: 'absolute',
        left: x - 11,
        top: y - 11,
        width: 22,
        height: 22,
        borderRadius: 11,
        border: `4px solid ${rail}`,
        // The stops nearest the sheet are filled: the rail leads into it.
        backgroundColor: index === 2 || index === 3 ? rail : navy,
      }),
    ),
  ];
}

/** The card as SVG, before it is rasterised. */
async function renderOgSvg(card: OgCard): Promise<string> {
  const fitted = await fit(card);
  const text = card.text?.trim();
  const stats = card.stats ?? [];
  const sheet = h(
    'div',
    {
      position: 'absolute',
      left: SHEET_LEFT,
      top: SHEET_TOP,
      width: SHEET_SIZE,
      height: SHEET_SIZE,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      padding: pad,
      borderRadius: 20,
      backgroundColor: paper,
    },
    [
      card.label.trim() ? label(card.label.trim()) : h('div', { display: 'flex', height: labelHeight }),
      // The middle takes the free height and centres in it, so a name and a long entry both sit calmly.
      h('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, paddingTop: middleGap, paddingBottom: middleGap }, [
        ...(card.kicker ? [h('div', { ...kickerStyle, marginBottom: kickerGap, width: textWidth }, card.kicker)] : []),
        h('div', { ...fitted.headline, width: textWidth }, card.headline),
        ...(text && fitted.text ? [h('div', { ...fitted.text, marginTop: textGap, width: textWidth }, text)] : []),
        ...(stats.length > 0 ? [statsRow(stats)] : []),
        ...(card.note ? [h('div', { ...noteStyle, marginTop: noteGap, width: textWidth }, card.note)] : []),
      ]),
      footer(card.footer),
    ],
  );
  const root = h('div', { position: 'relative', display: 'flex', width: '100%', height: '100%', backgroundColor: navy, fontFamily }, [...railBehind(), sheet], {
    lang: card.lang,
  });
  return satori(root, { width: OG_WIDTH, height: OG_HEIGHT, fonts: await loadFonts(), graphemeImages });
}

/** The card rasterised: resvg's image, which gives PNG bytes or raw pixels. */
async function rasterise(card: OgCard) {
  const svg = await renderOgSvg(card);
  // Text is already outlined by satori, so resvg needs no fonts; skipping the system scan saves time.
  // Rasterised off the main thread (libuv's pool), so the build lays out the next card meanwhile.
  return renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
}

/** The card as a 1200×630 PNG. */
export async function renderOgImage(card: OgCard): Promise<Uint8Array<ArrayBuffer>> {
  // A copy on a plain ArrayBuffer, which `Response` accepts as a body (Node's Buffer may be pooled).
  return new Uint8Array((await rasterise(card)).asPng());
}

/** The card's pixels, RGBA row by row: what the tests read to see where the card draws. */
export async function renderOgPixels(card: OgCard): Promise<{ width: number; height: number; pixels: Uint8Array }> {
  const image = await rasterise(card);
  return { width: image.width, height: image.height, pixels: new Uint8Array(image.pixels) };
}
