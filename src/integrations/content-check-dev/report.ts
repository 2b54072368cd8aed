// The dev server's view of the content check (src/integrations/content-check-dev.ts): the report, Astro's error overlay
// and the page shown instead of any page while the content has problems.
import { resolve } from 'node:path';
import { checkContent } from '../../lib/checks/content-check.ts';
import { type ContentProblem, formatProblem } from '../../lib/checks/friendly-errors.ts';

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
