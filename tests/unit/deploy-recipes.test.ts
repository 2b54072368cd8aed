// The deploy recipes say what the site needs: the GitHub Pages workflow builds with the Pages origin and base path and
// keeps the preview-image cache; the README's nginx headers are those of public/_headers, which the e2e suite tests.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultOgCacheDir } from '../../src/lib/preview/og-image.ts';
import { headersFor, parseHeadersFile } from '../e2e/host-headers.ts';
import { repoRoot } from './bad-input-corpus.ts';

const read = (file: string) => readFileSync(join(repoRoot, file), 'utf8');

interface Step {
	id?: string;
	uses?: string;
	run?: string;
	with?: Record<string, string>;
	env?: Record<string, string>;
}

describe('GitHub Pages workflow', () => {
	const workflow = parse(read('.github/workflows/deploy.yml')) as { jobs: Record<string, { steps: Step[] }> };
	const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
	const step = (match: (s: Step) => boolean) => {
		const found = steps.find(match);
		expect(found).toBeDefined();
		return found!;
	};

	it('builds with the origin and base path GitHub Pages serves the site at, then deploys dist/', () => {
		const pages = step((s) => s.uses?.startsWith('actions/configure-pages@') ?? false);
		const build = step((s) => s.run === 'npm run build');
		expect(build.env).toEqual({ SITE_URL: `\${{ steps.${pages.id}.outputs.origin }}`, BASE_PATH: `\${{ steps.${pages.id}.outputs.base_path }}` });
		expect(step((s) => s.uses?.startsWith('actions/upload-pages-artifact@') ?? false).with).toEqual({ path: 'dist' });
		step((s) => s.uses?.startsWith('actions/deploy-pages@') ?? false);
		expect(steps.indexOf(build)).toBeGreaterThan(steps.indexOf(pages));
	});

	it('keeps the preview-image cache between runs, restored before the build', () => {
		const cache = step((s) => s.uses?.startsWith('actions/cache@') ?? false);
		expect(cache.with?.['path']).toBe(relative(process.cwd(), defaultOgCacheDir()));
		expect(cache.with?.['restore-keys']).toBeTruthy();
		expect(steps.indexOf(cache)).toBeLessThan(steps.findIndex((s) => s.run === 'npm run build'));
	});
});

describe('response headers', () => {
	const rules = parseHeadersFile(read('public/_headers'));
	const nginx = [...read('README.md').matchAll(/^\s*add_header ([\w-]+) "([^"]+)" always;$/gm)].map(([, name, value]) => [name!, value!] as const);

	it('gives every page the security headers, and the README’s nginx recipe gives the same', () => {
		const page = headersFor(rules, '/roadmaps/full-time/');
		expect(Object.keys(page).sort()).toEqual(['content-security-policy', 'permissions-policy', 'referrer-policy', 'x-content-type-options']);
		const security = nginx.filter(([name]) => name !== 'Cache-Control');
		expect(Object.fromEntries(security.map(([name, value]) => [name.toLowerCase(), value]))).toEqual(page);
	});

	it('caches only content-hashed files as immutable, in _headers and in the nginx recipe', () => {
		const immutable = 'public, max-age=31536000, immutable';
		for (const path of ['/_astro/Base.BPOKTZ9a.css', '/pagefind/index/en_1a2b3c.pf_index', '/pagefind/fragment/en_1a2b3c.pf_fragment', '/pagefind/filter/en_1a2b3c.pf_filter']) {
			expect(headersFor(rules, path)['cache-control'], path).toBe(immutable);
		}
		for (const path of ['/', '/roadmaps/full-time/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/og/site.png', '/_redirects']) {
			expect(headersFor(rules, path)['cache-control'], path).toBeUndefined();
		}
		expect(nginx.filter(([name]) => name === 'Cache-Control').map(([, value]) => value)).toEqual(['public, max-age=0, must-revalidate', immutable]);
	});
});
