/**
 * Warns at the end of `astro build` about settings a public deployment needs and a local build
 * may leave out:
 * - without SITE_URL every absolute URL the build writes (canonical links, hreflang alternates,
 *   Open Graph URLs and images, JSON-LD, the feeds, the sitemap, robots.txt) names the local
 *   default origin, which nobody else can open; links readers copy or share are made in the
 *   browser from the page's own origin and work anyway;
 * - without DUIDING_CONTACT the about page tells readers that no address is set, so nobody can
 *   report an error or ask for a text to be taken down.
 */
import type { AstroIntegration } from 'astro';

/** The warnings for these environment variables and the origin the build used (Astro's `site`). */
export function deployWarnings(env: Readonly<Record<string, string | undefined>>, site: string | undefined): string[] {
  const warnings: string[] = [];
  if (!env.SITE_URL?.trim()) {
    const origin = site ? new URL(site).origin : 'no origin';
    warnings.push(
      [
        `SITE_URL is not set, so this build names ${origin} as the site's address.`,
        `  Canonical links, hreflang alternates, og:url and og:image (link previews), JSON-LD, rss.xml and en/rss.xml,`,
        `  sitemap-index.xml and robots.txt all point at ${origin}, which no reader or search engine can open.`,
        `  (Links that readers copy or share use the address the page is served from, and work anyway.)`,
        `  Before publishing, build with the public origin: SITE_URL=https://duiding.example npm run build`,
      ].join('\n'),
    );
  }
  if (!env.DUIDING_CONTACT?.trim()) {
    warnings.push('DUIDING_CONTACT is not set: the about page says no contact address is set. Set it to where readers report errors (e.g. DUIDING_CONTACT=redactie@example.org) before publishing.');
  }
  return warnings;
}

export default function deploySettings(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'duiding:deploy-settings',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': ({ logger }) => {
        for (const warning of deployWarnings(process.env, site)) logger.warn(warning);
      },
    },
  };
}
