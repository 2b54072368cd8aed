import { describe, expect, it } from 'vitest';
import { brokenLinks, scanPage, urlOfFile, type BuiltPage } from '../../src/lib/built-site.ts';

const page = (file: string, html: string): BuiltPage => ({ url: urlOfFile(file), file, ...scanPage(html) });

describe('scanPage', () => {
	it('reads IDs, links (entities decoded) and a meta-refresh target', () => {
		const scanned = scanPage(
			'<html><head><meta http-equiv="Refresh" content="0;url=/roadmaps/new/"></head><body><h2 id="intro">Intro</h2><a href="/a/?x=1&amp;y=2#intro">x</a><a>no href</a></body></html>',
		);
		expect([...scanned.ids]).toEqual(['intro']);
		expect(scanned.links).toEqual(['/a/?x=1&y=2#intro']);
		expect(scanned.redirectTo).toBe('/roadmaps/new/');
	});
});

describe('brokenLinks', () => {
	const site = [
		page('index.html', '<a href="/roadmaps/x/#week-1">ok</a><a href="/roadmaps/x/#week-9">bad anchor</a><a href="/gone/">gone</a><a href="https://example.org/">external</a>'),
		page('roadmaps/x/index.html', '<h2 id="week-1">Week 1</h2><a href="../../#top">up</a>'),
	];

	it('reports missing pages and missing anchors, and ignores external links', () => {
		expect(brokenLinks(site)).toEqual([
			{ page: '/', href: '/roadmaps/x/#week-9', reason: 'no element with id "week-9" on /roadmaps/x/' },
			{ page: '/', href: '/gone/', reason: 'no such page' },
			{ page: '/roadmaps/x/', href: '../../#top', reason: 'no element with id "top" on /' },
		]);
	});
});
