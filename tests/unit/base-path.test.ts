// Deploying under a base path (BASE_PATH=/roadmaps) and to a public origin (SITE_URL): URL building, the Markdown
// link rewrite, and the one-line refusal of a build without a public origin.
import { spawnSync } from 'node:child_process';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { afterEach, describe, expect, it, vi } from 'vitest';
import rehypeBasePath from '../../src/plugins/rehype-base-path.ts';
import { basePath, siteUrlProblem } from '../../src/lib/build/site-config.ts';
import { normalizeBase, phaseUrl, withBase, withoutBase } from '../../src/lib/urls.ts';
import { repoRoot } from './bad-input-corpus.ts';

describe('base paths', () => {
	it('normalizes BASE_PATH however it is written', () => {
		expect([undefined, '', '/', '//'].map(normalizeBase)).toEqual(['/', '/', '/', '/']);
		expect(['roadmaps', '/roadmaps', 'roadmaps/', '/roadmaps/', '/a/b'].map(normalizeBase)).toEqual(['/roadmaps/', '/roadmaps/', '/roadmaps/', '/roadmaps/', '/a/b/']);
		expect(basePath({ BASE_PATH: '/waymark' })).toBe('/waymark/');
	});

	it('puts site paths under a base and takes them out again', () => {
		expect(withBase('/roadmaps/x/', '/sub/')).toBe('/sub/roadmaps/x/');
		expect(withBase('/', '/sub/')).toBe('/sub/');
		expect(withBase('/roadmaps/x/', '/')).toBe('/roadmaps/x/');
		expect(withoutBase('/sub/roadmaps/x/', '/sub/')).toBe('/roadmaps/x/');
		expect(withoutBase('/sub', '/sub/')).toBe('/');
		expect(withoutBase('/roadmaps/x/', '/sub/')).toBeNull();
		expect(withoutBase('/subway/', '/sub/')).toBeNull();
	});

	afterEach(() => {
		vi.unstubAllEnvs();
		vi.resetModules();
	});

	it('builds site paths outside a build, and URLs under Astro’s base inside one', async () => {
		expect(phaseUrl('full-time', 'databases')).toBe('/roadmaps/full-time/databases/');
		vi.stubEnv('BASE_URL', '/roadmaps/');
		vi.resetModules();
		const urls = await import('../../src/lib/urls.ts');
		expect(urls.phaseUrl('full-time', 'databases')).toBe('/roadmaps/roadmaps/full-time/databases/');
		expect(urls.homeUrl()).toBe('/roadmaps/');
		expect(urls.ogImageUrl('full-time')).toBe('/roadmaps/og/roadmaps/full-time.png');
		expect(urls.ogImagePath('full-time')).toBe('roadmaps/full-time');
	});
});

describe('rehypeBasePath', () => {
	const rewrite = (html: string, base: string) => {
		const tree = fromHtml(html, { fragment: true });
		rehypeBasePath({ base })(tree);
		return toHtml(tree);
	};

	it('serves site-path links and images of a body under the base, and leaves relative and other-host URLs alone', () => {
		const body = '<a href="/roadmaps/x/y/#h">a</a><img src="/images/a.png" alt=""><a href="y/">b</a><a href="#h">c</a><a href="//cdn.example/x">d</a><a href="https://example.org/">e</a>';
		expect(rewrite(body, '/sub/')).toBe(
			'<a href="/sub/roadmaps/x/y/#h">a</a><img src="/sub/images/a.png" alt=""><a href="y/">b</a><a href="#h">c</a><a href="//cdn.example/x">d</a><a href="https://example.org/">e</a>',
		);
		expect(rewrite(body, '/')).toBe(body);
	});

	it('rewrites JSX elements written in MDX bodies too', () => {
		const tree = { type: 'root', children: [{ type: 'mdxJsxFlowElement', name: 'a', attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: '/topics/sql/' }], children: [] }] };
		rehypeBasePath({ base: '/sub/' })(tree as never);
		expect(tree.children[0]!.attributes[0]!.value).toBe('/sub/topics/sql/');
	});
});

describe('SITE_URL', () => {
	it('must be an http(s) origin, or carry the base path as its only path', () => {
		expect(siteUrlProblem({ SITE_URL: 'https://roadmaps.example.org' })).toBeNull();
		expect(siteUrlProblem({ SITE_URL: 'https://me.github.io/waymark/', BASE_PATH: '/waymark' })).toBeNull();
		expect(siteUrlProblem({ SITE_URL: 'roadmaps.example.org' })).toBe(
			'SITE_URL is not an http(s) URL (got: roadmaps.example.org): set it to the public origin, e.g. SITE_URL=https://roadmaps.example.org npm run build',
		);
		expect(siteUrlProblem({ SITE_URL: 'https://me.github.io/waymark' })).toBe(
			'SITE_URL has a path (got: https://me.github.io/waymark) that BASE_PATH does not match (got: /): set SITE_URL to the origin (https://me.github.io) and BASE_PATH=/waymark',
		);
	});

	it('stops `npm run build` at once with one line saying how to set it when it is missing', () => {
		const env = { ...process.env };
		delete env['SITE_URL'];
		const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: repoRoot, env, encoding: 'utf8', timeout: 30_000 });
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe('SITE_URL is not set: set it to the public origin, e.g. SITE_URL=https://roadmaps.example.org npm run build\n');
	});
});
