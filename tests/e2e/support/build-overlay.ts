/**
 * This project's commands as the end-to-end tests run them, in child processes: `src/cli/build.ts`
 * on the real content or on a variant of it (a copy of the real content with a fixture's files laid
 * over it), and any other Node script (`astro check`).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { root } from '../../support/paths.ts';

export interface Build {
  status: number | null;
  /** What the build printed, as a reader sees it (Astro colours its output where it detects CI). */
  output: string;
  outDir: string;
}

/**
 * What Vitest adds to the environment of its own process and its workers: its ids, and Vite's
 * `import.meta.env` (MODE is "test") copied into `process.env`. A build (or `astro check`) gets the
 * caller's environment without them, as `npm run build` would; they would also differ between the global
 * setup and a test file, and a build's incremental cache holds only for the environment that wrote it.
 */
const vitestVariables = /^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|FORCE_TTY)$/;

function buildEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !vitestVariables.test(name)));
}

/** A Node script of this project as a child process; `done` resolves with its exit status and output. */
export function runNode(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...buildEnvironment(), ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const done = new Promise<{ status: number | null; output: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: stripVTControlCharacters(output) }));
  });
  return { child, done };
}

/** Runs `src/cli/build.ts`; the caller's process goes on meanwhile. */
export async function build(content: string | undefined, cache: string, outDir: string): Promise<Build> {
  const { done } = runNode([join(root, 'src/cli/build.ts'), '--out-dir', outDir], { DUIDING_CACHE_DIR: cache, ...(content && { DUIDING_CONTENT_DIR: content }) });
  return { ...(await done), outDir };
}

/**
 * Builds the real content with the `overlays`' files laid over it (each a folder shaped like
 * content/, in order), in `work`: the copy in `work/content`, the cache in `work/cache`, the site in
 * `work/dist`.
 */
export function buildWithOverlay(overlays: string[], work: string): Promise<Build> {
  const content = join(work, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  for (const overlay of overlays) cpSync(overlay, content, { recursive: true });
  return build(content, join(work, 'cache'), join(work, 'dist'));
}

/**
 * Work the global setup starts and leaves running (`astro check`, the hostile site's build): its
 * exit status and output are written to `file` when it ends, whole, then renamed into place, so a
 * reader never sees half a report.
 */
export function reportWhenDone(done: Promise<{ status: number | null; output: string }>, file: string): void {
  void done.then(({ status, output }) => {
    writeFileSync(`${file}.part`, `${status}\n${output}`);
    renameSync(`${file}.part`, file);
  });
}

/** Waits for a report written by `reportWhenDone`: its exit status ("0" when it succeeded) and output. */
export async function readReport(file: string, timeoutMs = 120_000): Promise<{ status: string; output: string }> {
  for (const started = Date.now(); !existsSync(file); ) {
    if (Date.now() - started > timeoutMs) throw new Error(`No report in ${file} after ${timeoutMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const [status = '', ...output] = readFileSync(file, 'utf8').split('\n');
  return { status, output: output.join('\n') };
}

/** Waits for the build whose report is `file` (`reportWhenDone`), and fails with its output unless it succeeded. */
export async function waitForBuild(file: string, what: string): Promise<void> {
  const built = await readReport(file);
  if (built.status !== '0') throw new Error(`${what} did not build:\n${built.output}`);
}
