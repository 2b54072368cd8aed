import type { Locator, Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { mainText } from '../../src/lib/build/built-site.ts';
import { measureFidelity, sourceUnits } from '../../src/lib/build/fidelity.ts';
import { fixturesDir, importedOutDir, importedPlans } from '../imports/plans.ts';
import { expect, test } from './fixtures.ts';
import { axeFailuresInBothSchemes } from './page-checks.ts';
import { outsideRequests, problemsOfWalk, shardOf, sitemapPaths } from './whole-site.ts';

// Runs against the site built from the plans of tests/fixtures/import/ exactly as the importer wrote them
// (`npm run build:imports`, served on E2E_PORT + 2): what a reader sees of each plan shape.
test.use({ baseURL: `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4329) + 2}` });

const root = resolve(import.meta.dirname, '..', '..');
/** The value a facts list gives for a label. */
const fact = (page: Page, label: string) => page.locator('dl > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
const schedule = (page: Page) => page.locator('[data-phase-schedule]');

/** The overview's phases: label (or number), title and what the schedule line says, in order. */
async function phasesOf(page: Page, roadmap: string): Promise<string[]> {
	await page.goto(`/roadmaps/${roadmap}/`);
	const text = async (locator: Locator) => (await locator.textContent())!.replace(/\s+/g, ' ').trim();
	const rows = await schedule(page).all();
	return Promise.all(
		rows.map(async (row) => {
			// A roadmap that gives no lengths shows none, nor when each phase starts.
			const facts = row.locator('> p').nth(1);
			return `${await text(row.locator('> p').first())} | ${await text(row.locator('> a'))}${(await facts.count()) > 0 ? ` | ${await text(facts)}` : ''}`;
		}),
	);
}

/** Every phase link of an overview leads to a page titled like the link. */
async function expectPhasePagesTitled(page: Page, roadmap: string) {
	await page.goto(`/roadmaps/${roadmap}/`);
	const links = await schedule(page).locator('> a').all();
	const phases = await Promise.all(links.map(async (link) => ({ href: (await link.getAttribute('href'))!, title: (await link.textContent())!.trim() })));
	expect(phases.length).toBeGreaterThan(1);
	for (const { href, title } of phases) {
		await page.goto(href);
		await expect(page.locator('h1'), href).toHaveText(title);
	}
}

test.describe('tables of units (course-table)', () => {
	const overview = '/roadmaps/course-table/';

	test('each course row is a phase, in groups by section, the elective section nesting its two tracks', async ({ page }) => {
		expect(await phasesOf(page, 'course-table')).toEqual([
			'1. | Thinking in Code | 6 weeks · starts in week 1',
			'2. | Program Design Workshop | 8 weeks · starts in week 7',
			'3. | Data Structures by Hand | 10 weeks · starts in week 15',
			'4. | From Gates to Adders | 4 weeks · starts in week 25',
			'5. | Memory and Processes | 12 weeks · starts in week 29',
			'6. | Threat Modelling Basics | 5 weeks · starts in week 41',
			'7. | Applied Cryptography Lab | 7 weeks · starts in week 46',
			'8. | Pixels and Rasters | 6 weeks · starts in week 41',
			'9. | Shaders Without Fear | 8 weeks · starts in week 47',
		]);
		const phases = page.getByRole('region', { name: 'Phases' });
		await expect(phases.locator('h3, h4')).toHaveText(['Core Programming', 'Core Systems', 'Advanced Tracks', 'Security Track', 'Graphics Track']);
		await expect(phases.locator('h4')).toHaveText(['Security Track', 'Graphics Track']);
		const tracks = phases.locator('div').filter({ has: page.getByRole('heading', { name: 'Advanced Tracks' }) }).last();
		await expect(tracks).toContainText('Choose 1 of 2');
		await expect(tracks).toContainText('the groups below are alternatives');
		await page.goto(`${overview}applied-cryptography-lab/`);
		await expect(fact(page, 'Elective')).toHaveText('Advanced Tracks (choose 1 of 2)');
		await expectPhasePagesTitled(page, 'course-table');
	});

	test('durations and weekly hours from the columns show in the facts and on /compare/', async ({ page }) => {
		await page.goto(overview);
		await expect(fact(page, 'Sum of phases')).toHaveText('52–54 weeks');
		await expect(fact(page, 'Hours per week')).toHaveText('4–12 h');
		await expect(fact(page, 'Total effort')).toHaveText('338–506 h');
		await page.goto(`${overview}memory-processes/`);
		await expect(fact(page, 'Duration')).toHaveText('12 weeks');
		await expect(fact(page, 'Hours per week')).toHaveText('8–12 h');
		await expect(fact(page, 'Effort')).toHaveText('96–144 h');

		await page.goto('/compare/');
		const table = page.locator('table[data-sortable]');
		const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
		const cell = (roadmap: string, column: string) => table.locator('tbody tr').filter({ hasText: roadmap }).locator('th, td').nth(headers.indexOf(column));
		await expect(cell('Lantern Computing Curriculum', 'Weeks')).toHaveText('52–54 weeks');
		await expect(cell('Lantern Computing Curriculum', 'Hours / week')).toHaveText('4–12 h');
		await expect(cell('Lantern Computing Curriculum', 'Total effort')).toHaveText('338–506 h');
		await expect(cell('Lantern Computing Curriculum', 'Phases')).toHaveText('9');
		await expect(cell('Администрирование Linux за 9 недель', 'Declared duration')).toHaveText('9 weeks');
		await expect(cell('Администрирование Linux за 9 недель', 'Hours / week')).toHaveText('6 h');
	});

	test('the prerequisites column becomes Requires and Unlocks links that land on the phases', async ({ page }) => {
		await page.goto(`${overview}memory-processes/`);
		const requires = page.getByRole('region', { name: 'Requires' });
		await expect(requires.getByRole('link')).toHaveText(['From Gates to Adders', 'Data Structures by Hand']);
		await requires.getByRole('link', { name: 'From Gates to Adders' }).click();
		await expect(page).toHaveURL(`${overview}gates-adders/`);
		await expect(page.locator('h1')).toHaveText('From Gates to Adders');
		await expect(page.getByRole('region', { name: 'Requires' }).getByRole('link')).toHaveText(['Thinking in Code']);
		const unlocks = page.getByRole('region', { name: 'Unlocks' });
		await expect(unlocks.getByRole('link')).toHaveText(['Memory and Processes']);
		await unlocks.getByRole('link', { name: 'Memory and Processes' }).click();
		await expect(page).toHaveURL(`${overview}memory-processes/`);

		await page.goto(`${overview}thinking-code/`);
		await expect(page.getByRole('region', { name: 'Requires' })).toHaveCount(0);
		await expect(page.getByRole('region', { name: 'Unlocks' }).getByRole('link')).toHaveText(['Program Design Workshop', 'From Gates to Adders']);
		// The course's own link stays in the body.
		await expect(page.locator('main .prose').getByRole('link', { name: 'Thinking in Code' })).toHaveAttribute('href', 'https://courses.example.org/thinking-in-code');
	});
});

test.describe('sections with checklists (checklist-plan)', () => {
	test('the repeated sections are the phases; the text before and after stays on the overview', async ({ page }) => {
		expect(await phasesOf(page, 'checklist-plan')).toEqual([
			'1. | Arrays and Strings',
			'2. | Linked Lists',
			'3. | Trees and Graphs',
			'4. | Sorting and Searching',
			'5. | Dynamic Programming',
			'6. | Mock Interviews',
		]);
		// Its sections give no lengths: there is no schedule to plan at the reader's pace.
		await expect(page.locator('form[data-pace]')).toHaveCount(0);
		await expect(page.locator('main .prose h2')).toHaveText([/How to use this plan/, /Last words/]);
		await expectPhasePagesTitled(page, 'checklist-plan');
	});

	test('nested checklist items are checkboxes a reader can tick, the author’s [x] kept as text', async ({ page }) => {
		await page.goto('/roadmaps/checklist-plan/arrays-strings/');
		const boxes = page.locator('main .prose').getByRole('checkbox');
		await expect(boxes).toHaveCount(5);
		const count = page.locator('[data-checklist-count]');
		await expect(count).toHaveText('0 of 5 items done');
		const nested = page.getByRole('checkbox', { name: 'Remove duplicates in place' });
		await expect(page.locator('main .prose li li', { has: nested })).toHaveCount(1);
		await nested.check();
		await expect(count).toHaveText('1 of 5 items done');
		await page.reload();
		await expect(nested).toBeChecked();
		const authored = page.getByRole('checkbox', { name: 'Prefix sums for range queries' });
		await expect(authored).not.toBeChecked();
		await expect(page.locator('li', { has: authored })).toContainText('(ticked by the author)');

		await page.goto('/roadmaps/checklist-plan/trees-graphs/');
		await expect(page.locator('main .prose').getByRole('checkbox')).toHaveCount(5);
		await expect(page.locator('main .prose li li').getByRole('checkbox')).toHaveCount(2);
	});
});

test.describe('a book\'s table of contents (book-toc)', () => {
	const overview = '/roadmaps/book-toc/';

	test('every page SUMMARY.md links is a phase, in its order, each chapter a group with the pages listed under it', async ({ page }) => {
		expect((await phasesOf(page, 'book-toc')).map((row) => row.split(' | ').slice(0, 2).join(' | '))).toEqual([
			'1. | Preface',
			'2. | Getting Started',
			'3. | Installing the Tools',
			'4. | A First Program',
			'5. | Working with Data',
			'6. | Values and Types',
			'7. | Appendix',
			'8. | A - Glossary',
		]);
		await expect(page.getByRole('region', { name: 'Phases' }).locator('h3')).toHaveText(['Getting Started', 'Working with Data', 'Appendix']);
		await expect(page.locator('h1')).toHaveText('The Little Book of Loops');
		await expectPhasePagesTitled(page, 'book-toc');
	});

	test('links between chapters written as the pages a book builds (`ch02-01-values.html#numbers`), by reference, land on their phase and heading', async ({ page }) => {
		await page.setViewportSize({ width: 1000, height: 500 });
		await page.goto(`${overview}first-program/`);
		await page.locator('main .prose').getByRole('link', { name: 'numbers', exact: true }).click();
		await expect(page).toHaveURL(`${overview}values-types/#numbers`);
		await expect(page.getByRole('heading', { name: 'Numbers', exact: true })).toBeInViewport();
		await page.goBack();
		await page.locator('main .prose').getByRole('link', { name: 'glossary', exact: true }).click();
		await expect(page).toHaveURL(`${overview}glossary/`);
		await expect(page.locator('h1')).toHaveText('A - Glossary');
	});
});

test.describe('an index linking one file per day (day-course)', () => {
	const overview = '/roadmaps/day-course/';

	test('each linked file is a day, labelled from the index table', async ({ page }) => {
		expect(await phasesOf(page, 'day-course')).toEqual([
			'Day 1 | Getting Started | 1 day · starts in week 1',
			'Day 2 | Values and Types | 1 day · starts in week 1',
			'Day 3 | Loops and Conditions | 1 day · starts in week 1',
			'Day 4 | Functions | 1 day · starts in week 1',
		]);
		await expectPhasePagesTitled(page, 'day-course');
	});

	test('a GitHub alert in a day (`> [!TIP]`) shows as one: titled, set apart, its text kept', async ({ page }) => {
		await page.goto(`${overview}values-types/`);
		const alert = page.locator('main .prose .markdown-alert-tip');
		const title = alert.locator('.markdown-alert-title');
		await expect(title).toHaveText('TIP');
		await expect(alert).toContainText("typeof null is 'object': an old quirk that browsers keep.");
		await expect(page.locator('main .prose')).not.toContainText('[!TIP]');
		// Set apart as GitHub sets it: an icon beside the title, a coloured bar beside the text.
		await expect(title.locator('svg')).toBeVisible();
		expect(await alert.evaluate((box) => getComputedStyle(box).borderLeftWidth)).toBe('4px');
		expect(await alert.evaluate((box) => getComputedStyle(box).borderLeftColor)).not.toBe(await page.locator('main .prose p').first().evaluate((p) => getComputedStyle(p).color));
	});

	test('previous and next links between the days land on the right phase pages', async ({ page }) => {
		await page.goto(`${overview}getting-started/`);
		await page.locator('main .prose').getByRole('link', { name: 'Day 2 »', exact: true }).click();
		await expect(page).toHaveURL(`${overview}values-types/`);
		await expect(page.locator('h1')).toHaveText('Values and Types');
		await page.locator('main .prose').getByRole('link', { name: 'Day 3 »', exact: true }).click();
		await expect(page).toHaveURL(`${overview}loops-conditions/`);
		await page.locator('main .prose').getByRole('link', { name: 'Day 4 »', exact: true }).click();
		await expect(page).toHaveURL(`${overview}functions/`);
		await page.locator('main .prose').getByRole('link', { name: '« Day 3', exact: true }).click();
		await expect(page).toHaveURL(`${overview}loops-conditions/`);
		await page.locator('main .prose').getByRole('link', { name: '« Day 2', exact: true }).click();
		await expect(page).toHaveURL(`${overview}values-types/`);
		await page.locator('main .prose').getByRole('link', { name: '« Day 1', exact: true }).click();
		await expect(page).toHaveURL(`${overview}getting-started/`);
		// A link to the README leads to the overview.
		await page.locator('main .prose').getByRole('link', { name: 'Course home', exact: true }).click();
		await expect(page).toHaveURL(overview);
		await expect(page.locator('h1')).toHaveText('Four Days of JavaScript');
	});

	test('table-of-contents #anchors, the emoji heading among them, and anchors into another day scroll to their heading', async ({ page }) => {
		await page.setViewportSize({ width: 1000, height: 500 });
		await page.goto(`${overview}values-types/`);
		const heading = page.locator('[id="-exercises-day-2"]');
		await expect(heading).toHaveCount(1);
		await expect(heading).toHaveText('💻 Exercises: Day 2');
		await expect(heading).not.toBeInViewport();
		await page.locator('main .prose').getByRole('link', { name: '💻 Exercises: Day 2', exact: true }).click();
		await expect(page).toHaveURL(`${overview}values-types/#-exercises-day-2`);
		await expect(heading).toBeInViewport();

		await page.locator('main .prose').getByRole('link', { name: 'Day 1 started', exact: true }).click();
		await expect(page).toHaveURL(`${overview}getting-started/#your-first-script`);
		await expect(page.locator('[id="your-first-script"]')).toBeInViewport();
	});

	test('the local image is copied, optimised and shown; the remote badge is a link, not an image', async ({ page }) => {
		for (const [path, alt] of [
			['getting-started/', 'A tiny pebble'],
			['loops-conditions/', 'The same tiny pebble'],
		] as const) {
			await page.goto(`${overview}${path}`);
			const image = page.getByRole('img', { name: alt });
			await expect(image).toHaveAttribute('src', /^\/_astro\/pebble\.[\w-]+\.webp$/);
			await image.scrollIntoViewIfNeeded();
			await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
		}
		await page.goto(overview);
		await expect(page.getByRole('link', { name: 'course badge' })).toHaveAttribute('href', 'https://img.badges.example/badge/days-4-blue.svg');
		await expect(page.locator('main img')).toHaveCount(0);
	});

	test('a file of the plan a lesson links, not a page (a data set), comes with the roadmap and its link downloads it', async ({ page, request }) => {
		await page.goto(`${overview}getting-started/`);
		const link = page.locator('main .prose').getByRole('link', { name: 'table of operators', exact: true });
		await expect(link).toHaveAttribute('href', '/roadmaps/day-course/files/operators.csv');
		const served = await request.get((await link.getAttribute('href'))!);
		expect(served.status()).toBe(200);
		expect(await served.text()).toBe(readFileSync(join(fixturesDir, 'day-course/01_Day_Intro/operators.csv'), 'utf8'));
	});

	test('raw HTML reads as Markdown, code keeps its braces and angle brackets, unsafe links and embeds are gone', async ({ page }) => {
		await page.goto(`${overview}getting-started/`);
		const prose = page.locator('main .prose');
		// The centred <div><h1> banner is a heading below the page's own h1.
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(prose.locator('h2').first()).toHaveText('Four Days of JavaScript: Getting Started');
		await expect(prose.locator('code', { hasText: /^Ctrl$/ })).toHaveCount(1);
		await expect(prose.locator('kbd, div[align]')).toHaveCount(0);
		// A <details> answer stays hidden until the reader opens it, as on GitHub.
		const answer = prose.getByText('It prints the greeting, then the words short greeting.');
		await expect(answer).toBeHidden();
		await prose.locator('details summary', { hasText: 'What does the console print?' }).click();
		await expect(answer).toBeVisible();
		await expect(prose.locator('pre').first()).toContainText("if (greeting.text.length < 10) { console.log('short greeting'); }");
		await expect(prose).toContainText('Print the result of 7 < 9 and explain it.');

		await page.goto(`${overview}values-types/`);
		await expect(prose).toContainText("like { name: ‘Ada’ }");
		await expect(prose.getByText('Click me to see nothing happen')).toBeVisible();
		await expect(prose.getByRole('link', { name: 'Click me' })).toHaveCount(0);
		// The <iframe> is a link to what it embedded.
		await expect(prose.getByRole('link', { name: 'https://evil.example' })).toHaveAttribute('href', 'https://evil.example');
	});

	test('TeX math shows as laid-out MathML, inline and as a block, with no stylesheet or font fetched for it', async ({ page }) => {
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto(`${overview}values-types/`);
		const prose = page.locator('main .prose');
		const inline = prose.locator('p math:not([display])');
		await expect(inline).toHaveCount(1);
		await expect(inline.locator('annotation')).toHaveText('0.1 + 0.2 \\neq 0.3');
		const block = prose.locator('math[display="block"]');
		await expect(block).toBeVisible();
		await expect(block.locator('msup')).toHaveCount(1);
		// Laid out, not shown as source: the exponent sits higher than its base, and no dollar or backslash shows.
		const [base, exponent] = await Promise.all([block.locator('msup > :first-child').boundingBox(), block.locator('msup > :nth-child(2)').boundingBox()]);
		expect(exponent!.y + exponent!.height).toBeLessThan(base!.y + base!.height - 2);
		const shown = await prose.innerText();
		expect(shown).not.toContain('$');
		expect(shown).not.toContain('\\neq');
		expect(fetched.filter((path) => /katex|\.woff2?$/i.test(path) && !/inter/i.test(path))).toEqual([]);
	});
});

test.describe('a Docusaurus site (docusaurus-course) and an Obsidian vault (obsidian-vault)', () => {
	test('the docs come in their sidebar\'s order, each folder a group named by its _category_ file, the site named by its config', async ({ page }) => {
		expect((await phasesOf(page, 'docusaurus-course')).map((row) => row.split(' | ').slice(0, 2).join(' | '))).toEqual([
			'1. | Welcome',
			'2. | Files and folders',
			'3. | Pipes and filters',
			'4. | Shipping a service',
			'5. | Containers',
			'6. | Deploying',
		]);
		await expect(page.locator('h1')).toHaveText('Shell and Ship');
		await expect(page.getByRole('region', { name: 'Phases' }).locator('h3')).toHaveText(['Shell basics', 'Shipping']);
		await expectPhasePagesTitled(page, 'docusaurus-course');
		// The MDX page's "# {frontMatter.title}" is its title; its site's components are gone, its text stays.
		await page.goto('/roadmaps/docusaurus-course/pipes-filters/');
		const prose = page.locator('main .prose');
		await expect(prose).toContainText('grep error log.txt | sort | uniq -c');
		await expect(prose).not.toContainText('frontMatter');
		await expect(prose).not.toContainText('Quiz');
		await page.goto('/roadmaps/docusaurus-course/deploying/');
		await page.locator('main .prose').getByRole('link', { name: 'files and folders' }).click();
		await expect(page).toHaveURL(/\/roadmaps\/docusaurus-course\/files-folders\/$/);
	});

	test('pages that give their study time, in frontmatter, on a "Time:" line or in the title, are scheduled by the reader\'s hours per week', async ({ page }) => {
		expect((await phasesOf(page, 'docusaurus-course')).map((row) => row.split(' | ')[2])).toEqual([
			'15 min of study · starts in week 1',
			'45 min of study · starts in a week set by your pace',
			'1.5 h of study · starts in a week set by your pace',
			'30 min of study · starts in a week set by your pace',
			'2 h of study · starts in a week set by your pace',
			'1 h of study · starts in a week set by your pace',
		]);
		await expect(fact(page, 'Total effort')).toHaveText('6 h');
		await expect(fact(page, 'Sum of phases')).toHaveCount(0);
		await expect(page.locator('form[data-pace]')).toContainText('hours of study, not weeks');
		await page.getByLabel('Hours per week').fill('3');
		await expect(schedule(page).locator('output')).toHaveText([
			'week 1 · under a week at your pace',
			'week 1 · under a week at your pace',
			'week 1 · under a week at your pace',
			'week 1 · under a week at your pace',
			'weeks 1–2 · under a week at your pace',
			'week 2 · under a week at your pace',
		]);
		await expect(page.locator('[data-pace-summary]')).toHaveText('Whole roadmap: about 2 weeks at 3 h/week.');
		await page.goto('/roadmaps/docusaurus-course/files-folders/');
		await expect(fact(page, 'Duration')).toHaveText('45 min of study');
	});

	test('the vault\'s wiki links lead to its notes and their headings, and its embedded image shows', async ({ page }) => {
		expect((await phasesOf(page, 'obsidian-vault')).map((row) => row.split(' | ')[1])).toEqual(['Ownership', 'Borrowing and references', 'Traits']);
		await expect(page.locator('main .prose')).toContainText('Still to write: [[04 Macros]].');
		await page.goto('/roadmaps/obsidian-vault/ownership/');
		await page.locator('main .prose').getByRole('link', { name: '02 Borrowing › The rules' }).click();
		await expect(page).toHaveURL(/\/roadmaps\/obsidian-vault\/borrowing-references\/#the-rules$/);
		await expect(page.getByRole('heading', { name: 'The rules' })).toBeInViewport();
		const diagram = page.getByRole('img', { name: 'borrow-diagram' });
		expect(await diagram.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
	});
});

test.describe('a VitePress site (vitepress-course)', () => {
	test('its sidebar orders the pages, its containers show as alerts and sections, its root links, anchors and public images work', async ({ page }) => {
		expect((await phasesOf(page, 'vitepress-course')).map((row) => row.split(' | ')[1])).toEqual(['Welcome', 'Draw a circle', 'Camera']);
		await expect(page.locator('h1')).toHaveText('Canvas Basics');
		await expect(page.getByRole('region', { name: 'Phases' }).locator('h3')).toHaveText(['Start', 'Lessons']);
		await page.goto('/roadmaps/vitepress-course/welcome/');
		const tip = page.locator('main .prose .markdown-alert-tip');
		await expect(tip).toContainText('Before you start');
		await expect(page.locator('main .prose')).not.toContainText(':::');
		await page.locator('main .prose').getByRole('link', { name: 'drawing a circle' }).click();
		await expect(page).toHaveURL(/\/roadmaps\/vitepress-course\/draw-circle\/$/);
		const circle = page.getByRole('img', { name: 'A circle drawn on the canvas' });
		await circle.scrollIntoViewIfNeeded();
		await expect.poll(() => circle.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
		await page.getByText('Show the answer').click();
		await expect(page.getByText(/multiplied by the shape.s alpha/)).toBeVisible();
		// The heading's own ID ("{#fill}") stays its anchor.
		await page.goto('/roadmaps/vitepress-course/camera/');
		await page.locator('main .prose').getByRole('link', { name: 'the fill' }).click();
		await expect(page).toHaveURL(/\/roadmaps\/vitepress-course\/draw-circle\/#fill$/);
		await expect(page.getByRole('heading', { name: 'Fill the shape' })).toBeInViewport();
	});
});

test.describe('a Hugo site (hugo-course)', () => {
	test('its sections are groups of their pages in weight order; its shortcodes show as an alert and a section to open; its ref links land', async ({ page }) => {
		// Each week states its length and its lessons do not: they start with the week and share it.
		expect(await phasesOf(page, 'hugo-course')).toEqual([
			'1. | Tools | 1 week · starts in week 1',
			'2. | Terminal | 1 week, shared with its group · starts in week 1',
			'3. | Set up | 1 week, shared with its group · starts in week 1',
			'4. | Pages | 1 week · starts in week 2',
			'5. | HTML | 1 week, shared with its group · starts in week 2',
		]);
		await expect(page.locator('h1')).toHaveText('Web Basics');
		await page.goto('/roadmaps/hugo-course/?start=2027-01-04');
		await expect(schedule(page).filter({ hasText: 'HTML' }).locator('output')).toHaveText('Jan 11, 2027 – Jan 18, 2027 · 1 week, shared with its group');
		await page.goto('/roadmaps/hugo-course/');
		await expect(page.getByRole('region', { name: 'Phases' }).locator('h3')).toHaveText(['Tools', 'Pages']);
		await page.locator('main .prose').getByRole('link', { name: 'the setup' }).click();
		await expect(page).toHaveURL(/\/roadmaps\/hugo-course\/set-up\/$/);
		await expect(page.locator('main .prose .markdown-alert-note')).toContainText('Install Node before the first class.');
		await expect(page.locator('main .prose')).not.toContainText('{{');
		await page.locator('main .prose').getByRole('link', { name: 'writing HTML' }).click();
		await expect(page).toHaveURL(/\/roadmaps\/hugo-course\/html\/$/);
		// A click while the page still settles can miss the fold's summary, so it is clicked again until the fold opens.
		const answer = page.getByText('A paragraph is written with the p element.');
		await expect(async () => {
			if (!(await answer.isVisible())) await page.getByText('Show the answer').click();
			await expect(answer).toBeVisible({ timeout: 1000 });
		}).toPass();
	});
});

test.describe('a folder of Jupyter notebooks (notebook-course)', () => {
	test('each notebook is a phase: its Markdown, its code, the text and the picture it printed', async ({ page }) => {
		expect(await phasesOf(page, 'notebook-course')).toEqual(['1 | Arrays', '2 | Plotting', '3 | Errors']);
		await page.goto('/roadmaps/notebook-course/arrays/');
		const prose = page.locator('main .prose');
		await expect(prose.locator('pre').first()).toContainText('a = np.arange(4)');
		await expect(prose.locator('pre').nth(1)).toHaveText(/\[0 1 2 3\]\s+np\.int64\(6\)/);
		await prose.getByRole('link', { name: 'plot an array' }).click();
		await expect(page).toHaveURL(/\/roadmaps\/notebook-course\/plotting\/$/);
		const output = page.getByRole('img', { name: 'Output of the code above' });
		await expect(output).toBeVisible();
		expect(await output.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
		// The widget that only a running kernel shows is left out; its code stays.
		await expect(prose).toContainText('IntSlider()');
	});
});

test.describe('unit headings in Cyrillic (russian-plan), Chinese (chinese-plan) and Persian (persian-plan), and numbered items (numbered-steps)', () => {
	test('"## Этап N: … (N недели)" headings are phases with their durations', async ({ page }) => {
		expect(await phasesOf(page, 'russian-plan')).toEqual([
			'Этап 1 (2 недели) | Командная строка | 2 weeks · starts in week 1',
			'Этап 2 (3 недели) | Пакеты и службы | 3 weeks · starts in week 3',
			'Этап 3 (2 недели) | Сеть | 2 weeks · starts in week 6',
			'Этап 4 (2 недели) | Автоматизация | 2 weeks · starts in week 8',
		]);
		await expect(fact(page, 'Declared duration')).toHaveText('9 weeks');
		await expect(fact(page, 'Hours per week')).toHaveText('6 h');
		await expect(page.locator('main .prose h2')).toHaveText([/Что дальше/]);
		await expectPhasePagesTitled(page, 'russian-plan');
	});

	test('the roadmap\'s own text is marked as Russian, the site\'s words stay English', async ({ page }) => {
		await page.goto('/roadmaps/russian-plan/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('h1')).toHaveAttribute('lang', 'ru');
		await expect(page.locator('main .prose')).toHaveAttribute('lang', 'ru');
		await expect(schedule(page).first().locator('> a')).toHaveAttribute('lang', 'ru');
		await page.goto('/roadmaps/russian-plan/');
		await schedule(page).first().locator('> a').click();
		await expect(page.locator('h1')).toHaveAttribute('lang', 'ru');
		await expect(page.locator('main .prose')).toHaveAttribute('lang', 'ru');
		await expect(page.getByText('I have done this phase')).not.toHaveAttribute('lang');
		// An English roadmap adds no lang of its own.
		await page.goto('/roadmaps/numbered-steps/');
		await expect(page.locator('h1')).not.toHaveAttribute('lang');
	});

	test('"## 第N周：…（N周）" headings are weeks, and the first paragraph, without spaces between words, the summary', async ({ page }) => {
		expect(await phasesOf(page, 'chinese-plan')).toEqual([
			'第1周（1周） | 基础语法 | 1 week · starts in week 1',
			'第2周（1周） | 函数与模块 | 1 week · starts in week 2',
			'第3周（1周） | 文件与异常处理 | 1 week · starts in week 3',
			'第4周（1周） | 综合项目 | 1 week · starts in week 4',
		]);
		// Chinese numerals, and no space between the amount and the words around it: "四周 …", "每天学习两小时".
		await expect(fact(page, 'Declared duration')).toHaveText('4 weeks');
		await expect(fact(page, 'Hours per day')).toHaveText('2 h');
		await expect(page.locator('h1')).toHaveAttribute('lang', 'zh');
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', '这份计划写给从未写过程序的人，每天学习两小时，四周完成。');
		await expectPhasePagesTitled(page, 'chinese-plan');
	});

	test('"## مرحله ۱: … (۲ هفته)" headings in Persian digits are phases with their durations, and read right to left', async ({ page }) => {
		expect(await phasesOf(page, 'persian-plan')).toEqual([
			'مرحله ۱ (۲ هفته) | اچ‌تی‌ام‌ال | 2 weeks · starts in week 1',
			'مرحله ۲ (۲ هفته) | سی‌اس‌اس | 2 weeks · starts in week 3',
			'مرحله ۳ (۳ هفته) | جاوااسکریپت | 3 weeks · starts in week 5',
			'مرحله ۴ (۱ هفته) | انتشار | 1 week · starts in week 8',
		]);
		await expect(fact(page, 'Hours per week')).toHaveText('6 h');
		const rightToLeft = async (locator: Locator) => {
			await expect(locator).toHaveAttribute('dir', 'rtl');
			await expect(locator).toHaveAttribute('lang', 'fa');
			return locator.evaluate((element) => getComputedStyle(element).direction);
		};
		expect(await rightToLeft(page.locator('h1'))).toBe('rtl');
		expect(await rightToLeft(schedule(page).first().locator('> a'))).toBe('rtl');
		// The title starts at the right edge of its row; the site's own words stay left to right.
		const title = await schedule(page).first().locator('> a').boundingBox();
		const row = await schedule(page).first().boundingBox();
		expect(row!.x + row!.width - (title!.x + title!.width)).toBeLessThan(40);
		await expect(schedule(page).first().locator('> p').nth(1)).not.toHaveAttribute('dir');
		await page.goto('/roadmaps/persian-plan/phase-3/');
		expect(await rightToLeft(page.locator('main .prose'))).toBe('rtl');
		expect(await page.locator('main .prose pre').evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
		expect(await page.locator('main .prose li').first().evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
		await expect(page.getByText('I have done this phase')).not.toHaveAttribute('dir');
		await expectPhasePagesTitled(page, 'persian-plan');
	});

	test('numbered items that state a duration are steps', async ({ page }) => {
		expect(await phasesOf(page, 'numbered-steps')).toEqual([
			'Step 1 | Spreadsheet fluency | 2–3 weeks · starts in week 1',
			'Step 2 | SQL for questions | 1–2 months · starts in week 3–4',
			'Step 3 | Python scripting | 2 months · starts in week 7–12',
			'Step 4 | Scheduling jobs | 3–4 weeks · starts in week 16–21',
			'Step 5 | A small pipeline | 1 month · starts in week 19–25',
		]);
		await expectPhasePagesTitled(page, 'numbered-steps');
	});
});

test('search finds imported phases, in English, in Russian and by a word inside a Chinese sentence', async ({ page }) => {
	await page.goto('/');
	for (const [query, title, roadmap] of [
		['quickselect', 'Sorting and Searching', 'checklist-plan'],
		['межсетевой', 'Сеть', 'russian-plan'],
		// Neither word stands apart in the text: Pagefind finds them only in an index segmented as Chinese.
		['返回值', '函数与模块', 'chinese-plan'],
		['记账', '综合项目', 'chinese-plan'],
	] as const) {
		// After a result's link, the page's scripts (the "/" shortcut among them) run by its load event.
		await page.waitForLoadState();
		await page.keyboard.press('/');
		const dialog = page.getByRole('dialog', { name: 'Search roadmaps' });
		await page.getByRole('searchbox').fill(query);
		await expect(dialog.getByRole('status')).toHaveText(/1 result/);
		const first = dialog.locator('[data-search-results] a').first();
		await expect(first).toContainText(title);
		await first.click();
		await expect(page).toHaveURL(new RegExp(`/roadmaps/${roadmap}/[^/]+/`));
		await expect(page.locator('h1')).toHaveText(title);
	}
});

test('title search finds a Chinese phase by characters of its name', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('/');
	const dialog = page.getByRole('dialog', { name: 'Search roadmaps' });
	// Its characters are words to title search: the two in the middle of the name find it.
	await page.getByRole('searchbox').fill('与模');
	const first = dialog.locator('[data-search-results] > li > a').first();
	await expect(first).toContainText('函数与模块');
	await first.click();
	await expect(page).toHaveURL(/\/roadmaps\/chinese-plan\/[^/]+\//);
	await expect(page.locator('h1')).toHaveText('函数与模块');
});

/** What on the page as it stands could run a plan's script or frame another site's page, one line each. */
const unsafeElements = (page: Page) =>
	page.evaluate(() => {
		const problems: string[] = [];
		for (const frame of document.querySelectorAll('iframe, frame, object, embed')) problems.push(`<${frame.localName}>`);
		for (const script of document.querySelectorAll('main .prose script')) problems.push(`content <script> ${script.outerHTML.slice(0, 60)}`);
		for (const script of document.querySelectorAll('script[src]')) if (!script.getAttribute('src')!.startsWith('/_astro/')) problems.push(`<script src="${script.getAttribute('src')}">`);
		for (const element of document.querySelectorAll('*')) {
			for (const attribute of element.attributes) {
				if (/^\s*(?:javascript|vbscript|data):/i.test(attribute.value.replace(/[\u0000-\u0020]/g, '')) && attribute.name !== 'content') problems.push(`${element.localName} ${attribute.name}="${attribute.value}"`);
				if (/^on/i.test(attribute.name) && element.closest('main .prose')) problems.push(`${element.localName} ${attribute.name}`);
			}
		}
		return problems;
	});

// One walk of the sitemap, in shards that run in parallel; axe checks the pages made of the plans' text.
const SHARDS = 4;
for (let shard = 0; shard < SHARDS; shard++) {
	test(`no page of the imported site runs content script, embeds a frame or requests anything outside 127.0.0.1, and the roadmaps’ pages pass axe (WCAG 2.2 AA) in light and dark mode (part ${shard + 1} of ${SHARDS})`, async ({ page, request }) => {
		test.setTimeout(300_000);
		const outside = outsideRequests(page);
		const paths = await sitemapPaths(request);
		const ofPlans = (path: string) => path === '/' || path.startsWith('/roadmaps/') || path === '/compare/';
		expect(paths.filter(ofPlans).length).toBeGreaterThan(30);
		const problems = await problemsOfWalk(page, shardOf(paths, shard, SHARDS), async (path) => [
			...(await unsafeElements(page)).map((problem) => `${path}: ${problem}`),
			...(ofPlans(path) ? await axeFailuresInBothSchemes(page, path) : []),
		]);
		expect(problems).toEqual([]);
		expect(outside).toEqual([]);
	});
}

test('search on the imported site loads its index from this host', async ({ page }) => {
	const outside = outsideRequests(page);
	await page.goto('/');
	await page.keyboard.press('/');
	await page.getByRole('searchbox').fill('pebble');
	await expect(page.locator('[data-search-results] a').first()).toBeVisible();
	expect(outside).toEqual([]);
});

// At least 95% of each source's headings, paragraph lines, list items and table cells (for an index + files plan,
// of all its Markdown files) must be on the roadmap's overview and phase pages: not only on its /sources/ copy,
// nor only on the printable page that repeats them all.
for (const { fixture, id } of importedPlans) {
	test(`${id}: at least 95% of ${fixturesDir}/${fixture} is on the roadmap's own pages`, () => {
		const sources = join(root, fixturesDir, fixture);
		const files = readdirSync(sources, { recursive: true, encoding: 'utf8' }).map((file) => file.split(sep).join('/'));
		const units = files.filter((file) => file.endsWith('.md')).flatMap((file) => sourceUnits(readFileSync(join(sources, file), 'utf8'), files));
		const built = join(root, importedOutDir, 'roadmaps', id);
		const pages = readdirSync(built, { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.html') && !file.startsWith('print/'))
			.map((file) => mainText(readFileSync(join(built, file), 'utf8')));
		expect(pages.length, `${importedOutDir}/roadmaps/${id}/ has no pages: run npm run build:imports first`).toBeGreaterThan(1);
		const report = measureFidelity(units, pages);
		console.log(`${id}: ${report.found}/${report.total} units (${(report.ratio * 100).toFixed(1)}%) of ${fixture} on its pages`);
		expect(report.missing, `units of ${fixture} missing from /roadmaps/${id}/`).toEqual(report.ratio >= 0.95 ? report.missing : []);
	});
}
