/**
 * Where a map's labels go: each label tries the places around its point (right, left, above, below,
 * then the corners), in that order, and takes the first that stays inside the frame and overlaps
 * neither a label already placed nor another label's point. Labels are placed in the order given, so
 * the most important come first. Text widths are estimated generously from the character count.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  /** The point labelled, in drawing units. */
  x: number;
  y: number;
  text: string;
  /** The font size in drawing units. */
  size: number;
  /** Other points the label may stand by, tried in order when none fits by the first (a border's length). */
  alternatives?: readonly { x: number; y: number }[];
  /** Places that must not be used (e.g. a band's label stays outside its band): 'left', 'right', 'above', 'below'. */
  avoid?: readonly string[];
  /**
   * Set on the point itself, centred on it, as a contour's value sits on its line (a range band's
   * distance on the band's edge): only the point and its alternatives are tried, and the point is no
   * mark other labels must keep clear of.
   */
  centred?: boolean;
  /** Boxes this label must keep clear of, besides the other labels and points (a measured line it would sit on). */
  clearOf?: readonly Box[];
  /** The text in lines, one under the other ("meer dan 250 km" / "volgens het artikel"); `text` is all of it. */
  lines?: readonly string[] | undefined;
}

export interface PlacedLabel {
  /** Where the text starts (its anchor) and its baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** The point the label stands by: the request's own, or the alternative it took. */
  at: { x: number; y: number };
}

/** A generous estimate of a label's width: wider than any of the site's system fonts sets it. */
export function textWidth(text: string, size: number): number {
  return [...text].length * size * 0.68 + size * 0.4;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const places = ['right', 'left', 'above', 'below', 'above-right', 'below-right', 'above-left', 'below-left'] as const;

/** A line's height, as a multiple of the font size. */
export const LINE_HEIGHT = 1.25;

/** Where along its width a centred label may have its point: the middle first, then towards either end. */
const centredShares = [0.5, 0.35, 0.65, 0.2, 0.8];

function candidate(request: LabelRequest, place: (typeof places)[number] | 'centre', gap: number): Omit<PlacedLabel, 'at'> {
  const lines = request.lines ?? [request.text];
  const width = Math.max(...lines.map((line) => textWidth(line, request.size)));
  const height = request.size * LINE_HEIGHT * lines.length;
  // For a centred label, `gap` is the share of its width left of its point.
  const dx = { centre: (0.5 - gap) * width, right: gap, left: -gap, above: 0, below: 0, 'above-right': gap * 0.7, 'below-right': gap * 0.7, 'above-left': -gap * 0.7, 'below-left': -gap * 0.7 }[place];
  const dy = { centre: 0, right: 0, left: 0, above: -gap - height / 2, below: gap + height / 2, 'above-right': -gap - height / 2, 'below-right': gap + height / 2, 'above-left': -gap - height / 2, 'below-left': gap + height / 2 }[place];
  const anchor = place.endsWith('left') ? 'end' : place === 'above' || place === 'below' || place === 'centre' ? 'middle' : 'start';
  const left = anchor === 'start' ? request.x + dx : anchor === 'end' ? request.x + dx - width : request.x + dx - width / 2;
  const centre = request.y + dy;
  return {
    x: anchor === 'start' ? left : anchor === 'end' ? left + width : request.x + dx,
    // The first line's baseline.
    y: centre - height / 2 + request.size * (LINE_HEIGHT / 2 + 0.35),
    anchor,
    box: { x: left, y: centre - height / 2, width, height },
  };
}

/** The label moved the least needed to lie inside the frame (a label by a point at the edge). */
function inFrame(label: Omit<PlacedLabel, 'at'>, frame: Box): Omit<PlacedLabel, 'at'> {
  const { box } = label;
  const dx = Math.max(frame.x - box.x, 0) + Math.min(frame.x + frame.width - (box.x + box.width), 0);
  const dy = Math.max(frame.y - box.y, 0) + Math.min(frame.y + frame.height - (box.y + box.height), 0);
  return { ...label, x: label.x + dx, y: label.y + dy, box: { ...box, x: box.x + dx, y: box.y + dy } };
}

/**
 * Places every label, or throws naming the one that fits nowhere (so a map that cannot be labelled
 * stops the build rather than hiding a name). `frame` is the drawing's box; `obstacles` are boxes to keep clear.
 */
export function placeLabels(requests: readonly LabelRequest[], frame: Box, obstacles: readonly Box[] = []): PlacedLabel[] {
  const marks = requests.filter((request) => !request.centred).map((request) => ({ x: request.x - 3, y: request.y - 3, width: 6, height: 6 }));
  const taken: Box[] = [...obstacles];
  return requests.map((request) => {
    // Every point, its own included: a label moved in from the edge must not cover its own dot.
    const others = marks;
    // Close to a point first, at every point the label may stand by, before further away.
    const anchors = [request, ...(request.alternatives ?? []).map((point) => ({ ...request, ...point }))];
    // A centred label may slide along its width, so that its point stays under the text.
    const tries = request.centred
      ? anchors.flatMap((at) => centredShares.map((share) => [at, 'centre', share] as const))
      : [0.55, 1.6].flatMap((factor) => anchors.flatMap((at) => places.map((place) => [at, place, request.size * factor] as const)));
    for (const [at, place, gap] of tries) {
      if (request.avoid?.some((avoided) => place.includes(avoided))) continue;
      const candidateLabel = candidate(at, place, gap);
      // A centred label stays on its point: it is not moved in from the edge.
      const label = request.centred ? candidateLabel : inFrame(candidateLabel, frame);
      const { box } = label;
      const inside = box.x >= frame.x && box.y >= frame.y && box.x + box.width <= frame.x + frame.width && box.y + box.height <= frame.y + frame.height;
      const clear = !taken.some((other) => overlaps(box, other)) && !others.some((mark) => overlaps(box, mark)) && !request.clearOf?.some((other) => overlaps(box, other));
      if (inside && clear) {
        taken.push(box);
        return { ...label, at: { x: at.x, y: at.y } };
      }
    }
    throw new Error(`The map label "${request.text}" fits nowhere without overlapping another; shorten it or move the map's frame.`);
  });
}
