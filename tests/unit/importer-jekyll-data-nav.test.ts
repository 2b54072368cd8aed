import { describe, expect, it } from 'vitest';
import { jekyllDataNav } from '../../src/lib/importer/sites/jekyll-data-nav.ts';

const page = (path: string, fields: string) => ({ path, text: `---\n${fields}\n---\n\nText.\n` });

describe("a Jekyll site's navigation kept in its data files", () => {
	const files = [
		page('index.md', 'title: Welcome'),
		page('pages/policies.md', 'title: Policies\npermalink: /policies/'),
		page('pages/schedule.md', 'title: Schedule\npermalink: /schedule/'),
		page('docs/setup.md', 'title: Setup'),
		page('docs/tools/git.md', 'title: Git'),
	];

	it('reads a list of titles and links to the pages as the site serves them, in its order', () => {
		const navigation = [
			{ title: 'Welcome', url: '{{ site.baseurl }}/' },
			{ title: 'Schedule', url: '/cs101/schedule/' },
			{ title: 'Policies', url: 'policies' },
			{ title: 'Forum', url: 'https://forum.example.edu' },
			{ title: 'Slides', url: '/slides/' },
		];
		const nav = jekyllDataNav({ title: 'CS 101', baseurl: '/cs101', data: { navigation } }, files);
		expect(nav?.tableOfContents).toBe('- [Welcome](index.md)\n- [Schedule](pages/schedule.md)\n- [Policies](pages/policies.md)\n');
		expect(nav?.siteName).toBe('CS 101');
		expect(nav?.notes).toEqual(["The site's navigation links to a page the plan does not hold, left out: /slides/"]);
	});

	it("takes, of a theme's named lists, the one naming the most pages, nested entries as groups, the home page as the overview", () => {
		const navigation = {
			main: [{ title: 'Policies', url: '/policies/' }],
			docs: [
				{ title: 'Course', children: [{ title: 'Schedule', url: '/schedule/' }, { title: 'Policies', url: '/policies/' }] },
				{ title: 'Tools', children: [{ title: 'Setup', url: '/docs/setup.html' }, { title: 'Git', url: '/docs/tools/git/' }] },
			],
		};
		const nav = jekyllDataNav({ data: { navigation } }, files);
		expect(nav?.home).toBe('index.md');
		expect(nav?.tableOfContents).toBe(
			'- Course\n  - [Schedule](pages/schedule.md)\n  - [Policies](pages/policies.md)\n- Tools\n  - [Setup](docs/setup.md)\n  - [Git](docs/tools/git.md)\n',
		);
	});

	it("reads a documentation theme's sidebar of folders and a nav whose entries name their pages otherwise", () => {
		const sidebar = { entries: [{ title: 'Guide', folders: [{ title: 'Start', folderitems: [{ title: 'Setup', url: '/docs/setup.html' }, { title: 'Git', url: '/docs/tools/git.html' }] }] }] };
		expect(jekyllDataNav({ data: { sidebars: { guide: sidebar } } }, files)?.tableOfContents).toBe('- Guide\n  - Start\n    - [Setup](docs/setup.md)\n    - [Git](docs/tools/git.md)\n');
		const nav = [{ name: 'Schedule', link: '/schedule/' }, { name: 'Git', link: 'docs/tools/git.html' }];
		expect(jekyllDataNav({ data: { nav } }, files)?.tableOfContents).toBe('- [Schedule](pages/schedule.md)\n- [Git](docs/tools/git.md)\n');
	});

	it('is none when the data files name fewer than two pages, or hold no navigation', () => {
		expect(jekyllDataNav({ data: { navigation: [{ title: 'Policies', url: '/policies/' }] } }, files)).toBeNull();
		expect(jekyllDataNav({ data: { schedule: [{ title: 'Policies', url: '/policies/' }, { title: 'Schedule', url: '/schedule/' }] } }, files)).toBeNull();
	});
});
