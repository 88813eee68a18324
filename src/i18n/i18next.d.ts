// Declares the resource shape so that an unknown key is a compile error (`astro check`).
import 'i18next';
import type nl from './nl.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    keySeparator: false;
    nsSeparator: false;
    resources: { translation: typeof nl };
  }
}
