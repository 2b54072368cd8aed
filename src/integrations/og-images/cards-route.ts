import type { APIRoute } from 'astro';
import { ogImages } from '../../lib/preview/og-cards.ts';
import { getSiteModel } from '../../lib/model/site.ts';

// A build's list of preview images and their cards, which the og-images integration writes after the pages.
export const GET: APIRoute = async () => Response.json(ogImages(await getSiteModel()));
