import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's order (larger files first, or slower ones once this machine has timings), except that
 * the files named here start first, in the order given: the longest ones, so the run ends with
 * short files on both cores instead of one long file on one core. On a fresh clone Vitest has no
 * timings and would go by size, which puts Lighthouse (a small file that mostly waits) and the
 * accessibility pages (a short list of long checks) last.
 */
export function startFirst(patterns: RegExp[]) {
  return class StartFirstSequencer extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      const sorted = await super.sort(files);
      const rank = (file: TestSpecification) => {
        const index = patterns.findIndex((pattern) => pattern.test(file.moduleId));
        return index === -1 ? patterns.length : index;
      };
      // Array.prototype.sort is stable: the rest keep Vitest's order.
      return sorted.sort((a, b) => rank(a) - rank(b));
    }
  };
}
