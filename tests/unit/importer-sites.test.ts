import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../src/lib/importer/index.ts';
import { defaultExport } from '../../src/lib/importer/sites/js-literal.ts';
import { fromSiteRoot } from '../../src/lib/importer/links.ts';
import { docId, docusaurusSidebar, sidebarLabels } from '../../src/lib/importer/sites/docusaurus.ts';
import { hugoMenu } from '../../src/lib/importer/sites/hugo.ts';
import { toMarkdown, type NavEntry } from '../../src/lib/importer/sites/site-nav.ts';
import { runImport } from '../../src/lib/importer/run.ts';
import { pageFile, sidebarOf } from '../../src/lib/importer/sites/vitepress.ts';
import { starlightOptions, starlightSidebar, starlightSlug, starlightTitle } from '../../src/lib/importer/sites/starlight.ts';
import { nextraSidebar } from '../../src/lib/importer/sites/nextra.ts';
import { mintlifyNav } from '../../src/lib/importer/sites/mintlify.ts';
import { mkdocsPagesNav } from '../../src/lib/importer/sites/mkdocs-pages.ts';
import { separateComponentLines } from '../../src/lib/importer/markdown/mdx-blocks.ts';
import { roadmapShEntries } from '../../src/lib/importer/sites/roadmap-sh.ts';
import { csvFirstColumn, notionExport } from '../../src/lib/importer/sites/notion.ts';
import { withImportFolders, writeFiles } from './import-folders.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');


const modules = (files: Record<string, string>) => (path: string) => files[path] ?? null;

describe('reading a site configuration without running it', () => {
	it('reads the literals of the default export, through TypeScript annotations, constants, spreads, argument-less functions and relative imports', () => {
		const read = modules({
			'.vitepress/config/index.ts': [
				"import { defineConfig, type DefaultTheme } from 'vitepress'",
				"import { en } from './en'",
				"import shared from './shared.js'",
				'const base = `/guide/` as const',
				'export default defineConfig({ ...shared, locales: { root: { label: "English", ...en } }, srcDir: process.env.SRC, base })',
			].join('\n'),
			'.vitepress/config/en.ts': [
				"export const en: DefaultTheme.Config = { title: 'Tutorial', themeConfig: { sidebar: { '/guide/': sidebarGuide() } } }",
				'function sidebarGuide(): DefaultTheme.SidebarItem[] {',
				"  return [{ text: 'Lessons', items: [{ text: 'One', link: 'one' }, ...more] }]",
				'}',
				"const more = [{ text: 'Two', link: `two` }]",
			].join('\n'),
			'.vitepress/config/shared.ts': "const shared = { title: 'Shared', head: [['link', { rel: 'icon' }]], buildEnd() {} } satisfies object;\nexport default shared;\n",
		});
		expect(defaultExport('.vitepress/config/index.ts', read)).toEqual({
			title: 'Shared',
			head: [['link', { rel: 'icon' }]],
			buildEnd: undefined,
			locales: { root: { label: 'English', title: 'Tutorial', themeConfig: { sidebar: { '/guide/': [{ text: 'Lessons', items: [{ text: 'One', link: 'one' }, { text: 'Two', link: 'two' }] }] } } } },
			srcDir: undefined,
			base: '/guide/',
		});
		// VuePress 1 configurations are CommonJS; a configuration that does not parse says nothing.
		expect(defaultExport('config.js', modules({ 'config.js': "module.exports = { title: 'Docs', themeConfig: { sidebar: ['/', '/intro'] } }" }))).toEqual({ title: 'Docs', themeConfig: { sidebar: ['/', '/intro'] } });
		expect(defaultExport('config.js', modules({ 'config.js': 'export default {' }))).toBeUndefined();
	});

	it("reads a helper function's return with its parameters bound to the arguments (or their defaults), an array's map over one, and strings joined with +", () => {
		const read = modules({
			'sidebars.js': [
				'function category(label, items, options = { collapsed: false }) {',
				"  return { type: 'category', label, items, ...options };",
				'}',
				'const prefixed = (prefix, ids) => ids.map((id) => prefix + id);',
				'function dir(name, items) {',
				'  const prefix = `${name}/`;',
				'  return prefixed(prefix, items);',
				'}',
				"module.exports = { main: ['intro', category('Java', dir('java', ['setup', 'loops'])), category('Tools', ['git'], { collapsed: true })] };",
			].join('\n'),
		});
		expect(defaultExport('sidebars.js', read)).toEqual({
			main: ['intro', { type: 'category', label: 'Java', items: ['java/setup', 'java/loops'], collapsed: false }, { type: 'category', label: 'Tools', items: ['git'], collapsed: true }],
		});
	});

	it('follows a helper\'s ifs and switch on what it is given, and a function it returns; a condition it cannot read returns nothing', () => {
		const read = modules({
			'sidebars.js': [
				'function pathPrefixer(prefix) {',
				'  function prependPrefix(item) {',
				'    if (typeof item == "string") return prefix + item;',
				'    if (Array.isArray(item)) return item.map(prependPrefix);',
				'    switch (item.type) {',
				'      case "category":',
				'        return { ...item, items: prependPrefix(item.items) };',
				'      default:',
				'        break;',
				'    }',
				'    return item;',
				'  }',
				'  return prependPrefix;',
				'}',
				'function unknown(item) {',
				'  if (process.env.DRAFTS) return item;',
				'  return [];',
				'}',
				"module.exports = { java: pathPrefixer('java/')(['intro', { type: 'category', label: 'OOP', items: ['classes'] }, { type: 'link', href: 'x' }]), drafts: unknown(['a']) };",
			].join('\n'),
		});
		expect(defaultExport('sidebars.js', read)).toEqual({
			java: ['java/intro', { type: 'category', label: 'OOP', items: ['java/classes'] }, { type: 'link', href: 'x' }],
			drafts: undefined,
		});
	});
});

describe('a VitePress or VuePress sidebar', () => {
	const files = new Set(['index.md', 'guide/index.md', 'guide/one.md', 'guide/two.md', 'reference/api.md', 'zh/guide/one.md', 'intro.md']);
	const has = (path: string) => files.has(path);

	it('names the files of its pages: a path without extension, a folder, an .html page', () => {
		expect(pageFile('/guide/one', has)).toBe('guide/one.md');
		expect(pageFile('/guide/', has)).toBe('guide/index.md');
		expect(pageFile('/intro.html#setup', has)).toBeUndefined();
		expect(pageFile('/intro.html', has)).toBe('intro.md');
		expect(pageFile('/missing', has)).toBeUndefined();
	});

	it("takes the sidebar that covers the folder, per locale, with its links' base, and at the site's root those of its sections, a group each", () => {
		const config = {
			themeConfig: {
				sidebar: {
					'/guide/': { base: '/guide/', items: [{ text: 'Intro', link: '/guide/' }, { text: 'Lessons', collapsed: true, items: [{ text: 'One', link: 'one' }, { text: 'Two', link: 'two#top' }] }, { text: 'App', link: 'https://example.org' }] },
					'/reference/': [{ text: 'API', link: '/reference/api' }],
				},
			},
			locales: { root: { label: 'English' }, zh: { themeConfig: { sidebar: { '/zh/guide/': [{ text: '一', link: '/zh/guide/one' }] } } } },
		};
		const guide = [
			{ title: 'Intro', url: 'index.md' },
			{ title: 'Lessons', children: [{ title: 'One', url: 'one.md' }, { title: 'Two', url: 'two.md' }] },
		];
		expect(sidebarOf(config, 'guide', has)?.entries).toEqual(guide);
		expect(sidebarOf(config, '', has)?.entries).toEqual([
			{ title: 'Guide', children: guide.map((entry) => (entry.url ? { ...entry, url: `guide/${entry.url}` } : { ...entry, children: entry.children!.map((c) => ({ ...c, url: `guide/${c.url}` })) })) },
			{ title: 'Reference', children: [{ title: 'API', url: 'reference/api.md' }] },
		]);
		expect(sidebarOf(config, 'zh/guide', has)?.entries).toEqual([{ title: '一', url: 'one.md' }]);
		// A sidebar per section (the root's own among them): in the order the home page links them, the others after;
		// one that is a single section is that group, another a group the nav names; a page stays where it is first
		// (the root's "Start" is left empty, and out).
		const sections = {
			themeConfig: {
				nav: [{ text: 'Courses', items: [{ text: 'The Guide', link: '/guide/one' }] }],
				sidebar: {
					'/': [{ text: 'Start', items: [{ text: 'Intro', link: '/intro' }] }],
					'/guide/': [{ text: 'Intro', link: '/intro' }, { text: 'One', link: '/guide/one' }, { text: 'Two', link: '/guide/two' }],
					'/reference/': [{ text: 'Reference', items: [{ text: 'API', link: '/reference/api' }] }],
					'/missing/': [{ text: 'Gone', items: [{ text: 'Gone', link: '/missing/page' }] }],
				},
			},
		};
		expect(sidebarOf(sections, '', has, ['reference/api.md', 'guide/two.md'])?.entries).toEqual([
			{ title: 'Reference', children: [{ title: 'API', url: 'reference/api.md' }] },
			{ title: 'The Guide', children: [{ title: 'Intro', url: 'intro.md' }, { title: 'One', url: 'guide/one.md' }, { title: 'Two', url: 'guide/two.md' }] },
		]);
		// VuePress: paths, [path, title] pairs, and { title, path, children }.
		expect(sidebarOf({ themeConfig: { sidebar: ['/', ['/intro', 'Introduction'], { title: 'Guide', path: '/guide/', children: ['/guide/one'] }] } }, '', has)?.entries).toEqual([
			{ title: '', url: 'index.md' },
			{ title: 'Introduction', url: 'intro.md' },
			{ title: 'Guide', url: 'guide/index.md', children: [{ title: '', url: 'guide/one.md' }] },
		]);
	});

	it("fills a group whose items a helper computes when the site builds with its folder's pages in name order; the pages of one without a folder follow the sidebar; the report says so", () => {
		const read = modules({
			'.vuepress/config.js': [
				"var lectures = require('./lectures')",
				'module.exports = { themeConfig: { sidebar: [',
				"  { title: 'Start', path: '/' },",
				"  { title: 'Basics', path: '/basics/', children: lectures('basics', 'lectures') },",
				"  { title: 'Web', path: '/web/', children: ['/web/lectures/01_html/'] },",
				"  { title: 'Extras', children: lectures('extras') },",
				'] } }',
			].join('\n'),
			'.vuepress/lectures.js': "module.exports = (...parts) => require('fs').readdirSync(parts.join('/')).map((name) => `/${parts.join('/')}/${name}/`)",
		});
		const pages = ['README.md', 'basics/README.md', 'basics/lectures/10_files/README.md', 'basics/lectures/02_loops/README.md', 'basics/lectures/01_intro/README.md', 'web/README.md', 'web/lectures/01_html/README.md', 'extras/cheatsheet.md'];
		const sidebar = sidebarOf(defaultExport('.vuepress/config.js', read), '', (path) => pages.includes(path), [], pages);
		expect(sidebar?.entries).toEqual([
			{ title: 'Start', url: 'README.md' },
			{ title: 'Basics', url: 'basics/README.md', children: ['01_intro', '02_loops', '10_files'].map((name) => ({ title: '', url: `basics/lectures/${name}/README.md` })) },
			{ title: 'Web', url: 'web/README.md', children: [{ title: '', url: 'web/lectures/01_html/README.md' }] },
			{ title: '', url: 'extras/cheatsheet.md' },
		]);
		expect(sidebar?.notes).toEqual([
			'The sidebar computes the items of "Basics" (basics/) when the site builds: each holds the pages of its folder, in name order',
			'The sidebar computes the items of "Extras" when the site builds, which cannot be read without running it; the 1 page it does not place follow it, in name order',
		]);
	});
});

describe("a docs site's links from its root", () => {
	const plan = new Set(['lesson-2.md', '../public/shader.png', 'own.md']);
	const isPlanPath = (path: string) => plan.has(path) || plan.has(`${path}.md`);

	it('reads them from the source root, images also from the public folder; those the plan names from its own folder stay', () => {
		const site = { within: 'guide', publicDir: 'public' };
		expect(fromSiteRoot('/guide/lesson-2#setup', site, isPlanPath, false)).toBe('/lesson-2#setup');
		expect(fromSiteRoot('/shader.png', site, isPlanPath, true)).toBe('/../public/shader.png');
		expect(fromSiteRoot('/own', site, isPlanPath, false)).toBe('/own');
		expect(fromSiteRoot('/reference/api', site, isPlanPath, false)).toBe('/reference/api');
		expect(fromSiteRoot('//cdn.example.org/x.png', site, isPlanPath, true)).toBe('//cdn.example.org/x.png');
	});

	it('finds images in a public folder further above the source root (a Starlight site serves /public from src/content/docs)', () => {
		const starlight = { within: 'lessons', publicDir: '../../../public' };
		const isSitePath = (path: string) => path === '../../../../public/logo.png';
		expect(fromSiteRoot('/logo.png', starlight, isSitePath, true)).toBe('/../../../../public/logo.png');
	});
});

describe('a heading that sets its own anchor', () => {
	it('loses the "{#id}" from its text but keeps it as its anchor, and links to the anchor find it', () => {
		const result = importPlan(
			{ index: { path: 'README.md', text: '# Course\n\n## Week 1: Basics\n\nSee [meshes](#construct-mesh).\n\n### Building mesh {#construct-mesh}\n\nText.\n\n## Week 2: More\n\nMore.\n' } },
			{ fileName: 'README.md', order: 0, track: 't' },
		);
		const week1 = result.files.find((file) => file.path.endsWith('/basics.mdx'))!.text;
		// The author's anchor stays the heading's, so links to it from elsewhere keep working.
		expect(week1).toContain('## Building mesh {/* #construct-mesh */}');
		expect(week1).toContain('[meshes](#construct-mesh)');
		expect(result.notes.join('\n')).not.toContain('leads to nothing');
	});

	it('reads it written as Goldmark (Hugo) writes it, "{id=\"…\"}", too', () => {
		const result = importPlan(
			{ index: { path: 'README.md', text: '# Course\n\n## Week 1: Basics\n\nSee [tooling](#k8s-tooling).\n\n### Tooling {id="k8s-tooling"}\n\nText.\n\n## Week 2: More\n\nMore.\n' } },
			{ fileName: 'README.md', order: 0, track: 't' },
		);
		const week1 = result.files.find((file) => file.path.endsWith('/basics.mdx'))!.text;
		expect(week1).toContain('## Tooling {/* #k8s-tooling */}');
		expect(week1).toContain('[tooling](#k8s-tooling)');
		expect(result.notes.join('\n')).not.toMatch(/leads to nothing|attribute list/);
	});
});

describe('importing a VitePress site', () => {
	const site = {
		'package.json': '{}',
		'docs/.vitepress/config.mts': [
			"import { defineConfig } from 'vitepress'",
			'export default defineConfig({',
			"  title: 'Canvas Course',",
			"  themeConfig: { sidebar: { '/guide/': { base: '/guide/', items: [{ text: 'Lessons', items: [{ text: 'Lesson 1', link: 'lesson-1' }, { text: 'Lesson 2', link: 'lesson-2' }, { text: 'Lesson 3', link: 'lesson-3' }] }] } } },",
			'})',
		].join('\n'),
		'docs/index.md': '---\nlayout: home\nhero:\n  name: Canvas Course\n  tagline: Build a canvas step by step.\n---\n\nHighlights:\n\n- [Lesson 3][l3]: the best one\n\n[l3]: /guide/lesson-3\n',
		'docs/README.md': '# Stub\n\nSee the website.\n',
		'docs/public/shader.png': '',
		'docs/guide/lesson-1.md': '# Lesson 1 - Setup\n\n![shader](/shader.png)\n\nNext: [Lesson 2](/guide/lesson-2#drawing).\n',
		'docs/guide/lesson-2.md': '# Lesson 2 - Circles\n\n## Drawing circles {#drawing}\n\n<img src="/shader.png" alt="again">\n',
		'docs/guide/lesson-3.md': '# Lesson 3 - Camera\n\nSee [the API](/reference/api).\n',
	};

	it('reads the sidebar covering the folder, in its order, with links and images from the site root and its public folder', () => {
		withImportFolders((dir, content, fresh) => {
			writeFiles(join(dir, 'site'), site);
			// A real PNG: the site's public image is copied.
			cpSync(join(repoRoot, 'tests', 'fixtures', 'import', 'day-course', 'images', 'pebble.png'), join(dir, 'site', 'docs', 'public', 'shader.png'));
			for (const [folder, id] of [['docs/guide', 'guide'], ['docs', 'docs']] as const) {
				fresh();
				const lines: string[] = [];
				expect(runImport([join(dir, 'site', folder), '--id', id, '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
				const roadmap = join(content, 'roadmaps', id);
				expect(lines.join('\n')).toContain('3 phases, split at the table of contents');
				const overview = readFileSync(join(roadmap, 'index.mdx'), 'utf8');
				expect(overview).toContain('title: "Canvas Course"');
				// The sidebar's words, a label alone ("Lesson 1"), label the pages, which their headings title.
				const setup = readFileSync(join(roadmap, 'setup.mdx'), 'utf8');
				expect(setup).toMatch(/^title: "Setup"\nlabel: "Lesson 1"$/m);
				expect(setup).toContain('![shader](./images/shader.png)');
				expect(setup).toContain(`[Lesson 2](/roadmaps/${id}/circles/#drawing)`);
				expect(readFileSync(join(roadmap, 'circles.mdx'), 'utf8')).toContain('![again](./images/shader.png)');
				expect(existsSync(join(roadmap, 'images', 'shader.png'))).toBe(true);
				// A page the import leaves out leads nowhere, as before.
				expect(lines.join('\n')).toContain('the link to "/reference/api" leads to nothing');
			}
			// The site's root: its home page, not the stub README, is the overview, its tagline the summary.
			const overview = readFileSync(join(content, 'roadmaps', 'docs', 'index.mdx'), 'utf8');
			expect(overview).toContain('summary: "Build a canvas step by step."');
			expect(overview).toContain('Highlights:');
		});
	});

	it('reads a site whose pages are in its srcDir from the folder holding .vitepress/', () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'site'), {
				'README.md': '# Repository\n\nHow to run the site.\n',
				'.vitepress/config.ts': "export default { srcDir: 'src', themeConfig: { sidebar: [{ text: 'Course', items: [{ text: 'Second', link: '/b' }, { text: 'First', link: '/a' }] }] } }",
				'src/index.md': '# Course\n\nWelcome.\n',
				'src/a.md': '# A\n\nText.\n',
				'src/b.md': '# B\n\nText.\n',
			});
			const lines: string[] = [];
			expect(runImport([join(dir, 'site'), '--id', 'site', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			expect(lines.join('\n')).toContain('2 phases, split at the table of contents');
			const order = (id: string) => /^order: (\d+)$/m.exec(readFileSync(join(content, 'roadmaps', 'site', `${id}.mdx`), 'utf8'))![1];
			expect([order('second'), order('first')]).toEqual(['1', '2']);
		});
	});

	it("reads a repository's VuePress 2 site from its docs/ folder: the sidebar its default theme's options give, not the folder's files in name order", () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'course'), {
				'README.md': '# Repository\n\nHow to build the site.\n',
				'docs/.vuepress/config.js': [
					"const { defaultTheme } = require('@vuepress/theme-default')",
					'module.exports = {',
					"  title: 'Programming',",
					"  theme: defaultTheme({ sidebar: [{ text: 'About', link: '/about/README.md' }, { text: 'Basics', children: ['/02-loops/README.md', '/01-types/README.md'] }] }),",
					'}',
				].join('\n'),
				'docs/README.md': '# Programming\n\nA course.\n',
				'docs/about/README.md': '# About this course\n\nText.\n',
				'docs/01-types/README.md': '# Types\n\nText.\n',
				'docs/01-types/slides.md': '# Slides on types\n\nNot in the sidebar.\n',
				'docs/02-loops/README.md': '# Loops\n\nText.\n',
			});
			const lines: string[] = [];
			expect(runImport([join(dir, 'course'), '--id', 'prog', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			expect(lines.join('\n')).toContain('3 phases, split at the table of contents');
			const phase = (id: string) => readFileSync(join(content, 'roadmaps', 'prog', `${id}.mdx`), 'utf8');
			expect(['about-this-course', 'loops', 'types'].map((id) => /^order: (\d+)$/m.exec(phase(id))![1])).toEqual(['1', '2', '3']);
			expect(phase('loops')).toMatch(/^group: basics$/m);
			expect(readFileSync(join(content, 'roadmaps', 'prog', 'index.mdx'), 'utf8')).toContain('A course.');
		});
	});

	it("finds a monorepo's one VitePress site folders down (packages/site/docs/), over its README's lesson headings", () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'repo'), {
				'README.md': ['# Canvas tutorial', '', ...[1, 2, 3].map((n) => `## Lesson ${n} - Topic ${n} [🔗](https://example.org/guide/lesson-00${n})\n`)].join('\n'),
				'packages/core/README.md': '# Core\n\nThe library.\n',
				'packages/site/docs/.vitepress/config.mjs': "export default { title: 'Canvas', themeConfig: { sidebar: { '/guide/': [{ text: 'Lessons', items: [1, 2, 3].map((n) => ({ text: `Lesson ${n}`, link: `/guide/lesson-00${n}` })) }] } } }\n",
				'packages/site/docs/index.md': '# Canvas\n\nA course.\n',
				...Object.fromEntries([1, 2, 3].map((n) => [`packages/site/docs/guide/lesson-00${n}.md`, `# Lesson ${n}\n\nThe lesson's long text.\n`])),
			});
			const lines: string[] = [];
			expect(runImport([join(dir, 'repo'), '--id', 'canvas', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			expect(lines.join('\n')).toContain('3 phases, split at the table of contents');
			expect(readFileSync(join(content, 'roadmaps', 'canvas', 'lesson-2.mdx'), 'utf8')).toContain("The lesson's long text.");
		});
	});

	it("reads a sidebar per section as groups, in the order the home page links one page of each, the home page the overview", () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'plan'), {
				'.vitepress/config.mjs': [
					'export default { themeConfig: { sidebar: {',
					"  '/': [{ text: 'Start', items: [{ text: 'Intro', link: '/INTRO' }] }],",
					"  '/SQL/': [{ text: '💾 SQL', items: [{ text: 'SQL 1', link: '/SQL/Part1' }, { text: 'SQL 2', link: '/SQL/Part2' }] }],",
					"  '/JAVA/': [{ text: '🔤 Java', items: [{ text: 'Java 1', link: '/JAVA/Part1' }, { text: 'Java 2', link: '/JAVA/Part2' }] }],",
					'} } }',
				].join('\n'),
				'index.md': '---\nlayout: home\nhero:\n  name: Learning Resources\n---\n\n## Module 1: Intro\n\n[Start](/INTRO)\n\n## Module 2: Java\n\n[Java](/JAVA/Part1)\n\n## Module 3: SQL\n\n[SQL](/SQL/Part1)\n',
				'INTRO.md': '# Intro\n\nHello.\n',
				'JAVA/Part1.md': '# Java 1\n\nClasses.\n',
				'JAVA/Part2.md': '# Java 2\n\nThreads.\n',
				'SQL/Part1.md': '# SQL 1\n\nSelect.\n',
				'SQL/Part2.md': '# SQL 2\n\nJoin.\n',
			});
			const lines: string[] = [];
			expect(runImport([join(dir, 'plan'), '--id', 'plan', '--out', content], dir, { log: (line) => lines.push(line), error: () => {} })).toBe(0);
			expect(lines.join('\n')).toContain('5 phases, split at the table of contents');
			const overview = readFileSync(join(content, 'roadmaps', 'plan', 'index.mdx'), 'utf8');
			expect([...overview.matchAll(/^ {2}- id: (.+)$/gm)].map((match) => match[1])).toEqual(['start', 'java', 'sql']);
			expect(overview).toContain('## Module 2: Java');
			const phase = (id: string) => readFileSync(join(content, 'roadmaps', 'plan', `${id}.mdx`), 'utf8');
			expect(phase('java-2')).toMatch(/^group: java$/m);
			expect(phase('sql-1')).toMatch(/^order: 4$/m);
		});
	});

	it("reads the site's home page instead when it links more of the folder's pages than the sidebar lists, and never a stub README", () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'plan'), {
				'.vitepress/config.mjs': "export default { themeConfig: { sidebar: { '/': [{ text: 'Start', items: [{ text: 'Intro', link: '/INTRO' }] }], '/JAVA/': [{ text: 'Java', link: '/JAVA/Part1' }] } } }",
				'README.md': '# Stub\n\nSee the website.\n',
				'index.md': '---\nlayout: home\nhero:\n  name: Learning Resources\n  text: From basic to advanced\n---\n\n## Module 1: Intro\n\n[Start](/INTRO)\n\n## Module 2: Java\n\n[Java](/JAVA/Part1)\n\n## Module 3: SQL\n\n[SQL](/SQL/Part1)\n',
				'INTRO.md': '# Intro\n\nHello.\n',
				'JAVA/Part1.md': '# Java 1\n\nClasses.\n',
				'SQL/Part1.md': '# SQL 1\n\nSelect.\n',
			});
			const lines: string[] = [];
			expect(runImport([join(dir, 'plan'), '--id', 'plan', '--out', content], dir, { log: (line) => lines.push(line), error: () => {} })).toBe(0);
			expect(lines.join('\n')).toContain('3 phases, split at level-2 headings');
			expect(readFileSync(join(content, 'roadmaps', 'plan', 'index.mdx'), 'utf8')).toContain('title: "Learning Resources"');
		});
	});
	it("leaves out its other locales' folders as translations, and imports a locale's folder on its own", () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'plan'), {
				'.vitepress/config.mjs':
					"export default { locales: { root: { label: 'English', themeConfig: { sidebar: [{ text: 'Intro', link: '/intro' }, { text: 'Java', link: '/java' }] } }, vi: { label: 'Tiếng Việt', themeConfig: { sidebar: [{ text: 'Giới thiệu', link: '/vi/intro' }] } } } }",
				'intro.md': '# Intro\n\nHello.\n',
				'java.md': '# Java\n\nClasses.\n',
				'vi/intro.md': '# Giới thiệu\n\nXin chào.\n',
				'vi/java.md': '# Java\n\nLớp.\n',
			});
			const lines: string[] = [];
			expect(runImport([join(dir, 'plan'), '--id', 'plan', '--out', content], dir, { log: (line) => lines.push(line), error: () => {} })).toBe(0);
			expect(lines.join('\n')).toContain('Translations left out: 2 files (vi/intro.md, vi/java.md)');
			expect(lines.join('\n')).not.toContain('Not imported');
			const viLines: string[] = [];
			expect(runImport([join(dir, 'plan', 'vi'), '--id', 'plan-vi', '--out', content], dir, { log: (line) => viLines.push(line), error: () => {} })).toBe(0);
			expect(viLines.join('\n')).not.toContain('Translations left out');
		});
	});
});

describe('a Docusaurus sidebars file', () => {
	const docs = [
		{ path: 'intro.md', text: '# Intro\n' },
		{ path: '01-basics/01-setup.md', text: '# Setup\n' },
		// Named by its frontmatter's id, in its folder without the number prefix.
		{ path: '01-basics/02-loops.md', text: '---\nid: iteration\n---\n\n# Loops\n' },
		{ path: '01-basics/overview.md', text: '# Basics\n' },
		{ path: 'extras/b.md', text: '---\nsidebar_position: 2\n---\n\n# B\n' },
		{ path: 'extras/a.md', text: '---\nsidebar_position: 1\n---\n\n# A\n' },
		{ path: 'extras/deep/c.md', text: '# C\n' },
		{ path: 'unlisted.md', text: '# Not in the sidebar\n' },
		{ path: 'later.md', text: '---\ndraft: true\n---\n\n# Later\n' },
	];

	it('names docs by id: their folders without number prefixes, then their frontmatter id or file name', () => {
		expect(docId('01-basics/02-loops.md', { id: 'iteration' })).toBe('basics/iteration');
		expect(docId('01-basics/01-setup.md', {})).toBe('basics/setup');
		expect(docId('intro.mdx', {})).toBe('intro');
	});

	it('reads its sidebar: docs by id, categories (shorthand ones too) opened by their linked doc, autogenerated folders; links and HTML are no pages', () => {
		const sidebars = {
			course: [
				'intro',
				{ type: 'html', value: '<hr>' },
				{ type: 'category', label: 'Basics', link: { type: 'doc', id: 'basics/overview' }, items: ['basics/setup', { type: 'doc', id: 'basics/iteration', label: 'Loops!' }] },
				{ type: 'link', label: 'MDN', href: 'https://developer.mozilla.org' },
				{ Extras: [{ type: 'autogenerated', dirName: 'extras' }] },
				// Listed before: left where it first is.
				'basics/setup',
			],
		};
		const { tableOfContents, notes } = docusaurusSidebar(docs, new Map(), { name: 'sidebars.js', value: sidebars });
		expect(tableOfContents).toBe(
			[
				'- [](intro.md)',
				'- Basics',
				'  - [](01-basics/overview.md)',
				'  - [](01-basics/01-setup.md)',
				'  - [](01-basics/02-loops.md)',
				'- Extras',
				'  - [](extras/a.md)',
				'  - [](extras/b.md)',
				'  - Deep',
				'    - [](extras/deep/c.md)',
				'',
			].join('\n'),
		);
		expect(notes).toEqual([]);
	});

	it('reads several sidebars (a sidebar per module) as the plan\'s parts, titled by the navbar\'s labels', () => {
		const sidebars = { intro: ['intro'], basicsModule: ['basics/setup', 'basics/iteration'], extras: [{ type: 'autogenerated', dirName: 'extras/deep' }] };
		const { tableOfContents } = docusaurusSidebar(docs, new Map(), { name: 'sidebars.js', value: sidebars, labels: sidebarLabels({ themeConfig: { navbar: { items: [{ type: 'docSidebar', sidebarId: 'basicsModule', label: 'Basics' }, { type: 'doc', docId: 'intro', label: 'Home' }] } } }) });
		expect(tableOfContents).toBe(['- Intro', '  - [](intro.md)', '- Basics', '  - [](01-basics/01-setup.md)', '  - [](01-basics/02-loops.md)', '- Extras', '  - [](extras/deep/c.md)', ''].join('\n'));
	});

	it('leaves out, with a note, what is not written as literals and ids that name no published doc; the docs what it computes might place follow in the autogenerated order; with nothing left, the autogenerated sidebar orders the docs', () => {
		const missing = { course: ['intro', 'later', { type: 'autogenerated', dirName: 'missing' }] };
		const read = docusaurusSidebar(docs, new Map(), { name: 'sidebars.ts', value: missing });
		expect(read.tableOfContents).toBe('- [](intro.md)\n');
		expect(read.notes).toEqual(['sidebars.ts: "later" in "course" names no published doc; left out', 'sidebars.ts: the autogenerated item for "missing" in "course" finds no docs there; left out']);
		const partly = { course: ['intro', undefined, { type: 'category', items: ['basics/setup'] }, 'extras/deep/c'] };
		const computed = docusaurusSidebar(docs, new Map(), { name: 'sidebars.ts', value: partly });
		expect(computed.tableOfContents).toBe(
			['- [](intro.md)', '- [](extras/deep/c.md)', '- Basics', '  - [](01-basics/01-setup.md)', '  - [](01-basics/02-loops.md)', '  - [](01-basics/overview.md)', '- Extras', '  - [](extras/a.md)', '  - [](extras/b.md)', '- [](unlisted.md)', ''].join('\n'),
		);
		expect(computed.notes).toEqual([
			'sidebars.ts: an item in "course" is not a doc, category, link or autogenerated item written as literals (it is computed when the site builds); left out',
			'sidebars.ts: a category in "course" is not written as literals (it is computed when the site builds); left out',
			'sidebars.ts: 6 docs its sidebars do not place as read follow them, in the order of the sidebar Docusaurus generates from their folders',
		]);
		const unread = docusaurusSidebar(docs, new Map(), { name: 'sidebars.js', value: undefined });
		expect(unread.tableOfContents).toBe(docusaurusSidebar(docs, new Map()).tableOfContents);
		expect(unread.tableOfContents).toContain('- [](unlisted.md)');
		expect(unread.notes).toEqual(["sidebars.js: no sidebar in it reads without running it; the docs are in the order of the sidebar Docusaurus generates from their folders"]);
	});

	it("reads the docs from the folder the docs plugin's path names", () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'site'), {
				'docusaurus.config.js': "module.exports = { title: 'Guides', presets: [['classic', { docs: { path: 'guides', routeBasePath: '/' } }]] };\n",
				'sidebars.js': "module.exports = { guides: ['start', 'next'] };\n",
				'guides/start.md': '# Start\n\nFirst.\n',
				'guides/next.md': '# Next\n\nSecond.\n',
				'docs/old.md': '# Old\n\nNot published.\n',
			});
			expect(runImport([join(dir, 'site'), '--id', 'guides', '--out', content], dir, { log: () => {}, error: () => {} })).toBe(0);
			expect(readdirSync(join(content, 'roadmaps', 'guides')).filter((name) => name.endsWith('.mdx')).sort()).toEqual(['index.mdx', 'next.mdx', 'start.mdx']);
		});
	});

	it('is the one the configuration names by sidebarPath, read through its TypeScript annotations; the docs it does not list are not imported, and the report says so', () => {
		withImportFolders((dir, content) => {
			const site = join(dir, 'site');
			writeFiles(site, {
				'docusaurus.config.ts': [
					"import type {Config} from '@docusaurus/types';",
					"const config: Config = { title: 'Web Course', presets: [['classic', { docs: { sidebarPath: './course-sidebars.ts' } } satisfies Preset.Options]] };",
					'export default config;',
				].join('\n'),
				// A sidebars file by the conventional name that the configuration does not use.
				'sidebars.js': "module.exports = { other: ['extra'] };\n",
				'course-sidebars.ts': [
					"import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';",
					'const sidebars: SidebarsConfig = {',
					"  course: ['welcome', { type: 'category', label: 'Week 1', items: ['week-1/html', 'week-1/css'] }, { Projects: ['project'] }],",
					'} satisfies SidebarsConfig;',
					'export default sidebars;',
				].join('\n'),
				'docs/welcome.md': '# Welcome\n\nWhat the course covers.\n',
				'docs/01-week-1/02-css.md': '# CSS\n\nStyles.\n',
				'docs/01-week-1/01-markup.md': '---\nid: html\n---\n\n# HTML\n\nTags.\n',
				'docs/project.md': '# Project\n\nA page of your own.\n',
				'docs/extra.md': '# Extra\n\nOnly in another sidebar.\n',
			});
			const lines: string[] = [];
			expect(runImport([site, '--id', 'web', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			const roadmap = join(content, 'roadmaps', 'web');
			expect(readFileSync(join(roadmap, 'index.mdx'), 'utf8')).toMatch(/groups:\n  - id: [\w-]+\n    title: "Week 1"\n[^]*  - id: [\w-]+\n    title: "Projects"\n/);
			const order = (id: string) => Number(/^order: (\d+)$/m.exec(readFileSync(join(roadmap, `${id}.mdx`), 'utf8'))![1]);
			expect(['welcome', 'html', 'css', 'project'].map(order)).toEqual([1, 2, 3, 4]);
			expect(existsSync(join(roadmap, 'extra.mdx'))).toBe(false);
			const report = lines.join('\n');
			expect(report).toMatch(/Not imported: 1 Markdown file .*: extra\.md/);
		});
	});
});

describe('an Astro Starlight sidebar', () => {
	const doc = (fields: string, body = '# Page\n') => `---\n${fields}\n---\n\n${body}`;
	const docs = [
		{ path: 'index.mdx', text: doc('title: Home\ntemplate: splash') },
		{ path: 'guides/Getting Started.md', text: doc('title: Getting started') },
		{ path: 'lessons/b-loops.md', text: doc('title: Loops\nsidebar:\n  order: 1') },
		{ path: 'lessons/a-intro.md', text: doc('title: Intro\nsidebar:\n  order: 0') },
		{ path: 'lessons/c-notes.md', text: doc('title: Notes') },
		{ path: 'lessons/extra/deep.md', text: doc('title: Deep\nsidebar:\n  order: 5') },
		{ path: 'lessons/hidden.md', text: doc('title: Hidden\nsidebar:\n  hidden: true') },
		{ path: 'lessons/draft.md', text: doc('title: Draft\ndraft: true') },
		{ path: 'about.md', text: doc('title: About\nslug: about-us') },
	];

	it('finds the options its configuration gives starlight(), and its title', () => {
		const config = defaultExport('astro.config.mjs', modules({
			'astro.config.mjs': "import starlight from '@astrojs/starlight';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx(), starlight({ title: { en: 'Course', fr: 'Cours' }, sidebar: [] })] });",
		}));
		const options = starlightOptions(config)!;
		expect(options['sidebar']).toEqual([]);
		expect(starlightTitle(options)).toBe('Course');
	});

	it('slugs a doc as Astro does: each part of its path, an index naming its folder, its own slug first', () => {
		expect(starlightSlug('guides/Getting Started.md', {})).toBe('guides/getting-started');
		expect(starlightSlug('guides/index.mdx', {})).toBe('guides');
		expect(starlightSlug('index.mdx', {})).toBe('index');
		expect(starlightSlug('about.md', { slug: '/about-us/' })).toBe('about-us');
	});

	it('reads pages by slug or link, groups by items, and autogenerated groups in order, folders after pages, without hidden docs and drafts', () => {
		const sidebar = [
			{ label: 'Start', items: ['guides/getting-started', { label: 'Who we are', link: '/about-us/' }, { label: 'Elsewhere', link: 'https://example.org' }, { slug: 'missing' }] },
			{ label: 'Lessons', autogenerate: { directory: 'lessons' } },
		];
		const { entries, notes } = starlightSidebar({ title: 'Course', sidebar }, docs);
		expect(entries).toEqual([
			{ title: 'Start', children: [{ title: '', url: 'guides/Getting Started.md' }, { title: 'Who we are', url: 'about.md' }] },
			{
				title: 'Lessons',
				children: [{ title: '', url: 'lessons/a-intro.md' }, { title: '', url: 'lessons/b-loops.md' }, { title: 'Extra', children: [{ title: '', url: 'lessons/extra/deep.md' }] }, { title: '', url: 'lessons/c-notes.md' }],
			},
		]);
		expect(notes).toEqual(['the sidebar\'s "missing" in "Start" names no published doc; left out']);
	});

	it('without a sidebar, autogenerates one of the whole docs folder, less the home page, a folder placed by the lowest order in it', () => {
		const { entries } = starlightSidebar({ title: 'Course' }, docs);
		expect(entries.map((entry) => entry.url ?? entry.title)).toEqual(['Lessons', 'about.md', 'Guides']);
	});

	it('imports a Starlight site, from its folder or its docs folder, in its sidebar order, titled by its title', () => {
		withImportFolders((dir, content, fresh) => {
			writeFiles(join(dir, 'site'), {
				'astro.config.mjs': "import starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Shell Course', sidebar: [{ label: 'Lessons', autogenerate: { directory: 'lessons' } }] })] });",
				'src/content/docs/index.mdx': doc('title: Welcome\ntemplate: splash', 'Start with [the intro](/lessons/a-intro/).\n'),
				'src/content/docs/lessons/b-loops.md': doc('title: Loops\nsidebar:\n  order: 1', ':::tip[Practice]\nWrite a loop.\n:::\n'),
				'src/content/docs/lessons/a-intro.mdx': doc('title: Intro\nsidebar:\n  order: 0', 'Next: [loops](/lessons/b-loops/).\n'),
			});
			for (const [folder, id] of [['site', 'site'], ['site/src/content/docs', 'docs']] as const) {
				fresh();
				const lines: string[] = [];
				expect(runImport([join(dir, folder), '--id', id, '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
				expect(lines.join('\n')).toContain('2 phases, split at the table of contents');
				const roadmap = join(content, 'roadmaps', id);
				const overview = readFileSync(join(roadmap, 'index.mdx'), 'utf8');
				expect(overview).toContain('title: "Shell Course"');
				expect(overview).toContain('[the intro](/roadmaps/' + id + '/intro/)');
				expect(readFileSync(join(roadmap, 'intro.mdx'), 'utf8')).toContain(`[loops](/roadmaps/${id}/loops/)`);
				expect(readFileSync(join(roadmap, 'loops.mdx'), 'utf8')).toContain('[!TIP]');
			}
		});
	});
	it("shows the images its pages import from src/assets (as JSX, over several lines) or link from its public folder", () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'site'), {
				'astro.config.mjs': "export default defineConfig({ integrations: [starlight({ title: 'Shell Course', sidebar: [{ label: 'Lessons', autogenerate: { directory: 'lessons' } }] })] });",
				'src/content/docs/lessons/git.mdx': doc('title: Git', "import { Image } from 'astro:assets';\nimport lga from '../../../assets/lga.png';\n\n<Image\n    src={ lga }\n    alt=\"The log\"\n    width=\"1000\"\n/>\nIts output.\n\n![Linked](../../../assets/linked.png)\n\n![Public](/logo.png)\n"),
				'src/content/docs/lessons/vim.md': doc('title: Vim', 'Text.\n'),
			});
			const pebble = join(repoRoot, 'tests', 'fixtures', 'import', 'day-course', 'images', 'pebble.png');
			for (const path of ['src/assets/lga.png', 'src/assets/linked.png', 'public/logo.png']) cpSync(pebble, join(dir, 'site', path));
			expect(runImport([join(dir, 'site'), '--id', 'shell', '--out', content], dir, { log: () => {}, error: () => {} })).toBe(0);
			const git = readFileSync(join(content, 'roadmaps', 'shell', 'git.mdx'), 'utf8');
			expect(git).toContain('![The log](./images/lga.png)\\\nIts output.');
			expect(git).toContain('![Linked](./images/linked.png)');
			expect(git).toContain('![Public](./images/logo.png)');
			for (const name of ['lga.png', 'linked.png', 'logo.png']) expect(existsSync(join(content, 'roadmaps', 'shell', 'images', name))).toBe(true);
		});
	});

	it("leaves out its other languages' docs folders (its locales' keys but the root's and defaultLocale's), as translations", () => {
		withImportFolders((dir, content) => {
			const config = (locales: string) => `export default defineConfig({ integrations: [starlight({ title: 'Docker', ${locales}, sidebar: [{ label: 'Docker', autogenerate: { directory: 'docker' } }] })] });`;
			writeFiles(join(dir, 'site'), {
				'astro.config.mjs': config("defaultLocale: 'root', locales: { root: { label: 'English', lang: 'en' }, de: { label: 'Deutsch', lang: 'de' } }"),
				'src/content/docs/docker/01-intro.md': doc('title: Intro', 'Containers.\n'),
				'src/content/docs/docker/02-cli.md': doc('title: CLI', 'Commands.\n'),
				'src/content/docs/de/docker/01-intro.md': doc('title: Einführung', 'Container.\n'),
				'src/content/docs/de/docker/02-cli.md': doc('title: CLI', 'Befehle.\n'),
			});
			const lines: string[] = [];
			expect(runImport([join(dir, 'site'), '--id', 'docker', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			expect(lines.join('\n')).toContain('Translations left out: 2 files (de/docker/01-intro.md, de/docker/02-cli.md)');
			expect(lines.join('\n')).not.toContain('Not imported');
			// Pages in en/ under `defaultLocale: 'en'` are the site's own.
			writeFiles(join(dir, 'en-site'), {
				'astro.config.mjs': config("defaultLocale: 'en', locales: { en: { label: 'English' }, de: { label: 'Deutsch' } }").replace("directory: 'docker'", "directory: 'en/docker'"),
				'src/content/docs/en/docker/01-intro.md': doc('title: Intro', 'Containers.\n'),
				'src/content/docs/en/docker/02-cli.md': doc('title: CLI', 'Commands.\n'),
				'src/content/docs/de/docker/01-intro.md': doc('title: Einführung', 'Container.\n'),
			});
			const enLines: string[] = [];
			expect(runImport([join(dir, 'en-site'), '--id', 'docker-en', '--out', content], dir, { log: (line) => enLines.push(line), error: (line) => enLines.push(line) })).toBe(0);
			expect(enLines.join('\n')).toContain('Translations left out: 1 file (de/docker/01-intro.md)');
			expect(readdirSync(join(content, 'roadmaps', 'docker-en')).toSorted()).toEqual(['cli.mdx', 'index.mdx', 'intro.mdx']);
		});
	});

	it('titles pages without the numbers its labels give them ("01: Intro"): the site numbers phases', () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'site'), {
				'astro.config.ts': "export default { integrations: [starlight({ title: 'Course', sidebar: [{ slug: 'one', label: '01: Command line' }, { slug: 'two', label: '02: Python' }] })] };",
				'src/content/docs/one.md': '---\ntitle: "01: Command line"\n---\n\nText.\n',
				'src/content/docs/two.md': '---\ntitle: "02: Python"\n---\n\nText.\n',
			});
			expect(runImport([join(dir, 'site'), '--id', 'numbered', '--out', content], dir, { log: () => {}, error: () => {} })).toBe(0);
			expect(readFileSync(join(content, 'roadmaps', 'numbered', 'command-line.mdx'), 'utf8')).toContain('title: "Command line"');
			expect(readFileSync(join(content, 'roadmaps', 'numbered', 'python.mdx'), 'utf8')).toContain('title: "Python"');
		});
	});
});

describe('a roadmap.sh roadmap', () => {
	const node = (id: string, type: string, label: string, x: number, y: number, width = 100, height = 40) => ({ id, type, position: { x, y }, width, height, data: { label } });
	const edge = (source: string, target: string) => ({ id: `${source}-${target}`, source, target, sourceHandle: 'x2', targetHandle: 'w1' });
	// Listed in the order they were drawn in, which is neither where they stand nor their files' names.
	const drawing = {
		nodes: [
			node('title1', 'title', 'Backend', 0, 0),
			node('db1', 'topic', 'Databases', 0, 300),
			node('net1', 'topic', 'Internet', 0, 100),
			node('dns1', 'subtopic', 'DNS', 200, 120),
			node('http1', 'subtopic', 'HTTP', -200, 120),
			node('gone1', 'subtopic', 'Gone', 0, 500),
		],
		edges: [edge('net1', 'dns1'), edge('http1', 'net1')],
	};
	const pages = ['content/databases@db1.md', 'content/dns@dns1.md', 'content/http@http1.md', 'content/internet@net1.md', 'content/old@old1.md'];

	it('takes each topic with the subtopics its edges reach (either way), in the order they are drawn, titled by their labels; content files it draws no node for are left out', () => {
		expect(roadmapShEntries(drawing, pages)).toEqual({
			entries: [
				{ title: 'Internet', url: 'content/internet@net1.md', children: [{ title: 'HTTP', url: 'content/http@http1.md' }, { title: 'DNS', url: 'content/dns@dns1.md' }] },
				{ title: 'Databases', url: 'content/databases@db1.md' },
			],
			unshown: ['content/old@old1.md'],
		});
		expect(roadmapShEntries({ name: 'package' }, pages)).toBeNull();
	});

	const files = (ids: readonly string[]) => ids.map((id) => `content/${id}@${id}.md`);
	const titles = (entries: readonly NavEntry[]): unknown[] => entries.map((entry) => (entry.children ? { [entry.title]: titles(entry.children) } : entry.title));

	it('takes a column of touching subtopics, or those inside one section frame, with the topic an edge joins any of them to', () => {
		const stacked = {
			nodes: [
				node('t1', 'topic', 'Basics', 300, 100),
				node('t2', 'topic', 'Branches', 300, 400),
				// A column drawn off Branches whose first box alone has the edge, above Basics' row.
				node('s1', 'subtopic', 'Create', 600, 60),
				node('s2', 'subtopic', 'Rename', 600, 104),
				node('s3', 'subtopic', 'Delete', 600, 148),
				// A frame joined to Basics by an edge to the frame, its boxes apart from each other.
				node('f1', 'section', '', -20, 380, 140, 200),
				node('s4', 'subtopic', 'Init', 0, 400),
				node('s5', 'subtopic', 'Config', 0, 500),
			],
			edges: [edge('t2', 's1'), edge('t1', 'f1')],
		};
		expect(titles(roadmapShEntries(stacked, files(['t1', 't2', 's1', 's2', 's3', 's4', 's5']))!.entries)).toEqual([{ Basics: ['Init', 'Config'] }, { Branches: ['Create', 'Rename', 'Delete'] }]);
	});

	it('follows drawn lines (vertical and horizontal nodes) from a block to its topic, and takes the nearest topic when a line reaches several', () => {
		const lined = {
			nodes: [
				node('t1', 'topic', 'Actions', 300, 100),
				node('t2', 'topic', 'Webhooks', 300, 400),
				// A column nearer Webhooks, joined to Actions by a horizontal line meeting a vertical one beside the column.
				node('s1', 'subtopic', 'YAML', 600, 250),
				node('s2', 'subtopic', 'Triggers', 600, 294),
				node('h1', 'horizontal', 'horizontal node', 390, 110, 190, 20),
				node('v1', 'vertical', 'vertical node', 575, 110, 20, 230),
				// A box on a line down the main path, which touches both topics.
				node('v2', 'vertical', 'vertical node', 340, 140, 20, 260),
				node('s3', 'subtopic', 'Runners', 360, 200),
			],
			edges: [],
		};
		expect(titles(roadmapShEntries(lined, files(['t1', 't2', 's1', 's2', 's3']))!.entries)).toEqual([{ Actions: ['Runners', 'YAML', 'Triggers'] }, 'Webhooks']);
	});

	const headed = {
		nodes: [
			node('t1', 'topic', 'Remotes', 300, 100),
			node('p1', 'paragraph', 'Best Practices', 300, 300),
			node('s1', 'subtopic', 'Commit Messages', 0, 280),
			node('s2', 'subtopic', 'Fetch', 0, 60),
			node('t2', 'topic', 'Hooks', 300, 500),
		],
		edges: [edge('p1', 's1')],
	};

	it('puts subtopics that hang from a heading (a paragraph) in a group titled by it, and those nothing connects with the topic drawn nearest', () => {
		expect(titles(roadmapShEntries(headed, files(['t1', 's1', 's2', 't2']))!.entries)).toEqual([{ Remotes: ['Fetch'] }, { 'Best Practices': ['Commit Messages'] }, 'Hooks']);
	});

	it('follows the main line (edges from one topic to the next, through a heading on it) before position, entering a line at its start', () => {
		const lined = {
			nodes: [
				node('t1', 'topic', 'Intro', 0, 0),
				node('p1', 'paragraph', 'Next', 0, 100),
				// Drawn on one row, the line taking the right one first.
				node('t2', 'topic', 'Caching', 0, 200),
				node('t3', 'topic', 'APIs', 300, 200),
				node('t4', 'topic', 'Extras', 0, 400),
				// A line that climbs: Scale follows Deploy though drawn above it.
				node('t5', 'topic', 'Scale', 300, 500),
				node('t6', 'topic', 'Deploy', 0, 600),
			],
			edges: [edge('t1', 'p1'), edge('p1', 't3'), edge('t3', 't2'), edge('t6', 't5')],
		};
		expect(titles(roadmapShEntries(lined, files(['t1', 't2', 't3', 't4', 't5', 't6']))!.entries)).toEqual(['Intro', 'APIs', 'Caching', 'Extras', 'Deploy', 'Scale']);
	});

	it('follows the main line through edges drawn against it, entering it where no edge leads in', () => {
		const reversed = {
			nodes: [
				node('t1', 'topic', 'Internet', 0, 0),
				node('t2', 'topic', 'HTML', -300, 200),
				node('t3', 'topic', 'CSS', 0, 250),
				// Below CSS, yet drawn as the source of the edge into it, as CSS is of the one into HTML.
				node('t4', 'topic', 'JavaScript', 0, 400),
				node('t5', 'topic', 'Git', 300, 400),
			],
			edges: [edge('t1', 't2'), edge('t3', 't2'), edge('t4', 't3'), edge('t4', 't5')],
		};
		expect(titles(roadmapShEntries(reversed, files(['t1', 't2', 't3', 't4', 't5']))!.entries)).toEqual(['Internet', 'HTML', 'CSS', 'JavaScript', 'Git']);
	});

	it('makes a paragraph drawn around subtopics a group titled by it inside the topic it reaches, titled frames side by side reaching it as one', () => {
		const framed = {
			nodes: [
				node('t1', 'topic', 'Realtime', 0, 0),
				node('p1', 'paragraph', 'Documents', 0, 200, 150, 120),
				node('s1', 'subtopic', 'Mongo', 10, 230),
				node('s2', 'subtopic', 'Couch', 10, 275),
				// Beside it, and joined to NoSQL by a line: Documents, nearer Realtime, is reached through it.
				node('p2', 'paragraph', 'Graphs', 150, 200, 150, 120),
				node('s3', 'subtopic', 'Neo4j', 160, 230),
				node('h1', 'horizontal', 'horizontal node', 300, 250, 200, 20),
				node('t2', 'topic', 'NoSQL', 500, 250),
			],
			edges: [],
		};
		expect(titles(roadmapShEntries(framed, files(['t1', 't2', 's1', 's2', 's3']))!.entries)).toEqual(['Realtime', { NoSQL: [{ Documents: ['Mongo', 'Couch'] }, { Graphs: ['Neo4j'] }] }]);
	});

	it('makes a subtopic open a group of the boxes its edges lead to, and of the others in a frame it is drawn across the top of', () => {
		const nested = {
			nodes: [
				node('t1', 'topic', 'Undo', 0, 0),
				node('s1', 'subtopic', 'reset', 200, 0),
				node('s2', 'subtopic', 'soft', 400, 0),
				node('s3', 'subtopic', 'hard', 400, 44),
				// A column two subtopics lead into, one box each.
				node('s4', 'subtopic', 'Profile', 200, 100),
				node('s5', 'subtopic', 'Repos', 200, 144),
				node('s6', 'subtopic', 'Readme', 400, 100),
				node('s7', 'subtopic', 'Private', 400, 144),
				node('t2', 'topic', 'APIs', 0, 300),
				node('f1', 'section', '', 600, 300, 200, 150),
				node('s8', 'subtopic', 'Auth', 600, 300, 200, 40),
				node('s9', 'subtopic', 'JWT', 610, 350),
				node('s10', 'subtopic', 'Fork', 710, 350),
				node('s11', 'subtopic', 'OAuth', 610, 400),
			],
			edges: [edge('t1', 's1'), edge('s1', 's2'), edge('s1', 's3'), edge('t1', 's4'), edge('s4', 's6'), edge('s5', 's7'), edge('t2', 'f1'), edge('s9', 's10')],
		};
		const ids = ['t1', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 't2', 's8', 's9', 's10', 's11'];
		expect(titles(roadmapShEntries(nested, files(ids))!.entries)).toEqual([
			{ Undo: [{ reset: ['soft', 'hard'] }, { Profile: ['Readme'] }, { Repos: ['Private'] }] },
			{ APIs: [{ Auth: [{ JWT: ['Fork'] }, 'OAuth'] }] },
		]);
	});

	it('gives each box of a column several subtopics lead into to the one whose edge leads to it, nearer or not', () => {
		const led = {
			nodes: [
				node('t1', 'topic', 'Rendering', 0, 0),
				node('s1', 'subtopic', 'React', 200, 0),
				node('s2', 'subtopic', 'Vue', 200, 200),
				node('s3', 'subtopic', 'Next', 400, 0),
				node('s4', 'subtopic', 'Router', 400, 44),
				node('s5', 'subtopic', 'Nuxt', 400, 88),
				// Drawn level with Vue, but React's.
				node('s6', 'subtopic', 'Remix', 400, 188),
			],
			edges: [edge('t1', 's1'), edge('t1', 's2'), edge('s1', 's3'), edge('s1', 's6'), edge('s2', 's5')],
		};
		expect(titles(roadmapShEntries(led, files(['t1', 's1', 's2', 's3', 's4', 's5', 's6']))!.entries)).toEqual([
			{ Rendering: [{ React: ['Next', 'Router', 'Remix'] }, { Vue: ['Nuxt'] }] },
		]);
	});

	it('carries a column on past the caption at its frame\'s foot: a box drawn against the frame\'s edge goes with it, not with the topic drawn nearest', () => {
		const captioned = {
			nodes: [
				node('t1', 'topic', 'Repository', 300, 100),
				node('h1', 'horizontal', 'horizontal node', 120, 110, 180, 20),
				node('f1', 'section', '', 0, 0, 120, 200),
				node('s1', 'subtopic', 'init', 10, 10),
				node('s2', 'subtopic', 'commit', 10, 54),
				node('l1', 'label', 'Basics', 10, 150, 100, 36),
				// Against the frame's foot, the caption between it and the column's last box.
				node('s3', 'subtopic', 'ignore', 0, 204, 120, 40),
				node('t2', 'topic', 'Remotes', 300, 260),
			],
			edges: [],
		};
		expect(titles(roadmapShEntries(captioned, files(['t1', 't2', 's1', 's2', 's3']))!.entries)).toEqual([{ Repository: [{ Basics: ['init', 'commit'] }, 'ignore'] }, 'Remotes']);
	});

	it('titles a frame around subtopics by the one label at its top or foot, inside it or just outside and nearer it than other frames; a paragraph by its words unless they are a sentence', () => {
		const labelled = {
			nodes: [
				node('t1', 'topic', 'PWAs', 300, 0),
				node('p1', 'paragraph', '', 0, 0, 120, 100),
				node('s1', 'subtopic', 'Storage', 10, 10),
				node('s2', 'subtopic', 'Sockets', 10, 54),
				node('l1', 'label', 'Browser APIs', 10, 112, 100, 36),
				node('f1', 'section', '', 0, 200, 120, 140),
				node('s3', 'subtopic', 'SMTP', 10, 210),
				node('l2', 'label', 'Email', 10, 260, 100, 36),
				node('s4', 'subtopic', 'IMAP', 10, 300),
				node('t2', 'topic', 'Scale', 300, 400),
				node('p2', 'paragraph', 'Metrics that help when things go wrong.', 300, 450, 150, 100),
				node('s5', 'subtopic', 'Observability', 310, 500),
				// A caption at one frame's foot just over the next, which has its own.
				node('f2', 'section', '', 0, 600, 120, 100),
				node('s6', 'subtopic', 'Flask', 10, 610),
				node('l3', 'label', 'Sync', 10, 660, 100, 30),
				node('f3', 'section', '', 0, 705, 120, 120),
				node('l4', 'label', 'Sync and Async', 10, 710, 100, 30),
				node('s7', 'subtopic', 'Django', 10, 750),
				// A caption between two frames, nearer the upper.
				node('f4', 'section', '', 600, 0, 120, 100),
				node('s8', 'subtopic', 'Push', 610, 10),
				node('l5', 'label', 'Web APIs', 610, 105, 100, 30),
				node('f5', 'section', '', 600, 150, 120, 100),
				node('s9', 'subtopic', 'Pay', 610, 160),
				// Labels over the two columns a frame holds.
				node('f6', 'section', '', 600, 300, 240, 140),
				node('l6', 'label', 'Unix', 610, 305, 50, 30),
				node('l7', 'label', 'Linux', 730, 305, 50, 30),
				node('s10', 'subtopic', 'BSD', 610, 340),
				node('s11', 'subtopic', 'Debian', 730, 340),
			],
			edges: [edge('t1', 'p1'), edge('t1', 's3'), edge('t2', 's6'), edge('t2', 's7'), edge('t1', 's8'), edge('t1', 's9'), edge('t1', 's10')],
		};
		// The label between SMTP and IMAP captions neither the frame nor what it holds.
		expect(titles(roadmapShEntries(labelled, files(['t1', 't2', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11']))!.entries)).toEqual([
			{ PWAs: [{ 'Browser APIs': ['Storage', 'Sockets'] }, { 'Web APIs': ['Push'] }, 'Pay', 'SMTP', 'IMAP', 'BSD', 'Debian'] },
			{ Scale: ['Observability', { Sync: ['Flask'] }, { 'Sync and Async': ['Django'] }] },
		]);
	});

	it('gives a frame a topic is drawn across the top of to that topic, and one nothing reaches to what the frame it is stacked on goes with', () => {
		const stacked = {
			nodes: [
				node('t1', 'topic', 'Networking', 300, 0),
				node('f1', 'section', '', 0, 0, 120, 100),
				node('s1', 'subtopic', 'DNS', 10, 10),
				node('f2', 'section', '', 0, 96, 120, 150),
				node('s2', 'subtopic', 'SMTP', 10, 110),
				node('t2', 'topic', 'Cloud', 300, 200),
				node('t3', 'topic', 'Serverless', 600, 100, 120, 40),
				node('f3', 'section', '', 600, 120, 120, 120),
				node('s3', 'subtopic', 'Lambda', 610, 150),
				// A line from the frame down to Provisioning.
				node('v1', 'vertical', 'vertical node', 650, 155, 20, 185),
				node('t4', 'topic', 'Provisioning', 600, 340),
			],
			edges: [edge('t1', 'f1')],
		};
		expect(titles(roadmapShEntries(stacked, files(['t1', 't2', 't3', 't4', 's1', 's2', 's3']))!.entries)).toEqual([
			{ Networking: ['DNS', 'SMTP'] },
			{ Serverless: ['Lambda'] },
			'Cloud',
			'Provisioning',
		]);
	});

	it('makes a section frame around several topics a part titled by the first words written in it; a frame around one topic is none', () => {
		const framed = {
			nodes: [
				node('f1', 'section', '', 0, 0, 600, 200),
				node('l1', 'label', 'Phase 1: Foundation', 10, 10),
				node('l2', 'label', 'Core', 10, 60),
				node('t1', 'topic', 'HTML', 10, 100),
				// Sticking out of the frame's edge a little, as drawn.
				node('t2', 'topic', 'CSS', 520, 100),
				node('f2', 'section', '', 0, 300, 600, 100),
				node('l3', 'label', 'Phase 2', 10, 310),
				node('t3', 'topic', 'React', 10, 350),
				node('t4', 'topic', 'Career', 10, 500),
			],
			edges: [],
		};
		expect(titles(roadmapShEntries(framed, files(['t1', 't2', 't3', 't4']))!.entries)).toEqual([{ 'Phase 1: Foundation': ['HTML', 'CSS'] }, 'React', 'Career']);
	});

	it('sums the roadmap up in the order it takes its groups, a heading\'s group (a part) where it stands among the topics\' groups', () => {
		withImportFolders((dir, content) => {
			const ids = ['t1', 's1', 's2', 't2'];
			writeFiles(join(dir, 'git'), {
				'git.json': JSON.stringify(headed),
				'git.md': "---\ntitle: 'Git'\n---\n",
				...Object.fromEntries(files(ids).map((path) => [path, '# Page\n\nText.\n'])),
			});
			expect(runImport([join(dir, 'git'), '--id', 'git', '--out', content], dir, { log: () => {}, error: () => {} })).toBe(0);
			expect(readFileSync(join(content, 'roadmaps', 'git', 'index.mdx'), 'utf8')).toContain('summary: "Remotes and Best Practices"');
		});
	});

	it('imports a roadmap folder: its drawing orders the lessons, its page titles the roadmap', () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'backend'), {
				'backend.json': JSON.stringify(drawing),
				'backend.md': "---\ntitle: 'Backend Developer'\nbriefTitle: 'Backend'\n---\n",
				...Object.fromEntries(pages.map((path) => [path, `# ${path.slice(8, path.indexOf('@'))}\n\nText.\n`])),
			});
			const lines: string[] = [];
			expect(runImport([join(dir, 'backend'), '--id', 'backend', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			expect(lines.join('\n')).toContain('4 phases, split at the table of contents');
			expect(lines.join('\n')).toContain('Left out: 1 content file that backend.json draws no node for (roadmap.sh does not show it)');
			expect(readFileSync(join(content, 'roadmaps', 'backend', 'index.mdx'), 'utf8')).toContain('title: "Backend Developer"');
			const order = (id: string) => /^order: (\d+)$/m.exec(readFileSync(join(content, 'roadmaps', 'backend', `${id}.mdx`), 'utf8'))?.[1];
			expect(['internet', 'http', 'dns', 'databases'].map(order)).toEqual(['1', '2', '3', '4']);
		});
	});
});

describe("an MkDocs site's nav built from its docs folder", () => {
	const pages = ['index.md', 'README.md', 'syllabus.md', 'about.md', 'labs/week10/index.md', 'labs/week2/b.md', 'labs/week2/a.md', 'labs/solo/only.md', 'drafts/x.md', 'meetings/01.md', 'meetings/02.md', 'meetings/index.md'];
	const files: Record<string, Record<string, unknown>> = {
		'': { nav: ['index.md', { 'Course labs': 'labs' }, { Forum: 'https://example.org/forum' }, '...', 'about.md'] },
		labs: { title: 'Labs', nav: ['week2', '...'] },
		'labs/week2': { nav: [{ Second: 'b.md' }], title: 'Week 2' },
		drafts: { hide: true },
		meetings: { order: 'desc' },
	};

	it("orders and titles each folder as its .pages file says: listed first, the rest where '...' stands, the others left out", () => {
		expect(mkdocsPagesNav(pages, (folder) => files[folder] ?? null, true)).toEqual([
			{ title: '', url: 'index.md' },
			{
				title: 'Course labs',
				children: [
					// Sections of one page are that page (collapse_single_pages).
					{ title: 'Second', url: 'labs/week2/b.md' },
					{ title: '', url: 'labs/solo/only.md' },
					{ title: '', url: 'labs/week10/index.md' },
				],
			},
			{ title: '', url: 'syllabus.md' },
			{ title: 'Meetings', children: [{ title: '', url: 'meetings/index.md' }, { title: '', url: 'meetings/02.md' }, { title: '', url: 'meetings/01.md' }] },
			{ title: '', url: 'about.md' },
		]);
	});

	it("is MkDocs' own without .pages files: pages in name order, the index first, then folders as sections", () => {
		expect(mkdocsPagesNav(['b.md', 'index.md', 'a.md', 'week2/x.md', 'week10/y.md'], () => null)).toEqual([
			{ title: '', url: 'index.md' },
			{ title: '', url: 'a.md' },
			{ title: '', url: 'b.md' },
			{ title: 'Week2', children: [{ title: '', url: 'week2/x.md' }] },
			{ title: 'Week10', children: [{ title: '', url: 'week10/y.md' }] },
		]);
	});

	it('imports an MkDocs site without a nav from its awesome-pages files, its home page the overview', () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'site'), {
				'mkdocs.yml': 'site_name: Web mapping\nplugins:\n  - search\n  - awesome-pages:\n      collapse_single_pages: true\n',
				'docs/.pages': 'nav:\n  - index.md\n  - Weekly labs: labs\n  - syllabus.md\n',
				'docs/index.md': '# Web mapping\n\nWelcome.\n',
				'docs/syllabus.md': '# Syllabus\n\nGrading.\n',
				'docs/labs/.pages': 'nav:\n  - week2\n  - ...\n',
				'docs/labs/week1/index.md': '# Lab 1\n\nGit.\n',
				'docs/labs/week1/extra.md': '# Extra\n\nMore git.\n',
				'docs/labs/week2/index.md': '# Lab 2\n\nLeaflet.\n',
			});
			expect(runImport([join(dir, 'site'), '--id', 'maps', '--out', content], dir, { log: () => {}, error: () => {} })).toBe(0);
			const roadmap = join(content, 'roadmaps', 'maps');
			const field = (id: string, key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(readFileSync(join(roadmap, `${id}.mdx`), 'utf8'))?.[1];
			const phases = readdirSync(roadmap).filter((name) => name.endsWith('.mdx') && name !== 'index.mdx').map((name) => name.replace('.mdx', ''));
			expect(phases.sort((a, b) => Number(field(a, 'order')) - Number(field(b, 'order'))).map((id) => field(id, 'title'))).toEqual(['"Lab 2"', '"Lab 1"', '"Extra"', '"Syllabus"']);
			const overview = readFileSync(join(roadmap, 'index.mdx'), 'utf8');
			expect(overview).toContain('Welcome.');
			expect(overview).toContain('title: "Weekly labs"');
		});
	});

	it("puts a page its nav leaves out onto the first listed page that links it, the home page staying the overview", () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'site'), {
				'mkdocs.yml': 'site_name: Python\nnav:\n  - Home: index.md\n  - Lists: lists/lists.md\n  - Loops: loops.md\n',
				'docs/index.md': '# Python\n\nWelcome.\n',
				'docs/lists/lists.md': '# Lists\n\nAppend to a list.\n\n[Solutions](./solution.md)\n',
				'docs/lists/solution.md': '# Solutions\n\nUse append.\n',
				'docs/loops.md': '# Loops\n\nSee [the lists](lists/solution.md) again, or go [home](index.md).\n',
			});
			const lines: string[] = [];
			expect(runImport([join(dir, 'site'), '--id', 'py', '--out', content], dir, { log: (line) => lines.push(line), error: () => {} })).toBe(0);
			expect(lines.join('\n')).toContain('2 phases, split at the table of contents');
			expect(lines.join('\n')).not.toContain('Not imported');
			const roadmap = join(content, 'roadmaps', 'py');
			expect(readFileSync(join(roadmap, 'lists.mdx'), 'utf8')).toContain('Use append.');
			// A link to the page lands on its heading there, which keeps its anchor if reworded.
			expect(readFileSync(join(roadmap, 'loops.mdx'), 'utf8')).toContain('[the lists](/roadmaps/py/lists/#solutions)');
			expect(readFileSync(join(roadmap, 'lists.mdx'), 'utf8')).toMatch(/\[Solutions\]\(#solutions\)[\s\S]*## Solutions \{\/\* #solutions \*\/\}/);
			expect(readFileSync(join(roadmap, 'index.mdx'), 'utf8')).toContain('Welcome.');
		});
	});

	it('reads the pages of an MkDocs nav beside its configuration when the repository holds no docs_dir (a build step copies them there)', () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'site'), {
				'mkdocs.yml': 'site_name: Shell 101\ndocs_dir: docs\nnav:\n  - Home: index.md\n  - Lessons:\n      - Basics:\n          - Paths: lessons/01-basics/paths.md\n          - Pipes: lessons/01-basics/pipes.md\n  - Quizzes:\n      - Quiz 01: quizzes/quiz_01.md\n',
				'README.md': '# Shell 101\n\nWelcome.\n\n1. Follow [the first lesson](lessons/01-basics/paths.md).\n',
				'lessons/01-basics/paths.md': '# Paths\n\nAbsolute and relative.\n',
				'lessons/01-basics/pipes.md': '# Pipes\n\nJoin commands.\n',
				'quizzes/quiz_01.md': '# Quiz 01: Paths\n\n1. What is `/`?\n',
			});
			const lines: string[] = [];
			expect(runImport([join(dir, 'site'), '--id', 'sh', '--out', content], dir, { log: (line) => lines.push(line), error: () => {} })).toBe(0);
			expect(lines.join('\n')).toContain('3 phases, split at the table of contents');
			const roadmap = join(content, 'roadmaps', 'sh');
			const overview = readFileSync(join(roadmap, 'index.mdx'), 'utf8');
			expect(overview).toContain('Welcome.');
			expect(overview).toMatch(/id: basics\n    title: "Basics"\n    parent: lessons/);
			expect(readFileSync(join(roadmap, 'pipes.mdx'), 'utf8')).toContain('group: basics');
		});
	});

	it('reads the pages of an MkDocs nav from docs/ when its docs_dir is made by a build step from there, its titles as the site shows them', () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'book'), {
				'mkdocs.yml': 'site_name: 算法\ndocs_dir: build/docs\nnav:\n  - 第 1 章 &nbsp; 初识:\n      - chapter_intro/index.md\n      - 1.1 &nbsp; 算法: chapter_intro/what.md\n  - 第 2 章 &nbsp; <b>复杂度</b>:\n      - 2.1 &nbsp; 迭代: chapter_complexity/iteration.md\n',
				'README.md': '# 算法\n\n一本书。\n',
				'docs/chapter_intro/index.md': '# 初识\n\n开始。\n',
				'docs/chapter_intro/what.md': '# 算法是什么\n\n定义。\n',
				'docs/chapter_complexity/iteration.md': '# 迭代\n\n循环。\n',
			});
			const lines: string[] = [];
			expect(runImport([join(dir, 'book'), '--id', 'algo', '--out', content], dir, { log: (line) => lines.push(line), error: () => {} })).toBe(0);
			expect(lines.join('\n')).toContain('split at the table of contents');
			const overview = readFileSync(join(content, 'roadmaps', 'algo', 'index.mdx'), 'utf8');
			expect(overview).toContain('title: "第 1 章 初识"');
			expect(overview).toContain('title: "第 2 章 复杂度"');
			expect(overview).not.toContain('nbsp');
			expect(readdirSync(join(content, 'roadmaps', 'algo')).filter((name) => name !== 'index.mdx')).toHaveLength(3);
		});
	});
});

describe("an MDX page's component tags on lines of their own", () => {
	it('set off the Markdown right after or before them, as MDX reads it, and keep a tag over several lines whole', () => {
		const page = '<Tabs>\n<Tab title="Python">\nInstall it:\n<CodeGroup>\n```bash\nuv add mcp\n```\n</CodeGroup>\nDone.\n</Tab>\n</Tabs>\n\n<Card\n  title="Next"\n  href="/next"\n>\n  Go on.\n</Card>\n';
		expect(separateComponentLines(page)).toBe(
			'<Tabs>\n<Tab title="Python">\n\nInstall it:\n\n<CodeGroup>\n\n```bash\nuv add mcp\n```\n\n</CodeGroup>\n\nDone.\n\n</Tab>\n</Tabs>\n\n<Card\n  title="Next"\n  href="/next"\n>\n  Go on.\n\n</Card>\n',
		);
	});

	it('show as the site shows them on the imported page, the code inside them code', () => {
		withImportFolders((dir, content) => {
			const page = '---\ntitle: "Server"\n---\n\nFirst:\n\n<Tabs>\n<Tab title="Python">\nInstall it:\n<CodeGroup>\n```xml\n<dependencies>\n</dependencies>\n```\n</CodeGroup>\n</Tab>\n</Tabs>\n\n<Accordion title="Why?">\n  Because.\n</Accordion>\n';
			writeFiles(join(dir, 'site'), {
				'docs.json': JSON.stringify({ name: 'Course', navigation: { groups: [{ group: 'Start', pages: ['one', 'two'] }] } }),
				'one.mdx': page,
				'two.mdx': '---\ntitle: "Two"\n---\n\nMore.\n',
			});
			expect(runImport([join(dir, 'site'), '--id', 'mdx', '--out', content], dir, { log: () => {}, error: () => {} })).toBe(0);
			const text = readFileSync(join(content, 'roadmaps', 'mdx', 'server.mdx'), 'utf8');
			expect(text).toContain('**Python**\n\nInstall it:\n\n```xml\n<dependencies>\n</dependencies>\n```');
			expect(text).toMatch(/<details>\s*<summary>Why\?<\/summary>/);
			expect(text).not.toContain('\\<');
		});
	});
});

describe('a Nextra sidebar', () => {
	const pages = ['index.mdx', 'basics/_private.md', 'basics/loops.mdx', 'basics/intro.mdx', 'week_2/lesson.mdx', 'week_2/checkpoint.mdx', 'week_10/lesson.mdx', 'week_1.mdx', 'week_1/kickoff.mdx', 'about.md'].filter((path) => !path.includes('_private'));
	const metas: Record<string, unknown> = {
		'': { index: 'Home', '---': { type: 'separator', title: 'Course' }, basics: 'The basics', github: { title: 'GitHub', href: 'https://github.com' } },
		basics: { intro: 'Introduction', loops: { title: 'Loops' } },
		week_2: { checkpoint: { display: 'hidden' } },
	};

	it('orders and titles each folder by its _meta, the pages it leaves out after in name order, under separators, without hidden pages and links', () => {
		const { entries, hidden } = nextraSidebar(pages, (folder) => metas[folder]);
		expect(entries).toEqual([
			{ title: 'Home', url: 'index.mdx' },
			{
				title: 'Course',
				children: [
					{ title: 'The basics', children: [{ title: 'Introduction', url: 'basics/intro.mdx' }, { title: 'Loops', url: 'basics/loops.mdx' }] },
					{ title: '', url: 'about.md' },
					{ title: 'Week 1', children: [{ title: '', url: 'week_1.mdx' }, { title: '', url: 'week_1/kickoff.mdx' }] },
					{ title: 'Week 2', children: [{ title: '', url: 'week_2/lesson.mdx' }] },
					{ title: 'Week 10', children: [{ title: '', url: 'week_10/lesson.mdx' }] },
				],
			},
		]);
		expect(hidden).toEqual(['week_2/checkpoint.mdx']);
	});

	it("reads Fumadocs' meta.json lists (separators, hidden pages, links, the rest, a folder's pages in its place, a folder's own title) and Rspress' _meta.json lists the same way", () => {
		const fumadocs: Record<string, unknown> = {
			'': { title: 'Course', pages: ['index', '---[Rocket]Start here---', 'week_1', '!about', '[GitHub](https://github.com)', '...', '---Extras---', '...extras'] },
			week_1: { title: 'Week 1: HTML', pages: ['kickoff', '[Icon][Slides](https://example.org/slides)'] },
			week_2: { title: 'Week 2: CSS', pages: ['checkpoint', 'lesson'] },
			extras: { title: 'Extras', pages: ['tools', 'reading'] },
		};
		const fumadocsPages = ['index.mdx', 'week_1/kickoff.mdx', 'week_1/index.mdx', 'week_2/lesson.mdx', 'week_2/checkpoint.mdx', 'about.md', 'extras/reading.mdx', 'extras/tools.mdx'];
		expect(nextraSidebar(fumadocsPages, (folder) => fumadocs[folder])).toEqual({
			entries: [
				{ title: '', url: 'index.mdx' },
				{
					title: 'Start here',
					children: [
						{ title: 'Week 1: HTML', children: [{ title: '', url: 'week_1/index.mdx' }, { title: '', url: 'week_1/kickoff.mdx' }] },
						{ title: 'Week 2: CSS', children: [{ title: '', url: 'week_2/checkpoint.mdx' }, { title: '', url: 'week_2/lesson.mdx' }] },
					],
				},
				{ title: 'Extras', children: [{ title: '', url: 'extras/tools.mdx' }, { title: '', url: 'extras/reading.mdx' }] },
			],
			hidden: ['about.md'],
		});
		const rspress: Record<string, unknown> = {
			'': ['index', { type: 'section-header', label: 'Guide' }, { type: 'dir', name: 'basics', label: 'The basics' }, { type: 'file', name: 'about.md', label: 'About' }, { type: 'divider' }],
			basics: ['loops', 'intro'],
		};
		expect(nextraSidebar(['index.mdx', 'about.md', 'basics/intro.mdx', 'basics/loops.mdx'], (folder) => rspress[folder]).entries).toEqual([
			{ title: '', url: 'index.mdx' },
			{ title: 'Guide', children: [{ title: 'The basics', children: [{ title: '', url: 'basics/loops.mdx' }, { title: '', url: 'basics/intro.mdx' }] }, { title: 'About', url: 'about.md' }] },
		]);
	});

	it('imports a Nextra site from its folder: its home page the overview, its folders groups', () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'site'), {
				'next.config.mjs': 'export default {}',
				'content/_meta.ts': "import type { MetaRecord } from 'nextra'\nconst meta: MetaRecord = { index: 'Home', curriculum: 'Curriculum' }\nexport default meta\n",
				'content/index.mdx': '# Shopping cart course\n\nStart at [week 1](/curriculum/week_1/kickoff).\n',
				'content/curriculum/_meta.json': '{ "week_1": "Week 1: HTML", "week_2": "Week 2: CSS" }',
				'content/curriculum/week_1/kickoff.mdx': '# Kickoff\n\nHello.\n',
				'content/curriculum/week_2/lesson.mdx': '# Styling\n\nColours.\n',
			});
			const lines: string[] = [];
			expect(runImport([join(dir, 'site'), '--id', 'cart', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			expect(lines.join('\n')).toContain('2 phases, split at the table of contents');
			const overview = readFileSync(join(content, 'roadmaps', 'cart', 'index.mdx'), 'utf8');
			expect(overview).toContain('title: "Shopping cart course"');
			expect(overview).toContain('[week 1](/roadmaps/cart/kickoff/)');
			expect(overview).toMatch(/title: "Week 2: CSS"|title: "CSS"/);
		});
	});

	it("reads a folder's index page's relative links from the address the site serves it at, its folder's without a trailing slash", () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'site'), {
				'next.config.mjs': 'export default {}',
				'content/_meta.ts': "export default { index: 'Home', curriculum: 'Curriculum' }\n",
				'content/index.mdx': '# Shopping cart course\n\nSee [the curriculum](./curriculum).\n',
				'content/curriculum/_meta.json': '{ "index": "Overview", "goals": "Goals", "week_1": "Week 1" }',
				'content/curriculum/index.mdx': '# Curriculum\n\n### [Week 1: Kickoff](./curriculum/week_1/kickoff)\n\nRead the [goals](./goals) first.\n',
				'content/curriculum/goals.mdx': '# Goals\n\nLearn.\n',
				'content/curriculum/week_1/kickoff.mdx': '# Kickoff\n\nHello.\n',
			});
			expect(runImport([join(dir, 'site'), '--id', 'cart', '--out', content], dir, { log: () => {}, error: () => {} })).toBe(0);
			const overview = readFileSync(join(content, 'roadmaps', 'cart', 'overview.mdx'), 'utf8');
			expect(overview).toContain('[Week 1: Kickoff](/roadmaps/cart/kickoff/)');
			expect(overview).toContain('[goals](/roadmaps/cart/goals/)');
		});
	});

	it('imports a Fumadocs site from its folder: the pages of content/docs/ in the order of their meta.json files, its links to /docs/ pages leading to them', () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'site'), {
				'source.config.ts': "export const { docs, meta } = defineDocs({ dir: 'content/docs' });\n",
				'next.config.mjs': 'export default {}',
				'content/docs/meta.json': '{ "pages": ["---Welcome---", "index", "setup", "---Modules---", "python", "(help)"] }',
				'content/docs/index.mdx': '---\ntitle: Python for data science\n---\n\nStart with the [setup](/docs/setup).\n',
				'content/docs/setup.mdx': '---\ntitle: Setup\n---\n\nInstall, or read the [FAQ](/docs/faq).\n',
				'content/docs/(help)/faq.mdx': '---\ntitle: FAQ\n---\n\nAsk.\n',
				'content/docs/python/meta.json': '{ "title": "Python", "pages": ["types", "loops"] }',
				'content/docs/python/index.mdx': '---\ntitle: Python basics\n---\n\nThe language.\n',
				'content/docs/python/loops.mdx': '---\ntitle: Loops\n---\n\nfor.\n',
				'content/docs/python/types.mdx': '---\ntitle: Types\n---\n\nint.\n',
			});
			const lines: string[] = [];
			expect(runImport([join(dir, 'site'), '--id', 'pyds', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			expect(lines.join('\n')).toContain('5 phases, split at the table of contents');
			const order = (name: string) => Number(/order: (\d+)/.exec(readFileSync(join(content, 'roadmaps', 'pyds', `${name}.mdx`), 'utf8'))![1]);
			expect(['setup', 'python-basics', 'types', 'loops', 'faq'].map(order)).toEqual([1, 2, 3, 4, 5]);
			// Its pages link each other at the address the site serves them at, /docs/, a route group's folder left out.
			expect(readFileSync(join(content, 'roadmaps', 'pyds', 'index.mdx'), 'utf8')).toContain('[setup](/roadmaps/pyds/setup/)');
			expect(readFileSync(join(content, 'roadmaps', 'pyds', 'setup.mdx'), 'utf8')).toContain('[FAQ](/roadmaps/pyds/faq/)');
		});
	});

	it("shows the images its pages name from its root, served from its public folder", () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'site'), {
				'next.config.ts': 'export default {}',
				'content/_meta.json': '{ "one": "One", "two": "Two" }',
				'content/one.mdx': 'import Image from "next/image";\n\n# One\n\n![Cohort](/images/cohort.png)\n',
				'content/two.mdx': '# Two\n\n<Image\n  src="/images/cart.png"\n  alt="Cart"\n  width={600}\n/>\n',
			});
			const pebble = join(repoRoot, 'tests', 'fixtures', 'import', 'day-course', 'images', 'pebble.png');
			for (const name of ['cohort.png', 'cart.png']) cpSync(pebble, join(dir, 'site', 'public', 'images', name));
			expect(runImport([join(dir, 'site'), '--id', 'cart', '--out', content], dir, { log: () => {}, error: () => {} })).toBe(0);
			expect(readFileSync(join(content, 'roadmaps', 'cart', 'one.mdx'), 'utf8')).toContain('![Cohort](./images/cohort.png)');
			expect(readFileSync(join(content, 'roadmaps', 'cart', 'two.mdx'), 'utf8')).toContain('![Cart](./images/cart.png)');
		});
	});
});

describe('a Notion export', () => {
	const id = (n: number) => n.toString(16).padStart(32, '0');
	const top = `Study Plan ${id(1)}`;
	const week3 = `Week 3 JavaScript ${id(4)}`;
	const lessons = `Lessons ${id(9)}`;
	const files: Record<string, string> = {
		[`${top}.md`]: `# Study Plan\n\nCreated: January 8, 2024\n\n[Week 2: CSS](Study%20Plan%20${id(1)}/Week%202%20CSS%20${id(3)}.md)\n\n[Week 3: JavaScript](Study%20Plan%20${id(1)}/Week%203%20JavaScript%20${id(4)}.md)\n\n[Lessons](Study%20Plan%20${id(1)}/Lessons%20${id(9)}.csv)\n`,
		[`${top}/Week 2 CSS ${id(3)}.md`]: '# Week 2: CSS\n\nStatus: Done\nDuration: 1 week\nDocs: https://web.dev/learn/css\nTags: CSS, Layout\n\nBack to [the plan](../Study%20Plan%20' + id(1) + '.md).\nNote: no property.\n',
		[`${top}/Appendix ${id(2)}.md`]: '# Appendix\n',
		[`${top}/${week3}.md`]: `# Week 3: JavaScript\n\n[Functions](Week%203%20JavaScript%20${id(4)}/Functions%20${id(6)}.md)\n\n[Variables](Week%203%20JavaScript%20${id(4)}/Variables%20${id(5)}.md)\n`,
		[`${top}/${week3}/Variables ${id(5)}.md`]: '# Variables\n',
		[`${top}/${week3}/Functions ${id(6)}.md`]: '# Functions\n\nSee [Variables](Variables%20' + id(5) + '.md).\n',
		[`${top}/${lessons}/Setup ${id(7)}.md`]: '# Setup\n\nOrder: 1\n',
		[`${top}/${lessons}/Loops ${id(8)}.md`]: '# Loops: for and while\n\nOrder: 2\n',
		[`${top}/${lessons}.csv`]: '\uFEFFName,Order\nSetup,1\n"Loops: for and while",2\n',
		[`${top}/${lessons}_all.csv`]: '\uFEFFName,Order\nSetup,1\n"Loops: for and while",2\n',
	};
	const of = (ext: string) => Object.entries(files).filter(([path]) => path.endsWith(ext)).map(([path, text]) => ({ path, text }));

	it('reads the first column of a CSV file, quoted fields holding commas, quotes and line breaks', () => {
		expect(csvFirstColumn('\uFEFFName,Tags\r\nPlain,a\r\n"Commas, ""quotes""\nand lines",b\r\nLast')).toEqual(['Plain', 'Commas, "quotes"\nand lines', 'Last']);
	});

	it('orders each page\'s sub-pages as it links them, a database\'s rows as its CSV lists them, the others after in name order; its top page is the home page', () => {
		expect(notionExport(of('.md'), of('.csv'))).toEqual({
			home: `${top}.md`,
			entries: [
				{ title: '', url: `${top}/Week 2 CSS ${id(3)}.md` },
				{ title: 'Week 3: JavaScript', children: [{ title: '', url: `${top}/${week3}.md` }, { title: '', url: `${top}/${week3}/Functions ${id(6)}.md` }, { title: '', url: `${top}/${week3}/Variables ${id(5)}.md` }] },
				{ title: 'Lessons', children: [{ title: '', url: `${top}/${lessons}/Setup ${id(7)}.md` }, { title: '', url: `${top}/${lessons}/Loops ${id(8)}.md` }] },
				{ title: '', url: `${top}/Appendix ${id(2)}.md` },
			],
		});
		expect(notionExport([{ path: `Notes ${id(1)}.md`, text: '# Notes\n' }, { path: 'README.md', text: '# Read me\n' }], [])).toBeNull();
	});

	it('imports an export from its folder or its top page: the top page the overview, sub-pages with sub-pages groups, titles without IDs, links kept', () => {
		withImportFolders((dir, content, fresh) => {
			writeFiles(join(dir, 'export'), files);
			for (const given of [join(dir, 'export'), join(dir, 'export', `${top}.md`)]) {
				fresh();
				expect(runImport([given, '--id', 'plan', '--out', content], dir, { log: () => {}, error: () => {} })).toBe(0);
				const roadmap = join(content, 'roadmaps', 'plan');
				const overview = readFileSync(join(roadmap, 'index.mdx'), 'utf8');
				expect(overview).toContain('title: "Study Plan"');
				expect(overview).toContain('[Week 2: CSS](/roadmaps/plan/css/)');
				const order = (phase: string) => Number(/^order: (\d+)$/m.exec(readFileSync(join(roadmap, `${phase}.mdx`), 'utf8'))![1]);
				expect(['css', 'javascript', 'functions', 'variables', 'setup', 'loops-while', 'appendix'].map(order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
				expect(readFileSync(join(roadmap, 'functions.mdx'), 'utf8')).toMatch(/group: javascript[\s\S]*\[Variables\]\(\/roadmaps\/plan\/variables\/\)/);
				expect(readFileSync(join(roadmap, 'loops-while.mdx'), 'utf8')).toContain('group: lessons');
				expect(readFileSync(join(roadmap, 'css.mdx'), 'utf8')).toContain('[the plan](/roadmaps/plan/)');
				// The properties under a page's title are its fields, one a line; a paragraph after them is text.
				expect(readFileSync(join(roadmap, 'css.mdx'), 'utf8')).toContain('- **Status:** Done\n- **Duration:** 1 week\n- **Docs:** [https://web.dev/learn/css](https://web.dev/learn/css)\n- **Tags:** CSS, Layout\n\nBack to');
				expect(readFileSync(join(roadmap, 'css.mdx'), 'utf8')).toContain('\nNote: no property.');
				expect(readFileSync(join(roadmap, 'css.mdx'), 'utf8')).toMatch(/duration: \{ min: 1, max: 1, unit: week \}\nstatus: done\n/);
			}
		});
	});
});

describe('a Hugo site', () => {
	const page = (fields: string, text = '') => `---\n${fields}\n---\n\n${text}\n`;

	it("reads the menu Hugo builds from its content: sections by their _index.md, pages by weight, date, then title; drafts and hidden pages left out", () => {
		const { entries, hidden } = hugoMenu(
			[
				{ path: '_index.md', text: page('title: Home') },
				{ path: 'basics/_index.md', text: page('title: Basics\nweight: 2') },
				{ path: 'basics/loops.md', text: page('title: Loops\nweight: 20') },
				{ path: 'basics/setup.md', text: page('title: Setup\nweight: 10') },
				// No weight: after the weighted pages, newest first, then by title.
				{ path: 'basics/b-recap.md', text: page('title: Recap\ndate: 2024-01-01') },
				{ path: 'basics/a-quiz.md', text: page('title: Quiz\ndate: 2024-02-01') },
				{ path: 'basics/later.md', text: page('title: Later\ndraft: true') },
				{ path: 'basics/secret.md', text: page('title: Secret\nweight: 1\nbookHidden: true') },
				// A leaf bundle: one page, whose other Markdown files are its resources.
				{ path: 'basics/project/index.md', text: page('title: Project\nweight: 30') },
				{ path: 'basics/project/notes.md', text: page('title: Notes') },
				// TOML frontmatter, keys in any letter case.
				{ path: 'intro.md', text: '+++\ntitle = "Intro"\nWeight = 1\n+++\n' },
				// A folder at the top is a section without an _index.md, titled by its name.
				{ path: '03-extras/more.md', text: page('title: More') },
				// A section that renders no page of its own is still titled and placed by it.
				{ path: 'dates/_index.md', text: page('title: Dates\nweight: 3\n_build:\n  render: never') },
				{ path: 'dates/spring.md', text: page('title: Spring') },
				// A hidden section is hidden with all it holds.
				{ path: 'drafts/_index.md', text: page('title: Drafts\nweight: 4\nhidden: true') },
				{ path: 'drafts/idea.md', text: page('title: Idea') },
				// A section titled by a line is the menu's divider.
				{ path: 'divider/_index.md', text: page('title: "──────────"\nweight: 5') },
			],
			{ atContentRoot: true },
		);
		expect(toMarkdown(entries)).toBe(
			[
				'- [](_index.md)',
				'- [](intro.md)',
				'- Basics',
				'  - [](basics/_index.md)',
				'  - [](basics/setup.md)',
				'  - [](basics/loops.md)',
				'  - [](basics/project/index.md)',
				'  - [](basics/a-quiz.md)',
				'  - [](basics/b-recap.md)',
				'- Dates',
				'  - [](dates/spring.md)',
				'- Extras',
				'  - [](03-extras/more.md)',
				'',
			].join('\n'),
		);
		expect(hidden).toEqual(['basics/later.md', 'basics/secret.md', 'dates/_index.md', 'drafts/_index.md', 'drafts/idea.md', 'divider/_index.md']);
	});

	it('takes pages of one weight and date in the order their file names number them, not by title', () => {
		const lesson = (title: string) => `+++\ntitle = "${title}"\ndate = 2025-10-31\ntype = "lessons"\n+++\n`;
		const { entries } = hugoMenu(
			[
				{ path: 'python/_index.md', text: lesson('دوره آموزش پایتون') },
				{ path: 'python/lesson-10.md', text: lesson('مدیریت خطا') },
				{ path: 'python/lesson-02.md', text: lesson('اولین برنامه پایتون') },
				{ path: 'python/01-introduction.md', text: lesson('معرفی پایتون') },
				{ path: 'python/lesson-01.md', text: lesson('نصب پایتون') },
				// Names without a number follow, in Hugo's order among themselves: by title.
				{ path: 'python/summary.md', text: lesson('Zusammenfassung') },
				{ path: 'python/glossary.md', text: lesson('Appendix') },
			],
			{ atContentRoot: false },
		);
		expect(toMarkdown(entries).split('\n').filter((line) => line.includes('.md') && !line.includes('_index'))).toEqual([
			'  - [](python/01-introduction.md)',
			'  - [](python/lesson-01.md)',
			'  - [](python/lesson-02.md)',
			'  - [](python/lesson-10.md)',
			'  - [](python/glossary.md)',
			'  - [](python/summary.md)',
		]);
	});

	it("orders a Zola site's pages by their section's sort_by, ties by path, then its subsections by weight; front matter after a blank line is read", () => {
		const toml = (fields: string) => `\n+++\n${fields}\n+++\n`;
		const { entries } = hugoMenu(
			[
				{ path: '_index.md', text: toml('title = "Home"\nsort_by = "title"') },
				{ path: 'zeta.md', text: toml('title = "Lesson 10"') },
				{ path: 'alpha.md', text: toml('title = "Lesson 2"') },
				{ path: 'news/_index.md', text: toml('title = "News"\nsort_by = "date"\nweight = 1') },
				{ path: 'news/old.md', text: toml('title = "Old"\ndate = 2020-01-01') },
				{ path: 'news/new.md', text: toml('title = "New"\ndate = 2024-01-01\nweight = 1') },
				{ path: 'news/undated.md', text: toml('title = "Undated"') },
				{ path: 'guide/_index.md', text: toml('title = "Guide"\nweight = 2') },
				{ path: 'guide/b.md', text: toml('title = "B"\nweight = 1') },
				{ path: 'guide/a.md', text: toml('title = "A"\nweight = 2') },
			],
			{ atContentRoot: true, zola: true },
		);
		expect(toMarkdown(entries).split('\n').filter((line) => line.includes('.md') && !line.includes('_index'))).toEqual([
			'- [](alpha.md)',
			'- [](zeta.md)',
			'  - [](news/new.md)',
			'  - [](news/old.md)',
			'  - [](news/undated.md)',
			'  - [](guide/a.md)',
			'  - [](guide/b.md)',
		]);
	});

	it('imports a site from its folder: its title and default language from its configuration, its sections as groups, its static images', () => {
		withImportFolders((dir, content) => {
			const site = join(dir, 'workshop');
			writeFiles(site, {
				'config.toml': '[Languages.en]\ntitle = "Auto Scaling Workshop"\nweight = 1\n[Languages.vi]\ntitle = "Hội thảo"\nweight = 2\n',
				'README.md': '# Repository\n\nHow to run the site.\n\n## Setup\n\nhugo server\n\n## Deploy\n\nPush.\n\n## License\n\nMIT\n',
				'content/_index.md': page('title: "Auto Scaling"\nweight: 1', 'In this workshop you scale a web application.'),
				'content/_index.vi.md': page('title: "Tự động"', 'Trong hội thảo này…'),
				'content/2-preparation/_index.md': page('title: "Preparation"\nweight: 2\npre: "<b>2. </b>"', 'What to prepare.'),
				'content/2-preparation/_index.vi.md': page('title: "Chuẩn bị"', '…'),
				'content/2-preparation/2.2-launch/_index.md': page('title: "Launch an instance"\nweight: 2', '![Console](/images/2/launch.png?featherlight=false&width=90pc)'),
				'content/2-preparation/2.1-network/_index.md': page('title: "Set up the network"\nweight: 1', 'A VPC.'),
				'content/1-introduction/_index.md': page('title: "Introduction"\nweight: 1', 'What auto scaling is. At the end, [{{< page-title "/3-cleanup" >}}]({{< ref "/3-cleanup" >}}).'),
				'content/3-cleanup/_index.md': page('title: "Clean up"\nweight: 3', 'Delete it all.'),
			});
			// A 1×1 PNG.
			mkdirSync(join(site, 'static/images/2'), { recursive: true });
			writeFileSync(join(site, 'static/images/2/launch.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
			const lines: string[] = [];
			expect(runImport([site, '--id', 'scaling', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			const roadmap = join(content, 'roadmaps', 'scaling');
			const index = readFileSync(join(roadmap, 'index.mdx'), 'utf8');
			expect(index).toMatch(/^title: "Auto Scaling Workshop"$/m);
			expect(index).toMatch(/groups:\n  - id: preparation\n    title: "Preparation"\n/);
			expect(index).toContain('In this workshop you scale a web application.');
			const order = (id: string) => Number(/^order: (\d+)$/m.exec(readFileSync(join(roadmap, `${id}.mdx`), 'utf8'))![1]);
			expect(['introduction', 'preparation', 'set-up-network', 'launch-instance', 'clean-up'].map(order)).toEqual([1, 2, 3, 4, 5]);
			expect(readFileSync(join(roadmap, 'launch-instance.mdx'), 'utf8')).toMatch(/!\[Console\]\(\.\/images\/[\w.-]+\.png\)/);
			// A page named by Hugo's reference is linked; a link whose words the site filled in shows the page's title.
			expect(readFileSync(join(roadmap, 'introduction.mdx'), 'utf8')).toContain('At the end, [Clean up](/roadmaps/scaling/clean-up/).');
			expect(lines.join('\n')).toMatch(/Translations left out: 2 files/);
		});
	});

	it('imports a Zola site, configured in zola.toml, as Hugo lays it out: its title, its sections by weight, its internal links (@/…)', () => {
		withImportFolders((dir, content) => {
			const site = join(dir, 'course');
			const toml = (fields: string, body: string) => `+++\n${fields}\n+++\n\n${body}\n`;
			writeFiles(site, {
				'zola.toml': 'base_url = "https://example.com"\ntitle = "Zola Course"\n',
				'content/_index.md': toml('title = "Home"\nsort_by = "weight"', 'Welcome.'),
				'content/guide/_index.md': toml('title = "Guide"\nsort_by = "weight"\nweight = 2', 'The guide.'),
				'content/guide/setup/index.md': toml('title = "Setup"\nweight = 2', '## Install\n\nRun it.'),
				'content/guide/features/index.md': toml('title = "Features"\nweight = 1', 'What it does, once [set up](@/guide/setup/index.md#install).'),
				'content/basics/_index.md': toml('title = "Basics"\nweight = 1', 'First steps.'),
			});
			expect(runImport([site, '--id', 'zola', '--out', content], dir, { log: () => {}, error: () => {} })).toBe(0);
			const roadmap = join(content, 'roadmaps', 'zola');
			expect(readFileSync(join(roadmap, 'index.mdx'), 'utf8')).toMatch(/^title: "Zola Course"$/m);
			const order = (id: string) => Number(/^order: (\d+)$/m.exec(readFileSync(join(roadmap, `${id}.mdx`), 'utf8'))![1]);
			expect(['basics', 'guide', 'features', 'setup'].map(order)).toEqual([1, 2, 3, 4]);
			// Zola's internal links name a page from the content folder.
			expect(readFileSync(join(roadmap, 'features.mdx'), 'utf8')).toContain('[set up](/roadmaps/zola/setup/#install)');
		});
	});

	it("leaves out its other languages' pages as translations: named with their code, even without a default-language twin, or in their own content folder", () => {
		withImportFolders((dir, content) => {
			const site = join(dir, 'course');
			writeFiles(site, {
				'hugo.yaml': 'title: Course\ndefaultContentLanguage: en\nlanguages:\n  en:\n    weight: 1\n  fr:\n    weight: 2\n  de:\n    contentDir: content-de\n',
				'content/_index.md': page('title: Home', 'Welcome.'),
				'content/setup.md': page('title: Setup\nweight: 1', 'Install it.'),
				'content/setup.fr.md': page('title: Installation\nweight: 1', 'Installez.'),
				'content/extra.fr.md': page('title: Seulement en français\nweight: 2', 'Texte.'),
				'content/loops.en.md': page('title: Loops\nweight: 3', 'Loop.'),
				'content-de/_index.md': page('title: Start', 'Willkommen.'),
			});
			const lines: string[] = [];
			expect(runImport([site, '--id', 'course', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			expect(readdirSync(join(content, 'roadmaps', 'course')).sort()).toEqual(['index.mdx', 'loops.mdx', 'setup.mdx']);
			expect(lines.join('\n')).toContain('Translations left out: 2 files (extra.fr.md, setup.fr.md)');
			expect(lines.join('\n')).toContain("the site's other languages' content folders (de: content-de/)");
		});
	});
});

describe('a Carpentries Workbench lesson', () => {
	it('imports its episodes in the order config.yaml lists them, titled by its title, index.md the overview, its extra pages left out', () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'lesson'), {
				'config.yaml': "carpentry: 'swc'\ntitle: 'The Unix Shell'\nepisodes:\n- 02-filedir.md\n- 01-intro.md\nlearners:\ninstructors:\n",
				'index.md': '---\nsite: sandpaper::sandpaper_site\n---\n\nThe shell, for people who never used it.\n',
				'README.md': '# shell-novice\n\nHow to build this lesson.\n',
				'episodes/01-intro.md': '---\ntitle: Introducing the Shell\nteaching: 5\nexercises: 0\n---\n\nWhat a shell is.\n',
				'episodes/02-filedir.md': '---\ntitle: Navigating Files\nteaching: 30\nexercises: 10\n---\n\nMoving around, once [set up](../learners/setup.md).\n',
				'learners/setup.md': '---\ntitle: Setup\n---\n\nDownload the data.\n',
			});
			const lines: string[] = [];
			expect(runImport([join(dir, 'lesson'), '--id', 'shell', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			const roadmap = join(content, 'roadmaps', 'shell');
			const overview = readFileSync(join(roadmap, 'index.mdx'), 'utf8');
			expect(overview).toContain('title: "The Unix Shell"');
			expect(overview).toContain('The shell, for people who never used it.');
			expect(readdirSync(roadmap).sort()).toEqual(['index.mdx', 'introducing-shell.mdx', 'navigating-files.mdx']);
			expect(readFileSync(join(roadmap, 'navigating-files.mdx'), 'utf8')).toContain('order: 1');
			// An episode's link does not bring an extra page onto its page.
			expect(readFileSync(join(roadmap, 'navigating-files.mdx'), 'utf8')).not.toContain('Download the data.');
			// Its minutes of teaching and exercises are the episode's study time.
			expect(readFileSync(join(roadmap, 'navigating-files.mdx'), 'utf8')).toContain('effortHours: { min: 0.67, max: 0.67 }');
			expect(lines.join('\n')).toContain("Left out as the lesson's extra pages, not episodes: learners/setup.md");
		});
	});
});

describe('a bookdown book', () => {
	it('imports the chapters rmd_files lists, in its order, parts and the appendix as groups, index.Rmd the overview titled by its YAML', () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'book'), {
				'_bookdown.yml': 'output_dir: docs\nrmd_files: ["index.Rmd", "preface.Rmd", "dice.Rmd", "basics.Rmd", "a1-setup.Rmd"]\n',
				'index.Rmd': '---\ntitle: "Programming with R"\nsite: bookdown::bookdown_site\n---\n\n# Welcome {-}\n\nA book for beginners.\n',
				'preface.Rmd': '# Preface {-}\n\nWhy R.\n',
				'dice.Rmd': '# (PART) Projects {-}\n\n# Weighted Dice {#dice}\n\n```{r echo=FALSE}\nroll()\n```\n',
				'basics.Rmd': '# The Very Basics\n\nObjects.\n',
				'a1-setup.Rmd': '# (APPENDIX) Appendix {-}\n\n# Installing R\n\nDownload it.\n',
				'_unused.Rmd': '# Draft\n',
				'notes.Rmd': '# Notes the book does not list\n',
			});
			expect(runImport([join(dir, 'book'), '--id', 'r', '--out', content], dir, { log: () => {}, error: () => {} })).toBe(0);
			const roadmap = join(content, 'roadmaps', 'r');
			const overview = readFileSync(join(roadmap, 'index.mdx'), 'utf8');
			expect(overview).toContain('title: "Programming with R"');
			expect(overview).toContain('A book for beginners.');
			expect(overview).toMatch(/id: projects\n {4}title: "Projects"\n {2}- id: appendix\n {4}title: "Appendix"/);
			const phase = (file: string) => readFileSync(join(roadmap, file), 'utf8');
			expect(readdirSync(roadmap).sort()).toEqual(['index.mdx', 'installing-r.mdx', 'preface.mdx', 'very-basics.mdx', 'weighted-dice.mdx']);
			expect(phase('preface.mdx')).toMatch(/title: "Preface"\norder: 1\n/);
			expect(phase('weighted-dice.mdx')).toMatch(/order: 2\n[^]*group: projects/);
			expect(phase('weighted-dice.mdx')).not.toContain('(PART)');
			expect(phase('very-basics.mdx')).toContain('group: projects');
			expect(phase('installing-r.mdx')).toMatch(/order: 4\n[^]*group: appendix/);
		});
	});

	it('reads an unnumbered part written with its asterisk escaped, after a setup chunk, and a title heading without its "{-}"', () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'book'), {
				'_bookdown.yml': 'rmd_files: ["index.Rmd", "01-intro.Rmd", "02-models.Rmd", "03-tuning.Rmd"]\n',
				'index.Rmd': '---\ntitle: |\n  ![](cover.png)\n---\n\n# Welcome! {-}\n\nA book.\n',
				'01-intro.Rmd': '# (PART\\*) Introduction {-}\n\n# Software for modeling\n\nWhy.\n',
				'02-models.Rmd': '```{r setup, include = FALSE}\nlibrary(x)\n```\n\n# (PART\\*) Modeling Basics {-}\n\n# Fitting models\n\nHow.\n',
				'03-tuning.Rmd': '# Tuning\n\nBetter.\n',
			});
			expect(runImport([join(dir, 'book'), '--id', 'm', '--out', content], dir, { log: () => {}, error: () => {} })).toBe(0);
			const roadmap = join(content, 'roadmaps', 'm');
			const overview = readFileSync(join(roadmap, 'index.mdx'), 'utf8');
			expect(overview).toContain('title: "Welcome!"\n');
			expect(overview).toMatch(/id: introduction\n {4}title: "Introduction"\n {2}- id: modeling-basics\n {4}title: "Modeling Basics"/);
			expect(readFileSync(join(roadmap, 'tuning.mdx'), 'utf8')).toContain('group: modeling-basics');
			expect(readFileSync(join(roadmap, 'fitting-models.mdx'), 'utf8')).not.toContain('PART');
		});
	});
});

describe("a translation's folder, named by its language's code", () => {
	it('is titled by the README above the folders of translations, not by the code; without one, by its author', () => {
		withImportFolders((dir, content) => {
			const phases = (word: string) => Object.fromEntries([1, 2].map((n) => [`phase${n}.md`, `# ${word} ${n} – Topic ${n}\n\n- Item.\n`]));
			writeFiles(join(dir, 'repo', 'docs'), {
				'index.md': '# Java Roadmap\n\nSix phases.\n',
				...Object.fromEntries(Object.entries(phases('Fase')).map(([name, text]) => [`languages/pt-br/${name}`, text])),
				...Object.fromEntries(Object.entries(phases('Faz')).map(([name, text]) => [`languages/tr/${name}`, text])),
			});
			writeFiles(join(dir, 'alone', 'tr'), phases('Faz'));
			expect(runImport([join(dir, 'repo', 'docs', 'languages', 'tr'), '--id', 'tr', '--out', content], dir, { log: () => {}, error: () => {} })).toBe(0);
			expect(readFileSync(join(content, 'roadmaps', 'tr', 'index.mdx'), 'utf8')).toContain('title: "Java Roadmap"\n');
			expect(runImport([join(dir, 'alone', 'tr'), '--id', 'alone', '--out', content], dir, { log: () => {}, error: () => {} })).toBe(0);
			// With no README above, the author titles it.
			expect(readFileSync(join(content, 'roadmaps', 'alone', 'index.mdx'), 'utf8')).toContain('title: "TODO: the roadmap title');
		});
	});
});

describe("a bookdown book's title and cross-references", () => {
	it("reads index.Rmd's YAML after its opening comment, titled with its subtitle, and prints \\@ref() as bookdown would", () => {
		withImportFolders((dir, content) => {
			const chunk = (options: string, code: string) => `\`\`\`{r ${options}}\n${code}\n\`\`\`\n`;
			writeFiles(join(dir, 'book'), {
				'_bookdown.yml': 'rmd_files: ["index.Rmd", "intro.Rmd", "plots.Rmd"]\n',
				'index.Rmd': '<!-- Keep the title in step with build.sh. -->\n---\ntitle: |\n  ![](cover.png)\n  Statistics\nsubtitle: "A Short Course"\nsite: bookdown::bookdown_site\n---\n\n# Welcome! {-}\n\nA book.\n',
				'intro.Rmd': '# Introduction {#intro}\n\nChapter \\@ref(plots) plots it (Section \\@ref(scatter), Figure \\@ref(fig:line), Table \\@ref(tab:kinds)), not \\@ref(fig:gone). See \\@ref(more-plots), Figure\\@ref(fig:dots) and Table \\@ref(tab:sizes).\n',
				'plots.Rmd': `# Plots {#plots}\n\n${chunk('bars, echo=FALSE, fig.cap="Bars."', 'plot(1)')}\n| Kind | Use |\n|---|---|\n| bar | counts |\n\nTable: (\\#tab:kinds) Kinds of plot.\n\n## Scatter plots {#scatter}\n\n${chunk('line, fig.cap="A line."', 'plot(2)')}\nAs in Chapter \\@ref(intro).\n\n## More plots\n\n\`\`\`{r dots}\n#| echo = FALSE,\n#| fig.cap = "Dots."\nplot(3)\n\`\`\`\n\n${chunk('sizes, echo=FALSE', 'if (html) {\n  kable(sizes, label = "sizes")\n} else {\n  kable(sizes, label = "sizes", booktabs = TRUE)\n}')}`,
			});
			expect(runImport([join(dir, 'book'), '--id', 'stats', '--out', content], dir, { log: () => {}, error: () => {} })).toBe(0);
			const roadmap = join(content, 'roadmaps', 'stats');
			const overview = readFileSync(join(roadmap, 'index.mdx'), 'utf8');
			expect(overview).toContain('title: "Statistics: A Short Course"\n');
			expect(overview).not.toContain('subtitle');
			const intro = readFileSync(join(roadmap, 'introduction.mdx'), 'utf8');
			// A figure's number counts the page's captioned chunks, shown or not; a table's, the page's table labels.
			expect(intro).toContain('Chapter [Plots](/roadmaps/stats/plots/) plots it (Section [Scatter plots](/roadmaps/stats/plots/#scatter), Figure [2](/roadmaps/stats/plots/#scatter), Table 1), not ??.');
			// A heading without an ID is named by Pandoc's; knitr's chunk options may be written `key = value,` after "#|";
			// kable() labels a table.
			expect(intro).toContain('See [More plots](/roadmaps/stats/plots/#more-plots), Figure3 and Table 2.');
			const plots = readFileSync(join(roadmap, 'plots.mdx'), 'utf8');
			expect(plots).toContain('Table: Kinds of plot.');
			expect(plots).toContain('As in Chapter [Introduction](/roadmaps/stats/introduction/).');
		});
	});
});

describe("a bookdown book's inline R expressions", () => {
	it("shows a parameter of index.Rmd's params as its value, and leaves out a `#` heading of other code and raw content for other formats than HTML, with a note", () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'book'), {
				'_bookdown.yml': 'rmd_files: ["index.Rmd", "01-intro.Rmd", "98-colophon.Rmd", "99-references.Rmd"]\n',
				'index.Rmd': '---\ntitle: "A Thesis"\nparams:\n  referenceHeading: "Bibliography"\n  year:\n    value: 2024\n---\n\nThe front page.\n',
				'01-intro.Rmd': '# Introduction\n\nWritten in `r params[["year"]]`, with `r nrow(cars)` cars.\n',
				'98-colophon.Rmd': '# `r format(Sys.Date())` {-}\n\nSet in Palatino.\n',
				'99-references.Rmd': '# `r params$referenceHeading` {-}\n\n```{=tex}\n\\markboth{`r params$referenceHeading`}{}\n```\n\nThe works cited.`<br>`{=html}In order.`\\newpage`{=latex}\n\n```{=html}\n<p><em>Thanks.</em></p>\n```\n',
			});
			const lines: string[] = [];
			expect(runImport([join(dir, 'book'), '--id', 'thesis', '--out', content], dir, { log: (line) => lines.push(line), error: () => {} })).toBe(0);
			const roadmap = join(content, 'roadmaps', 'thesis');
			expect(readdirSync(roadmap).sort()).toEqual(['bibliography.mdx', 'colophon.mdx', 'index.mdx', 'introduction.mdx']);
			// Pandoc's raw blocks and spans are on the web page in HTML only.
			expect(readFileSync(join(roadmap, 'bibliography.mdx'), 'utf8')).toMatch(/title: "Bibliography"\n[^]*---\n\nThe works cited\.\\\nIn order\.\n\n\*Thanks\.\*\n$/);
			expect(readFileSync(join(roadmap, 'introduction.mdx'), 'utf8')).toContain('Written in 2024, with `nrow(cars)` cars.');
			expect(readFileSync(join(roadmap, 'colophon.mdx'), 'utf8')).toMatch(/title: "Colophon"\n[^]*---\n\nSet in Palatino\.\n$/);
			expect(lines.join('\n')).toContain('removed the heading `format(Sys.Date())`: its title is code the site runs when it builds');
			expect(lines.join('\n')).toContain('left out a raw {=tex} block: Pandoc puts it only in the tex output');
			expect(lines.join('\n')).toContain('left out a raw {=latex} span');
		});
	});
});

describe("a bookdown book's rmd_subdir", () => {
	const book = (config: string) => ({
		'_bookdown.yml': config,
		'index.Rmd': '---\ntitle: "A thesis"\nsite: bookdown::bookdown_site\n---\n\n# Welcome {-}\n\nHello.\n',
		'01-intro.Rmd': '# Introduction\n\nText.\n',
		'02-method.Rmd': '# Method\n\nText.\n',
		'back/99-references.Rmd': '# References {-}\n\nList.\n',
		'back/98-appendix.Rmd': '# Data tables\n\nMore.\n',
		'back/_abstract.Rmd': '# Abstract\n\nDraft.\n',
		'extra/10-more.Rmd': '# More\n\nText.\n',
	});
	const phases = (config: string) => {
		let names: string[] = [];
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'book'), book(config));
			expect(runImport([join(dir, 'book'), '--id', 'r', '--out', content], dir, { log: () => {}, error: () => {} })).toBe(0);
			const roadmap = join(content, 'roadmaps', 'r');
			names = readdirSync(roadmap)
				.filter((file) => file !== 'index.mdx')
				.map((file) => [Number(/\norder: (\d+)/.exec(readFileSync(join(roadmap, file), 'utf8'))![1]), file.replace(/\.mdx$/, '')] as const)
				.sort((a, b) => a[0] - b[0])
				.map(([, name]) => name);
		});
		return names;
	};

	it("adds the chapters of the folders it lists after the folder's own, in path order, leaving out those starting with _", () => {
		expect(phases('rmd_subdir: ["back"]\n')).toEqual(['introduction', 'method', 'data-tables', 'references']);
	});

	it("adds every subfolder's chapters when true, and none without it", () => {
		expect(phases('rmd_subdir: true\n')).toEqual(['introduction', 'method', 'data-tables', 'references', 'more']);
		expect(phases('output_dir: docs\n')).toEqual(['introduction', 'method']);
	});

	it('adds them after the chapters rmd_files lists', () => {
		expect(phases('rmd_subdir: ["extra"]\nrmd_files: ["index.Rmd", "02-method.Rmd"]\n')).toEqual(['method', 'introduction', 'more']);
	});
});

describe("a bookdown book's Pandoc pages", () => {
	it('reads rmd_files written "./chapters/…", shows inline R as its code, leaves out LaTeX commands but not math, and notes no {-}', () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'book'), {
				'_bookdown.yml': 'rmd_files: ["index.Rmd", "./chapters/01-start.Rmd", "./chapters/02-data.Rmd"]\n',
				'index.Rmd': '---\ntitle: "Einführung in R"\n---\n\n# Willkommen {-}\n\nEin Kurs.\n',
				'chapters/01-start.Rmd': '\\mainmatter\n\n# Erste Schritte {#start .unnumbered}\n\n## Objekte\n\\index{objects}\n\\indexc{x|see {y}}\n\nBuilt with `r R.version.string` and `{r} n` rows.\n',
				'chapters/02-data.Rmd': '# Daten {-}\n\nThe mean \\[ \\bar{x} = \\frac{1}{n} \\]\n\nSplit at "\\t", on $5 \\text{a} or more.\n\nSee **types** \\lambda\n\\index{base type|see {\\texttt{typeof()}}}\n\n$$\n\\begin{array}{l} \\frac{1}{2} \\end{array}\n$$\n',
			});
			const lines: string[] = [];
			expect(runImport([join(dir, 'book'), '--id', 'r', '--out', content], dir, { log: (line) => lines.push(line), error: () => {} })).toBe(0);
			const roadmap = join(content, 'roadmaps', 'r');
			expect(readdirSync(roadmap).sort()).toEqual(['daten.mdx', 'erste-schritte.mdx', 'index.mdx']);
			const start = readFileSync(join(roadmap, 'erste-schritte.mdx'), 'utf8');
			expect(start).not.toMatch(/mainmatter|index|\{#start/);
			expect(start).toContain('## Objekte\n\nBuilt with `R.version.string` and `n` rows.');
			const data = readFileSync(join(roadmap, 'daten.mdx'), 'utf8');
			expect(data).toContain('\\bar');
			expect(data).toContain('Split at "\\t", on $5 \\text\\{a} or more.');
			// A command without arguments stays beside other text; one nested three braces deep goes whole.
			expect(data).toContain('See **types** \\lambda');
			expect(data).not.toContain('base type');
			expect(data).toContain('\\begin{array}{l} \\frac{1}{2} \\end{array}');
			expect(lines.join('\n')).not.toContain('attribute list');
		});
	});
});

describe('a Sphinx site in MyST Markdown', () => {
	it("imports the pages its toctrees list, in order: captions and pages with toctrees of their own groups, globs in name order, index.md (with what it includes) the overview", () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'repo'), {
				'README.md': '# Git intro\n\nSee the website.\n',
				'docs/intro.md': 'A lesson.\n',
				'docs/conf.py': 'project = "Introduction to Git"\nextensions = ["myst_parser"]\n',
				'docs/index.md': '# Git\n\n```{include} intro.md\n```\n\n```{toctree}\n:caption: Getting started\n:maxdepth: 1\n\nmotivation\nConfiguring Git <configuration>\n```\n\n```{toctree}\n---\ncaption: "Lectures:"\nhidden:\n---\nlectures/index\nVideo <https://youtu.be/x>\napi\n```\n',
				'docs/motivation.md': '(motivation)=\nWhy Git\n=======\n\nHistory.\n',
				'docs/configuration.md': '# Setting up\n\nName and email.\n',
				'docs/lectures/index.md': '# Lectures\n\n```{toctree}\n:glob:\n\nlecture-*\n```\n',
				'docs/lectures/lecture-2.md': '# Branches\n\nText.\n',
				'docs/lectures/lecture-1.md': '# Commits\n\nText.\n',
				'docs/api.rst': 'API\n===\n',
			});
			const lines: string[] = [];
			expect(runImport([join(dir, 'repo'), '--id', 'git', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			const roadmap = join(content, 'roadmaps', 'git');
			const overview = readFileSync(join(roadmap, 'index.mdx'), 'utf8');
			expect(overview).toContain('title: "Introduction to Git"');
			expect(overview).toContain('A lesson.');
			expect(overview).toMatch(/id: getting-started\n {4}title: "Getting started"\n {2}- id: lectures\n {4}title: "Lectures"\n {2}- id: lectures-2\n {4}title: "Lectures"\n {4}parent: lectures/);
			const phase = (file: string) => readFileSync(join(roadmap, file), 'utf8');
			expect(phase('why-git.mdx')).toMatch(/title: "Why Git"\norder: 1\n[^]*group: getting-started/);
			expect(phase('configuring-git.mdx')).toContain('order: 2');
			expect(phase('commits.mdx')).toMatch(/order: 4\n[^]*group: lectures-2/);
			expect(phase('branches.mdx')).toContain('order: 5');
			expect(lines.join('\n')).toContain('Left out api.rst: a reStructuredText page, which the importer does not read');
		});
	});
});

describe('a Mintlify navigation', () => {
	const pages = ['index.mdx', 'intro.mdx', 'web/index.mdx', 'web/lfi.mdx', 'web/sqli.mdx', 'web/sqli/union.mdx', 'tools/nmap.md', 'tools/burp.mdx', 'drafts/old.mdx'];

	it("reads docs.json's tabs as parts, its groups opened by their root, nested groups, without hidden groups, links and endpoints; the index page is the home page", () => {
		const config = {
			name: 'Hackbook',
			navigation: {
				tabs: [
					{ tab: 'Overview', groups: [{ group: 'Home', pages: ['index', 'intro'] }] },
					{ tab: 'Attacks', groups: [{ group: 'Web', root: 'web/index', pages: ['web/lfi', { group: 'SQL Injection', root: 'web/sqli', pages: ['web/sqli/union'] }, 'GET /users'] }, { group: 'Drafts', hidden: true, pages: ['drafts/old'] }] },
					{ tab: 'Tools', groups: [{ group: 'Scanning', pages: ['/tools/nmap', 'tools/burp', 'tools/nmap'] }] },
					{ tab: 'Blog', href: 'https://example.org/blog' },
				],
			},
		};
		expect(mintlifyNav(config, pages)).toEqual({
			home: 'index.mdx',
			siteName: 'Hackbook',
			leftOut: ['GET /users', 'Drafts'],
			localeFolders: [],
			entries: [
				{ title: 'Overview', children: [{ title: 'Home', children: [{ title: '', url: 'intro.mdx' }] }] },
				{ title: 'Attacks', children: [{ title: 'Web', children: [{ title: '', url: 'web/index.mdx' }, { title: '', url: 'web/lfi.mdx' }, { title: 'SQL Injection', children: [{ title: '', url: 'web/sqli.mdx' }, { title: '', url: 'web/sqli/union.mdx' }] }] }] },
				{ title: 'Tools', children: [{ title: 'Scanning', children: [{ title: '', url: 'tools/nmap.md' }, { title: '', url: 'tools/burp.mdx' }] }] },
			],
		});
	});

	it('lists a group or tab of one page as that page', () => {
		const config = {
			navigation: {
				tabs: [
					{ tab: 'Start', groups: [{ group: 'Home', pages: ['index'] }, { group: 'Overview', root: 'intro' }, { group: 'Web', pages: ['web/lfi', 'web/sqli'] }] },
					{ tab: 'Tools', groups: [{ group: 'Scanning', pages: ['tools/nmap'] }] },
				],
			},
		};
		expect(mintlifyNav(config, pages)?.entries).toEqual([
			{ title: 'Start', children: [{ title: '', url: 'intro.mdx' }, { title: 'Web', children: [{ title: '', url: 'web/lfi.mdx' }, { title: '', url: 'web/sqli.mdx' }] }] },
			{ title: '', url: 'tools/nmap.md' },
		]);
	});

	it("reads mint.json's list of groups, the default version's, the first page the home page without an index", () => {
		const groups = [{ group: 'Welcome', pages: ['intro'] }, { group: 'Part A', pages: ['web/lfi', 'web/sqli'] }];
		expect(mintlifyNav({ navigation: groups }, pages.filter((path) => path !== 'index.mdx'))?.entries).toEqual([{ title: 'Part A', children: [{ title: '', url: 'web/lfi.mdx' }, { title: '', url: 'web/sqli.mdx' }] }]);
		const versions = { navigation: { versions: [{ version: 'v1', groups: [{ group: 'Old', pages: ['tools/burp'] }] }, { version: 'v2', default: true, groups }] } };
		expect(mintlifyNav(versions, pages.filter((path) => path !== 'index.mdx'))?.home).toBe('intro.mdx');
		expect(mintlifyNav({ name: 'Another tool' }, pages)).toBeNull();
	});

	it('imports a Mintlify course from its repository: the docs folder its mint.json is in, its groups in order', () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'course'), {
				'README.md': '# FastAPI course\n\nSee the docs.\n',
				'docs/mint.json': JSON.stringify({ name: 'FastAPI Training', navigation: [{ group: 'Welcome', pages: ['introduction'] }, { group: 'Part A — Foundations', pages: ['modules/02-routers', 'modules/01-hello'] }] }),
				'docs/introduction.mdx': '---\ntitle: Introduction\n---\n\nWelcome. Start with [Hello](/modules/01-hello).\n',
				'docs/modules/01-hello.mdx': '---\ntitle: Hello FastAPI\n---\n\n<Note>Install Python first.</Note>\n\nText.\n',
				'docs/modules/02-routers.mdx': '---\ntitle: Routers\n---\n\nText.\n',
			});
			const lines: string[] = [];
			expect(runImport([join(dir, 'course'), '--id', 'fastapi', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			expect(lines.join('\n')).toContain('2 phases, split at the table of contents');
			const roadmap = join(content, 'roadmaps', 'fastapi');
			const overview = readFileSync(join(roadmap, 'index.mdx'), 'utf8');
			expect(overview).toContain('title: "FastAPI Training"');
			expect(overview).toContain('[Hello](/roadmaps/fastapi/hello-fastapi/)');
			expect(readFileSync(join(roadmap, 'routers.mdx'), 'utf8')).toMatch(/order: 1\n[^]*group: part\n/);
			// A component on a line of its own is a block, as MDX reads it: an alert, not words.
			expect(readFileSync(join(roadmap, 'hello-fastapi.mdx'), 'utf8')).toContain('> \\[!NOTE]\n>\n> Install Python first.');
		});
	});

	it("leaves out a Mintlify site's other languages as translations: those docs.json lists, and folders named by a language that hold its pages", () => {
		withImportFolders((dir, content) => {
			const languages = [
				{ language: 'en', groups: [{ group: 'Start', pages: ['index', 'intro', 'setup'] }] },
				{ language: 'zh', groups: [{ group: '开始', pages: ['zh/index', 'zh/intro'] }] },
			];
			writeFiles(join(dir, 'site'), {
				'docs.json': JSON.stringify({ name: 'Course', navigation: { languages } }),
				'index.mdx': '---\ntitle: Course\n---\n\nWelcome.\n',
				'intro.mdx': '---\ntitle: Intro\n---\n\nHello.\n',
				'setup.mdx': '---\ntitle: Setup\n---\n\nInstall.\n',
				'zh/index.mdx': '---\ntitle: 课程\n---\n\n欢迎。\n',
				'zh/intro.mdx': '---\ntitle: 介绍\n---\n\n你好。\n',
				'ja/setup.mdx': '---\ntitle: セットアップ\n---\n\nインストール。\n',
			});
			const lines: string[] = [];
			expect(runImport([join(dir, 'site'), '--id', 'course', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			expect(lines.join('\n')).toContain('Translations left out: 3 files (ja/setup.mdx, zh/index.mdx, zh/intro.mdx)');
			expect(lines.join('\n')).not.toContain('Not imported');
		});
	});
});

describe("a Hugging Face doc-builder site's _toctree.yml", () => {
	it('reads the English toctree below the repository given: each titled section a group of its pages in order, the README naming the plan, other languages left out', () => {
		withImportFolders((dir, content) => {
			const course = join(dir, 'course');
			writeFiles(course, {
				'README.md': '# The Tensor Course\n\nThe source of the course, in many languages.\n',
				'chapters/en/_toctree.yml': '- title: 0. Setup\n  sections:\n  - local: chapter0/1\n    title: Introduction\n- title: 1. Tensors\n  sections:\n  - local: chapter1/1\n    title: What a tensor is\n  - local: chapter1/2\n    title: Quick quiz\n',
				'chapters/en/chapter0/1.mdx': '# Introduction[[introduction]]\n\nInstall the tools.\n',
				'chapters/en/chapter1/1.mdx': '# What a tensor is[[what-a-tensor-is]]\n\nArrays with axes.\n',
				'chapters/en/chapter1/2.mdx': '# Quick quiz[[quick-quiz]]\n\nTest yourself.\n',
				'chapters/fr/_toctree.yml': '- title: 0. Installation\n  sections:\n  - local: chapter0/1\n    title: Introduction\n',
				'chapters/fr/chapter0/1.mdx': '# Introduction[[introduction]]\n\nInstallez les outils.\n',
			});
			const lines: string[] = [];
			expect(runImport([course, '--id', 'tensors', '--out', content], dir, { log: (line: string) => lines.push(line), error: () => {} })).toBe(0);
			const roadmap = join(content, 'roadmaps', 'tensors');
			const index = readFileSync(join(roadmap, 'index.mdx'), 'utf8');
			expect(index).toContain('title: "The Tensor Course"');
			expect(index).toMatch(/groups:\n  - id: 0-setup\n    title: "0\. Setup"\n  - id: 1-tensors\n    title: "1\. Tensors"\n/);
			const phase = (id: string) => readFileSync(join(roadmap, `${id}.mdx`), 'utf8');
			expect(phase('tensor')).toMatch(/title: "What a tensor is"\norder: 2\n[\s\S]*group: 1-tensors\n[\s\S]*---\n\nArrays with axes\./);
			expect(phase('quick-quiz')).toContain('order: 3');
			expect(readdirSync(roadmap).join(' ')).not.toMatch(/installez/);
			expect(lines.join('\n')).toContain('3 phases, split at the table of contents');
		});
	});

	it("given the language folder, which has no README, is titled by the repository's README", () => {
		withImportFolders((dir, content) => {
			const course = join(dir, 'course');
			writeFiles(course, {
				'.git/HEAD': 'ref: refs/heads/main\n',
				'README.md': '# The Tensor Course\n\nThis repository holds a free course on tensors, written for people who know some Python.\n',
				'chapters/en/_toctree.yml': '- title: 1. Tensors\n  sections:\n  - local: chapter1/1\n    title: What a tensor is\n  - local: chapter1/2\n    title: Quick quiz\n',
				'chapters/en/chapter1/1.mdx': '# What a tensor is\n\nArrays with axes.\n',
				'chapters/en/chapter1/2.mdx': '# Quick quiz\n\nTest yourself.\n',
			});
			expect(runImport([join(course, 'chapters', 'en'), '--id', 'tensors', '--out', content], dir, { log: () => {}, error: () => {} })).toBe(0);
			const index = readFileSync(join(content, 'roadmaps', 'tensors', 'index.mdx'), 'utf8');
			expect(index).toContain('title: "The Tensor Course"');
		});
	});
});

describe("a Loppo site's chapters.yml", () => {
	it('imports the pages in the order chapters.yml lists them, titled there, each folder entry a group of the entries under it; loppo.yml names the pages folder and the site, the README is the overview', () => {
		withImportFolders((dir, content, fresh) => {
			const book = join(dir, 'book');
			writeFiles(book, {
				'loppo.yml': 'dir: pages\noutput: dist\nsite: Shell Tutorial\n',
				'chapters.yml': '- basics/: Getting started\n- basics/intro.md: What a shell is\n- basics/files.md: Files and folders\n- scripts/: Scripting\n- scripts/vars.md: Variables\n- scripts/loops.md: Loops\n- empty/: A folder with no page\n',
				'README.md': 'A tutorial for the command line.\n',
				'pages/basics/files.md': '# Files\n\nls and cd.\n',
				'pages/basics/intro.md': '# Intro\n\nA program that runs programs.\n',
				'pages/scripts/loops.md': '# Loops\n\nfor and while.\n',
				'pages/scripts/vars.md': '# Vars\n\nNames for values.\n',
			});
			expect(runImport([book, '--id', 'sh', '--out', content], dir, { log: () => {}, error: () => {} })).toBe(0);
			const roadmap = join(content, 'roadmaps', 'sh');
			const index = readFileSync(join(roadmap, 'index.mdx'), 'utf8');
			expect(index).toContain('title: "Shell Tutorial"');
			expect(index).toContain('A tutorial for the command line.');
			expect(index).toMatch(/groups:\n  - id: getting-started\n    title: "Getting started"\n  - id: scripting\n    title: "Scripting"\n---/);
			const phase = (id: string) => readFileSync(join(roadmap, `${id}.mdx`), 'utf8');
			expect(phase('shell')).toMatch(/title: "What a shell is"\norder: 1\n[\s\S]*group: getting-started/);
			expect(phase('files-folders')).toContain('order: 2');
			expect(phase('variables')).toMatch(/order: 3\n[\s\S]*group: scripting/);
			expect(phase('loops')).toContain('order: 4');
			// Given its pages' folder, the site is read from its own.
			fresh();
			expect(runImport([join(book, 'pages'), '--id', 'sh', '--out', content], dir, { log: () => {}, error: () => {} })).toBe(0);
			expect(phase('variables')).toMatch(/order: 3\n[\s\S]*group: scripting/);
		});
	});
});

describe('the IDs of groups whose titles a slug cannot spell', () => {
	it('are the folders their pages are in when those are theirs, else their first page’s file name, never their place', () => {
		const page = (title: string) => ({ text: `# ${title}\n\nטקסט.\n` });
		const files = [
			['notes/01_basics.md', 'יסודות'],
			['notes/memory.md', 'זיכרון'],
			['notes/functions.md', 'פונקציות'],
			['exams/README.md', 'מבחנים'],
			['notebooks/intro.md', 'מבוא'],
			['notebooks/sorting.md', 'מיון'],
		].map(([path, title]) => ({ path: path!, ...page(title!) }));
		const summary = [
			'# סיכום',
			'',
			'- סיכומים',
			'  - יסודות פייתון',
			'    - [יסודות](notes/01_basics.md)',
			'    - [זיכרון](notes/memory.md)',
			'  - פונקציות',
			'    - [פונקציות](notes/functions.md)',
			'  - [מבחנים](exams/README.md)',
			'- מחברות',
			'  - [מבוא](notebooks/intro.md)',
			'  - [מיון](notebooks/sorting.md)',
			'',
		].join('\n');
		const result = importPlan({ index: { path: 'SUMMARY.md', text: summary }, files }, { fileName: 'SUMMARY.md', order: 0, track: 't' });
		const overview = result.files.find((file) => file.path.endsWith('/index.mdx'))!.text;
		expect([...overview.matchAll(/ {2}- id: (.+)/g)].map((match) => match[1])).toEqual(['notes-exams', 'basics', 'functions', 'notebooks']);
	});
});
