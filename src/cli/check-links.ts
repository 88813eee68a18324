/**
 * `npm run check:links`: every internal link and `#anchor` in a built site must land
 * (src/tooling/broken-links.ts). Exits 1 and lists them when one does not.
 *
 * Usage: node src/cli/check-links.ts [DIST]   (default: dist)
 */
import { resolve } from 'node:path';
import { findBrokenLinks } from '../tooling/broken-links.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const problems = findBrokenLinks(dist);
for (const problem of problems) console.error(problem);
console.log(`${problems.length} broken link${problems.length === 1 ? '' : 's'} in ${dist}`);
process.exit(problems.length > 0 ? 1 : 0);
