// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import remarkCjkFriendly from 'remark-cjk-friendly/parseOnly';
import remarkGfm from 'remark-gfm';
import { remarkAlert } from 'remark-github-blockquote-alert';
import tailwindcss from '@tailwindcss/vite';
import contentCheckDev from './src/integrations/content-check-dev.ts';
import offline from './src/integrations/offline.ts';
import ogImages from './src/integrations/og-images.ts';
import pagefind from './src/integrations/pagefind.ts';
import rehypeBasePath from './src/plugins/rehype-base-path.ts';
import rehypeHeadingLinks from './src/plugins/rehype-heading-links.ts';
import remarkExplicitHeadingIds from './src/plugins/remark-explicit-heading-ids.ts';
import { rehypeSiteMath, remarkSiteMath } from './src/plugins/math.ts';
import rehypeTaskListCheckboxes from './src/plugins/rehype-task-list-checkboxes.ts';
import { shikiTimeLimit } from './src/plugins/shiki-time-limit.ts';
import { awaitContentFacts } from './src/lib/build/content-facts.ts';
import { cacheDir, contentDir } from './src/lib/build/content-dir.ts';
import { offlinePageUrl } from './src/lib/model/offline.ts';
import { basePath, siteUrlProblem } from './src/lib/build/site-config.ts';
import { withoutBase } from './src/lib/urls.ts';

// A build is for a public origin (SITE_URL) and path (BASE_PATH). `astro dev` and `astro check` need no origin: they
// fall back to the dev server's, which a build refuses (waymark:site-url below): previews never point at localhost.
const siteProblem = siteUrlProblem(process.env);
const site = process.env.SITE_URL && !siteProblem ? process.env.SITE_URL : 'http://127.0.0.1:4321';
const base = basePath(process.env);
// WAYMARK_OUT_DIR lets a build write elsewhere (staging for safe swaps of dist/, the fixture site, the benchmark);
// another content folder gets its own cache so that content-layer entries never mix.
const outDir = process.env.WAYMARK_OUT_DIR ?? './dist';

// Which pages redirect and the roadmaps' languages, for the hooks at the end of a build (see content-facts.ts).
const contentFacts = awaitContentFacts(contentDir);
/** Redirect pages (former URLs, `/roadmaps/`) stay out of the sitemap: search engines should only see live pages. */
let redirected = new Set();

export default defineConfig({
	site,
	base,
	outDir,
	cacheDir,
	trailingSlash: 'always',
	// Scripts and styles stay files, never inlined, so that the Content-Security-Policy in public/_headers can allow
	// only the site's own files (and hashes of the two inline scripts it cannot do without). Four pages at a time: a
	// rebuild copies most pages from the incremental build's cache, which waits on the disk; one at a time, that took
	// 5 of a 5,000-page rebuild's 25 seconds.
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	markdown: {
		// Accessible contrast for every token, comments included (the default github-dark has 3.0:1 comments). The same
		// highlighting whatever the machine's load (see shiki-time-limit.ts).
		shikiConfig: { theme: 'github-dark-default', transformers: [shikiTimeLimit] },
		// Astro 7's default processor runs no remark/rehype plugins; GFM tables and task lists need unified, and GitHub's
		// alerts (`> [!NOTE]`, common in the READMEs plans are imported from) and math a plugin of their own. Bold and
		// italics that close on Chinese or Japanese punctuation (`**强化学习（RL）**讨论`), which CommonMark leaves as
		// asterisks, are read as their authors meant them (the CJK-friendly emphasis GitLab and Docsify also read).
		processor: unified({
			remarkPlugins: [remarkGfm, remarkCjkFriendly, remarkSiteMath, remarkAlert, remarkExplicitHeadingIds],
			rehypePlugins: [[rehypeBasePath, { base }], rehypeSiteMath, rehypeHeadingIds, rehypeHeadingLinks, rehypeTaskListCheckboxes],
		}),
	},
	integrations: [
		{
			name: 'waymark:site-url',
			hooks: {
				'astro:config:setup': ({ command }) => {
					if (command === 'build' && siteProblem) throw new Error(siteProblem);
				},
			},
		},
		// Collapsing static MDX subtrees into HTML strings makes each compiled module a fraction of the size Vite must
		// bundle (and hold in memory): the biggest build cost at thousands of pages. Our MDX has no interactive parts.
		mdx({ optimize: true }),
		{
			name: 'waymark:content-facts',
			hooks: {
				'astro:build:done': async () => {
					redirected = new Set((await contentFacts()).redirected);
				},
			},
		},
		// The offline page (src/pages/offline/) is what the service worker shows instead of an unreachable page.
		sitemap({
			filter: (page) => {
				const path = withoutBase(new URL(page).pathname, base);
				return !redirected.has(path) && path !== offlinePageUrl();
			},
		}),
		// Link-preview images: after the pages, from their own cache.
		ogImages(),
		// Roadmaps in a language Pagefind segments are indexed apart, in that language.
		pagefind(contentFacts),
		// After Pagefind: the offline lists name its index files, and the service worker is written last.
		offline(),
		// Dev only: the build's content check on every save, shown in the terminal and the browser.
		contentCheckDev(contentDir),
	],
	vite: {
		plugins: [tailwindcss()],
		build: {
			// Astro inlines scripts (and Vite assets) smaller than this into the page; the CSP needs them as files (see build).
			assetsInlineLimit: 0,
			rolldownOptions: {
				// Every MDX module trips this harmless warning (withastro/astro#18087); thousands of them bury real ones.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	experimental: {
		// Writes JSON Schemas of the collections to .astro/collections/ for frontmatter completion in editors (.vscode/settings.json).
		contentIntellisense: true,
		// A build copies the pages whose cacheKey (Roadmap.renderKey) and code are unchanged from
		// the build before (kept in cacheDir), so that editing one phase re-renders its roadmap's pages, not the site's.
		incrementalBuild: true,
	},
	server: { host: '127.0.0.1', port: 4321 },
});
