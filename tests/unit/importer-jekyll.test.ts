import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jekyllCollectionsNav, jekyllNav } from '../../src/lib/importer/sites/jekyll.ts';
import { calloutsOf, kramdownBlocks } from '../../src/lib/importer/markdown/kramdown.ts';
import { documentDrop, renderLiquid } from '../../src/lib/importer/markdown/liquid.ts';
import type { ImportNote } from '../../src/lib/importer/markdown/notes.ts';
import { parseMarkdown } from '../../src/lib/importer/markdown/parse.ts';
import { toMdx } from '../../src/lib/importer/markdown/serialize.ts';
import { runImport } from '../../src/lib/importer/run.ts';
import { withImportFolders, writeFiles } from './import-folders.ts';

const silent = { log: () => {}, error: () => {} };
const page = (fields: string, body = '') => `---\nlayout: default\n${fields}\n---\n\n${body}`;

describe("a Just the Docs site's navigation", () => {
	it('lists the pages without a parent by nav_order, then by title, each over its children and theirs', () => {
		const nav = jekyllNav({ title: 'Course', exclude: ['drafts/'] }, [
			{ path: 'README.md', text: '# The repository\n' },
			{ path: 'index.md', text: page('title: Home\nnav_exclude: true', '# Course') },
			{ path: 'about.md', text: page('title: About') },
			{ path: 'unit1/index.md', text: page('title: Unit 1\nnav_order: 2\nhas_children: true') },
			{ path: 'unit1/week2.md', text: page('title: Week 2\nparent: Unit 1\nnav_order: 2') },
			{ path: 'unit1/week1.md', text: page('title: Week 1\nparent: Unit 1\nnav_order: 1') },
			{ path: 'unit1/week1-b.md', text: page('title: Lesson B\nparent: Week 1\ngrand_parent: Unit 1\nnav_order: 2') },
			{ path: 'unit1/week1-a.md', text: page('title: Lesson A\nparent: Week 1\ngrand_parent: Unit 1\nnav_order: 1') },
			{ path: 'syllabus.md', text: page('title: Syllabus\nnav_order: 1') },
			{ path: 'drafts/next.md', text: page('title: Next\nnav_order: 3') },
			{ path: '_modules/week-01.md', text: page('title: Intro') },
			{ path: 'lost.md', text: page('title: Lost\nparent: Nowhere') },
		]);
		expect(nav?.siteName).toBe('Course');
		expect(nav?.tableOfContents).toBe(
			[
				'- [](index.md)',
				'- [Syllabus](syllabus.md)',
				'- [Unit 1](unit1/index.md)',
				'  - [Week 1](unit1/week1.md)',
				'    - [Lesson A](unit1/week1-a.md)',
				'    - [Lesson B](unit1/week1-b.md)',
				'  - [Week 2](unit1/week2.md)',
				'- [About](about.md)',
				'',
			].join('\n'),
		);
		expect(nav?.notes).toEqual(['lost.md: its parent "Nowhere" is the title of no page of the site, so the site\'s navigation does not list it']);
	});

	it('keeps a page hidden from the sidebar under a parent that is in it, in its place (weeks to come of a schedule)', () => {
		const nav = jekyllNav({ title: 'Course' }, [
			{ path: 'index.md', text: page('title: Home\nnav_exclude: true', '# Course') },
			{ path: 'schedule.md', text: page('title: Schedule\nnav_order: 1\nhas_children: true', '[Week 2](week-02)') },
			{ path: 'week01.md', text: page('title: Week 1\nparent: Schedule\nnav_order: 1') },
			{ path: 'week02.md', text: page('title: Week 2\nparent: Schedule\nnav_order: 2\nnav_exclude: true') },
			{ path: 'draft.md', text: page('title: Draft\nnav_exclude: true') },
		]);
		expect(nav?.tableOfContents).toBe(['- [](index.md)', '- [Schedule](schedule.md)', '  - [Week 1](week01.md)', '  - [Week 2](week02.md)', ''].join('\n'));
	});

	it("places a collection's documents under the page that shows them whole, as Just the Class's calendar shows its modules", () => {
		const nav = jekyllNav({ title: 'Course', collections: { modules: null, staffers: null } }, [
			{ path: 'README.md', text: page('title: Home\nnav_exclude: true', '# Course') },
			{ path: 'calendar.md', text: page('title: Calendar', '{% for module in site.modules %}\n{{ module }}\n{% endfor %}') },
			{ path: 'staff.md', text: page('title: Staff', "{% assign tas = site.staffers | where: 'role', 'TA' %}\n{% for ta in tas %}\n{{ ta }}\n{% endfor %}") },
			{ path: '_modules/week-02.md', text: page('title: Loops') },
			{ path: '_modules/week-01.md', text: page('title: Variables') },
			{ path: '_staffers/kim.md', text: page('name: Kim') },
		]);
		expect(nav?.tableOfContents).toBe(['- [](README.md)', '- [Calendar](calendar.md)', '  - [Variables](_modules/week-01.md)', '  - [Loops](_modules/week-02.md)', '- [Staff](staff.md)', ''].join('\n'));
	});

	it('places them so when the page loops over a variable the collection is assigned to, showing each under a condition, first when the home page shows them', () => {
		const nav = jekyllNav({ title: 'Course', collections: { modules: null } }, [
			{ path: 'index.md', text: page('title: Home\nnav_order: 1', "## Schedule\n{% assign mods = site.modules | sort: 'date' %}\n{% for mod in mods %}\n  {% if mod.Status == 'Active' %}\n    {{ mod }}\n  {% endif %}\n{% endfor %}") },
			{ path: '_modules/week-a.md', text: page('title: Loops\ndate: 2024-12-16') },
			{ path: '_modules/week-b.md', text: page('title: Variables\ndate: 2024-12-9') },
			{ path: 'syllabus.md', text: page('title: Syllabus\nnav_order: 2') },
		]);
		// The home page is the overview, the weeks it shows the plan's first phases, in the order of their dates.
		expect(nav?.tableOfContents).toBe(['- [](index.md)', '- [Variables](_modules/week-b.md)', '- [Loops](_modules/week-a.md)', '- [Syllabus](syllabus.md)', ''].join('\n'));
	});

	it('is no navigation when no page places itself in one', () => {
		expect(jekyllNav({ title: 'Blog' }, [{ path: 'index.md', text: page('title: Home') }, { path: 'about.md', text: page('title: About') }])).toBeNull();
	});
});

describe("a Jekyll site's collections", () => {
	const config = {
		title: 'CS 8',
		collections: { hwk: { output: true }, labs: { output: true, sort_by: 'num' }, lectures: { output: true }, staff: { output: false }, extras: { output: true, order: ['b.md', 'a.md'] } },
	};

	it("lists each published collection's documents in Jekyll's order, the collections in the order the home page's Liquid names them", () => {
		const nav = jekyllCollectionsNav(config, [
			{ path: 'index.md', text: page('title: Home', '# CS 8\n\nSee [the extras](extras.md).\n\n## Lectures\n{% include lectures_table.html %}\n\n## Labs\n{% for lab in site.labs %}{{ lab.title }}{% endfor %}') },
			{ path: '_lectures/lect02.md', text: page('desc: Loops') },
			{ path: '_lectures/lect01.md', text: page('desc: Introduction') },
			{ path: '_lectures/lect03.md', text: page('title: Draft\npublished: false') },
			{ path: '_lectures/notes.md', text: 'Not rendered: no frontmatter.\n' },
			{ path: '_labs/setup.md', text: page('title: Setup\nnum: lab02') },
			{ path: '_labs/python.md', text: page('title: Python\nnum: lab01') },
			{ path: '_labs/extra.md', text: page('title: Extra') },
			{ path: '_staff/ta.md', text: page('title: TA') },
			{ path: '_extras/a.md', text: page('title: A') },
			{ path: '_extras/b.md', text: page('title: B') },
			{ path: '_extras/c-notes.md', text: page('date: 2024-01-01') },
		]);
		expect(nav?.siteName).toBe('CS 8');
		expect(nav?.tableOfContents).toBe(
			[
				'- [](index.md)',
				'- Lectures',
				'  - [Introduction](_lectures/lect01.md)',
				'  - [Loops](_lectures/lect02.md)',
				'- Labs',
				'  - [Python](_labs/python.md)',
				'  - [Setup](_labs/setup.md)',
				'  - [Extra](_labs/extra.md)',
				'- Extras',
				'  - [B](_extras/b.md)',
				'  - [A](_extras/a.md)',
				'  - [C Notes](_extras/c-notes.md)',
				'',
			].join('\n'),
		);
	});

	it("orders collections named by years the home page leaves unnamed by year, from the newest when it names the newest first", () => {
		const years = { collections: { '2019': { output: true }, '2020': { output: true }, '2026': { output: true } } };
		const files = ['2019', '2020', '2026'].map((year) => ({ path: `_${year}/shell.md`, text: page(`title: Shell ${year}`) }));
		const groups = (home: string) => (jekyllCollectionsNav(years, [{ path: 'index.md', text: page('title: Home', home) }, ...files])?.tableOfContents ?? '').match(/^- \d+$/gm);
		expect(groups("{% for l in site['2026'] %}{{ l.title }}{% endfor %}")).toEqual(['- 2026', '- 2020', '- 2019']);
		expect(groups('# Lectures')).toEqual(['- 2019', '- 2020', '- 2026']);
	});

	// (Episode A's frontmatter is YAML Jekyll reads, and the strict parser does not.)
	it('makes the documents of the only published collection the pages, and is no navigation without one', () => {
		const episodes = { collections: { episodes: { output: true } } };
		expect(jekyllCollectionsNav(episodes, [{ path: '_episodes/02-b.md', text: page('title: B') }, { path: '_episodes/01-a.md', text: page('title: A\nkeypoints:\n- "A key point Ruby reads,\nwrapped at the margin."') }])?.tableOfContents).toBe('- [A](_episodes/01-a.md)\n- [B](_episodes/02-b.md)\n');
		expect(jekyllCollectionsNav({ collections: ['modules'] }, [{ path: '_modules/week-01.md', text: page('title: Week 1') }])).toBeNull();
	});
});

describe('importing a course of Jekyll collections', () => {
	it("reads its lectures and labs, and the images a page names from the folder Jekyll serves it at", () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'course'), {
				'_config.yml': 'title: CS 8\ncollections:\n  lab:\n    output: true\n    permalink: /lab/:path/\n  lectures:\n    output: true\n    permalink: /lectures/:path/\n',
				'index.md': page('title: Home', '# CS 8\n\n## Lectures\n{% include lectures_table.html %}\n\n## Labs\n{% include lab_table.html %}\n'),
				'_lectures/lect01.md': page('desc: Introduction', 'Welcome.\n'),
				'_lectures/lect02.md': page('desc: Recursion', '![Scramble](scramble.png)\n'),
				'_lab/lab01.md': page('desc: Getting started', 'Install Python.\n'),
			});
			mkdirSync(join(dir, 'course', '_lectures', 'lect02'));
			writeFileSync(join(dir, 'course', '_lectures', 'lect02', 'scramble.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
			expect(runImport([join(dir, 'course'), '--id', 'cs8', '--out', content], dir, silent)).toBe(0);
			const roadmap = join(content, 'roadmaps', 'cs8');
			const overview = readFileSync(join(roadmap, 'index.mdx'), 'utf8');
			expect(overview).toMatch(/groups:\n {2}- id: lectures\n {4}title: "Lectures"\n {2}- id: lab\n {4}title: "Lab"/);
			expect(readFileSync(join(roadmap, 'recursion.mdx'), 'utf8')).toContain('![Scramble](./images/scramble.png)');
			expect(existsSync(join(roadmap, 'images', 'scramble.png'))).toBe(true);
		});
	});
});

describe('importing a Just the Class course whose modules keep their lectures in their frontmatter', () => {
	it("writes each module's lectures as its Liquid lists them", () => {
		withImportFolders((dir, content) => {
			const module = (title: string, lectures: string[]) =>
				page(
					`title: ${title}\nlectures:\n${lectures.map((lecture, index) => `  - date: 2026-01-0${index + 5}\n    title: ${lecture}\n    slides: https://slides.example.edu/${index}`).join('\n')}`,
					"{% for lecture in page.lectures %}\n{{ lecture.date | date: '%b %-d' }}\n: [{{ lecture.title }}]({{ lecture.slides }})\n{% endfor %}\n",
				);
			writeFiles(join(dir, 'course'), {
				'_config.yml': 'title: CS 2\nremote_theme: just-the-docs/just-the-docs\ncollections:\n  modules:\n',
				'index.md': page('title: Home\nnav_order: 0', '# CS 2\n\nWelcome.\n'),
				'calendar.md': page('title: Calendar\nnav_order: 1', '{% for module in site.modules %}\n{{ module }}\n{% endfor %}\n'),
				'_modules/week-01.md': module('Recursion', ['Base cases', 'Recursive cases']),
				'_modules/week-02.md': module('Lists', ['Linked lists']),
			});
			expect(runImport([join(dir, 'course'), '--id', 'cs2', '--out', content], dir, silent)).toBe(0);
			const phase = (id: string) => readFileSync(join(content, 'roadmaps', 'cs2', `${id}.mdx`), 'utf8');
			expect(phase('recursion')).toContain('Jan 5\n: [Base cases](https://slides.example.edu/0)\n\nJan 6\n: [Recursive cases](https://slides.example.edu/1)');
			expect(phase('lists')).toContain('Jan 5\n: [Linked lists](https://slides.example.edu/0)');
		});
	});

	it("writes the lectures its layout draws from a module's frontmatter, given by the configuration's defaults", () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'course'), {
				'_config.yml': 'title: CS 3\ncollections:\n  modules:\ndefaults:\n  - scope:\n      path: ""\n      type: modules\n    values:\n      layout: module\n',
				'_layouts/module.html':
					'<div class="module">\n  <h3>{{ page.title }}</h3>\n  <!-- {{ content }} -->\n  <dl>\n    {% for day in page.days %}\n    <dt>{{ day.date | date: "%b %e" }}</dt>\n    {% for event in day.events %}\n    <dd>{{ event | first | markdownify }} {{ event | last | markdownify }}</dd>\n    {% endfor %}\n    {% endfor %}\n  </dl>\n  {{ content }}\n</div>\n',
				'index.md': page('title: Home\nnav_order: 0', '# CS 3\n\n{% for module in site.modules %}\n{{ module }}\n{% endfor %}\n'),
				'_modules/week-01.md': '---\ntitle: Recursion\ndays:\n  - date: 2026-01-05\n    events:\n      "**LEC**{: .label } [Base cases](https://slides.example.edu/1)": "[Notes](https://notes.example.edu/)"\n---\n',
				'_modules/week-02.md': '---\ntitle: Lists\nlayout: module\n---\n\nRead **chapter 2**.\n\nThen the notes.\n',
				// The site's frame, which lists its menu, is no part of a page.
				'_data/navigation.yml': '- title: Home\n  url: /\n',
				'_layouts/page.html': '<html><body><nav>{% for item in site.data.navigation %}<a href="{{ item.url }}">{{ item.title }}</a>{% endfor %}</nav>{{ content }}</body></html>\n',
				'syllabus.md': '---\ntitle: Syllabus\nlayout: page\nnav_order: 1\n---\n\nGrades.\n',
				// A layout listing a page's tags labels it: the page stays its text.
				'_layouts/tagged.html': '<div class="tags">{% for tag in page.tags %}<span>{{ tag }}</span>{% endfor %}</div>\n{{ content }}\n',
				'exams.md': '---\ntitle: Exams\nlayout: tagged\ntags: [midterm, final]\nnav_order: 2\n---\n\nTwo exams.\n',
			});
			expect(runImport([join(dir, 'course'), '--id', 'cs3', '--out', content], dir, silent)).toBe(0);
			const phase = (id: string) => readFileSync(join(content, 'roadmaps', 'cs3', `${id}.mdx`), 'utf8');
			expect(phase('recursion')).toContain('- Jan 5\n\n  **LEC** [Base cases](https://slides.example.edu/1)\n\n  [Notes](https://notes.example.edu/)');
			expect(phase('lists')).toContain('Read **chapter 2**.\n\nThen the notes.');
			expect(phase('syllabus')).not.toContain('Home');
			expect(phase('exams')).not.toContain('midterm');
		});
	});
});

describe('importing a Just the Class course whose calendar draws its modules', () => {
	it("reads a module's relative links from the calendar's folder, where Jekyll serves them", () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'course'), {
				'_config.yml': 'title: CS 4\ncollections:\n  modules:\n',
				'index.md': page('title: Home\nnav_order: 0', '# CS 4\n\n{% for module in site.modules %}\n{{ module }}\n{% endfor %}\n'),
				'syllabus.md': page('title: Syllabus\nnav_order: 1', 'Grades.\n'),
				'_modules/week-01.md': page('title: Recursion', '- Read the [syllabus](syllabus.md) and [week 1](#recursion).\n- ![Call tree](images/tree.png)\n'),
			});
			mkdirSync(join(dir, 'course', 'images'));
			writeFileSync(join(dir, 'course', 'images', 'tree.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
			expect(runImport([join(dir, 'course'), '--id', 'cs4', '--out', content], dir, silent)).toBe(0);
			const recursion = readFileSync(join(content, 'roadmaps', 'cs4', 'recursion.mdx'), 'utf8');
			expect(recursion).toMatch(/\[syllabus\]\(\/roadmaps\/cs4\/syllabus\/?\)/);
			expect(recursion).toContain('![Call tree](./images/tree.png)');
		});
	});
});

describe('importing a Just the Docs course', () => {
	it('makes its units groups and the weeks in them with lessons groups inside theirs, in the navigation order', () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'course'), {
				'_config.yml': 'title: Traducción Inversa\nremote_theme: just-the-docs/just-the-docs\n',
				'README.md': '# Repository\n\nBuild with Jekyll.\n',
				'index.md': page('title: Inicio\nnav_order: 1', '# Traducción Inversa\n\nBienvenidos.\n'),
				'unidad1/unidad1.md': page('title: Unidad 1\nnav_order: 2\nhas_children: true', '# Unidad 1\n\nTextos generales.\n'),
				'unidad1/semana1/semana1.md': page('title: Semana 1\nparent: Unidad 1\nnav_order: 1\nhas_children: true', '# Semana 1\n\nFundamentos.\n'),
				'unidad1/semana1/texto.md': page(
					'title: Conocer el texto\nparent: Semana 1\ngrand_parent: Unidad 1\nnav_order: 1',
					'# {{ page.title }}\n\n{: .note }\n> Leer.\n\nSigue con [la semana 2]({{ site.baseurl }}{% link unidad1/semana2/semana2.md %}).\n',
				),
				'unidad1/semana2/semana2.md': page('title: Semana 2\nparent: Unidad 1\nnav_order: 2\nhas_children: true', '# Semana 2\n\nEspecificaciones.\n'),
				'unidad1/semana2/spex.md': page('title: Especificaciones\nparent: Semana 2\ngrand_parent: Unidad 1\nnav_order: 1', '# Especificaciones\n\nParámetros.\n'),
				'unidad1/conclusion.md': page('title: Conclusión\nparent: Unidad 1\nnav_order: 3', '# Conclusión\n\nFin.\n'),
				'final.md': page('title: Proyecto final\nnav_order: 3', '# Proyecto final\n\nEntrega.\n'),
			});
			const lines: string[] = [];
			expect(runImport([join(dir, 'course'), '--id', 'tr', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			expect(lines.join('\n')).toContain('7 phases, split at the table of contents');
			const roadmap = join(content, 'roadmaps', 'tr');
			const overview = readFileSync(join(roadmap, 'index.mdx'), 'utf8');
			expect(overview).toContain('title: "Traducción Inversa"');
			expect(overview).toContain('Bienvenidos.');
			const groups = overview.slice(overview.indexOf('groups:'), overview.indexOf('\n---'));
			expect(groups).toMatch(/- id: (\S+)\n {4}title: "Unidad 1"\n {2}- id: (\S+)\n {4}title: "Semana 1"\n(?: {4}.*\n)* {4}parent: \1\n {2}- id: \S+\n {4}title: "Semana 2"/);
			const phase = (id: string) => readFileSync(join(roadmap, `${id}.mdx`), 'utf8');
			const groupOf = (id: string) => /^group: (\S+)$/m.exec(phase(id))?.[1];
			const orderOf = (id: string) => Number(/^order: (\d+)$/m.exec(phase(id))?.[1]);
			expect(['unidad-1', 'semana-1', 'conocer-texto', 'semana-2', 'especificaciones', 'conclusion', 'proyecto-final'].map(orderOf)).toEqual([1, 2, 3, 4, 5, 6, 7]);
			expect(groupOf('semana-1')).toBe(groupOf('conocer-texto'));
			expect(groupOf('semana-2')).toBe(groupOf('especificaciones'));
			expect(groupOf('semana-1')).not.toBe(groupOf('semana-2'));
			expect(groupOf('conclusion')).toBe(groupOf('unidad-1'));
			expect(groupOf('proyecto-final')).toBeUndefined();
			// Its Liquid rendered, its callout an alert.
			expect(phase('conocer-texto')).toContain('> \\[!NOTE]\n> Leer.\n\nSigue con [la semana 2](/roadmaps/tr/semana-2/).');
		});
	});

	it("reads a link that writes the site's baseurl out (\"/su25/labs\") from the site's folder", () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'course'), {
				'_config.yml': 'title: CS 10\nbaseurl: /su25/\nremote_theme: just-the-docs/just-the-docs\n',
				'index.md': page('title: Home\nnav_order: 1', '# CS 10\n\nDo [Lab 0](/su25/labs) first, then read [the syllabus](/syllabus).\n'),
				'labs.md': page('title: Labs\nnav_order: 2', '# Labs\n\nLab 0.\n'),
				'syllabus.md': page('title: Syllabus\nnav_order: 3', '# Syllabus\n\nRules.\n'),
			});
			expect(runImport([join(dir, 'course'), '--id', 'cs10', '--out', content], dir, silent)).toBe(0);
			const overview = readFileSync(join(content, 'roadmaps', 'cs10', 'index.mdx'), 'utf8');
			expect(overview).toContain('Do [Lab 0](/roadmaps/cs10/labs/) first, then read [the syllabus](/roadmaps/cs10/syllabus/).');
		});
	});
});

describe("a Jekyll page's Liquid", () => {
	const site = { title: 'CS 101', baseurl: '/cs101', course: 'CMPSC 8' };

	it('renders links to pages and files from the site root, and the values of the site and the page', () => {
		const text = [
			'---\ntitle: Week 1\nsubtitle: Basics\n---',
			'# {{ site.course }}: {{ page.title }} ({{page.subtitle}})',
			'* [HW1]({{ site.baseurl }}{% link Assignments/HW1/hw1.md %}) **Due Jan 28**',
			"![Logo]({{ '/assets/logo.png' | relative_url }}) and [slides]({{ \"slides/w1.pdf\" | prepend: site.baseurl }})",
			'```html\n{% raw %}<p>{{ name }}</p>{% endraw %}\n<b>{{ vue }}</b>\n```',
		].join('\n\n');
		const { text: rendered, notes } = renderLiquid(text, site, { title: 'Week 1', subtitle: 'Basics' });
		expect(rendered).toBe(
			[
				'---\ntitle: Week 1\nsubtitle: Basics\n---',
				'# CMPSC 8: Week 1 (Basics)',
				'* [HW1](/Assignments/HW1/hw1.md) **Due Jan 28**',
				'![Logo](/assets/logo.png) and [slides](slides/w1.pdf)',
				// Code the importer cannot render shows the template as written.
				'```html\n<p>{{ name }}</p>\n<b>{{ vue }}</b>\n```',
			].join('\n\n'),
		);
		expect(notes).toEqual([]);
	});

	it("leaves out what the site's templates fill in, with a note, and the lines that only held it", () => {
		const text = '## Lectures\n\n{% include lesson.html %}\n\n{% for module in site.modules %}\n{{ module }}\n{% endfor %}\n{% comment %}draft{% endcomment %}\nRead the notes.\n';
		const { text: rendered, notes } = renderLiquid(text, site, null);
		expect(rendered).toBe('## Lectures\n\n\nRead the notes.\n');
		const fillsIn = 'the Jekyll site the plan was written for fills it in';
		expect(notes.map((note) => [note.line, note.message])).toEqual([
			[3, `left out the Liquid tag "{% include lesson.html %}": ${fillsIn}`],
			[5, `left out the Liquid tag "{% for module in site.modules %}": ${fillsIn}`],
			[6, `left out the Liquid value "{{ module }}": ${fillsIn}`],
		]);
	});

	it("leaves no empty list item where a tag of the site's plugins stood alone, and keeps an item's words beside one", () => {
		const text = '## Week 1\n\n- {% lec 1 %}\n- {% lec 2 %} Recursion\n1. {% hw 1 %}\n2. Read chapter 1\n';
		expect(renderLiquid(text, site, null).text).toBe('## Week 1\n\n-  Recursion\n2. Read chapter 1\n');
	});
});

describe("a Jekyll page whose Liquid reads only its own and the site's values", () => {
	const days = ['2026-03-30 00:00:00-07:00', '2026-04-01 00:00:00-07:00'];
	const text = [
		'---\ndays:\n  - 2026-03-30 00:00:00-07:00\n  - 2026-04-01 00:00:00-07:00\n---',
		'{% assign lec = 0 %}',
		'| Date | Topic |\n|---|---|',
		"| {{ page.days[lec] | date: '%a %-m/%-d' }} {% assign lec = lec | plus: 1 %} | Basics |",
		'{% if site.term %}',
		"| {{ page.days[lec] | date: '%a %-m/%-d' }} {% assign lec = lec | plus: 1 %} | {{ site.term }} review |",
		'{% endif %}',
		'',
	].join('\n');

	it("is rendered whole, as Jekyll would: counters, dates in their own zone, the table's tag-only lines gone", () => {
		const { text: rendered, notes } = renderLiquid(text, { term: 'Spring' }, { days });
		expect(rendered).toBe(['---\ndays:\n  - 2026-03-30 00:00:00-07:00\n  - 2026-04-01 00:00:00-07:00\n---', '', '| Date | Topic |\n|---|---|', '| Mon 3/30  | Basics |', '| Wed 4/1  | Spring review |', ''].join('\n'));
		expect(notes).toEqual([]);
	});

	it('writes its loops of HTML rows without blank lines, and leaves out its comments with their lines', () => {
		const page = { weeks: [{ topic: 'Basics' }, { topic: 'Loops' }] };
		const html = '<details>\n{% for week in page.weeks %}\n<summary>{{ week.topic }}</summary>\n\n<p>Read.</p>\n{% endfor %}\n</details>\n{% comment %}\ndraft\n{% endcomment %}\nEnd.\n';
		expect(renderLiquid(html, {}, page).text).toBe('<details>\n<summary>Basics</summary>\n<p>Read.</p>\n<summary>Loops</summary>\n<p>Read.</p>\n</details>\nEnd.\n');
	});

	it("is left to the importer's own pass when it reads what only the site knows, or includes its templates", () => {
		for (const unknown of ['{{ site.posts.size }} posts', '{% include term.html %}', '{{ page.title | bogus_filter }}', '```\n{{ page.days }}\n```']) {
			const { text: rendered } = renderLiquid(`${text}${unknown}\n`, { term: 'Spring' }, { days });
			expect(rendered).not.toContain('Mon 3/30');
		}
	});
});

describe("a Jekyll course's schedule kept in its data files", () => {
	const schedule = [
		{ date: '2026-08-25', topic: 'Orientation', reading: 'Chapter 1', days: ['Mon', 'Wed'] },
		{ date: '2026-09-01', topic: 'Linear programs', reading: '', days: ['Mon'] },
	];

	it('renders the loop over the data as Jekyll would, after the assigns before it, its rows without the blank lines its tags stood on', () => {
		const text = [
			'{% assign sep = " / " %}',
			'<table>',
			'<tr><th>Date</th><th>Topic</th><th>Days</th></tr>',
			'{% for item in site.data.schedule %}',
			'  <tr>',
			'    <td>{{ item.date | date: "%b %d" }}</td>',
			'    <td>{{ item.topic }}</td>',
			'    <td>{% for d in item.days %}{{ d }}{% unless forloop.last %}{{ sep }}{% endunless %}{% endfor %}</td>',
			'  </tr>',
			'{% endfor %}',
			'</table>',
			'',
			'```liquid\n{% for item in site.data.schedule %}{{ item.topic }}{% endfor %}\n```',
			'',
		].join('\n');
		const { text: rendered } = renderLiquid(text, { data: { schedule } }, null);
		expect(rendered).toBe(
			[
				'<table>',
				'<tr><th>Date</th><th>Topic</th><th>Days</th></tr>',
				'  <tr>\n    <td>Aug 25</td>\n    <td>Orientation</td>\n    <td>Mon / Wed</td>\n  </tr>',
				'  <tr>\n    <td>Sep 01</td>\n    <td>Linear programs</td>\n    <td>Mon</td>\n  </tr>',
				'</table>',
				'',
				// Code shows the template as written.
				'```liquid\n{% for item in site.data.schedule %}{{ item.topic }}{% endfor %}\n```',
				'',
			].join('\n'),
		);
	});

	it('leaves out a tag whose arguments hold a "%" whole, with a note', () => {
		const { text: rendered, notes } = renderLiquid('{% assign start = site.data.term.start | date: "%s" %}\nRead.\n', { data: {} }, null);
		expect(rendered).toBe('Read.\n');
		expect(notes).toHaveLength(1);
	});

	it("imports the schedule page's weeks from `_data/schedule.yml`, its table's caption a line above it", () => {
		withImportFolders((dir, content) => {
			const rows = ['2026-08-25: Orientation', '2026-08-27: Formulating programs', '2026-09-01: Data', '2026-09-03: Solving', '2026-09-08: Sensitivity'];
			writeFiles(join(dir, 'course'), {
				'_config.yml': 'title: AREC 615\n',
				// A key written twice takes its last value, as in Jekyll.
				'_data/schedule.yml': rows.map((row) => `- date: '${row.split(': ')[0]}'\n  topic: TBA\n  topic: ${row.split(': ')[1]}\n`).join(''),
				'schedule.md': page(
					'title: Course Schedule',
					'<table>\n<caption>Topics by class day</caption>\n<thead><tr><th>Date</th><th>Topic</th></tr></thead>\n<tbody>\n{% for item in site.data.schedule %}\n<tr>\n<td>{{ item.date | date: "%b %d" }}</td>\n<td>{{ item.topic }}</td>\n</tr>\n{% endfor %}\n</tbody>\n</table>\n',
				),
			});
			expect(runImport([join(dir, 'course', 'schedule.md'), '--id', 'arec', '--out', content], dir, silent)).toBe(0);
			const roadmap = join(content, 'roadmaps', 'arec');
			const phase = (id: string) => readFileSync(join(roadmap, `${id}.mdx`), 'utf8');
			expect(phase('orientation-formulating-programs')).toMatch(/^label: "Week 1 \(Aug 25 – Aug 27\)"$/m);
			expect(phase('data-solving')).toMatch(/^label: "Week 2 \(Sep 01 – Sep 03\)"$/m);
			expect(phase('sensitivity')).toMatch(/^label: "Week 3 \(Sep 08\)"$/m);
			expect(readFileSync(join(roadmap, 'index.mdx'), 'utf8')).toContain('Topics by class day');
		});
	});
});

describe("a Jekyll page looping over a collection's documents", () => {
	const lectures = [
		documentDrop({ title: 'Sets', type: 'lecture', week: 1, date: '2026-01-07', url: '/_lectures/sets.md' }, 'Read **chapter 1**.'),
		documentDrop({ title: 'Setup', type: 'lab', week: 1, date: '2026-01-06', url: '/_lectures/setup.md' }, ''),
		documentDrop({ title: 'Logic', type: 'lecture', week: 1, date: '2026-01-05', url: '/_lectures/logic.md' }, 'Read **chapter 0**.'),
		documentDrop({ title: 'Graphs', type: 'lecture', week: 2, date: '2026-01-12', url: '/_lectures/graphs.md' }, 'Practice.'),
	];
	const loop = '{% assign shown = site.lectures | where: "type", "lecture" | sort: "date" %}\n{% for l in shown %}\n- [{{ l.title }}]({{ l.url | relative_url }}): {{ l }}\n{% endfor %}\n';
	const listed = '- [Logic](/_lectures/logic.md): Read **chapter 0**.\n\n- [Sets](/_lectures/sets.md): Read **chapter 1**.\n\n- [Graphs](/_lectures/graphs.md): Practice.\n';

	it('renders the loop over those a filter selects, in the order a sort gives, each written out whole its text', () => {
		expect(renderLiquid(loop, { lectures }, null).text.trim()).toBe(listed.trim());
	});

	it("renders it so beside what only the site knows, which is left out", () => {
		const { text, notes } = renderLiquid(`{% include header.html %}\n${loop}`, { lectures }, null);
		expect(text).toContain(listed);
		expect(notes.map((note) => note.message)).toContain('left out the Liquid tag "{% include header.html %}": the Jekyll site the plan was written for fills it in');
	});

	it('renders it so over a collection named by a number, read in brackets', () => {
		const byYear = `{% include header.html %}\n${loop.replace('site.lectures', "site['2026']")}`;
		expect(renderLiquid(byYear, { '2026': lectures }, null).text).toContain(listed);
	});

	it('renders the groups `group_by` makes of them, and `where_exp` selections', () => {
		const grouped = '{% assign weeks = site.lectures | group_by: "week" %}{% for w in weeks %}Week {{ w.name }}: {% assign labs = w.items | where_exp: "l", "l.type == \'lab\'" %}{{ w.items.size }} classes, {{ labs.size }} lab\n{% endfor %}';
		expect(renderLiquid(grouped, { lectures }, null).text).toBe('Week 1: 3 classes, 1 lab\nWeek 2: 1 classes, 0 lab\n');
	});
});

describe("a Jekyll page drawing its schedule with the site's includes", () => {
	const includes = {
		'schedule.html': '<table>\n{% for w in site.data.schedule %}\n{% include row.html week=w %}\n{% endfor %}\n</table>\n',
		'row.html': '<tr><td>Week {{ include.week.week }}</td><td>{{ include.week.topic }}</td></tr>\n',
	};
	const data = { schedule: [{ week: 1, topic: 'Sets' }, { week: 2, topic: 'Logic' }] };
	const rows = '<table>\n<tr><td>Week 1</td><td>Sets</td></tr>\n<tr><td>Week 2</td><td>Logic</td></tr>\n</table>';

	it('renders an include the site has, with its parameters, its HTML without blank lines', () => {
		const { text, notes } = renderLiquid('# Schedule\n\n{% include schedule.html %}\n\nRead ahead.\n', { data }, null, undefined, includes);
		expect(text).toBe(`# Schedule\n\n${rows}\n\nRead ahead.\n`);
		expect(notes).toEqual([]);
	});

	it("renders it so beside what only the site knows, and leaves out the theme's includes", () => {
		const { text, notes } = renderLiquid('# Schedule\n\n{% include schedule.html %}\n\n{% include footer.html %}\n{{ site.posts.size }} posts\n', { data }, null, undefined, includes);
		expect(text).toBe(`# Schedule\n\n${rows}\n\n posts\n`);
		expect(notes.map((note) => note.message)).toContain('left out the Liquid tag "{% include footer.html %}": the Jekyll site the plan was written for fills it in');
	});
});

describe("kramdown's attribute lines", () => {
	const transform = (markdown: string, config?: Record<string, unknown>) => {
		const tree = parseMarkdown(markdown);
		const notes: ImportNote[] = [];
		kramdownBlocks(tree, markdown, calloutsOf(config), notes);
		return { mdx: toMdx(tree).trim(), notes: notes.map((note) => note.message) };
	};

	it("makes a Just the Docs callout an alert, titled by the site's configuration when no alert names it", () => {
		const { mdx, notes } = transform('{: .warning }\n> Check the cluster.\n\n{: .task }\nComplete the dictionary.\n\n{: .note }\nJust a note.', { callouts: { task: { title: 'Tarea', color: 'green' } } });
		expect(mdx).toBe(['> \\[!WARNING]\n> Check the cluster.', '> \\[!NOTE]\n> **Tarea**\n>\n> Complete the dictionary.', '> \\[!NOTE]\n> Just a note.'].join('\n\n'));
		expect(notes).toEqual([]);
	});

	it("leaves out the page's table of contents and the lines that only style the site, with notes", () => {
		const { mdx, notes } = transform('# Tutorial\n{: .no_toc }\n\n## Contents\n{: .no_toc .text-delta }\n\n1. TOC\n{:toc}\n\n## Setup\n\n{:toc}\n\nInstall it.');
		expect(mdx).toBe('# Tutorial\n\n## Contents\n\n## Setup\n\nInstall it.');
		expect(notes).toEqual([
			'removed the attribute list "{: .no_toc }": it styles the site the plan was written for',
			'removed the attribute list "{: .no_toc .text-delta }": it styles the site the plan was written for',
			'left out the "{:toc}" list: the page\'s table of contents, which the site built from its headings',
			'left out the "{:toc}" list: the page\'s table of contents, which the site built from its headings',
		]);
	});

	it("takes a table's attribute line, which GFM reads as its last row, out of the table", () => {
		const { mdx, notes } = transform('| Date | Notes |\n| --- | --- |\n| Sep 6 | Intro |\n| Sep 8 | Loops |\n{: .table .table-striped :}');
		expect(mdx).toBe('| Date  | Notes |\n| ----- | ----- |\n| Sep 6 | Intro |\n| Sep 8 | Loops |');
		expect(notes).toEqual(['removed the attribute list "{: .table .table-striped :}": it styles the site the plan was written for']);
	});
});

describe("a Carpentries lesson's boxes", () => {
	const transform = (markdown: string) => {
		const tree = parseMarkdown(markdown);
		const notes: ImportNote[] = [];
		kramdownBlocks(tree, markdown, calloutsOf(undefined), notes);
		return { mdx: toMdx(tree).trim(), notes: notes.map((note) => note.message) };
	};

	it('makes a challenge an alert titled by its heading, and the solution in it a section to open', () => {
		const { mdx, notes } = transform(
			['> ## Loops', '>', '> What does it print?', '>', '> > ## Solution', '> >', '> > ```', '> > 9', '> > ```', '> > {: .output}', '> {: .solution}', '{: .challenge}', '', '> ## Wildcards', '> Which files match?', '> > ## Solution', '> > `c*`', '> {: .solution}', '{: .challenge}'].join('\n'),
		);
		// The importer's HTML step makes the section the site's; until then it is HTML, which MDX would read as text.
		expect(mdx).toBe(
			[
				'> \\[!NOTE]\n> **Loops**\n>\n> What does it print?\n>\n> \\<details>\n> \\<summary>Solution\\</summary>\n>\n> ```\n> 9\n> ```\n>\n> \\</details>',
				'> \\[!NOTE]\n> **Wildcards**\n>\n> Which files match?\n>\n> \\<details>\n> \\<summary>Solution\\</summary>\n>\n> `c*`\n>\n> \\</details>',
			].join('\n\n'),
		);
		expect(notes).toEqual(['removed the attribute list "{: .output}": it styles the site the plan was written for']);
	});

	it("gives a code block the language its class names", () => {
		const { mdx, notes } = transform('~~~\n$ ls\n~~~\n{: .language-bash}\n\n> ~~~\n> x = 1\n> ~~~\n> {: .language-python}');
		expect(mdx).toBe('```bash\n$ ls\n```\n\n> ```python\n> x = 1\n> ```');
		expect(notes).toEqual([]);
	});
});
