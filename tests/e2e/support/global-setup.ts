/**
 * Builds the site once with the real build command into a temporary folder, serves it with
 * `astro preview` on a free port of 127.0.0.1, and hands the tests its address.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { root } from '../../support/paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    outDir: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export default async function setup(project: TestProject) {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const work = mkdtempSync(join(tmpdir(), 'duiding-e2e-'));
  const outDir = join(work, 'dist');
  const built = spawnSync(process.execPath, [join(root, 'src/cli/build.ts'), '--out-dir', outDir], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`The site did not build:\n${built.stdout}\n${built.stderr}`);

  const port = await freePort();
  const server = await preview({ root, outDir, logLevel: 'warn', server: { host: '127.0.0.1', port } });
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  project.provide('outDir', outDir);

  return async () => {
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  };
}
