import { describe, expect, test } from 'vitest';
import { overlaps, placeLabels, textWidth } from '../../../src/geo/label-layout.ts';

const frame = { x: 0, y: 0, width: 200, height: 100 };

describe('label layout', () => {
  test('labels of points close together go to different sides, and none overlaps another', () => {
    const placed = placeLabels(
      [
        { x: 100, y: 50, text: 'Moskou', size: 13 },
        { x: 104, y: 52, text: 'Kremlin', size: 13 },
        { x: 96, y: 48, text: 'Rusland', size: 13 },
      ],
      frame,
    );
    for (const [index, one] of placed.entries()) {
      for (const other of placed.slice(index + 1)) expect(overlaps(one.box, other.box)).toBe(false);
    }
    expect(new Set(placed.map((label) => `${label.anchor}${Math.sign(label.box.y - 50)}`)).size).toBe(3);
  });

  test('a label at the edge moves inside the frame', () => {
    const [label] = placeLabels([{ x: 198, y: 2, text: 'Washington', size: 13 }], frame);
    expect(label?.box.x).toBeGreaterThanOrEqual(0);
    expect(label?.box.y).toBeGreaterThanOrEqual(0);
    expect((label?.box.x ?? 0) + (label?.box.width ?? 0)).toBeLessThanOrEqual(200);
  });

  test('a label that fits nowhere stops the build, naming it', () => {
    const tiny = { x: 0, y: 0, width: 30, height: 20 };
    expect(() => placeLabels([{ x: 15, y: 10, text: 'Russische grensregio’s', size: 13 }], tiny)).toThrow('The map label "Russische grensregio’s" fits nowhere');
  });

  test('a centred label stays on its point (or the alternative it takes), sliding along its width, and keeps clear of given boxes', () => {
    const [alone] = placeLabels([{ x: 100, y: 50, text: 'zo’n 300 km', size: 13, centred: true }], frame);
    expect(alone?.anchor).toBe('middle');
    expect(alone?.box.x).toBeCloseTo(100 - (alone?.box.width ?? 0) / 2);
    expect((alone?.box.y ?? 0) + (alone?.box.height ?? 0) / 2).toBeCloseTo(50);
    // A line just right of the point: the label slides left so the line misses it, its point still under the text.
    const line = [{ x: 125, y: 0, width: 2, height: 100 }];
    const [slid] = placeLabels([{ x: 100, y: 50, text: 'zo’n 300 km', size: 13, centred: true, clearOf: line }], frame);
    expect(overlaps(slid?.box ?? line[0]!, line[0]!)).toBe(false);
    expect(slid?.box.x).toBeLessThan(100);
    expect((slid?.box.x ?? 0) + (slid?.box.width ?? 0)).toBeGreaterThan(100);
    // Nowhere at its point: it takes its alternative, and says so.
    const [moved] = placeLabels([{ x: 100, y: 50, text: 'zo’n 300 km', size: 13, centred: true, clearOf: [{ x: 0, y: 40, width: 200, height: 20 }], alternatives: [{ x: 100, y: 80 }] }], frame);
    expect(moved?.at).toEqual({ x: 100, y: 80 });
  });

  test('a label in lines is as tall as its lines and as wide as the longest', () => {
    const [label] = placeLabels([{ x: 100, y: 50, text: 'meer dan 250 km volgens het artikel', lines: ['meer dan 250 km', 'volgens het', 'artikel'], size: 10, centred: true }], frame);
    expect(label?.box.height).toBeCloseTo(3 * 10 * 1.25);
    expect(label?.box.width).toBeCloseTo(textWidth('meer dan 250 km', 10));
  });

  test('widths are estimated generously: wider per character than the text is tall', () => {
    expect(textWidth('Moskou', 13)).toBeGreaterThan(6 * 13 * 0.6);
  });
});
