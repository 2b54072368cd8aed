import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { ogImages } from '../../lib/preview/og-cards.ts';
import { ogImage } from '../../lib/preview/og-image.ts';
import { getSiteModel } from '../../lib/model/site.ts';

// The dev server's link-preview images, rendered on request (and cached) at the URLs `ogImageUrl` gives.
export const getStaticPaths = (async () => {
	const site = await getSiteModel();
	return ogImages(site).map(({ path, card }) => ({ params: { path }, props: { card } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
	new Response(new Uint8Array(await ogImage(props.card)), { headers: { 'Content-Type': 'image/png' } });
