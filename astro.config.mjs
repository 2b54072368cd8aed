// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';

// WAYMARK_OUT_DIR lets a build write elsewhere (the e2e fixture site, the benchmark, safe swaps of dist/);
// a different content folder gets its own cache so content-layer entries never mix.
const outDir = process.env.WAYMARK_OUT_DIR ?? './dist';
const cacheDir = process.env.WAYMARK_CONTENT_DIR ? `./node_modules/.astro-${Buffer.from(process.env.WAYMARK_CONTENT_DIR).toString('hex').slice(-24)}` : undefined;

export default defineConfig({
	outDir,
	...(cacheDir ? { cacheDir } : {}),
	site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: {
		// Astro 7's default processor runs no remark plugins; GFM tables and task lists need unified.
		processor: unified({ remarkPlugins: [remarkGfm] }),
	},
	integrations: [mdx(), pagefind()],
	vite: { plugins: [tailwindcss()] },
	server: { host: '127.0.0.1', port: 4321 },
});
