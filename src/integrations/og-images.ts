import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type OgCard, undrawnCharacters, writeOgImage } from '../lib/preview/og-image.ts';
import { fillOgCache } from '../lib/preview/render-pool.ts';

// Written by the build's cards route, read and deleted once the images are written: never published.
const CARDS_FILE = 'og/cards.json';

/**
 * Link-preview images, 1200×630 PNGs at the URLs `ogImageUrl` gives. The dev server renders them on request. A build
 * writes them after the pages, each as a hard link to its file in the preview-image cache (rendered first if it is
 * not there, in worker threads): as Astro routes, every image cost a render and a copy into Astro's incremental cache,
 * 2.5 ms each.
 */
export default function ogImagesIntegration(): AstroIntegration {
	return {
		name: 'waymark:og-images',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				if (command === 'dev') injectRoute({ pattern: '/og/[...path].png', entrypoint: new URL('./og-images/image-route.ts', import.meta.url) });
				if (command === 'build') injectRoute({ pattern: `/${CARDS_FILE}`, entrypoint: new URL('./og-images/cards-route.ts', import.meta.url) });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const cardsFile = join(outDir, CARDS_FILE);
				const images = JSON.parse(readFileSync(cardsFile, 'utf8')) as Array<{ path: string; card: OgCard }>;
				rmSync(cardsFile);
				let rendered = await fillOgCache(images.map(({ card }) => card));
				for (const { path, card } of images) {
					const file = join(outDir, 'og', `${path}.png`);
					mkdirSync(dirname(file), { recursive: true });
					if ((await writeOgImage(card, file)) === 'rendered') rendered++;
				}
				logger.info(`Wrote ${images.length} preview images, ${rendered} of them rendered, the others from the cache.`);
				// A script Waymark ships no font for shows as boxes: say so, cached or not, rather than publish it unseen.
				const undrawn = images.flatMap(({ path, card }) => {
					const missing = undrawnCharacters(card);
					return missing.length > 0 ? [{ path, missing }] : [];
				});
				if (undrawn.length > 0) {
					const characters = [...new Set(undrawn.flatMap(({ missing }) => missing))];
					logger.warn(
						`${undrawn.length} preview images show boxes for characters no shipped font draws (${characters.slice(0, 12).join(' ')}${characters.length > 12 ? ' …' : ''}), e.g. og/${undrawn[0]!.path}.png.`,
					);
				}
			},
		},
	};
}
