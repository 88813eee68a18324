import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's order (larger files first, or slower ones once it has timings), except that the files
 * named here start first. They spend most of their time waiting rather than computing (Lighthouse
 * waits for each page to go quiet), so started first their waiting overlaps with files that compute;
 * started last, as their size would place them, they leave a core idle at the end of the run.
 */
export function waitingFirst(patterns: RegExp[]) {
  return class WaitingFirstSequencer extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      const sorted = await super.sort(files);
      const waits = (file: TestSpecification) => patterns.some((pattern) => pattern.test(file.moduleId));
      return [...sorted.filter(waits), ...sorted.filter((file) => !waits(file))];
    }
  };
}
