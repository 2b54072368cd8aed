import type { APIRoute, GetStaticPaths } from 'astro';
import { offlinePages, type OfflineList } from '../../lib/model/offline.ts';
import { getSiteModel, renderKeyedRoadmapPaths } from '../../lib/model/site.ts';

// What "Save for offline" fetches for a roadmap. The model gives its pages; after the build, the offline integration
// (src/integrations/offline.ts) adds the files they load and the search index, which exist only once pages are built.
export const getStaticPaths = renderKeyedRoadmapPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const roadmap = (await getSiteModel()).roadmap(params['roadmap']!);
	const list: Pick<OfflineList, 'roadmap' | 'title' | 'pages'> = { roadmap: roadmap.id, title: roadmap.data.title, pages: offlinePages(roadmap) };
	return Response.json(list);
};
