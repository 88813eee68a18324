/** `getStaticPaths` for the glossary entry page in either language: one page per entry. */
import { getGlossary } from '../model/store.ts';

export async function glossaryPaths() {
  return [...(await getGlossary()).values()].map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
