// One of fillOgCache's worker threads: renders the cards it is sent into the preview-image cache.
import { parentPort } from 'node:worker_threads';
import { ogImage } from './og-image.ts';
import type { RenderReply, RenderRequest } from './render-pool.ts';

parentPort!.on('message', async ({ card, cacheDir }: RenderRequest) => {
	let reply: RenderReply;
	try {
		await ogImage(card, { cacheDir });
		reply = { ok: true };
	} catch (error) {
		reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
	}
	parentPort!.postMessage(reply);
});
