/** What a map shows, resolved into plain data for the component that draws it (src/components/MapFigure.astro). */
import type { Box } from '../../geo/label-layout.ts';
import type { SourceView } from '../views/parts.ts';

export interface MapLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The label's box as laid out (the unit tests check that none overlap). */
  box: Box;
  /** The label's words, each part linked to its glossary entry where it has one ("Moskou, Kremlin"). */
  parts: { text: string; href?: string | undefined }[];
  /** `place`, `country`, `zone`, `band`, `distance`, `pointer`. */
  kind: string;
  /** The label of the entry the map is about. */
  self?: boolean | undefined;
  /** The point the label stands by, in drawing units (a band's label: the point on the band's edge it is centred on). */
  at?: { x: number; y: number } | undefined;
  /** The text in lines, one under the other, where it takes more than one. */
  lines?: string[] | undefined;
  /** A class tying the label to what it names (a band's label is in its band's colour). */
  className?: string | undefined;
}

export interface MapView {
  /** Unique on the page: prefixes the SVG's ids. */
  id: string;
  title: string;
  /** The text alternative: what the map shows, in sentences. */
  description: string;
  /** The caption under the map, one paragraph each. */
  caption: string[];
  width: number;
  height: number;
  /** All land, one shape (coasts); borders are drawn over it. */
  land: string;
  /** The country the page is about, filled apart. */
  selfArea?: string | undefined;
  /** Land borders between countries (recognised borders). */
  borders: string;
  /** Territory under occupation, hatched. */
  occupied: string[];
  /** Russia's side of its border with Ukraine: a strip along the border, within Russia. */
  borderZone?: { d: string; self?: boolean | undefined } | undefined;
  /** The map whose land, borders and hatching this one draws again (same frame, same page), by id. */
  baseFrom?: string | undefined;
  /** Range bands, widest first. */
  bands: { d: string; className: string }[];
  /** A measured line (the shortest distance from the border to Moscow). */
  lines: { d: string }[];
  /** Dots for places. */
  dots: { x: number; y: number; self?: boolean }[];
  /** Arrows at the frame's edge towards places off the map: where, and the angle in degrees (0 = right). */
  pointers: { x: number; y: number; angle: number }[];
  labels: MapLabel[];
  /** "Afstanden tussen de plaatsen": each distance drawn or named, in words. */
  distances: { between: string; km: string }[];
  /** For a range diagram: each band's weapon, range, time and source. */
  ranges: { className: string; weapon: string; href: string; label: string; range: string; when?: string | undefined; source: SourceView }[];
  sources: { what: string; source: SourceView }[];
}
