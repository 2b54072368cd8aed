// The only way the site is built: validate content, build into a staging folder, check the result,
// and only then replace dist/. A failure at any step leaves the previous dist/ exactly as it was.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { AnchorPage } from '../src/lib/anchors/published-anchors.ts';
import type { StoredPageScan } from '../src/lib/build/built-site.ts';
import { cacheDir, contentDir } from '../src/lib/build/content-dir.ts';
import type { StoredYaml } from '../src/lib/checks/frontmatter.ts';
import type { BodyCheck } from '../src/lib/checks/mdx-check.ts';
import type { FragmentSummary } from '../src/lib/search/pagefind-fragment.ts';
import { basePath, siteUrlProblem } from '../src/lib/build/site-config.ts';
import { CONTENT_FACTS, FACTS_BY_MESSAGE, PAGES_INDEXED } from '../src/lib/build/astro-messages.ts';
import { contentFacts } from '../src/lib/build/content-facts.ts';
import { contentInputs, readPublishedInputs, unchangedRoadmaps, writePublishedInputs } from '../src/lib/build/published-inputs.ts';
import { droppedUrls, formatManifest, parseManifest } from '../src/lib/build/url-manifest.ts';
import { phaseUrl, roadmapUrl, withBase, withoutBase } from '../src/lib/urls.ts';

const outDir = resolve(process.env['WAYMARK_OUT_DIR'] ?? 'dist');
const workDir = resolve('.work');
const staging = join(workDir, `staging-${process.pid}`);
const manifestFile = join(contentDir, 'published-urls.txt');
const publishedInputsFile = join(cacheDir, 'waymark-published-inputs.json');
const anchorManifestFile = join(contentDir, 'published-anchors.txt');
const show = (path: string) => relative(process.cwd(), path);

function fail(lines: string[], summary: string): never {
	for (const line of lines) console.error(line);
	console.error(`\n✖ ${summary}\n  ${show(outDir)}/ was left untouched.`);
	rmSync(staging, { recursive: true, force: true });
	process.exit(1);
}

// 0. Where the site is published: canonical URLs and link previews need its public origin.
const siteProblem = siteUrlProblem(process.env);
if (siteProblem) {
	console.error(siteProblem);
	process.exit(1);
}
const base = basePath(process.env);

// 1. Astro builds into staging while the content is checked: the check runs on this process's core, Astro mostly on
// another. Astro's output is held back until the check passes; if it fails, Astro is stopped and its half-built staging
// folder deleted, and the check's problems are all the author sees. The same Node that runs this script runs Astro
// (>= 22.12 via the node devDependency).
mkdirSync(workDir, { recursive: true });
const astro = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
	stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
	env: { ...process.env, WAYMARK_OUT_DIR: staging, [FACTS_BY_MESSAGE]: '1', ASTRO_TELEMETRY_DISABLED: '1', ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
});
const held: Array<[NodeJS.WriteStream, Buffer]> = [];
let holding = true;
for (const [from, to] of [[astro.stdout!, process.stdout], [astro.stderr!, process.stderr]] as const) {
	from.on('data', (chunk: Buffer) => (holding ? held.push([to, chunk]) : to.write(chunk)));
}
const astroExit = new Promise<number | null>((done) => astro.on('close', done));
const pagesIndexed = new Promise<void>((done) => astro.on('message', (message) => message === PAGES_INDEXED && done()));

// The checks' code loads once Astro is on its way: most of a second (zod, YAML, MDX's parser) that Astro's start,
// which every later step waits on, need not wait for.
const { checkContent } = await import('../src/lib/checks/content-check.ts');
const { formatProblem } = await import('../src/lib/checks/friendly-errors.ts');
const { fileMemo, memoFolder } = await import('../src/lib/build/file-memo.ts');
const { brokenLinks, builtFiles, readBuiltSite, servedFiles } = await import('../src/lib/build/built-site.ts');
const { completeOfflineLists } = await import('../src/integrations/offline.ts');
const { droppedAnchors, formatAnchorManifest, publishedAnchors } = await import('../src/lib/anchors/published-anchors.ts');
const { fragmentSummariesFolder } = await import('../src/lib/search/pagefind-fragment.ts');

// 2. Content: every problem in every file.
const bodyChecks = fileMemo<BodyCheck>(memoFolder('body-checks'));
const storedYaml = fileMemo<StoredYaml>(memoFolder('frontmatter'));
const { problems, filesChecked, content } = checkContent(contentDir, process.cwd(), { bodyChecks, storedYaml, placeholders: true });
bodyChecks.save();
storedYaml.save();
if (problems.length > 0) {
	astro.kill();
	await astroExit;
	const files = new Set(problems.map((p) => p.file)).size;
	fail(problems.map(formatProblem), `${problems.length} content problem${problems.length === 1 ? '' : 's'} in ${files} of ${filesChecked} files. Nothing was built.`);
}
console.log(`✔ ${filesChecked} content files are valid.`);
// An Astro that has stopped already cannot take them: its exit code tells why (below).
const inputs = contentInputs(contentDir);
const unchanged = { dir: outDir, roadmaps: unchangedRoadmaps(inputs, readPublishedInputs(publishedInputsFile), outDir) };
astro.send({ type: CONTENT_FACTS, facts: { ...contentFacts(content), unchanged } }, () => {});
holding = false;
for (const [to, chunk] of held.splice(0)) to.write(chunk);

// 3. Links: every internal link and #anchor must resolve inside the new build, and every link must be a safe URL.
// Pages are read by site path (as published-urls.txt lists them), their links by where they lead under the base. They
// are checked as soon as they are final (see PAGES_INDEXED), while Astro writes word search: a link to a file Astro had
// not written by then is checked again once it is done. The scans of the build before load while Astro still works.
const scans = fileMemo<StoredPageScan>(memoFolder('page-scans'));
// Astro's word search saves these, after reading every fragment; the offline lists only read them.
const fragments = fileMemo<FragmentSummary>(fragmentSummariesFolder());
const astroFailed = () => fail([], 'astro build failed (see the error above).');
const stoppedFirst = await Promise.race([pagesIndexed.then(() => false), astroExit.then(() => true)]);
if (stoppedFirst && (await astroExit) !== 0) astroFailed();
const files = builtFiles(staging);
const pages = readBuiltSite(staging, scans, files);
scans.save();
const brokenSoFar = brokenLinks(pages, base, servedFiles(files));

// Offline lists: each roadmap's pages, the files they load (read in the same pass as the links) and the search index.
let lists: ReturnType<typeof completeOfflineLists> = [];
let offlineProblem: Error | undefined;
try {
	lists = completeOfflineLists(staging, base, new Map(pages.map((p) => [withBase(p.url, base), p])), fragments);
} catch (error) {
	offlineProblem = error as Error;
}

if ((await astroExit) !== 0) astroFailed();
const broken = brokenSoFar.length === 0 ? [] : brokenLinks(pages, base, servedFiles(builtFiles(staging)));
if (broken.length > 0) {
	fail(
		broken.map((b) => `${b.page}  links to ${b.href}: ${b.reason}`),
		`${broken.length} broken link${broken.length === 1 ? '' : 's'}.`,
	);
}
console.log(`✔ ${pages.reduce((n, p) => n + p.links.length, 0)} links on ${pages.length} pages resolve.`);
if (offlineProblem) fail([offlineProblem.message], 'a roadmap could not be made available offline.');
const largest = Math.max(0, ...lists.map((list) => list.bytes));
console.log(`✔ ${lists.length} roadmap${lists.length === 1 ? '' : 's'} can be saved for offline reading (the largest is ${(largest / 1024).toFixed(0)} kB).`);

// 4. URL permanence: nothing published before may disappear without an alias.
const manifest = existsSync(manifestFile) ? parseManifest(readFileSync(manifestFile, 'utf8')) : [];
const served = new Set(pages.map((p) => p.url));
const dropped = droppedUrls(manifest, served, show(manifestFile));
if (dropped.length > 0) {
	fail(
		dropped.map((d) => `${show(manifestFile)}  ${d.url} was published but this build no longer serves it.  fix: ${d.fix}`),
		`${dropped.length} published URL${dropped.length === 1 ? '' : 's'} would break.`,
	);
}

// 5. Anchor permanence: every published #anchor of a roadmap or phase body still lands on a heading.
const anchorManifest = existsSync(anchorManifestFile) ? parseManifest(readFileSync(anchorManifestFile, 'utf8')) : [];
const bodies = [...content.roadmaps.map((r) => ({ url: roadmapUrl(r.id), file: r.file })), ...content.phases.map((p) => ({ url: phaseUrl(p.roadmap, p.id), file: p.file }))];
const headingsByUrl = new Map(pages.map((p) => [p.url, p.headings]));
const anchorPages = new Map<string, AnchorPage>(bodies.map(({ url, file }) => [url, { file, headings: headingsByUrl.get(url) ?? [] }]));
const redirects = new Map(
	pages.flatMap((p) => {
		const to = p.redirectTo && withoutBase(p.redirectTo, base);
		return to ? [[p.url, to] as const] : [];
	}),
);
const droppedAnchorList = droppedAnchors(anchorManifest, anchorPages, redirects, show(anchorManifestFile));
if (droppedAnchorList.length > 0) {
	fail(
		droppedAnchorList.map((d) => `${d.file}  ${d.anchor} was published but no heading on the page has that ID any more.  fix: ${d.fix}`),
		`${droppedAnchorList.length} published anchor${droppedAnchorList.length === 1 ? '' : 's'} would break.`,
	);
}

// 6. Swap the new build in, then record what is now published. The previous build is deleted by a detached process:
// at thousands of pages that takes seconds nobody needs to wait for (a deletion that was cut short is finished here).
const previous = join(workDir, `previous-${process.pid}`);
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
writePublishedInputs(publishedInputsFile, { dir: outDir, inputs });
const previousBuilds = readdirSync(workDir).filter((name) => name.startsWith('previous-')).map((name) => join(workDir, name));
if (previousBuilds.length > 0) {
	const remove = 'for (const dir of process.argv.slice(1)) require("node:fs").rmSync(dir, { recursive: true, force: true })';
	spawn(process.execPath, ['-e', remove, ...previousBuilds], { detached: true, stdio: 'ignore' }).unref();
}
const published = pages.filter((p) => p.url !== '/404.html').map((p) => p.url);
writeFileSync(manifestFile, formatManifest([...manifest, ...published]));
const anchors = new Set([...anchorManifest, ...publishedAnchors(anchorPages)]);
writeFileSync(anchorManifestFile, formatAnchorManifest(anchors));
console.log(`✔ Built ${pages.length} pages into ${show(outDir)}/ (${show(manifestFile)} lists ${new Set([...manifest, ...published]).size} URLs).`);
console.log(`✔ ${show(anchorManifestFile)} lists ${anchors.size} heading anchors.`);
