import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { APP_ICONS, appIconPng } from '../../lib/preview/app-icons.ts';

export const getStaticPaths = (() => APP_ICONS.map((icon) => ({ params: { icon: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => new Response(new Uint8Array(appIconPng(props.icon)), { headers: { 'Content-Type': 'image/png' } });
