import type { APIRoute } from 'astro';
import { APP_COLORS, APP_ICONS } from '../lib/preview/app-icons.ts';
import { homeUrl, withBase } from '../lib/urls.ts';

// The web app manifest: lets browsers install the site, which opens at its home page under the site's base.
export const GET: APIRoute = () =>
	new Response(
		JSON.stringify({
			id: homeUrl(),
			name: 'Waymark',
			short_name: 'Waymark',
			description: 'Learning roadmaps to search, link, plan and read offline.',
			start_url: homeUrl(),
			scope: homeUrl(),
			display: 'standalone',
			theme_color: APP_COLORS.theme,
			background_color: APP_COLORS.background,
			icons: APP_ICONS.map(({ name, size, purpose }) => ({ src: withBase(`/icons/${name}.png`), sizes: `${size}x${size}`, type: 'image/png', purpose })),
		}),
		{ headers: { 'Content-Type': 'application/manifest+json' } },
	);
