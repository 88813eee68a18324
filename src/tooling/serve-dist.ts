/** Serves a built site with `astro preview` on a free port of 127.0.0.1, for scripts that measure it. */
import { createServer } from 'node:net';
import { preview } from 'astro';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

export async function serveDist(root: string, outDir: string) {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const port = await freePort();
  const server = await preview({ root, outDir, logLevel: 'warn', server: { host: '127.0.0.1', port } });
  return { url: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}
