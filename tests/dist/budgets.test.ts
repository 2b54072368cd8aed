// Page-weight budgets, measured on the built site (gzipped bytes). Sizes are deterministic, so they are enforced here;
// speed lives in `npm run bench`.
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../src/lib/build/page-weight.ts';

const KB = 1024;
const BUDGET = { html: 7 * KB, css: 10 * KB, js: 5 * KB };

const pages = {
	home: '/',
	roadmap: '/roadmaps/full-time/',
	phase: '/roadmaps/full-time/databases/',
	topic: '/topics/postgresql/',
	role: '/roles/',
	compare: '/compare/',
	track: '/tracks/backend/',
	'track compare': '/tracks/backend/compare/',
};

describe('page weight', () => {
	it('reports every page kind', () => {
		const rows = Object.entries(pages).map(([kind, url]) => {
			const w = pageWeight('dist', url);
			return `${kind.padEnd(13)} ${url.padEnd(34)} html ${(w.html / KB).toFixed(1)} kB  css ${(w.css / KB).toFixed(1)} kB  js ${(w.js / KB).toFixed(1)} kB`;
		});
		console.log(`Page weights (gzipped):\n${rows.join('\n')}`);
		expect(rows).toHaveLength(Object.keys(pages).length);
	});

	it('keeps a typical phase page within budget: HTML ≤ 7 kB, CSS ≤ 10 kB, JS ≤ 5 kB before search opens', () => {
		const weight = pageWeight('dist', pages.phase);
		expect(weight.html).toBeLessThanOrEqual(BUDGET.html);
		expect(weight.css).toBeLessThanOrEqual(BUDGET.css);
		expect(weight.js).toBeLessThanOrEqual(BUDGET.js);
	});
});
