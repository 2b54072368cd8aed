// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
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
