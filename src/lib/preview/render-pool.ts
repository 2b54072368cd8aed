// A card takes tens of milliseconds to render on one core, and a build renders every card the cache lacks: all of
// them on a library's first build or a CI run without the cache (thousands). Those are rendered in worker threads,
// one per core: the build's own process would use one core while the other stays idle.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { cachedOgFile, defaultOgCacheDir, ogImage, type OgCard } from './og-image.ts';

/** Below this many cards, starting workers (each loads the renderers and fonts) costs more than it saves. */
const FEW_CARDS = 24;

export interface RenderPoolOptions {
	cacheDir?: string;
	/** Worker threads to render with; one per core by default. */
	threads?: number;
}

export type RenderRequest = { card: OgCard; cacheDir: string };
export type RenderReply = { ok: true } | { ok: false; message: string };

/** Renders into the preview-image cache every card it lacks (identical cards once); returns how many it rendered. */
export async function fillOgCache(cards: OgCard[], { cacheDir = defaultOgCacheDir(), threads = availableParallelism() }: RenderPoolOptions = {}): Promise<number> {
	const missing = [...new Map(cards.map((card) => [cachedOgFile(card, cacheDir), card])).entries()].filter(([file]) => !existsSync(file)).map(([, card]) => card);
	if (missing.length < FEW_CARDS || threads < 2) {
		for (const card of missing) await ogImage(card, { cacheDir });
		return missing.length;
	}
	const workers = Array.from({ length: threads }, () => new Worker(new URL('./render-worker.ts', import.meta.url)));
	let next = 0;
	try {
		await Promise.all(
			workers.map(
				(worker) =>
					new Promise<void>((done, fail) => {
						const send = () => (next < missing.length ? worker.postMessage({ card: missing[next++]!, cacheDir } satisfies RenderRequest) : done());
						worker.on('message', (reply: RenderReply) => (reply.ok ? send() : fail(new Error(reply.message))));
						worker.on('error', fail);
						worker.on('exit', (code) => fail(new Error(`A preview-image worker stopped (exit code ${code}).`)));
						send();
					}),
			),
		);
	} finally {
		await Promise.all(workers.map((worker) => worker.terminate()));
	}
	return missing.length;
}
