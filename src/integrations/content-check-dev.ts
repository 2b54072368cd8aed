import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';

/** Requests for pages, as opposed to the scripts, styles and images a page loads. */
const isPageRequest = (req: IncomingMessage) =>
	(req.method === 'GET' || req.method === 'HEAD') && (req.headers['sec-fetch-dest'] === 'document' || (req.headers.accept ?? '').includes('text/html'));

// Saving in an editor can fire several events (write, rename, attributes); one check after the last is enough.
const SETTLE_MS = 50;
// Longer than the content layer takes to render and store a saved file (its store is written 0.5 s after the last change).
const STORE_WAIT_MS = 3_000;

/**
 * `npm run dev` checks content as `npm run build` does: on start and on every save under the content folder, the
 * whole check runs; problems go to the terminal in the build's form and to the browser, as Astro's error overlay in
 * open tabs and as a page listing them instead of any page requested meanwhile. Fixing the file reloads the pages.
 * Without it, Astro reports only schema errors, in its own words, and keeps serving the last valid content.
 */
export default function contentCheckDev(contentDir: string): AstroIntegration {
	return {
		name: 'waymark:content-check',
		hooks: {
			'astro:server:setup': async ({ server, logger }) => {
				// The check's code (schemas, YAML, MDX's parser) loads in dev only: a build loads everything the config
				// imports before it starts, and never runs this.
				const { devContentReport, overlayError, problemPage } = await import('./content-check-dev/report.ts');
				const root = server.config.root;
				const hot = server.environments.client.hot;
				let report = devContentReport(contentDir, root);
				const showProblems = () => {
					logger.error([report.summary, ...report.lines].join('\n'));
					hot.send({ type: 'error', err: overlayError(report, root) });
				};
				if (report.problems.length > 0) showProblems();

				// Pages wait for a check under way, so that none is served from the content as it was before the save.
				let checked: Promise<void> = Promise.resolve();
				let release: (() => void) | undefined;
				let timer: ReturnType<typeof setTimeout> | undefined;
				const recheck = () => {
					const before = report;
					try {
						report = devContentReport(contentDir, root);
					} catch (error) {
						// A file can vanish between listing and reading while an editor replaces it; the next event checks again.
						logger.warn(`content check interrupted: ${(error as Error).message}`);
					} finally {
						release?.();
						release = undefined;
					}
					if (report === before) return;
					if (report.problems.length > 0) showProblems();
					else if (before.problems.length > 0) {
						logger.info(report.summary);
						// The fix reaches pages through the content layer, which renders the saved body and stores it. Reloading
						// before that would show the page from the store as it was before the save, so the reload waits for the
						// store to be written; a fix that leaves the store as it was (the file saved back to its last valid
						// text) writes nothing, and reloads after a while instead.
						reloadWhenStored();
					}
				};
				let fallback: ReturnType<typeof setTimeout> | undefined;
				const reload = () => {
					clearTimeout(fallback);
					fallback = undefined;
					hot.send({ type: 'full-reload', path: '*' });
				};
				const reloadWhenStored = () => {
					clearTimeout(fallback);
					fallback = setTimeout(reload, STORE_WAIT_MS);
				};
				// Astro's dev data store, which it writes after the content layer has stored a change.
				const dataStore = resolve(root, '.astro', 'data-store.json');
				const onStoreWritten = (path: string) => {
					if (fallback && resolve(path) === dataStore) reload();
				};
				server.watcher.on('add', onStoreWritten);
				server.watcher.on('change', onStoreWritten);
				server.watcher.add(contentDir);
				server.watcher.on('all', (_event, path) => {
					if (!resolve(path).startsWith(contentDir + sep)) return;
					if (!release) checked = new Promise((done) => (release = done));
					clearTimeout(timer);
					timer = setTimeout(recheck, SETTLE_MS);
				});

				server.middlewares.use(async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
					if (!isPageRequest(req)) return next();
					await checked;
					if (report.problems.length === 0) return next();
					const html = problemPage(report, root);
					res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html) });
					res.end(req.method === 'HEAD' ? undefined : html);
				});
			},
		},
	};
}
