import { fileURLToPath } from 'node:url';

/** The project root and its folders, for tests that read content or fixtures. */
export const root = fileURLToPath(new URL('../../', import.meta.url));
export const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const sourceArticle = `${fixtures}source/article-2023-05-drones-moskou.txt`;
export const articleFile = `${root}content/articles/drones-moskou-witte-huis.md`;
