/**
 * Draws a page's preview image (Open Graph, Twitter card) at build time: satori lays the card out
 * as SVG, resvg rasterises it to PNG. No photo, no network: the text comes from the caller, already
 * translated, and the font from @fontsource/noto-sans on disk. Pure (no Astro), so it is unit-tested.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** What a card says. Every string is shown as given, in the page's interface language. */
export type OgCard = {
  /** The kind of page, e.g. "Begrippen · Wapen"; drawn in capitals. Empty for no label. */
  label: string;
  title: string;
  /** One line under the title, shown only when it (or its first sentence) fits on that line. */
  description?: string;
  /** Site name and tagline, e.g. "Duiding — Nieuws, uitgelegd"; the part before " — " is bold. */
  footer: string;
  /** BCP 47 language of the text. */
  lang: string;
};

// The site's colours (public/favicon.svg): navy ground, off-white text, a pale accent that keeps
// the label distinct from the title without a second strong colour.
const navy = '#1d3557';
const paper = '#f1faee';
const accent = '#a8dadc';
const muted = '#c5d3e0';

const padX = 80;
const padY = 64;
const textWidth = OG_WIDTH - 2 * padX;
const titleLineHeight = 1.15;
const descriptionSize = 30;

/**
 * Title sizes, largest first: the first at which the title fits in its number of lines wins, so a
 * one-word entry is large and a long headline still readable at thumbnail size. The last size
 * clamps with an ellipsis; 4 lines of it still leave room for label, description and footer.
 */
const titleSteps = [
  { size: 80, lines: 2 },
  { size: 64, lines: 3 },
  { size: 56, lines: 3 },
  { size: 52, lines: 4 },
] as const;

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

/** The favicon's "D" (public/favicon.svg), inverted to stand on the navy ground. */
function logoMark(size: number): Element {
  return h(
    'svg',
    { width: size, height: size },
    [
      h('rect', {}, undefined, { width: 32, height: 32, rx: 6, fill: paper }),
      h('path', {}, undefined, { d: 'M9 7h7a9 9 0 0 1 0 18H9z', fill: 'none', stroke: navy, 'stroke-width': 3.5 }),
    ],
    { viewBox: '0 0 32 32', width: size, height: size },
  );
}

function titleStyle(size: number): Style {
  return {
    fontSize: size,
    fontWeight: 700,
    lineHeight: titleLineHeight,
    color: paper,
    // Balanced lines read as a headline; a word longer than the card breaks instead of overflowing.
    textWrap: 'balance',
    overflowWrap: 'break-word',
  };
}

/** A title too long even at the last size: cut with an ellipsis, unbalanced (balancing the whole
 * text and then cutting it leaves short lines before the ellipsis). */
function clampedTitleStyle(size: number, lines: number): Style {
  return { ...titleStyle(size), textWrap: 'wrap', lineClamp: lines, textOverflow: 'ellipsis' };
}

const descriptionStyle = { fontSize: descriptionSize, lineHeight: 1.3, color: muted };

/** Heights of text blocks laid out at the card's text width, in one satori pass (no drawing). */
async function measure(blocks: { style: Style; text: string }[], lang: string): Promise<number[]> {
  // Unmeasured counts as too tall, so a layout engine that stops reporting clamps instead of spilling.
  const heights: number[] = blocks.map(() => Infinity);
  const column = h(
    'div',
    { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', width: textWidth, fontFamily },
    blocks.map(({ style, text }, index) => h('div', { ...style, width: textWidth }, text, { 'data-measure': index })),
    { lang },
  );
  await satori(column, {
    width: textWidth,
    fonts: await loadFonts(),
    onNodeDetected: (node) => {
      const index = node.props['data-measure'];
      if (typeof index === 'number') heights[index] = node.height;
    },
  });
  return heights;
}

/** The first sentence, for a description too long for its line. */
function firstSentence(text: string): string | undefined {
  const match = /^.+?[.!?](?=\s)/u.exec(text.trim());
  return match?.[0];
}

/** Picks the title size and the description that fits, from one measuring pass. */
async function fit(card: OgCard): Promise<{ title: Style; description: string | undefined }> {
  const descriptions = [card.description?.trim(), card.description && firstSentence(card.description)].filter((text): text is string => !!text);
  const heights = await measure(
    [
      ...titleSteps.map(({ size }) => ({ style: titleStyle(size), text: card.title })),
      ...descriptions.map((text) => ({ style: descriptionStyle, text })),
    ],
    card.lang,
  );
  // satori rounds each line's height to whole pixels.
  const lineCount = (height: number, size: number, lineHeight: number) => Math.round(height / Math.round(size * lineHeight));
  const step = titleSteps.find(({ size, lines }, index) => lineCount(heights[index] ?? Infinity, size, titleLineHeight) <= lines);
  const last = titleSteps[titleSteps.length - 1] ?? titleSteps[0];
  const description = descriptions.find(
    (_, index) => lineCount(heights[titleSteps.length + index] ?? Infinity, descriptionSize, descriptionStyle.lineHeight) <= 1,
  );
  return { title: step ? titleStyle(step.size) : clampedTitleStyle(last.size, last.lines), description };
}

function footer(text: string): Element {
  // The brand in bold, the tagline after it regular: the part before the first " — ".
  const split = text.indexOf(' — ');
  const parts =
    split < 0 ? [h('span', { fontWeight: 700 }, text)] : [h('span', { fontWeight: 700 }, text.slice(0, split)), h('span', {}, text.slice(split))];
  return h('div', { display: 'flex', alignItems: 'center', borderTop: `2px solid rgba(241, 250, 238, 0.18)`, paddingTop: 28 }, [
    logoMark(44),
    h('div', { display: 'flex', marginLeft: 18, fontSize: 28, color: paper, whiteSpace: 'pre' }, parts),
  ]);
}

/** The card as SVG, before it is rasterised. */
async function renderOgSvg(card: OgCard): Promise<string> {
  const { title, description } = await fit(card);
  const label = card.label.trim();
  const root = h(
    'div',
    {
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      padding: `${padY}px ${padX}px`,
      backgroundColor: navy,
      fontFamily,
    },
    [
      label
        ? h('div', { display: 'flex', alignItems: 'center', marginBottom: 32 }, [
            h('div', { width: 40, height: 6, borderRadius: 3, backgroundColor: accent, marginRight: 18 }),
            h('div', { fontSize: 26, fontWeight: 700, letterSpacing: 3, textTransform: 'uppercase', color: accent, lineClamp: 1 }, label),
          ])
        : h('div', { display: 'flex' }),
      // The title block takes the free height and centres in it, so short and long titles both sit
      // calmly between label and footer.
      h('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, paddingBottom: 24 }, [
        h('div', { ...title, width: textWidth }, card.title),
        ...(description ? [h('div', { ...descriptionStyle, marginTop: 24, lineClamp: 1, textOverflow: 'ellipsis', width: textWidth }, description)] : []),
      ]),
      footer(card.footer),
    ],
    { lang: card.lang },
  );
  return satori(root, { width: OG_WIDTH, height: OG_HEIGHT, fonts: await loadFonts() });
}

/** The card as a 1200×630 PNG. */
export async function renderOgImage(card: OgCard): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await renderOgSvg(card);
  // Text is already outlined by satori, so resvg needs no fonts; skipping the system scan saves time.
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  // A copy on a plain ArrayBuffer, which `Response` accepts as a body (Node's Buffer may be pooled).
  return new Uint8Array(png);
}
