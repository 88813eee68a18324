import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's order (larger files first, or slower ones once this machine has timings), except that
 * the files matched by `first` start first, in the order given: the longest ones, so the run ends
 * with short files on both cores instead of one long file on one core. On a fresh clone Vitest has
 * no timings and would go by size, which puts Lighthouse (a small file that mostly waits) and the
 * accessibility pages (a short list of long checks) last. The files matched by `last` start last:
 * files that wait for work begun with the run (the type check), so that they find it done instead
 * of holding a worker while it runs.
 */
export function ordered({ first, last }: { first: RegExp[]; last: RegExp[] }) {
  return class OrderedSequencer extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      const sorted = await super.sort(files);
      const rank = (file: TestSpecification) => {
        if (last.some((pattern) => pattern.test(file.moduleId))) return first.length + 1;
        const index = first.findIndex((pattern) => pattern.test(file.moduleId));
        return index === -1 ? first.length : index;
      };
      // Array.prototype.sort is stable: the rest keep Vitest's order.
      return sorted.sort((a, b) => rank(a) - rank(b));
    }
  };
}
