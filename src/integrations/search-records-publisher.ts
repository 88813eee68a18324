/**
 * Evaluated once in the prerender bundle (the Pagefind integration imports it into every page's
 * server code): starts making the search records and hands them to the integration.
 */
import { getModel } from '../model/store.ts';
import { searchRecordsOf } from '../site/search-records.ts';
import { publishSearchRecords } from './search-records-channel.ts';

publishSearchRecords(getModel().then(searchRecordsOf));
