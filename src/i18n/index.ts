/**
 * The one i18next instance. Components ask for a `t` bound to the page's language; they never hold
 * reader-facing text themselves. Dutch (`nl.json`) is the reference resource.
 */
import i18next, { type TFunction } from 'i18next';
import type { Locale } from './routes.ts';
import en from './en.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };

export const resources = { nl: { translation: nl }, en: { translation: en } } as const;

const i18n = i18next.createInstance();
// Resources are bundled, so initialisation is synchronous; keys are flat ("share.copied").
void i18n.init({
  resources,
  lng: 'nl',
  fallbackLng: false,
  supportedLngs: ['nl', 'en'],
  initAsync: false,
  keySeparator: false,
  nsSeparator: false,
  // Astro escapes everything it renders; escaping here too would double-escape "&" and quotes.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type Translate = TFunction<'translation'>;

/** A translation function bound to one interface language. */
export function useTranslations(locale: Locale): Translate {
  return i18n.getFixedT(locale);
}
