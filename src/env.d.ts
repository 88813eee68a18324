/** What the middleware (src/middleware.ts) puts on every request. */
declare namespace App {
  interface Locals {
    /** The page's interface language. */
    locale: import('./i18n/routes.ts').Locale;
    /** Translations in that language. */
    t: import('./i18n/index.ts').Translate;
  }
}
