// `npm run bench [-- --sizes 1000,5000 --runs 2]`: builds the same synthetic roadmap corpus with Waymark and with
// Starlight, alternating engines run by run, and prints pages, wall time, pages/s, peak RSS, dist/ and index size,
// with the Waymark/Starlight ratio, then times a Waymark rebuild after editing one phase. Sizes are phases, 50 to a
// roadmap (10000 is a library of 200 roadmaps in 8 tracks). Writes Markdown and JSON to .work/bench/. Not in npm test.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cacheDirFor } from '../src/lib/build/content-dir.ts';
import { defaultOgCacheDir } from '../src/lib/preview/og-image.ts';
import { corpusPages, writeStarlightCorpus, writeWaymarkCorpus } from './bench/corpus.ts';
import { describeSearchCost, searchCost } from './bench/search-bytes.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000' }, runs: { type: 'string', default: '2' } } });
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const root = resolve('.');
const work = resolve('.work/bench');
const topicIds = readdirSync('content/topics').map((f) => f.replace(/\.yaml$/, ''));
const REBUILDS = 3;
const STARLIGHT = { astro: '7.3.4', '@astrojs/starlight': '0.42.4' };

interface Run {
	engine: 'waymark' | 'starlight';
	size: number;
	pages: number;
	seconds: number;
	peakRssMb: number;
	distMb: number;
	indexMb: number;
	/** Whether the preview-image cache was empty (Waymark only). */
	ogCache?: 'cold' | 'warm';
	/** A Waymark build after editing one phase, with the content-layer cache of the build before it. */
	rebuild?: true;
}

function du(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.size;
	return readdirSync(path).reduce((sum, entry) => sum + du(join(path, entry)), 0);
}

const countPages = (dir: string): number =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

/**
 * Waits until the builds before have finished deleting the `dist/` they replaced (scripts/build.ts leaves that to a
 * detached process), so that no timed build shares the machine with that deletion.
 */
function waitForPreviousBuildsDeleted() {
	const pause = new Int32Array(new SharedArrayBuffer(4));
	while (existsSync(join(root, '.work')) && readdirSync(join(root, '.work')).some((name) => name.startsWith('previous-'))) Atomics.wait(pause, 0, 0, 200);
}

/** Runs a build under GNU time for its peak RSS (the largest process of the tree), timing the wall clock. */
function timed(args: string[], cwd: string, env: Record<string, string>) {
	const start = performance.now();
	const result = spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb=%M', process.execPath, ...args], {
		cwd,
		env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	const seconds = (performance.now() - start) / 1000;
	if (result.status !== 0) throw new Error(`build failed in ${cwd}:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
	const rss = Number(/peak-rss-kb=(\d+)/.exec(result.stderr)?.[1] ?? 0);
	return { seconds, peakRssMb: rss / 1024 };
}

function starlightProject(): string {
	const dir = join(root, 'node_modules/.cache/waymark-bench/starlight');
	if (!existsSync(join(dir, 'node_modules/@astrojs/starlight'))) {
		console.log('Installing Starlight for the comparison (once)…');
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', dependencies: STARLIGHT }, null, 2));
		const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
		if (install.status !== 0) throw new Error('npm install of Starlight failed');
	}
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ site: 'http://127.0.0.1', integrations: [starlight({ title: 'Roadmaps' })] });\n`,
	);
	mkdirSync(join(dir, 'src'), { recursive: true });
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
	return dir;
}

function benchSize(size: number): Run[] {
	const phasesPerRoadmap = 50;
	const roadmaps = Math.max(1, Math.round(size / phasesPerRoadmap));
	const pages = corpusPages(roadmaps, phasesPerRoadmap, topicIds);
	const waymarkContent = join(work, `${size}/content`);
	const waymarkOut = join(work, `${size}/waymark-dist`);
	rmSync(join(work, String(size)), { recursive: true, force: true });
	writeWaymarkCorpus(waymarkContent, pages, 'content/topics');
	const starlight = starlightProject();
	rmSync(join(starlight, 'src/content/docs'), { recursive: true, force: true });
	writeStarlightCorpus(starlight, pages);

	// The cache folder astro.config.mjs gives this content folder (only this one: others may be building too): the
	// content layer, the incremental build's pages and the build's memos.
	const contentCache = cacheDirFor(waymarkContent);
	const buildWaymark = (ogCache: 'cold' | 'warm', rebuild?: true): Run => {
		// Builds for the table start without a content-layer cache; a rebuild keeps the one the build before left.
		if (!rebuild) rmSync(contentCache, { recursive: true, force: true });
		if (ogCache === 'cold') rmSync(defaultOgCacheDir(), { recursive: true, force: true });
		waitForPreviousBuildsDeleted();
		const t = timed(['scripts/build.ts'], root, { WAYMARK_CONTENT_DIR: waymarkContent, WAYMARK_OUT_DIR: waymarkOut, SITE_URL: 'http://127.0.0.1:4321' });
		return { engine: 'waymark', size, ogCache, ...(rebuild ? { rebuild } : {}), pages: countPages(waymarkOut), ...t, distMb: du(waymarkOut) / 2 ** 20, indexMb: du(join(waymarkOut, 'pagefind')) / 2 ** 20 };
	};
	// What an author waits for after saving one phase: its text changes, nothing else does.
	const rebuildAfterEdit = (): Run => {
		appendFileSync(join(waymarkContent, 'roadmaps/roadmap-1/phase-1.mdx'), '\nOne more sentence, added after the build before.\n');
		return buildWaymark('warm', true);
	};
	const buildStarlight = (): Run => {
		rmSync(join(starlight, 'node_modules/.astro'), { recursive: true, force: true });
		rmSync(join(starlight, '.astro'), { recursive: true, force: true });
		const t = timed([join(starlight, 'node_modules/astro/bin/astro.mjs'), 'build'], starlight, {});
		const out = join(starlight, 'dist');
		return { engine: 'starlight', size, pages: countPages(out), ...t, distMb: du(out) / 2 ** 20, indexMb: du(join(out, 'pagefind')) / 2 ** 20 };
	};
	const report = (run: Run) => {
		const note = run.rebuild ? ' (rebuild after editing one phase)' : run.ogCache === 'cold' ? ' (empty preview-image cache)' : '';
		console.log(`  ${run.engine.padEnd(9)} ${size} pages requested: ${run.pages} built in ${run.seconds.toFixed(1)} s, peak RSS ${run.peakRssMb.toFixed(0)} MB${note}`);
		return run;
	};
	// The first Waymark build renders every preview image; later ones reuse them (cached by content hash), which is
	// what an author sees on every build after the first. The table compares those; the cold build is reported apart.
	const results = [report(buildWaymark('cold'))];
	for (let i = 0; i < runs; i++) results.push(report(buildStarlight()), report(buildWaymark('warm')));
	// The table's last build is Waymark's, so the first rebuild finds the content-layer cache that build left. Three
	// rebuilds, each after its own edit: on a shared machine one can be off by a fifth.
	for (let i = 0; i < REBUILDS; i++) results.push(report(rebuildAfterEdit()));
	return results;
}

const median = (xs: number[]) => {
	const sorted = [...xs].sort((a, b) => a - b);
	const middle = sorted.length / 2;
	return Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
};

const all: Run[] = [];
for (const size of sizes) {
	console.log(`Corpus of about ${size} pages, ${runs} run(s) per engine, alternating:`);
	all.push(...benchSize(size));
}

const rows = sizes.flatMap((size) => {
	const summary = (engine: Run['engine']) => {
		const mine = all.filter((r) => r.size === size && r.engine === engine && r.ogCache !== 'cold' && !r.rebuild);
		const seconds = median(mine.map((r) => r.seconds));
		return { pages: mine[0]!.pages, seconds, pagesPerSecond: mine[0]!.pages / seconds, peakRssMb: Math.max(...mine.map((r) => r.peakRssMb)), distMb: mine[0]!.distMb, indexMb: mine[0]!.indexMb };
	};
	const w = summary('waymark');
	const s = summary('starlight');
	return [{ size, waymark: w, starlight: s, ratio: { seconds: w.seconds / s.seconds, pagesPerSecond: w.pagesPerSecond / s.pagesPerSecond, peakRssMb: w.peakRssMb / s.peakRssMb, distMb: w.distMb / s.distMb, indexMb: w.indexMb / s.indexMb } }];
});

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const markdown = [
	`Machine: ${machine}. Median of ${runs} alternating run(s) per engine, each without Astro's content-layer cache; Waymark with its preview images already cached (first builds below).`,
	'',
	'| Corpus | Engine | Pages | Wall (s) | Pages/s | Peak RSS (MB) | dist/ (MB) | Search index (MB) |',
	'| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
	...rows.flatMap((r) => [
		`| ${r.size} | Waymark | ${r.waymark.pages} | ${fmt(r.waymark.seconds)} | ${fmt(r.waymark.pagesPerSecond)} | ${fmt(r.waymark.peakRssMb, 0)} | ${fmt(r.waymark.distMb)} | ${fmt(r.waymark.indexMb, 2)} |`,
		`| ${r.size} | Starlight | ${r.starlight.pages} | ${fmt(r.starlight.seconds)} | ${fmt(r.starlight.pagesPerSecond)} | ${fmt(r.starlight.peakRssMb, 0)} | ${fmt(r.starlight.distMb)} | ${fmt(r.starlight.indexMb, 2)} |`,
		`| ${r.size} | **Waymark ÷ Starlight** | | **${fmt(r.ratio.seconds, 2)}** | ${fmt(r.ratio.pagesPerSecond, 2)} | ${fmt(r.ratio.peakRssMb, 2)} | ${fmt(r.ratio.distMb, 2)} | ${fmt(r.ratio.indexMb, 2)} |`,
	]),
].join('\n');
const notes: string[] = all
	.filter((run) => run.ogCache === 'cold')
	.map((run) => `First Waymark build of the ${run.size}-page corpus, rendering every preview image: ${fmt(run.seconds)} s, peak RSS ${fmt(run.peakRssMb, 0)} MB.`);
for (const { size, waymark } of rows) {
	const rebuilds = all.filter((r) => r.size === size && r.rebuild).map((r) => r.seconds);
	const seconds = median(rebuilds);
	// Two cold builds to compare with: the table's, which reuses the preview images, and the first, with no cache at all.
	const first = all.find((r) => r.size === size && r.ogCache === 'cold')!;
	const share = (cold: number) => `${fmt((100 * seconds) / cold, 0)}%`;
	notes.push(
		`Rebuild of the ${size}-page corpus after editing one phase, with the caches of the build before: ${fmt(seconds)} s (median of ${rebuilds.map((t) => fmt(t)).join(', ')}), ` +
			`${share(waymark.seconds)} of a build with only the preview images cached (${fmt(waymark.seconds)} s), ${share(first.seconds)} of the first build, with no cache (${fmt(first.seconds)} s).`,
	);
}
if (rows.length > 1) {
	const [small, large] = [rows[0]!, rows.at(-1)!];
	notes.push(`Scaling: ${large.size} pages took ${fmt(large.waymark.seconds / small.waymark.seconds, 2)}× the time of ${small.size} with Waymark, ${fmt(large.starlight.seconds / small.starlight.seconds, 2)}× with Starlight.`);
}
// Bytes to the first search result, in Chromium: on the published site (if built) and on the largest corpus.
const firstPhase = (dist: string) => {
	// `roadmaps/index.html` (the list of roadmaps) sits beside the roadmaps' folders.
	const roadmap = readdirSync(join(dist, 'roadmaps'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()[0]!;
	const phase = readdirSync(join(dist, 'roadmaps', roadmap), { withFileTypes: true }).find((entry) => entry.isDirectory() && entry.name !== 'print');
	return `/roadmaps/${roadmap}/${phase!.name}/`;
};
// Searches on each: a name (a topic's), which title search answers first; a word only the text holds, which word
// search answers first; and on the corpus two and three such words on thousands of pages each, which word search's postings answer.
const searchSites = [
	...(existsSync('dist/index.html') ? [{ label: 'the published site', dist: 'dist', queries: ['redis', 'stateless'] }] : []),
	{ label: `the ${sizes.at(-1)}-page corpus`, dist: join(work, `${sizes.at(-1)}/waymark-dist`), queries: ['redis', 'rollback', 'rollback schema', 'cache queue worker'] },
];
for (const site of searchSites) {
	const path = firstPhase(site.dist);
	for (const query of site.queries) {
		const cost = await searchCost(site.dist, path, query);
		notes.push(`Search on ${site.label}: the phase page ${path} weighs ${fmt(cost.pageBytes / 1024)} kB; opening search and ${describeSearchCost(query, cost)} (gzipped sizes, measured in Chromium).`);
	}
}
const report = [markdown, ...notes].join('\n\n');
console.log(`\n${report}\n`);
mkdirSync(work, { recursive: true });
writeFileSync(join(work, 'results.md'), `${report}\n`);
writeFileSync(join(work, 'results.json'), JSON.stringify({ machine, runs, rows, all, notes }, null, 2));
console.log(`Written to ${join('.work/bench', 'results.md')} and results.json.`);
