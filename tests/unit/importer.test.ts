import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { decodeBytes } from '../../src/lib/importer/decode.ts';
import { parseCommitment, parseDuration, parseHoursPerDay } from '../../src/lib/importer/durations.ts';
import { escapeMdx, normalizeHeadings, unlinkRelative } from '../../src/lib/importer/escape-mdx.ts';
import { ImportError, importMarkdown } from '../../src/lib/importer/index.ts';
import { parseTitleLine } from '../../src/lib/importer/phase-fields.ts';
import { runImport } from '../../src/lib/importer/run.ts';
import { shortSlug } from '../../src/lib/importer/slugs.ts';
import { splitPhases } from '../../src/lib/importer/split-phases.ts';
import { mdxProblems } from '../../src/lib/mdx-check.ts';
import { fixMojibake, misdecode, mojibakeScore } from '../../src/lib/mojibake.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const seedsDir = join(repoRoot, '..', 'shared', 'seeds');
const sourcesDir = join(repoRoot, 'content', 'sources');
const hasSeeds = existsSync(seedsDir);
const SOURCE_IDS = ['000_e7ff4b8813dfb035', '001_0bcc1a57cc4ae6b9', '002_55d0c8493bec4bd7', '003_316c389a45166eae', '004_4d7a37817f354f2c'];
/** The documents as received (three of them mojibake) when the seeds are there, else the repaired copies. */
const inputOf = (id: string) => (hasSeeds ? join(seedsDir, `${id}.txt`) : join(sourcesDir, `${id}.md`));
const silent = { log: () => {}, error: () => {} };

describe('duration parsing', () => {
	it.each([
		['2-3 months', { min: 2, max: 3, unit: 'month' }],
		['1 - 2 months', { min: 1, max: 2, unit: 'month' }],
		['=4 - 6 Months', { min: 4, max: 6, unit: 'month' }],
		['Time Estimate: 1-2 months', { min: 1, max: 2, unit: 'month' }],
		['2 years minimum', { min: 2, unit: 'year' }],
		['at least 3 weeks', { min: 3, unit: 'week' }],
		['Week 1-2', { min: 2, max: 2, unit: 'week' }],
		['(Weeks 1-4)', { min: 4, max: 4, unit: 'week' }],
		['Month 3', { min: 1, max: 1, unit: 'month' }],
		['Week 7', { min: 1, max: 1, unit: 'week' }],
		['1 - 1.5 year', { min: 1, max: 1.5, unit: 'year' }],
		['2 - 3 weeks', { min: 2, max: 3, unit: 'week' }],
		['**Database = 2** Months - Ongoing', { min: 2, max: 2, unit: 'month' }],
		['6-Month Plan', { min: 6, max: 6, unit: 'month' }],
		['12-Week Backend Training Plan', { min: 12, max: 12, unit: 'week' }],
	])('%s', (text, expected) => {
		expect(parseDuration(text)).toEqual(expected);
	});

	it('finds no duration in rates, hours or text without one', () => {
		for (const text of ['7 days a week', '5 days/week', 'Daily: 2-3 hours', 'Learn the 12-factor app', 'Step 3']) expect(parseDuration(text)).toBeNull();
	});

	it('reads daily hours and weekly commitment', () => {
		expect(parseHoursPerDay('- **Daily**: 2-3 hours')).toEqual({ min: 2, max: 3 });
		expect(parseHoursPerDay('You will spend at least 4 - 5 hours a day')).toEqual({ min: 4, max: 5 });
		expect(parseCommitment(['Assume **6–8 hours/day**, 5 days/week.'])).toEqual({
			hoursPerDay: { min: 6, max: 8 },
			daysPerWeek: { min: 5, max: 5 },
			note: 'Assume **6–8 hours/day**, 5 days/week.',
		});
		expect(parseCommitment(['- You are starting from scratch', '- You will learn 7 days a week', '- You will spend at least 4 - 5 hours a day'])).toEqual({
			hoursPerDay: { min: 4, max: 5 },
			daysPerWeek: { min: 7, max: 7 },
			note: 'You will learn 7 days a week. You will spend at least 4 - 5 hours a day.',
		});
		expect(parseCommitment(['No numbers here.'])).toEqual({});
	});
});

describe('title lines', () => {
	it('separates title, duration and status', () => {
		expect(parseTitleLine('**Programming** =4 - 6 Months - **Done**')).toMatchObject({ title: 'Programming', duration: { min: 4, max: 6, unit: 'month' }, status: 'done', leftover: '' });
		expect(parseTitleLine('**Database = 2** Months - Ongoing')).toMatchObject({ title: 'Database', duration: { min: 2, max: 2, unit: 'month' }, status: 'ongoing', leftover: '' });
		expect(parseTitleLine('**Framework** = 2 Months **Done**')).toMatchObject({ title: 'Framework', status: 'done' });
		expect(parseTitleLine('**CS Foundation I - 2 years minimum**')).toMatchObject({ title: 'CS Foundation I', duration: { min: 2, unit: 'year' }, leftover: '' });
		expect(parseTitleLine('**Database - Find MIT** **Course on how database works - 1 year**')).toMatchObject({
			title: 'Database - Find MIT Course on how database works',
			duration: { min: 1, max: 1, unit: 'year' },
		});
		expect(parseTitleLine('Backend Fundamentals (Weeks 1-4)')).toMatchObject({ title: 'Backend Fundamentals', labelSuffix: '(Weeks 1-4)', duration: { min: 4, max: 4, unit: 'week' } });
	});

	it('keeps text it cannot place, and proposes no status that may be about something else', () => {
		const line = parseTitleLine('**Integration** = 1 - 2 months - webhook **Done**');
		expect(line).toMatchObject({ title: 'Integration', duration: { min: 1, max: 2, unit: 'month' }, leftover: 'webhook **Done**' });
		expect(line.status).toBeUndefined();
		expect(line.notes).toHaveLength(1);
	});

	it('does not take a duration from the middle of a title', () => {
		expect(parseTitleLine('Build a 2-week project')).toMatchObject({ title: 'Build a 2-week project', duration: null });
	});

	it('makes short phase IDs', () => {
		expect(shortSlug('API Architecture & Clean Design')).toBe('api-architecture');
		expect(shortSlug('Backend Foundations (Senior Level)')).toBe('backend-foundations');
		expect(shortSlug('Authentication and Security')).toBe('authentication-security');
		expect(shortSlug('Node.js/Express Development')).toBe('nodejs-express-development');
	});
});

describe('phase splitting', () => {
	const titles = (text: string) => splitPhases(text).units.map((u) => `${u.label.text}|${parseTitleLine(u.rawTitle).title}`);

	it('splits at "## PHASE N (Month N): Title" headings, keeping sub-headings inside', () => {
		const text = '# Plan\n\nIntro\n\n## PHASE 1 (Month 1): Basics\n\n### Node\n\n- a\n\n## PHASE 2 (Month 2): More\n\ntext\n\n## Daily Structure\n\n- b\n';
		const split = splitPhases(text);
		expect(titles(text)).toEqual(['Phase 1 (Month 1)|Basics', 'Phase 2 (Month 2)|More']);
		expect(split.units[0]!.body.join('\n')).toContain('### Node');
		expect(split.units[1]!.body.join('\n')).not.toContain('Daily Structure');
		expect(split.title?.text).toBe('Plan');
	});

	it('uses months, not the untitled week ranges inside them', () => {
		const text = '### Month 1: **Foundations**\n- x\n#### Week 1-2:\n- y\n#### Week 3-4:\n- z\n### Month 2: **Frameworks**\n#### Week 5-6:\n- w\n';
		expect(titles(text)).toEqual(['Month 1|Foundations', 'Month 2|Frameworks']);
	});

	it('uses the deepest repeated level and turns the numbered headings above it into groups', () => {
		const text = '### Phase 1: Fundamentals (Weeks 1-2)\n**Goal**: Learn\n#### Week 1: Rails\n- a\n#### Week 2: APIs\n- b\n### Phase 2: Data (Weeks 3-4)\n#### Week 3: SQL\n#### Week 4: Redis\n';
		const split = splitPhases(text);
		expect(titles(text)).toEqual(['Week 1|Rails', 'Week 2|APIs', 'Week 3|SQL', 'Week 4|Redis']);
		expect(split.groups.map((g) => g.heading)).toEqual(['Phase 1: Fundamentals (Weeks 1-2)', 'Phase 2: Data (Weeks 3-4)']);
		expect(split.units.map((u) => u.group)).toEqual([0, 0, 1, 1]);
	});

	it('splits numbered list items that state a duration, not other numbered lists', () => {
		const text = '## Paths\n\n1. **Common** - easy\n2. **Career** - hard\n\n### Steps:\n\n1. **Programming** =4 - 6 Months - **Done**\n2. **Internet** = 2 - 3 weeks\n\n   1. What is HTTP?\n\n### Achievements\n\n- junior role\n';
		const split = splitPhases(text);
		expect(titles(text)).toEqual(['Step 1|Programming', 'Step 2|Internet']);
		expect(split.units[1]!.body.join('\n').trim()).toBe('1. What is HTTP?');
	});

	it('splits numbered items whose duration is on an indented "Time Estimate:" line', () => {
		const text = '1. Fundamentals\n\n    Time Estimate: 1-3 months\n    Goal: Learn a language.\n\n2. Frameworks\n\n    Time Estimate: 2-3 months\n';
		const result = importMarkdown(text, { fileName: 'plan.md', order: 0 });
		expect(result.phases.map((p) => [p.data['title'], p.data['duration'], p.data['goal'] ?? null])).toEqual([
			['Fundamentals', { min: 1, max: 3, unit: 'month' }, 'Learn a language.'],
			['Frameworks', { min: 2, max: 3, unit: 'month' }, null],
		]);
		expect(result.phases[0]!.body).toBe('Time Estimate: 1-3 months');
	});

	it('puts what is not a phase into the overview, and leaves out headings phases replaced', () => {
		const text = '# Plan\n\nIntro line.\n\n## Breakdown\n\n### Month 1: A\n\n- a\n\n### Month 2: B\n\n- b\n\n---\n\n## 📌 Final Notes\n\n- keep going\n';
		const result = importMarkdown(text, { fileName: 'plan.md', order: 0 });
		const index = result.files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect(index).toContain('Intro line.');
		expect(index).toContain('## 📌 Final Notes');
		expect(index).not.toContain('Breakdown');
		expect(index).not.toContain('# Plan');
		expect(result.phases.map((p) => p.body)).toEqual(['- a', '- b']);
	});

	it('says so when it finds no phases', () => {
		expect(() => importMarkdown('# Notes\n\nJust text.\n', { fileName: 'notes.md', order: 0 })).toThrow(ImportError);
	});
});

describe('MDX escaping', () => {
	/** Escapes a body, which must then parse as MDX without problems. */
	const escapedValid = (source: string) => {
		const body = escapeMdx(source);
		expect(mdxProblems(body, 'x.mdx', 1)).toEqual([]);
		return body;
	};

	it('escapes braces and a < that opens no tag', () => {
		const body = escapedValid('Use {id} and a < b, or <T> generics and <3');
		expect(body).toBe('Use \\{id\\} and a &lt; b, or &lt;T> generics and &lt;3');
	});

	it('keeps real HTML tags, closing void ones for JSX', () => {
		const body = escapedValid('line<br>break and <kbd>Ctrl</kbd>\n\n<details>\n<summary>More</summary>\n\nText\n\n</details>');
		expect(body).toContain('<br />');
		expect(body).toContain('<kbd>Ctrl</kbd>');
	});

	it('leaves code alone', () => {
		const source = 'Inline `{a} <b>` code\n\n```js\nconst x = {a: 1} < 2;\n```\n';
		const body = escapedValid(source);
		expect(body).toContain('`{a} <b>`');
		expect(body).toContain('const x = {a: 1} < 2;');
	});

	it('rewrites autolinks, HTML comments and lines MDX would read as JavaScript', () => {
		const body = escapedValid('See <https://example.org/a>.\n\n<!-- note -->\n\nexport your data {weekly}\n\nimport it later');
		expect(body).toContain('[https://example.org/a](https://example.org/a)');
		expect(body).toContain('{/* note */}');
	});

	it('turns links to files that will not exist into text with the original reference', () => {
		const { text, references } = unlinkRelative('🚀 **[Intensive (8 weeks)](../Plans/Intensive.md)** | [site](https://example.org) | [top](#top)');
		expect(text).toBe('🚀 **Intensive (8 weeks) (original link: `../Plans/Intensive.md`)** | [site](https://example.org) | [top](#top)');
		expect(references).toEqual(['../Plans/Intensive.md']);
	});

	it('shifts headings so that the body starts at ##', () => {
		expect(normalizeHeadings(['### A', 'x', '#### B', '```', '# not a heading', '```'])).toEqual(['## A', 'x', '### B', '```', '# not a heading', '```']);
		expect(normalizeHeadings(['# A', '## B'])).toEqual(['## A', '### B']);
	});
});

describe('reading files that are not UTF-8', () => {
	it('reads Windows-1252 and UTF-16 files', () => {
		expect(decodeBytes(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]))).toEqual({ text: 'Café', decodedAs: 'windows-1252' });
		expect(decodeBytes(Uint8Array.from([0xff, 0xfe, 0x43, 0x00, 0xe9, 0x00]))).toEqual({ text: 'Cé', decodedAs: 'utf-16le' });
		expect(decodeBytes(new TextEncoder().encode('Café'))).toEqual({ text: 'Café', decodedAs: null });
	});
});

describe('mojibake repair of the sources', () => {
	it.each([
		['002_55d0c8493bec4bd7', 'cp1252'],
		['003_316c389a45166eae', 'cp1252'],
		['004_4d7a37817f354f2c', 'mac-roman'],
	] as const)('%s, garbled as %s like its seed, repairs to the published source', (id, encoding) => {
		const source = readFileSync(join(sourcesDir, `${id}.md`), 'utf8');
		const garbled = misdecode(source, encoding);
		// With the seeds at hand, the garbling is checked to be exactly what the user's documents hold.
		if (hasSeeds) expect(garbled).toBe(readFileSync(join(seedsDir, `${id}.txt`), 'utf8'));
		expect(mojibakeScore(garbled)).toBeGreaterThan(0);
		expect(fixMojibake(garbled)).toEqual({ text: source, encoding });
	});
});

describe('importing the five sources', () => {
	const dir = mkdtempSync(join(tmpdir(), 'waymark-import-'));
	const content = join(dir, 'content');
	const ids: Record<string, string> = {
		'000_e7ff4b8813dfb035': 'two-paths',
		'001_0bcc1a57cc4ae6b9': 'nine-steps',
		'002_55d0c8493bec4bd7': 'six-months',
		'003_316c389a45166eae': 'full-time',
		'004_4d7a37817f354f2c': 'twelve-weeks',
	};
	const codes: Record<string, number> = {};
	const output: Record<string, string[]> = {};

	beforeAll(() => {
		cpSync(join(repoRoot, 'content', 'topics'), join(content, 'topics'), { recursive: true });
		for (const source of SOURCE_IDS) {
			const lines: string[] = [];
			const io = { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) };
			codes[source] = runImport([inputOf(source), '--id', ids[source]!, '--out', content], dir, io);
			output[source] = lines;
		}
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	const load = () => checkContent(content, dir);
	const phasesOf = (roadmap: string) =>
		load()
			.content.phases.filter((p) => p.roadmap === roadmap)
			.sort((a, b) => a.data.order - b.data.order);
	const roadmapOf = (roadmap: string) => load().content.roadmaps.find((r) => r.id === roadmap)!.data;

	it('imports each source with exit code 0, and every written file passes checkContent', () => {
		expect(codes).toEqual(Object.fromEntries(SOURCE_IDS.map((s) => [s, 0])));
		const { problems, content: loaded } = load();
		expect(problems).toEqual([]);
		expect(loaded.roadmaps.map((r) => r.id).sort()).toEqual(Object.values(ids).sort());
	});

	it('splits each source into the expected phases', () => {
		// 000: the 8 Common Path steps and the 2 Career Path items, in two groups. 004: 12 weeks in 3 phase groups.
		expect(Object.fromEntries(Object.values(ids).map((id) => [id, phasesOf(id).length]))).toEqual({
			'two-paths': 10,
			'nine-steps': 9,
			'six-months': 6,
			'full-time': 9,
			'twelve-weeks': 12,
		});
		expect(phasesOf('two-paths').map((p) => p.id)).toEqual(['programming', 'internet', 'framework', 'database', 'git', 'api-design', 'integration', 'cloud', 'cs-foundation-i', 'database-find-mit-course']);
		expect(roadmapOf('two-paths').groups.map((g) => [g.id, phasesOf('two-paths').filter((p) => p.data.group === g.id).length])).toEqual([
			['common-path', 8],
			['career-path', 2],
		]);
		expect(roadmapOf('twelve-weeks').groups.map((g) => [g.title, g.duration, g.summary])).toEqual([
			['Phase 1: Backend Fundamentals', { min: 4, max: 4, unit: 'week' }, 'Master core backend technologies'],
			['Phase 2: Database & Data Management', { min: 4, max: 4, unit: 'week' }, 'Master database design and optimization'],
			['Phase 3: Infrastructure & Production', { min: 4, max: 4, unit: 'week' }, 'Deploy and scale backend systems'],
		]);
	});

	it('copies the repaired text to sources/ and writes no mojibake', () => {
		for (const source of SOURCE_IDS) {
			const copy = readFileSync(join(content, 'sources', `${source}.md`), 'utf8');
			expect(mojibakeScore(copy)).toBe(0);
			expect(copy).toBe(readFileSync(join(sourcesDir, `${source}.md`), 'utf8'));
		}
		for (const id of Object.values(ids)) {
			for (const name of readdirSync(join(content, 'roadmaps', id))) expect(mojibakeScore(readFileSync(join(content, 'roadmaps', id, name), 'utf8'))).toBe(0);
		}
		if (hasSeeds) expect(output['004_4d7a37817f354f2c']!.join('\n')).toMatch(/Mojibake repaired: .*Mac Roman/);
	});

	it('parses the durations the sources state', () => {
		const durations = (id: string) => phasesOf(id).map((p) => p.data.duration);
		expect(durations('nine-steps')[0]).toEqual({ min: 1, max: 3, unit: 'month' });
		expect(durations('nine-steps')[1]).toEqual({ min: 2, max: 3, unit: 'month' });
		expect(durations('two-paths')).toEqual([
			{ min: 4, max: 6, unit: 'month' },
			{ min: 2, max: 3, unit: 'week' },
			{ min: 2, max: 2, unit: 'month' },
			{ min: 2, max: 2, unit: 'month' },
			{ min: 2, max: 4, unit: 'week' },
			{ min: 1, max: 2, unit: 'month' },
			{ min: 1, max: 2, unit: 'month' },
			{ min: 1, max: 2, unit: 'month' },
			{ min: 2, unit: 'year' },
			{ min: 1, max: 1, unit: 'year' },
		]);
		expect(new Set(durations('six-months').map((d) => JSON.stringify(d)))).toEqual(new Set([JSON.stringify({ min: 1, max: 1, unit: 'month' })]));
		expect(new Set(durations('twelve-weeks').map((d) => JSON.stringify(d)))).toEqual(new Set([JSON.stringify({ min: 1, max: 1, unit: 'week' })]));
		expect(roadmapOf('six-months').duration).toEqual({ min: 6, max: 6, unit: 'month' });
		expect(roadmapOf('twelve-weeks').duration).toEqual({ min: 12, max: 12, unit: 'week' });
		expect(roadmapOf('two-paths').groups[0]!.duration).toEqual({ min: 1, max: 1.5, unit: 'year' });
		expect(roadmapOf('full-time').duration).toBeNull();
	});

	it('proposes the frontmatter the text supports', () => {
		expect(phasesOf('two-paths').map((p) => p.data.status ?? null)).toEqual(['done', 'done', 'done', 'ongoing', 'done', null, null, null, null, null]);
		expect(phasesOf('nine-steps')[0]!.data.goal).toMatch(/^Get comfortable with one backend language/);
		const week1 = phasesOf('twelve-weeks')[0]!.data;
		expect(week1).toMatchObject({ title: 'Ruby on Rails Fundamentals', label: 'Week 1', kind: 'week', priority: 'high', priorityNote: '46.4% of jobs', hoursPerDay: { min: 2, max: 3 } });
		expect(week1.resources).toEqual(['Rails Guides', 'Ruby on Rails Tutorial by Michael Hartl']);
		expect(roadmapOf('full-time').commitment).toEqual({ hoursPerDay: { min: 6, max: 8 }, daysPerWeek: { min: 5, max: 5 }, note: 'Assume **6–8 hours/day**, 5 days/week.' });
		expect(roadmapOf('two-paths').commitment).toMatchObject({ hoursPerDay: { min: 4, max: 5 }, daysPerWeek: { min: 7, max: 7 } });
		expect(roadmapOf('full-time').title).toBe('FULL-TIME BACKEND ROADMAP');
		expect(roadmapOf('nine-steps').title).toMatch(/^TODO/);
		for (const phase of load().content.phases) expect(phase.data.topics).toEqual([]);
	});

	it('matches the hand-made conversion of the full-time roadmap', () => {
		const handMade = checkContent(join(repoRoot, 'content'), repoRoot)
			.content.phases.filter((p) => p.roadmap === 'full-time')
			.sort((a, b) => a.data.order - b.data.order);
		const pick = (d: (typeof handMade)[number]['data']) => ({ title: d.title, label: d.label, order: d.order, kind: d.kind, duration: d.duration, projects: d.projects, outcomes: d.outcomes });
		expect(phasesOf('full-time').map((p) => pick(p.data))).toEqual(handMade.map((p) => pick(p.data)));
	});

	it('turns links to files that will not exist into text', () => {
		const index = readFileSync(join(content, 'roadmaps', 'twelve-weeks', 'index.mdx'), 'utf8');
		expect(index).not.toMatch(/\]\([^)]*\.md\)/);
		expect(index).toContain('Back to README (original link: `../README.md`)');
	});

	it('lists what is left to fill in and suggests topics', () => {
		const text = output['003_316c389a45166eae']!.join('\n');
		expect(text).toMatch(/You still need to fill in:[\s\S]*index\.mdx {2}summary/);
		expect(text).toMatch(/backend-foundations\.mdx {2}topics/);
		expect(text).toMatch(/backend-foundations: \[[^\]]*\bnodejs\b[^\]]*\btypescript\b/);
	});

	it('refuses to overwrite without --force, changing nothing', () => {
		const snapshot = () => {
			const root = join(content, 'roadmaps', 'full-time');
			return readdirSync(root).map((name) => [name, readFileSync(join(root, name), 'utf8'), statSync(join(root, name)).mtimeMs]);
		};
		const before = snapshot();
		const errors: string[] = [];
		expect(runImport([inputOf('003_316c389a45166eae'), '--id', 'full-time', '--out', content], dir, { log: () => {}, error: (l) => errors.push(l) })).toBe(1);
		expect(errors.join('\n')).toMatch(/already exists; nothing was written.*--force/);
		// The CLI itself, as `npm run import` runs it.
		const cli = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'import.ts'), inputOf('003_316c389a45166eae'), '--id', 'full-time', '--out', content], { cwd: repoRoot, encoding: 'utf8' });
		expect(cli.status).toBe(1);
		expect(cli.stderr).toContain('already exists');
		expect(snapshot()).toEqual(before);
	}, 30_000);

	it('replaces the folder with --force', () => {
		expect(runImport([inputOf('001_0bcc1a57cc4ae6b9'), '--id', 'nine-steps', '--out', content, '--force'], dir, silent)).toBe(0);
		expect(phasesOf('nine-steps')).toHaveLength(9);
		expect(roadmapOf('nine-steps').order).toBe(1);
	});
});
