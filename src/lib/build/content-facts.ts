// What Astro's build hooks need of the content besides its collections: the URLs that only redirect (the sitemap
// leaves them out), each roadmap's language (Pagefind indexes some languages apart) and which roadmaps are unchanged
// since the published build (Pagefind reads their pages early). scripts/build.ts has checked
// every file before Astro gets that far and sends them: reading the content again in astro.config.mjs took half a
// second of Astro's start at 5,000 phases, which every later step of a build waits on.
import type { ContentSet } from '../checks/cross-references.ts';
import { siteRedirects } from '../model/redirects.ts';
import { withoutBase } from '../urls.ts';
import { CONTENT_FACTS, FACTS_BY_MESSAGE } from './astro-messages.ts';
import { publishedUrls } from './content-dir.ts';

export interface ContentFacts {
	/** Site paths (without the base) of the redirect pages. */
	redirected: string[];
	roadmaps: Array<{ id: string; language: string }>;
	/** Roadmaps whose files are those the published site in `dir` was built from (scripts/build.ts only: see published-inputs.ts). */
	unchanged?: { dir: string; roadmaps: string[] };
}

export function contentFacts(content: Pick<ContentSet, 'roadmaps' | 'phases'>, published = publishedUrls()): ContentFacts {
	return {
		redirected: siteRedirects(content.roadmaps, content.phases, published).flatMap((r) => withoutBase(r.from) ?? []),
		roadmaps: content.roadmaps.map((roadmap) => ({ id: roadmap.id, language: roadmap.data.language })),
	};
}

const isFactsMessage = (message: unknown): message is { type: string; facts: ContentFacts } =>
	typeof message === 'object' && message !== null && (message as { type?: unknown }).type === CONTENT_FACTS;

/**
 * The facts, for the build hooks to await: by message when scripts/build.ts runs Astro (the listener is set at once,
 * since the message may come before any hook), else read from `contentDir` when first awaited (an `astro build` run
 * alone, which need not be fast; `astro dev` never awaits them).
 */
export function awaitContentFacts(contentDir: string): () => Promise<ContentFacts> {
	if (process.env[FACTS_BY_MESSAGE] && process.send) {
		const received = new Promise<ContentFacts>((resolve) => {
			const listener = (message: unknown) => {
				if (!isFactsMessage(message)) return;
				// The channel keeps Astro's process alive while a listener waits on it.
				process.off('message', listener);
				resolve(message.facts);
			};
			process.on('message', listener);
		});
		return () => received;
	}
	let read: Promise<ContentFacts> | undefined;
	return () =>
		(read ??= (async () => {
			const { checkContent } = await import('../checks/content-check.ts');
			return contentFacts(checkContent(contentDir, process.cwd(), { bodies: false }).content, publishedUrls(contentDir));
		})());
}
