/** The search page: the glossary's spellings, which the script widens each query with. */
import type { Model } from '../../model/types.ts';
import { type VariantEntry, variantEntry } from '../search-variants.ts';

export interface SearchView {
  variants: VariantEntry[];
}

export function searchView(model: Model): SearchView {
  return { variants: model.glossary.map((entry) => variantEntry(entry.data)) };
}
