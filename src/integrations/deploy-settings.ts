/**
 * Warns at the end of `astro build` about settings a public deployment needs and a local build
 * may leave out: without DUIDING_CONTACT the about page tells readers that no address is set,
 * so nobody can report an error or ask for a text to be taken down.
 */
import type { AstroIntegration } from 'astro';

export default function deploySettings(): AstroIntegration {
  return {
    name: 'duiding:deploy-settings',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!process.env.DUIDING_CONTACT?.trim()) {
          logger.warn('DUIDING_CONTACT is not set: the about page says no contact address is set. Set it to where readers report errors (e.g. DUIDING_CONTACT=redactie@example.org) before publishing.');
        }
      },
    },
  };
}
