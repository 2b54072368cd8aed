import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { contentDigest } from '../../lib/build/file-memo.ts';
import { APP_ICONS, appIconPng, faviconSvg } from '../../lib/preview/app-icons.ts';

// Rasterising the three icons took a third of a second of every build: a rebuild copies them unless the favicon changed.
export const getStaticPaths = (() => {
	const favicon = faviconSvg();
	return APP_ICONS.map((icon) => ({ params: { icon: icon.name }, props: { icon, favicon }, cacheKey: contentDigest(favicon) }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => new Response(new Uint8Array(appIconPng(props.icon, props.favicon)), { headers: { 'Content-Type': 'image/png' } });
