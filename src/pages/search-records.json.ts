/**
 * The search records, as a file for the build: src/cli/build.ts feeds them to Pagefind and then
 * removes this file from the site.
 */
import { searchRecords } from '../site/search-records.ts';

export async function GET() {
  return new Response(JSON.stringify(await searchRecords()));
}
