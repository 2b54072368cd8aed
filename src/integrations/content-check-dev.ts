import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import { checkContent } from '../lib/checks/content-check.ts';
import { type ContentProblem, formatProblem } from '../lib/checks/friendly-errors.ts';

/** What the dev server knows about the content folder: the build's own check, in the build's words. */
export interface DevContentReport {
	problems: ContentProblem[];
	/** Each problem as the build prints it: `file:line:col  field  problem  (got …)  fix: …`. */
	lines: string[];
	/** One line: how many problems in how many files, or that every file is valid. */
	summary: string;
	/** How long the check took, in milliseconds. */
	took: number;
}

/**
 * Runs the check `npm run build` runs first (every file, then every cross-reference) over the whole content folder.
 * Checking everything, not only the saved file, is what catches the files that refer to it (a renamed topic breaks
 * the phases that list it), and it is fast enough to run on every save: about 0.1–0.3 s for the 163 files of the
 * seed site. The dev server and the tests of what `npm run new` and `npm run import` write call this same function.
 */
export function devContentReport(contentDir: string, root = process.cwd()): DevContentReport {
	const started = performance.now();
	const { problems, filesChecked } = checkContent(contentDir, root);
	const took = Math.round(performance.now() - started);
	const files = new Set(problems.map((p) => p.file)).size;
	const summary =
		problems.length === 0
			? `✔ ${filesChecked} content files are valid (checked in ${took} ms).`
			: `✖ ${problems.length} content problem${problems.length === 1 ? '' : 's'} in ${files} of ${filesChecked} files (checked in ${took} ms). Pages show this until it is fixed.`;
	return { problems, lines: problems.map(formatProblem), summary, took };
}

/**
 * The error Astro's overlay shows in every open tab (`hot.send({ type: 'error', err })`; Astro renders its own overlay
 * from it): every problem, and the first one's file, opened at its line. No stack: Astro would read the place from it.
 */
export function overlayError(report: DevContentReport, root: string) {
	const [first] = report.problems;
	const files = new Set(report.problems.map((p) => p.file)).size;
	return {
		name: 'ContentProblem',
		title: `${report.problems.length} content problem${report.problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`,
		message: report.lines.join('\n'),
		hint: 'Fix the file and save it: the page reloads by itself. `npm run check:content` lists the same problems.',
		...(first ? { loc: { file: resolve(root, first.file), line: first.line, column: first.column } } : {}),
		stack: '',
	};
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page served instead of any page while the content has problems: no page is ever shown from stale content as if
 * it were current. It lists the problems itself, opens Astro's overlay with them (the one a saved file opens in the
 * other tabs), and loads Vite's client, which reloads it once the content is fixed.
 */
export function problemPage(report: DevContentReport, root: string): string {
	const error = overlayError(report, root);
	// The overlay shows message and hint as HTML, as Astro sends them; `<` is escaped so the JSON cannot end the script.
	const overlay = JSON.stringify({ ...error, message: escapeHtml(error.message), hint: escapeHtml(error.hint) }).replace(/</g, '\\u003c');
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Content problems — Waymark dev server</title>
<link rel="icon" href="data:,">
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;color:#1e293b}pre{white-space:pre-wrap;background:#fef2f2;color:#991b1b;padding:1rem;border-radius:6px}</style>
</head>
<body>
<main>
<h1>This page is not shown: the content has problems</h1>
<p>${escapeHtml(report.summary)}</p>
<pre id="content-problems">${escapeHtml(report.lines.join('\n'))}</pre>
<p>Fix the file and save it: this page reloads by itself.</p>
</main>
<script type="module">
import '/@vite/client';
const ErrorOverlay = customElements.get('vite-error-overlay');
if (ErrorOverlay) document.body.append(new ErrorOverlay(${overlay}));
</script>
</body>
</html>
`;
}

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
			'astro:server:setup': ({ server, logger }) => {
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
