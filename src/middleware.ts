/**
 * Resolves each page's interface language and its translation function once per request, so
 * templates and components read `Astro.locals` instead of each taking a `locale` prop and binding
 * their own `t`. The language is the one Astro's i18n routing gives the page's URL.
 */
import { defineMiddleware } from 'astro:middleware';
import { useTranslations } from './i18n/index.ts';
import { type Locale, locales } from './i18n/routes.ts';

export const onRequest = defineMiddleware((context, next) => {
  const current = context.currentLocale;
  const locale: Locale = locales.find((candidate) => candidate === current) ?? 'nl';
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  return next();
});
