/** The countries content may name, as ISO 3166-1 alpha-2 (as content writes them) with Natural Earth's id (ISO 3166-1 numeric). */
export const countryCodes = { UA: '804', RU: '643', BY: '112', GB: '826', US: '840' } as const;
export type CountryCode = keyof typeof countryCodes;
export const isCountryCode = (code: string): code is CountryCode => Object.hasOwn(countryCodes, code);
