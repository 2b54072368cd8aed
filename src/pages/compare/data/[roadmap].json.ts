import type { APIRoute, GetStaticPaths } from 'astro';
import { compareData } from '../../../lib/model/compare.ts';
import { getSiteModel, renderKeyedRoadmapPaths } from '../../../lib/model/site.ts';

// What /compare/?a=…&b=… reads to compare any two roadmaps: one small file per roadmap, never one per pair.
export const getStaticPaths = renderKeyedRoadmapPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const site = await getSiteModel();
	return Response.json(compareData(site, site.roadmap(params['roadmap']!)));
};
