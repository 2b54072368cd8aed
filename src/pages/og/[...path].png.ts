import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { ogImages } from '../../lib/preview/og-cards.ts';
import { ogCacheKey, ogImage } from '../../lib/preview/og-image.ts';
import { getSiteModel } from '../../lib/model/site.ts';

// 1200×630 link-preview images, rendered at build time (and cached across builds) at the URLs `ogImageUrl` gives. An
// incremental build copies an image whose card is unchanged from the build before.
export const getStaticPaths = (async () => {
	const site = await getSiteModel();
	return ogImages(site).map(({ path, card }) => ({ params: { path }, props: { card }, cacheKey: ogCacheKey(card) }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
	new Response(new Uint8Array(await ogImage(props.card)), { headers: { 'Content-Type': 'image/png' } });
