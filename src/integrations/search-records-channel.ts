/**
 * How the search records travel from the prerendered pages to the Pagefind integration.
 *
 * The records are made from the content model, which needs `astro:content`: that runs only inside the
 * bundle Astro builds for prerendering, not in an integration hook. Astro 7's default prerenderer imports that bundle into
 * the build's own Node process (`createDefaultPrerenderer` in astro/dist/core/build), so both sides
 * share one `globalThis`, but not one module instance: the bundle carries its own copy of this
 * file. `Symbol.for` names the same slot from either copy. The records never touch `dist/`.
 *
 * Alternatives weighed: an endpoint written into `dist/` and read back (the old way: a stray file
 * and a disk round trip); wrapping the prerenderer with `setPrerenderer` to render the records
 * route in memory (Astro keeps one prerenderer, so it would silently displace an adapter's). An
 * adapter that prerenders in another runtime (workerd) breaks this hand-off too, but loudly:
 * the integration stops the build when no records arrived.
 */
import type { SearchRecord } from '../site/search-records.ts';

const slot = Symbol.for('duiding.search-records');
const shared = globalThis as typeof globalThis & { [slot]?: Promise<SearchRecord[]> };

/** Called in the prerender bundle: hands over the records being made. */
export function publishSearchRecords(records: Promise<SearchRecord[]>): void {
  // A failure here is the content's failure, which the pages report with the file, field and fix;
  // left unhandled, this copy of the rejection would end the process before they could.
  records.catch(() => {});
  shared[slot] = records;
}

/** Called by the integration: takes the records this build published, if any, and clears the slot. */
export function takeSearchRecords(): Promise<SearchRecord[]> | undefined {
  const records = shared[slot];
  delete shared[slot];
  return records;
}

/** Forgets records left by an earlier build in the same process. */
export function clearSearchRecords(): void {
  delete shared[slot];
}
