import type { APIContext } from 'astro';
import { articleFeed } from '../lib/feed.ts';

export const GET = ({ site }: APIContext) => articleFeed('nl', site);
