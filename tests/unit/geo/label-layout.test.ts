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

  test('widths are estimated generously: wider per character than the text is tall', () => {
    expect(textWidth('Moskou', 13)).toBeGreaterThan(6 * 13 * 0.6);
  });
});
