/** One thing wrong with the content: where it is, which field, and what to do about it. */
export interface Problem {
  /** Path of the content file, relative to the project root. */
  file: string;
  /** The field in that file, or `body` for a Markdown body. */
  field: string;
  /** What is wrong and how to fix it, in one or two sentences. */
  message: string;
}

/** The content as the checks see it: plain data, no Astro. */
export interface Entry<Data> {
  id: string;
  /** Path relative to the project root, as Astro records it. */
  filePath: string;
  data: Data;
  body?: string;
  /** The file line the body starts on (after the frontmatter), for messages that point at a line. */
  bodyStartLine?: number;
}

/** Thrown when any check fails; its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const lines = problems.map((problem) => `  ${problem.file} → ${problem.field}: ${problem.message}`);
    super(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}. Fix and build again:\n${lines.join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
