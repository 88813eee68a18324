/**
 * Lower-case ASCII words of a text, for ids and URLs: diacritics are dropped (`Oekraïners` →
 * `oekrainers`) and every run of other characters separates words.
 */
export function slugWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
