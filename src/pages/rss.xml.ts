import type { APIContext } from 'astro';
import { articleFeed } from '../site/feed.ts';

export const GET = ({ site }: APIContext) => articleFeed('nl', site);
