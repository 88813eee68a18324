/**
 * The articles' loader: Astro's glob loader would render every Markdown body with Astro's own
 * Markdown pipeline while syncing, and nobody reads that HTML (articles go through
 * src/markdown/processor.ts once, in the content model). This loader only reads each file once,
 * splits off the YAML frontmatter and stores data and body, the way Starlight wraps its own loaders.
 *
 * The body keeps its place in the file: the frontmatter's lines become empty lines, so a line
 * number in the body is the line in the file (as Astro's `empty-with-lines` frontmatter mode does).
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { load as loadYaml, YAMLException } from 'js-yaml';

/** The frontmatter fence Astro accepts: `---` on the first line (after a BOM or blank lines), then `---`. */
const frontmatterFence = /^(\uFEFF?\s*\n?)---(\r?\n[\s\S]*?\r?\n|\r?\n)---[^\S\r\n]*(?=\r?\n|$)/;

/** An article file's id is its name, and the name is its URL: lower-case words joined by hyphens. */
const fileName = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

/** Frontmatter data and body of one Markdown file; the body keeps its lines. Throws with the file and the fix. */
export function splitFrontmatter(contents: string, file: string): { data: Record<string, unknown>; body: string } {
  const fence = frontmatterFence.exec(contents);
  if (!fence) throw new Error(`${file}: the file has no frontmatter. Start it with a line "---", the fields, and another "---".`);
  let data: unknown;
  try {
    data = loadYaml(fence[2] as string);
  } catch (error) {
    const linesBefore = (fence[1] as string).split('\n').length - 1;
    const where = error instanceof YAMLException && error.mark ? ` (line ${linesBefore + error.mark.line + 1})` : '';
    throw new Error(`${file}: the frontmatter is not valid YAML${where}: ${(error as Error).message.split('\n')[0]}. Fix the YAML between the two "---" lines.`);
  }
  const body = contents.slice(fence[0].length);
  return { data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, body: fence[0].replace(/[^\n]/g, '') + body };
}

/** Loads `*.md` files from one folder as entries with data and body, never rendered. */
export function articleLoader(options: { base: string }): Loader {
  return {
    name: 'duiding-articles',
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const folder = resolve(root, options.base);

      async function sync(path: string) {
        const file = relative(root, path);
        const name = basename(path);
        if (!fileName.test(name)) {
          throw new Error(`${file}: an article's file name is its URL, so it must be lower-case letters, digits and hyphens ending in .md (e.g. drones-moskou-witte-huis.md). Rename the file.`);
        }
        const contents = await readFile(path, 'utf8');
        const id = name.slice(0, -'.md'.length);
        const digest = context.generateDigest(contents);
        if (context.store.get(id)?.digest === digest) return;
        const { data, body } = splitFrontmatter(contents, file);
        context.store.set({ id, data: await context.parseData({ id, data, filePath: path }), body, filePath: file, digest });
      }

      const names = (await readdir(folder)).filter((name) => name.endsWith('.md'));
      const ids = new Set(names.map((name) => name.slice(0, -'.md'.length)));
      for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
      for (const name of names) await sync(join(folder, name));

      // `astro dev`: keep the collection in step with the folder.
      const inFolder = (path: string) => path.startsWith(folder) && path.endsWith('.md');
      context.watcher?.on('add', (path) => inFolder(path) && void sync(path));
      context.watcher?.on('change', (path) => inFolder(path) && void sync(path));
      context.watcher?.on('unlink', (path) => inFolder(path) && context.store.delete(basename(path, '.md')));
    },
  };
}
