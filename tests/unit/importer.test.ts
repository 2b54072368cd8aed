import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/content-check.ts';
import { decodeBytes } from '../../src/lib/importer/decode.ts';
import { parseCommitment, parseDuration, parseEffort, parseHoursPerDay, parseHoursPerWeek } from '../../src/lib/importer/durations.ts';
import { labelOf, parseUnitLabel } from '../../src/lib/importer/detect/label.ts';
import { ImportError, importMarkdown, importPlan } from '../../src/lib/importer/index.ts';
import { isRepositoryFile, isTranslation, isTranslatorsFile, nameTitle, spacedNames } from '../../src/lib/importer/plan.ts';
import { findPlanFile } from '../../src/lib/importer/links.ts';
import { headRef, originUrl, repositoryAddresses } from '../../src/lib/importer/repository.ts';
import { parseTitleLine, statedTotalDuration } from '../../src/lib/importer/phase-fields.ts';
import { wholeWord, wordFinder } from '../../src/lib/importer/topics.ts';
import { detectLanguage } from '../../src/lib/importer/language.ts';
import { parseMarkdown, takeFrontmatter } from '../../src/lib/importer/markdown/parse.ts';
import { fencelessFrontmatter } from '../../src/lib/importer/markdown/fenceless-frontmatter.ts';
import { slideDecks } from '../../src/lib/importer/markdown/slide-decks.ts';
import type { ImportNote } from '../../src/lib/importer/markdown/notes.ts';
import { runImport } from '../../src/lib/importer/run.ts';
import { parseDate } from '../../src/lib/importer/dates.ts';
import { joinSlugs, longSlug, shortSlug, slugify, uniqueSlug } from '../../src/lib/importer/slugs.ts';
import { mdxProblems } from '../../src/lib/checks/mdx-check.ts';
import { fixMojibake, misdecode, mojibakeScore } from '../../src/lib/checks/mojibake.ts';
import { withImportFolders, writeFiles } from './import-folders.ts';

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
		// Weeks listed one by one count one each; a list of commas alone only in parentheses ("Week 2, 3 exercises" is none).
		['Advanced Express (Weeks 3 and 4)', { min: 2, max: 2, unit: 'week' }],
		['(Semanas 3 y 4)', { min: 2, max: 2, unit: 'week' }],
		['Interview prep (Weeks 10, 11, 12, 13, 14)', { min: 5, max: 5, unit: 'week' }],
		['Week 2, 3 exercises', { min: 1, max: 1, unit: 'week' }],
		['Month 3', { min: 1, max: 1, unit: 'month' }],
		['Week 7', { min: 1, max: 1, unit: 'week' }],
		['1 - 1.5 year', { min: 1, max: 1.5, unit: 'year' }],
		['2 - 3 weeks', { min: 2, max: 3, unit: 'week' }],
		['**Database = 2** Months - Ongoing', { min: 2, max: 2, unit: 'month' }],
		['6-Month Plan', { min: 6, max: 6, unit: 'month' }],
		['12-Week Backend Training Plan', { min: 12, max: 12, unit: 'week' }],
		// Chinese and Japanese: no spaces around the amount, and numerals of their own.
		['四周 Python 入门计划', { min: 4, max: 4, unit: 'week' }],
		['学习4周后', { min: 4, max: 4, unit: 'week' }],
		['两个月', { min: 2, max: 2, unit: 'month' }],
		['十二周训练营', { min: 12, max: 12, unit: 'week' }],
		['三〜六ヶ月', { min: 3, max: 6, unit: 'month' }],
		['8주 백엔드 스터디', { min: 8, max: 8, unit: 'week' }],
		['3개월 과정', { min: 3, max: 3, unit: 'month' }],
		['6個月', { min: 6, max: 6, unit: 'month' }],
		['3ヵ月で学ぶ', { min: 3, max: 3, unit: 'month' }],
	])('%s', (text, expected) => {
		expect(parseDuration(text)).toEqual(expected);
	});

	it('reads a decimal comma as most European languages write it, and no thousands', () => {
		expect(parseDuration('Grundlagen (1,5 Monate)')).toEqual({ min: 1.5, max: 1.5, unit: 'month' });
		expect(parseDuration('Основы (1,5-2 месяца)')).toEqual({ min: 1.5, max: 2, unit: 'month' });
		expect(parseHoursPerWeek('2,5 Stunden pro Woche')).toEqual({ min: 2.5, max: 2.5 });
		expect(parseDuration('1,000 weeks')).toBeNull();
	});

	it('reads a range written with the word for "to" of the plan\'s language', () => {
		expect(parseDuration('2 bis 3 Monate')).toEqual({ min: 2, max: 3, unit: 'month' });
		expect(parseDuration('de 2 a 3 semanas')).toEqual({ min: 2, max: 3, unit: 'week' });
		expect(parseDuration('2 à 3 semaines')).toEqual({ min: 2, max: 3, unit: 'week' });
		expect(parseDuration('от 2 до 3 месяцев')).toEqual({ min: 2, max: 3, unit: 'month' });
		expect(parseDuration('۲ تا ۳ ماه')).toEqual({ min: 2, max: 3, unit: 'month' });
		expect(parseHoursPerWeek('हर हफ़्ते 4 से 6 घंटे')).toEqual({ min: 4, max: 6 });
		expect(parseUnitLabel('सप्ताह 1 से 6: पाठ्यक्रम 1')).toMatchObject({ kind: 'week', number: 1, numberTo: 6, text: 'सप्ताह 1-6', rest: 'पाठ्यक्रम 1' });
		expect(parseUnitLabel('Woche 1 bis 2: Grundlagen')).toMatchObject({ number: 1, numberTo: 2, rest: 'Grundlagen' });
		// Not between two numbers: no range.
		expect(parseDuration('7 days a week')).toBeNull();
		expect(parseUnitLabel('Week 1 a quick start')).toMatchObject({ number: 1, rest: 'a quick start' });
	});

	it('reads Ukrainian and Thai lengths, Thai written without spaces after them', () => {
		expect(parseDuration('Основи (5 днів)')).toEqual({ min: 5, max: 5, unit: 'day' });
		expect(parseDuration('1 місяць')).toEqual({ min: 1, max: 1, unit: 'month' });
		expect(parseDuration('1 рік')).toEqual({ min: 1, max: 1, unit: 'year' });
		expect(parseDuration('พื้นฐาน (2 สัปดาห์)')).toEqual({ min: 2, max: 2, unit: 'week' });
		expect(parseDuration('เรียน 3 เดือนแรก')).toEqual({ min: 3, max: 3, unit: 'month' });
		expect(parseHoursPerWeek('10 ชั่วโมงต่อสัปดาห์')).toEqual({ min: 10, max: 10 });
	});

	it('finds no duration in rates, hours or text without one', () => {
		for (const text of ['7 days a week', '5 days/week', 'Daily: 2-3 hours', 'Learn the 12-factor app', 'Step 3', '第1周', '第三周', '一年级', '8주차']) expect(parseDuration(text)).toBeNull();
	});

	it('finds no length in a Chinese, Japanese or Korean date: its parts are joined, a bare 月 names a month, four digits a year', () => {
		for (const text of ['8月份：', '12月22日', '截止时间 08月19日03:00', '2022年8月', '22年8月开始', '2024년 3월', '3월 15일', '2022年', '三月']) expect(parseDuration(text)).toBeNull();
		// A length of years and months is no date.
		expect(parseDuration('2年3个月')).toEqual({ min: 2, max: 2, unit: 'year' });
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

	it('reads hours a day and a week in other languages, the period first where the language puts it first', () => {
		expect(parseHoursPerDay('2 horas al día')).toEqual({ min: 2, max: 2 });
		expect(parseHoursPerDay('3 Stunden pro Tag')).toEqual({ min: 3, max: 3 });
		expect(parseHoursPerDay('**每天8-10小时专注学习**')).toEqual({ min: 8, max: 10 });
		expect(parseHoursPerDay('1日3時間')).toEqual({ min: 3, max: 3 });
		expect(parseHoursPerWeek('每周约 20 小时')).toEqual({ min: 20, max: 20 });
		expect(parseHoursPerWeek('週10時間')).toEqual({ min: 10, max: 10 });
		expect(parseHoursPerWeek('每天8小时')).toBeNull();
		expect(parseHoursPerDay('每天学习两小时，四周完成')).toEqual({ min: 2, max: 2 });
		expect(parseCommitment(['每天学习两小时。'])).toEqual({ hoursPerDay: { min: 2, max: 2 }, note: '每天学习两小时。' });
		expect(parseHoursPerWeek('每周投入十小时')).toEqual({ min: 10, max: 10 });
		expect(parseHoursPerWeek('매주 10시간씩 공부합니다')).toEqual({ min: 10, max: 10 });
		expect(parseHoursPerDay('하루 2시간')).toEqual({ min: 2, max: 2 });
		expect(parseCommitment(['- **每天8-10小时专注学习**', '- **理论30% + 实践70%**'])).toMatchObject({ hoursPerDay: { min: 8, max: 10 } });
	});

	it('reads amounts in the digits of other scripts, and right-to-left languages\' words for hours and periods', () => {
		expect(parseDuration('اچ‌تی‌ام‌ال (۲ هفته)')).toEqual({ min: 2, max: 2, unit: 'week' });
		expect(parseDuration('٣-٤ أشهر')).toEqual({ min: 3, max: 4, unit: 'month' });
		expect(parseDuration('3 שבועות')).toEqual({ min: 3, max: 3, unit: 'week' });
		expect(parseDuration('२ सप्ताह')).toEqual({ min: 2, max: 2, unit: 'week' });
		expect(parseHoursPerWeek('هر هفته حدود ۶ ساعت زمان لازم است.')).toEqual({ min: 6, max: 6 });
		expect(parseHoursPerWeek('١٠ ساعات في الأسبوع')).toEqual({ min: 10, max: 10 });
		expect(parseHoursPerWeek('6 שעות בשבוע')).toEqual({ min: 6, max: 6 });
		expect(parseHoursPerDay('هر روز ۲ ساعت')).toEqual({ min: 2, max: 2 });
		expect(parseHoursPerWeek('هر روز ۲ ساعت')).toBeNull();
		// Not a pace anyone keeps: something that is there all the time.
		expect(parseHoursPerDay('virtual teachers available 24 hours a day')).toBeNull();
		expect(parseHoursPerWeek('a server up 168 hours a week')).toBeNull();
	});
});

describe('study time', () => {
	it('reads amounts of hours and minutes as languages write them, in hours', () => {
		expect(parseEffort('2 hours')).toEqual({ min: 2, max: 2 });
		expect(parseEffort('1.5-2 h')).toEqual({ min: 1.5, max: 2 });
		expect(parseEffort('45 min')).toEqual({ min: 0.75, max: 0.75 });
		expect(parseEffort('1h 30m')).toEqual({ min: 1.5, max: 1.5 });
		expect(parseEffort('1 hour 15 minutes')).toEqual({ min: 1.25, max: 1.25 });
		expect(parseEffort('90 Minuten')).toEqual({ min: 1.5, max: 1.5 });
		expect(parseEffort('30 分钟')).toEqual({ min: 0.5, max: 0.5 });
		expect(parseEffort('2시간')).toEqual({ min: 2, max: 2 });
	});

	it('reads no amount in a rate, a calendar length or a bare "m", which may be months', () => {
		for (const text of ['10 hours a week', '6-8 hours/day', '2 weeks', '3m', 'H2 headings']) expect(parseEffort(text)).toBeNull();
	});

	it('reads hours and minutes joined by the word for "and", and no time after a first amount of none', () => {
		expect(parseEffort('durée: 3 h et 56 minutes (plus 54 minutes en option)')).toEqual({ min: 3.93, max: 3.93 });
		expect(parseEffort('1 Stunde und 20 Minuten')).toEqual({ min: 1.33, max: 1.33 });
		expect(parseEffort('2 ساعت و 30 دقیقه')).toEqual({ min: 2.5, max: 2.5 });
		// The optional time after "0 minutes" is not what the unit takes.
		expect(parseEffort('durée: 0 minutes (plus 2 h et 36 minutes en option)')).toBeNull();
	});

	it('reads "9:20h" as hours and minutes only where study time is expected, never as 20 hours', () => {
		const expected = { hoursMinutes: true };
		expect(parseEffort('9:20h')).toBeNull();
		expect(parseEffort('9:20h', expected)).toEqual({ min: 9.33, max: 9.33 });
		expect(parseEffort('1:30 hours', expected)).toEqual({ min: 1.5, max: 1.5 });
		// A clock time: without a unit, or after words.
		for (const text of ['10:30', 'at 18:00h', 'from 9:30h to 11:00h']) expect(parseEffort(text, expected)).toBeNull();
		const options = { fileName: 'p.md', order: 0, track: 'backend' };
		// Under a label naming study time, not under "Time", which as often says when a class meets.
		const lines = importMarkdown('# Course\n\n## Lesson 1: Intro\n\n- **Effort**: 0:30h\n\n## Lesson 2: Loops\n\nStarts at 18:00h.\n\n## Lesson 3: Lists\n\n- **Time**: 10:30h\n', options);
		expect(lines.phases.map((p) => p.data['effortHours'])).toEqual([{ min: 0.5, max: 0.5 }, undefined, undefined]);
		// A column headed by study time reads them; a schedule's "Time" column holds times of day.
		const weeks = importMarkdown('# Course\n\n| Week | Effort | Topic |\n| --- | --- | --- |\n| 1 | 9:20h | Shell |\n| 2 | 13:20h | Node |\n', options);
		expect(weeks.phases.map((p) => p.data['effortHours'])).toEqual([{ min: 9.33, max: 9.33 }, { min: 13.33, max: 13.33 }]);
		const schedule = importMarkdown('# Course\n\n| Week | Time | Topic |\n| --- | --- | --- |\n| 1 | 10:30h | Shell |\n| 2 | 14:00h | Node |\n', options);
		expect(schedule.phases.map((p) => p.data['effortHours'])).toEqual([undefined, undefined]);
		// A page's frontmatter likewise: under `estimated_time` or `duration`, not under `time`.
		const frontmatter = (fields: string) => takeFrontmatter(parseMarkdown(`---\n${fields}\n---\n\nText.\n`)).effortHours;
		expect(frontmatter('estimated_time: 1:30h')).toEqual({ min: 1.5, max: 1.5 });
		expect(frontmatter('duration: "0:45 hours"')).toEqual({ min: 0.75, max: 0.75 });
		expect(frontmatter('time: 10:30h')).toBeUndefined();
		expect(frontmatter('time: 45 min')).toEqual({ min: 0.75, max: 0.75 });
		// In a column of amounts, one written so is one too.
		const mixed = importMarkdown('# Course\n\n| # | Lesson | Time |\n| --- | --- | --- |\n| 1 | Intro | 30 min |\n| 2 | Loops | 1:30h |\n| 3 | Lists | 2 h |\n', options);
		expect(mixed.phases.map((p) => p.data['effortHours'])).toEqual([{ min: 0.5, max: 0.5 }, { min: 1.5, max: 1.5 }, { min: 2, max: 2 }]);
	});

	it('reads bare amounts in a column headed by a unit of study time, alone or in parentheses after its name', () => {
		const options = { fileName: 'p.md', order: 0, track: 'backend' };
		const hours = importMarkdown('# Course\n\n| Lesson | Topic | Hours |\n| --- | --- | --- |\n| 1 | Intro | 2 |\n| 2 | Loops | 4 |\n', options);
		expect(hours.phases.map((p) => [p.data['title'], p.data['effortHours']])).toEqual([
			['Intro', { min: 2, max: 2 }],
			['Loops', { min: 4, max: 4 }],
		]);
		const minutes = importMarkdown('# Course\n\n| # | Lesson | Duration (min) |\n| --- | --- | --- |\n| 1 | Intro | 30 |\n| 2 | Loops | 45-90 |\n', options);
		expect(minutes.phases.map((p) => p.data['effortHours'])).toEqual([{ min: 0.5, max: 0.5 }, { min: 0.75, max: 1.5 }]);
		// A header naming no unit ("Credits") leaves its numbers in the body.
		const credits = importMarkdown('# Course\n\n| Lesson | Topic | Credits |\n| --- | --- | --- |\n| 1 | Intro | 2 |\n| 2 | Loops | 4 |\n', options);
		expect(credits.phases.map((p) => [p.data['effortHours'], p.body])).toEqual([
			[undefined, '**Credits**: 2'],
			[undefined, '**Credits**: 4'],
		]);
	});

	it("leaves a table's closing row of totals out of its last unit, with a note, and reads the units of a table of one row above one", () => {
		const options = { fileName: 'p.md', order: 0, track: 'backend' };
		const table = (rows: string) => `| Lesson | Topic | Hours |\n| --- | --- | --- |\n${rows}| | | Total: ${rows.split('\n').length - 1 === 1 ? 2 : 6} hours |\n`;
		const result = importMarkdown(`# Course\n\n## Module I - Basics\n\n${table('| 1 | Intro | 2 |\n| 2 | Loops | 4 |\n')}\n## Module II - Careers\n\n${table('| 1 | Interviews | 2 |\n')}`, options);
		expect(result.phases.map((p) => [p.data['title'], p.data['group'], p.body])).toEqual([
			['Intro', 'module-i', ''],
			['Loops', 'module-i', ''],
			['Interviews', 'module-ii', ''],
		]);
		expect(result.notes.filter((note) => note.includes('row of totals ("Total: 6 hours")'))).toHaveLength(1);
		const overview = result.files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect(overview).not.toMatch(/Total/);
	});

	it("times an index's units by what its list items say after their links, or by its table's effort column", () => {
		const files = ['01', '02', '03'].map((n) => ({ path: `Sem${n}.md`, text: `# Semaine ${n}\n\n- **Effort**: 0:30h\n` }));
		const options = { fileName: 'plan.md', order: 0, id: 'plan', track: 'backend' };
		const list = importPlan(
			{
				index: {
					path: 'index.md',
					text: [
						'# Planning',
						'',
						'* Vidéos de la [semaine 01](Sem01.md) à voir pour lundi   ',
						'  durée: 3 h et 56 minutes (plus 54 minutes en option)',
						'* Vidéos de la [semaine 02](Sem02.md) à voir pour lundi, 10 hours a week',
						'* Vidéos de la [semaine 03](Sem03.md) à voir pour lundi',
						'  - Exercice: 45 min',
						'',
					].join('\n'),
				},
				files,
			},
			options,
		);
		// A rate is no amount, and a nested list times a part: the file's own "Effort:" line is left.
		expect(list.phases.map((p) => p.data['effortHours'])).toEqual([{ min: 3.93, max: 3.93 }, { min: 0.5, max: 0.5 }, { min: 0.5, max: 0.5 }]);
		const table = importPlan(
			{ index: { path: 'README.md', text: '# Course\n\n| Week | Effort | Topic |\n| --- | --- | --- |\n| 1 | 9:20h | [Shell](Sem01.md) |\n| 2 | 12:00h | [Node](Sem02.md) |\n| 3 | 2 h | [HTTP](Sem03.md) |\n' }, files },
			options,
		);
		expect(table.phases.map((p) => p.data['effortHours'])).toEqual([{ min: 9.33, max: 9.33 }, { min: 12, max: 12 }, { min: 2, max: 2 }]);
	});

	it('takes a lesson\'s time out of its title, from a "Time:" line, and from a column of times', () => {
		expect(parseTitleLine('Loops (45 min)')).toMatchObject({ title: 'Loops', duration: null, effortHours: { min: 0.75, max: 0.75 }, leftover: '' });
		expect(parseTitleLine('Loops (45 min)').labelSuffix).toBeUndefined();
		// A few words qualifying the time go with it; more make the parentheses an aside of the title, kept whole.
		expect(parseTitleLine('Loops (4 hours of study)')).toMatchObject({ title: 'Loops', effortHours: { min: 4, max: 4 }, leftover: '' });
		expect(parseTitleLine('Cấu trúc dữ liệu (4 giờ học)')).toMatchObject({ title: 'Cấu trúc dữ liệu', effortHours: { min: 4, max: 4 }, leftover: '' });
		expect(parseTitleLine('Intro (2 weeks, then a review)')).toMatchObject({ title: 'Intro (2 weeks, then a review)', duration: null, leftover: '' });
		const options = { fileName: 'p.md', order: 0, track: 'backend' };
		const lines = importMarkdown('# Course\n\n## Lesson 1: Intro\n\n**Time:** 45 minutes\n\n- Exercise\n  - Time: 10 min\n\n## Lesson 2: Loops (2 hours)\n\nText.\n\n## Lesson 3: Functions\n\nText.\n', options);
		expect(lines.phases.map((p) => [p.data['title'], p.data['duration'], p.data['effortHours']])).toEqual([
			['Intro', null, { min: 0.75, max: 0.75 }],
			['Loops', null, { min: 2, max: 2 }],
			['Functions', null, undefined],
		]);
		// A checklist's item may state it ("- [x] 学習時間: 45分"), and stays a check item.
		const checked = importMarkdown('# 計画\n\n### Day 1: HTML\n\n- [x] タグ\n- [x] 学習時間: 45分\n\n### Day 2: CSS\n\n- [ ] Study time: 2 hours\n', options);
		expect(checked.phases.map((p) => p.data['effortHours'])).toEqual([{ min: 0.75, max: 0.75 }, { min: 2, max: 2 }]);
		expect(checked.phases[0]!.body).toContain('- [x] 学習時間: 45分');
		// So may one of several fields on one line, split by "|" ("**Level: Master | Time: 4-5 hours**"); the line stays.
		const several = importMarkdown('# Course\n\n### Module 1: Flowcharts\n\n**Level: Beginner | Time: 2-3 hours**\n\n- [ ] Syntax\n\n### Module 2: Styling\n\n**Level: Master** | **Estimated Time: 4-5 hours**\n\n- [ ] Themes\n', options);
		expect(several.phases.map((p) => p.data['effortHours'])).toEqual([{ min: 2, max: 3 }, { min: 4, max: 5 }]);
		expect(several.phases[0]!.body).toContain('**Level: Beginner | Time: 2-3 hours**');
		const table = importMarkdown('# Course\n\n| # | Lesson | Time |\n| --- | --- | --- |\n| 1 | Intro | 30 min |\n| 2 | Loops | 1.5 h |\n', options);
		expect(table.phases.map((p) => [p.data['title'], p.data['effortHours']])).toEqual([
			['Intro', { min: 0.5, max: 0.5 }],
			['Loops', { min: 1.5, max: 1.5 }],
		]);
		expect(table.phases[0]!.body).not.toContain('30 min');
		// Beside a calendar length, study time is the effort within it.
		const days = importMarkdown('# Course\n\n| Day | Lesson | Time |\n| --- | --- | --- |\n| day1 | Intro | 1hour |\n| day2 | Tensors | 2hour |\n', options);
		expect(days.phases.map((p) => [p.data['label'], p.data['duration'], p.data['effortHours']])).toEqual([
			['Day 1', { min: 1, max: 1, unit: 'day' }, { min: 1, max: 1 }],
			['Day 2', { min: 1, max: 1, unit: 'day' }, { min: 2, max: 2 }],
		]);
	});
});

describe('unit labels', () => {
	it('reads a known unit word touching its number, but no name with a number in it', () => {
		expect(parseUnitLabel('Day01 - 初识Python')).toMatchObject({ word: 'Day', kind: 'day', number: 1, text: 'Day 1', rest: '初识Python' });
		expect(parseUnitLabel('Week2: HTML')).toMatchObject({ kind: 'week', number: 2, rest: 'HTML' });
		// A middle dot separates as a colon does.
		expect(parseUnitLabel('Week 1 · Day 2 — Python')).toMatchObject({ kind: 'week', number: 1, rest: 'Day 2 — Python' });
		expect(parseUnitLabel('第1週・基礎')).toMatchObject({ kind: 'week', number: 1, rest: '基礎' });
		expect(parseUnitLabel('Day21~Day30 - Python语言应用')).toMatchObject({ kind: 'day', number: 21, numberTo: 30, text: 'Day 21-30', rest: 'Python语言应用' });
		for (const text of ['Python3 basics', 'HTML5 and CSS3', 'ES6 features']) expect(parseUnitLabel(text)).toBeNull();
	});

	it('reads a known unit word joined to its number by a hyphen ("Day-1"), but no name joined so', () => {
		expect(parseUnitLabel('Day-1')).toMatchObject({ word: 'Day', kind: 'day', number: 1, text: 'Day 1', rest: '' });
		expect(parseUnitLabel('**Week-02**: Loops')).toMatchObject({ kind: 'week', number: 2, rest: 'Loops' });
		for (const text of ['COVID-19 notes', 'Python-3 basics', 'GPT-4 prompts']) expect(parseUnitLabel(text)).toBeNull();
		// A README of day headings written so is split at them.
		const plan = importMarkdown('# Course\n\n## **Day-1**\n\n- Setup\n\n## **Day-2**\n\n- Variables\n\n## **Day-3**\n\n- Loops\n', { fileName: 'plan.md', order: 0, track: 't' });
		expect(plan.phases.map((p) => [p.data['label'], p.data['duration']])).toEqual([
			['Day 1', { min: 1, max: 1, unit: 'day' }],
			['Day 2', { min: 1, max: 1, unit: 'day' }],
			['Day 3', { min: 1, max: 1, unit: 'day' }],
		]);
	});

	it('reads a code of letters and numbers by its last pair, whose letter abbreviates the unit word ("R1D2" is round 1, day 2)', () => {
		expect(parseUnitLabel('R1D2 Started a weather app')).toMatchObject({ word: 'Day', kind: 'day', number: 2, text: 'R1D2', rest: 'Started a weather app' });
		expect(parseUnitLabel('W2D3: Closures')).toMatchObject({ kind: 'day', number: 3, text: 'W2D3', rest: 'Closures' });
		// A last letter that abbreviates no unit word ("E" of an episode) is no label, and neither is a pair alone.
		for (const text of ['S1E3 Pilot', 'R1 Intro', 'COVID19 notes']) expect(parseUnitLabel(text)).toBeNull();
	});

	it('ends no range at a number touching letters, and takes words alone in parentheses after the label for the title', () => {
		expect(parseUnitLabel('Lesson 39 - 3D Mesh Rendering')).toMatchObject({ number: 39, text: 'Lesson 39', rest: '3D Mesh Rendering' });
		expect(parseUnitLabel('Module 2 - 2FA setup')).toMatchObject({ number: 2, text: 'Module 2', rest: '2FA setup' });
		expect(parseUnitLabel('Week 1 (Intro)')).toMatchObject({ kind: 'week', number: 1, text: 'Week 1', rest: 'Intro' });
		expect(parseUnitLabel('Week 13-15 (Final Project)')).toMatchObject({ number: 13, numberTo: 15, text: 'Week 13-15', rest: 'Final Project' });
		expect(parseUnitLabel('Week 5 (UR3e Intro, FK Lab Part 1)')).toMatchObject({ text: 'Week 5', rest: 'UR3e Intro, FK Lab Part 1' });
		// A length or a position in parentheses belongs with the label.
		expect(parseUnitLabel('Week 3 (2 weeks)')).toMatchObject({ extra: '(2 weeks)', text: 'Week 3 (2 weeks)', rest: '' });
		expect(parseUnitLabel('PHASE 1 (Month 1)')).toMatchObject({ extra: '(Month 1)', rest: '' });
		// So do the dates it runs.
		expect(parseUnitLabel('Semana 02 (18-22 Nov 2025)')).toMatchObject({ extra: '(18-22 Nov 2025)', text: 'Semana 2 (18-22 Nov 2025)', rest: '' });
	});

	it('reads ranges that chain from 0 as the plan\'s calendar: each unit lasts from its start to its end', () => {
		const lengths = (titles: string[]) => phasesOfText(`# Plan\n\n${titles.map((t, i) => `### ${i + 1}. ${t}\n\nx\n`).join('\n')}`).phases.map((p) => p.data['duration']);
		const months = (n: number) => ({ min: n, max: n, unit: 'month' });
		expect(lengths(['Basics (0-3 months)', 'Web (3-9 months)', 'Advanced (9-18 months)'])).toEqual([months(3), months(6), months(9)]);
		// An open range where the chain ends says when the unit starts, not how long it lasts.
		expect(lengths(['Basics (0-6 ay)', 'Middle (6-18 ay)', 'Advanced (18+ ay)'])).toEqual([months(6), months(12), null]);
		// Ranges that do not chain are lengths.
		expect(lengths(['Basics (2-3 months)', 'Web (3-4 months)'])).toEqual([{ min: 2, max: 3, unit: 'month' }, { min: 3, max: 4, unit: 'month' }]);
		expect(parseDuration('0-3 months')).toEqual(months(3));
	});

	it('titles a heading struck through or emphasised whole by its words, its length taken out', () => {
		const { phases } = phasesOfText('# Plan\n\n### ~~一、基础阶段(2-4周)~~\n\n- ~~done~~\n\n### **二、中级阶段(3-5周)**\n\nb\n\n### *Advanced* (1 week)\n\nc\n');
		expect(phases.map((p) => p.data['title'])).toEqual(['一、基础阶段', '二、中级阶段', 'Advanced']);
		expect(phases[0]!.data['duration']).toEqual({ min: 2, max: 4, unit: 'week' });
		expect(phases[0]!.body.trim()).toBe('- ~~done~~');
	});

	it('reads three ranges or more that count from 1, each right after the one before, as the weeks they number', () => {
		const lengths = (titles: string[]) => phasesOfText(`# Plan\n\n${titles.map((t, i) => `## Phase ${i + 1}: ${t}\n\nx\n`).join('\n')}`).phases.map((p) => p.data['duration']);
		const weeks = (n: number) => ({ min: n, max: n, unit: 'week' });
		expect(lengths(['Python (1-4주)', 'DL (5-9주)', 'NLP (10-14주)'])).toEqual([weeks(4), weeks(5), weeks(5)]);
		expect(lengths(['Python (1-4 weeks)', 'DL (5-9 weeks)', 'NLP (10-14 weeks)', 'LLM (15+ weeks)'])).toEqual([weeks(4), weeks(5), weeks(5), null]);
		// Two may be lengths.
		expect(lengths(['Basics (1-2 weeks)', 'Web (3-4 weeks)'])).toEqual([{ min: 1, max: 2, unit: 'week' }, { min: 3, max: 4, unit: 'week' }]);
	});

	it('takes no title from a mark after a unit\'s label ("Assessment 1※", a footnote\'s): the linked file titles it', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Course\n\n| Task | Weight |\n| --- | --- |\n| [Assessment 1※](assessment-1.md) | 40% |\n| [Assessment 2※](assessment-2.md) | 60% |\n' },
				files: [
					{ path: 'assessment-1.md', text: '# Written test\n\nx\n' },
					{ path: 'assessment-2.md', text: '# Oral test\n\ny\n' },
				],
			},
			{ fileName: 'course.md', order: 0, track: 'backend' },
		);
		expect(result.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([['Assessment 1', 'Written test'], ['Assessment 2', 'Oral test']]);
	});

	it('titles a plan whose heading is only its banner image, linked or not, by the image\'s description, not its Markdown', () => {
		const title = (heading: string) => phasesOfText(`# ${heading}\n\nA course.\n\n## Week 1: Shell\n\nx\n\n## Week 2: Node\n\ny\n\n[banner]: images/banner.png\n`).files.find((f) => f.path.endsWith('index.mdx'))!.text.match(/^title: "(.*)"$/m)![1];
		expect(title('![Backend - Course 2017][banner]')).toBe('Backend - Course 2017');
		expect(title('[![Backend course](images/banner.png)](https://example.org)')).toBe('Backend course');
	});

	it('takes a group\'s goal stated as a heading over its units ("### 🎯 Goal: …") for its summary, not dropping it', () => {
		const { files } = phasesOfText('# Plan\n\n## Phase 1: Basics\n### 🎯 Goal: Master the basics\n\n**Week 1: Core**\n- [ ] a\n\n**Week 2: More**\n- [ ] b\n\n## Phase 2: Web\n### 🎯 Goal: Build pages\n\n**Week 3: HTML**\n- [ ] c\n');
		const overview = files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect([...overview.matchAll(/^ {4}summary: "(.+)"$/gm)].map((m) => m[1])).toEqual(['Master the basics', 'Build pages']);
	});

	it('reads an open position on the calendar ("Weeks 21+") as a start, no length, and leaves none of it in the page', () => {
		const { phases } = phasesOfText('# Plan\n\n## Phase 1: Basics (Weeks 1-4)\n\n- [ ] a\n\n## Phase 2: Advanced (Weeks 5+)\n\n- [ ] b\n');
		expect(phases.map((p) => p.data['duration'])).toEqual([{ min: 4, max: 4, unit: 'week' }, null]);
		expect(phases[1]!.body.trim()).toBe('- [ ] b');
		// The start is shown with the label, open-ended, as a closed range is: the title is the name alone.
		expect(phases.map((p) => [p.data['label'], p.data['title']])).toEqual([['Phase 1 (Weeks 1-4)', 'Basics'], ['Phase 2 (Weeks 5+)', 'Advanced']]);
		expect(parseTitleLine('Advanced Topics (Weeks 21+)')).toMatchObject({ title: 'Advanced Topics', labelSuffix: ' (Weeks 21+)', duration: null });
		expect(parseTitleLine('Projets (Mois 7 +)')).toMatchObject({ title: 'Projets', labelSuffix: ' (Mois 7 +)', duration: null });
	});

	it('keeps an open position on the calendar ("Weeks 21+") in the title of a group, which states no duration', () => {
		const { files } = phasesOfText('# Plan\n\n## Phase 1: Basics (Weeks 1-4)\n\n### Week 1-2: A\n\n- [ ] a\n\n### Week 3-4: B\n\n- [ ] b\n\n## Phase 2: Advanced (Weeks 5+)\n\n### Week 5: C\n\n- [ ] c\n\n### Week 6: D\n\n- [ ] d\n');
		const overview = files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect([...overview.matchAll(/^ {4}title: "(.+)"$/gm)].map((m) => m[1])).toEqual(['Phase 1: Basics', 'Phase 2: Advanced (Weeks 5+)']);
	});

	it('reads a position on the calendar named by its unit word in other languages, in parentheses', () => {
		expect(parseDuration('Q1 (Hafta 1–13)')).toEqual({ min: 13, max: 13, unit: 'week' });
		expect(parseDuration('Fase 2 (Semanas 5-8)')).toEqual({ min: 4, max: 4, unit: 'week' });
		expect(parseDuration('Git (Tuần 3)')).toEqual({ min: 1, max: 1, unit: 'week' });
		expect(parseDuration('Block (Monate 2-3)')).toEqual({ min: 2, max: 2, unit: 'month' });
		// In a title, it names the week a page belongs to, not a length of its own; nor is a word that names something else.
		expect(parseDuration('Ejercicios - Semana 01: Scratch')).toBeNull();
		expect(parseDuration('(tag 2)')).toBeNull();
	});

	it('reads Vietnamese, Turkish and Indonesian unit words, Vietnamese ones of two words too', () => {
		expect(parseUnitLabel('Giai đoạn 1: Nền tảng')).toMatchObject({ kind: 'phase', number: 1, text: 'Giai đoạn 1', rest: 'Nền tảng' });
		expect(parseUnitLabel('Tuần 2: HTML')).toMatchObject({ kind: 'week', number: 2, rest: 'HTML' });
		expect(parseUnitLabel('Bài học 3 - Vòng lặp')).toMatchObject({ kind: 'lesson', number: 3, rest: 'Vòng lặp' });
		expect(parseUnitLabel('Bölüm 5: Döngüler')).toMatchObject({ kind: 'chapter', number: 5, rest: 'Döngüler' });
		expect(parseUnitLabel('Minggu 4: Basis data')).toMatchObject({ kind: 'week', number: 4, rest: 'Basis data' });
		// Two words that are no known unit word are a title.
		expect(parseUnitLabel('Java Part 1')).toBeNull();
		expect(parseDuration('1-2 tuần')).toEqual({ min: 1, max: 2, unit: 'week' });
		expect(parseDuration('3 bulan')).toEqual({ min: 3, max: 3, unit: 'month' });
	});

	it("reads a course's sessions, classes and lectures as its lessons, in each language", () => {
		for (const text of ['Session 3: Loops', 'Lecture 3 - Loops', 'Class 3: Loops', 'Clase 3: Bucles', 'Séance 3 : Boucles', 'Pertemuan 3: Perulangan', 'Лекция 3. Циклы', 'جلسه 3: حلقه', 'محاضرة 3: الحلقات', 'הרצאה 3: לולאות', '第3讲 循环']) {
			expect(parseUnitLabel(text), text).toMatchObject({ kind: 'lesson', number: 3 });
		}
		expect(parseUnitLabel('Recursion — Lecture 4')).toMatchObject({ kind: 'lesson', number: 4, rest: 'Recursion' });
	});

	it('reads a known unit word and its number after the title, set apart by a bar or dash, but no name there', () => {
		expect(parseUnitLabel('Data PreProcessing | Day 1')).toMatchObject({ word: 'Day', kind: 'day', number: 1, text: 'Day 1', rest: 'Data PreProcessing' });
		expect(parseUnitLabel('Closures — Week 3')).toMatchObject({ kind: 'week', number: 3, text: 'Week 3', rest: 'Closures' });
		expect(parseUnitLabel('Основы | Урок 4')).toMatchObject({ kind: 'lesson', number: 4, rest: 'Основы' });
		for (const text of ['Setup - Python 3', 'Hash-Day 2']) expect(parseUnitLabel(text)).toBeNull();
	});

	it('reads Korean and Japanese counters, the number before a known counter word', () => {
		expect(parseUnitLabel('1주차: 자바 기초')).toMatchObject({ word: '주차', kind: 'week', number: 1, text: '1주차', rest: '자바 기초' });
		expect(parseUnitLabel('2週目：並行処理')).toMatchObject({ kind: 'week', number: 2, text: '2週目', rest: '並行処理' });
		expect(parseUnitLabel('3일차')).toMatchObject({ kind: 'day', number: 3 });
		for (const text of ['3 Reasons to learn Go', '2024年の計画']) expect(parseUnitLabel(text)).toBeNull();
	});

	it('sets a label apart from its title by full-width punctuation as by ASCII', () => {
		expect(parseUnitLabel('Task 01：函数')).toMatchObject({ word: 'Task', number: 1, rest: '函数' });
		expect(parseUnitLabel('Semana 3． CSS')).toMatchObject({ kind: 'week', number: 3, rest: 'CSS' });
		expect(parseUnitLabel('Week One：HTML')).toMatchObject({ kind: 'week', number: 1, rest: 'HTML' });
		expect(parseUnitLabel('数据预处理 ｜ Day 1')).toMatchObject({ kind: 'day', number: 1, rest: '数据预处理' });
	});

	it('reads the digits of other scripts, and keeps them in the label and title', () => {
		expect(parseUnitLabel('مرحله ۱: اچ‌تی‌ام‌ال (۲ هفته)')).toMatchObject({ word: 'مرحله', kind: 'phase', number: 1, text: 'مرحله ۱', rest: 'اچ‌تی‌ام‌ال (۲ هفته)' });
		expect(parseUnitLabel('الأسبوع ٠٣ - ٠٤: المصفوفات')).toMatchObject({ kind: 'week', number: 3, numberTo: 4, text: 'الأسبوع ٣-٤', rest: 'المصفوفات' });
		expect(parseUnitLabel('दिन १२: लूप')).toMatchObject({ kind: 'day', number: 12, text: 'दिन १२', rest: 'लूप' });
		expect(parseUnitLabel('۳. جاوااسکریپت')).toMatchObject({ word: null, number: 3, rest: 'جاوااسکریپت' });
		expect(parseUnitLabel('Loops | Day ０５')).toMatchObject({ kind: 'day', number: 5, text: 'Day ５', rest: 'Loops' });
	});

	it('reads numbers written as words after a known unit word, cardinal or ordinal, in the languages of the unit words', () => {
		expect(parseUnitLabel('Week One: HTML')).toMatchObject({ kind: 'week', number: 1, text: 'Week One', rest: 'HTML' });
		expect(parseUnitLabel('Día tres — Listas')).toMatchObject({ kind: 'day', number: 3, rest: 'Listas' });
		expect(parseUnitLabel('الأسبوع الثاني: React Hooks')).toMatchObject({ kind: 'week', number: 2, text: 'الأسبوع الثاني', rest: 'React Hooks' });
		expect(parseUnitLabel('Неделя четвертая: сеть')).toMatchObject({ kind: 'week', number: 4, rest: 'сеть' });
		// A plan may open at unit zero, spelled as an ordinal: "فصل صفرم" (the zeroth chapter) before "فصل 1".
		expect(parseUnitLabel('فصل صفرم: مقدمات (اختیاری)')).toMatchObject({ kind: 'chapter', number: 0, text: 'فصل صفرم', rest: 'مقدمات (اختیاری)' });
		expect(phasesOfText('# دوره\n\n## فصل صفرم: مقدمات\n\n- الف\n\n## فصل 1: مفاهیم\n\n- ب\n\n## فصل 2: توابع\n\n- ج\n').phases.map((p) => p.data['title'])).toEqual(['مقدمات', 'مفاهیم', 'توابع']);
		// Only after a unit word: "Hello One" names nothing, and "Part Onesie" is no number.
		for (const text of ['Hello One: x', 'Part Onesie']) expect(parseUnitLabel(text)).toBeNull();
		const plan = phasesOfText('# خطة\n\n### الشهر الأول: JavaScript\n\n#### الأسبوع الأول: الأساسيات\n\nx\n\n#### الأسبوع الثاني: المتقدم\n\ny\n\n### الشهر الثاني: React\n\n#### الأسبوع الأول: المكونات\n\nz\n\n#### الأسبوع الثاني: الخطافات\n\nw\n');
		expect(plan.phases.map((p) => [p.data['label'], p.data['title'], p.data['group']])).toEqual([
			['الأسبوع الأول', 'الأساسيات', 'javascript'],
			['الأسبوع الثاني', 'المتقدم', 'javascript'],
			['الأسبوع الأول', 'المكونات', 'react'],
			['الأسبوع الثاني', 'الخطافات', 'react'],
		]);
	});

	it('reads an ordinal before a known unit word, as English, Spanish, French, German and Russian write it', () => {
		expect(parseUnitLabel('First Week: HTML')).toMatchObject({ kind: 'week', number: 1, text: 'First Week', rest: 'HTML' });
		expect(parseUnitLabel('**Second Month** (Weeks 5-8) – React')).toMatchObject({ kind: 'month', number: 2, text: 'Second Month (Weeks 5-8)', rest: 'React' });
		expect(parseUnitLabel('Primera semana - Fundamentos')).toMatchObject({ kind: 'week', number: 1, text: 'Primera semana', rest: 'Fundamentos' });
		expect(parseUnitLabel('Tercer mes: Bases de datos')).toMatchObject({ kind: 'month', number: 3, rest: 'Bases de datos' });
		expect(parseUnitLabel('Deuxième semaine : le DOM')).toMatchObject({ kind: 'week', number: 2, rest: 'le DOM' });
		expect(parseUnitLabel('Zweite Woche: Git')).toMatchObject({ kind: 'week', number: 2, rest: 'Git' });
		expect(parseUnitLabel('Третья неделя: сети')).toMatchObject({ kind: 'week', number: 3, rest: 'сети' });
		// An ordinal counts one unit ("First Steps", "Second Weeks" are titles), and only a unit word ("Third Party").
		for (const text of ['First Steps with Python', 'First Days at work', 'Third Party Integrations', 'Firstweek']) expect(parseUnitLabel(text)).toBeNull();
		const plan = phasesOfText('# Plan\n\n## First Week: Basics\n\nx\n\n## Second Week: Loops\n\ny\n\n## Third Week: Functions\n\nz\n');
		expect(plan.phases.map((p) => [p.data['label'], p.data['title'], p.data['kind']])).toEqual([
			['First Week', 'Basics', 'week'],
			['Second Week', 'Loops', 'week'],
			['Third Week', 'Functions', 'week'],
		]);
	});

	it('reads an ordinal written in digits before a known unit word, with the ending of its language, when the label ends there', () => {
		expect(parseUnitLabel('1. Woche: Grundlagen')).toMatchObject({ kind: 'week', number: 1, text: '1. Woche', rest: 'Grundlagen' });
		expect(parseUnitLabel('2. Monat – React')).toMatchObject({ kind: 'month', number: 2, rest: 'React' });
		expect(parseUnitLabel('1ère semaine : HTML')).toMatchObject({ kind: 'week', number: 1, text: '1ère semaine', rest: 'HTML' });
		expect(parseUnitLabel('2e semaine : CSS')).toMatchObject({ kind: 'week', number: 2, rest: 'CSS' });
		expect(parseUnitLabel('1ª semana: HTML')).toMatchObject({ kind: 'week', number: 1, rest: 'HTML' });
		expect(parseUnitLabel('3er mes - Bases')).toMatchObject({ kind: 'month', number: 3, rest: 'Bases' });
		expect(parseUnitLabel('2nd Month: React')).toMatchObject({ kind: 'month', number: 2, rest: 'React' });
		expect(parseUnitLabel('1-я неделя: HTML')).toMatchObject({ kind: 'week', number: 1, text: '1-я неделя', rest: 'HTML' });
		expect(parseUnitLabel('2-й тиждень. Основи')).toMatchObject({ kind: 'week', number: 2, rest: 'Основи' });
		expect(parseUnitLabel('1. Woche (06.01. - 12.01.)')).toMatchObject({ kind: 'week', number: 1, extra: '(06.01. - 12.01.)' });
		// An item of a numbered list goes on past the word: it is numbered, not labelled.
		expect(parseUnitLabel('1. Week planning tips')).toMatchObject({ word: null, number: 1, rest: 'Week planning tips' });
		expect(parseUnitLabel('3. Ebenen: x')).toMatchObject({ word: null, number: 3 });
	});

	it('reads Ukrainian, Hindi and Thai unit words and ordinals, and the Persian ezafe after a unit word', () => {
		expect(parseUnitLabel('Перший тиждень: HTML')).toMatchObject({ kind: 'week', number: 1, rest: 'HTML' });
		expect(parseUnitLabel('Частина перша')).toMatchObject({ kind: 'part', number: 1, rest: '' });
		expect(parseUnitLabel('Тиждень п’ятий: Git')).toMatchObject({ kind: 'week', number: 5, rest: 'Git' });
		expect(parseUnitLabel('Етап 2: Бекенд')).toMatchObject({ kind: 'phase', number: 2, rest: 'Бекенд' });
		expect(parseUnitLabel('पहला सप्ताह: HTML')).toMatchObject({ kind: 'week', number: 1, rest: 'HTML' });
		expect(parseUnitLabel('मॉड्यूल 1: परिचय')).toMatchObject({ kind: 'module', number: 1, rest: 'परिचय' });
		expect(parseUnitLabel('สัปดาห์ที่ 1: พื้นฐาน')).toMatchObject({ kind: 'week', number: 1, text: 'สัปดาห์ที่ 1', rest: 'พื้นฐาน' });
		expect(parseUnitLabel('หน่วยที่ 2 ตัวแปร')).toMatchObject({ kind: 'unit', number: 2, rest: 'ตัวแปร' });
		expect(parseUnitLabel('هفته‌ی اول: مبانی')).toMatchObject({ kind: 'week', number: 1, rest: 'مبانی' });
		expect(parseUnitLabel('هفته‌ی ۲: پایتون')).toMatchObject({ kind: 'week', number: 2, text: 'هفته ۲', rest: 'پایتون' });
	});

	it('reads a Chinese measure word between the number and the unit word ("第一个月", the first month)', () => {
		expect(parseUnitLabel('第一个月：基础')).toMatchObject({ word: '月', kind: 'month', number: 1, text: '第一个月', rest: '基础' });
		expect(parseUnitLabel('第2個月')).toMatchObject({ word: '月', number: 2, text: '第2個月' });
		// 个 alone is no unit word.
		expect(parseUnitLabel('第一个')).toMatchObject({ word: '个' });
	});

	it('reads Chinese numerals and unit words of two characters', () => {
		expect(parseUnitLabel('第二阶段：基础')).toMatchObject({ word: '阶段', kind: 'phase', number: 2, text: '第二阶段', rest: '基础' });
		expect(parseUnitLabel('第十二周 复习')).toMatchObject({ kind: 'week', number: 12, text: '第十二周', rest: '复习' });
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
		expect(parseTitleLine('Backend Fundamentals (Weeks 1-4)')).toMatchObject({ title: 'Backend Fundamentals', labelSuffix: ' (Weeks 1-4)', duration: { min: 4, max: 4, unit: 'week' } });
		// Full-width punctuation separates as ASCII does, and the label keeps the source's own brackets.
		expect(parseTitleLine('基础语法（1周）')).toMatchObject({ title: '基础语法', labelSuffix: '（1周）', duration: { min: 1, max: 1, unit: 'week' } });
	});

	it('leaves a position among other words in parentheses inside the title', () => {
		expect(parseTitleLine('Active failure testing (Wednesday, Week 11, March 26)')).toMatchObject({ title: 'Active failure testing (Wednesday, Week 11, March 26)', duration: null, leftover: '' });
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

	it('reads a Japanese ordinal counter as a position, not a length, and keeps it whole', () => {
		expect(parseTitleLine('2週目：並行処理')).toMatchObject({ title: '2週目：並行処理', duration: null });
		for (const text of ['3日目', '1ヶ月目']) expect(parseDuration(text)).toBeNull();
	});

	it('reads a number and a counter that measures time as a length, and one that counts a place as a label', () => {
		const facts = (text: string) => phasesOfText(text).phases.map((p) => [p.data['label'], p.data['title'], p.data['duration']]);
		const days = (n: number) => ({ min: n, max: n, unit: 'day' });
		// "3天" is three days, whatever the numbers do; day 3 is "第3天" or "3日目".
		expect(facts('## 3天：HTML\n\n- a\n\n## 5天：CSS\n\n- b\n\n## 2天：JS\n\n- c\n')).toEqual([
			[undefined, 'HTML', days(3)],
			[undefined, 'CSS', days(5)],
			[undefined, 'JS', days(2)],
		]);
		expect(facts('## 第19天：总结\n\n- a\n\n## 第20天：复习\n\n- b\n')).toEqual([['第19天', '总结', days(1)], ['第20天', '复习', days(1)]]);
		expect(facts('## 19日目：まとめ\n\n- a\n\n## 20日目：復習\n\n- b\n')).toEqual([['19日目', 'まとめ', days(1)], ['20日目', '復習', days(1)]]);
		expect(facts('## 第1段階：基礎（19日間）\n\n- a\n\n## 第2段階：応用（10日間）\n\n- b\n').map(([, , d]) => d)).toEqual([days(19), days(10)]);
		expect(parseUnitLabel('3일: HTML')).toBeNull();
		expect(parseUnitLabel('3일차: HTML')).toMatchObject({ kind: 'day', number: 3 });
	});

	it('reads a German calendar week, "KW 3", as a week label', () => {
		const facts = (text: string) => phasesOfText(text).phases.map((p) => [p.data['label'], p.data['title'], p.data['duration']]);
		expect(facts('## KW 3: Grundlagen\n\n- a\n\n## KW 4–5: Projekt\n\n- b\n')).toEqual([
			['KW 3', 'Grundlagen', { min: 1, max: 1, unit: 'week' }],
			['KW 4-5', 'Projekt', { min: 2, max: 2, unit: 'week' }],
		]);
		expect(parseUnitLabel('Kalenderwoche 12: Abschluss')).toMatchObject({ kind: 'week', number: 12, rest: 'Abschluss' });
	});

	it('reads a unit word in the plural a range takes, "Tygodnie 1-3", "Недели 1–8", as a group\'s label and length', () => {
		const { roadmap } = phasesOfText('# Plan\n\n### Tygodnie 1-3: Podstawy\n\n#### Tydzień 1: Alfabet\n\n- [ ] a\n\n#### Tydzień 2: Liczby\n\n- [ ] b\n\n### Tygodnie 4-6: Codzienność\n\n#### Tydzień 4: Czas\n\n- [ ] c\n');
		expect(roadmap['groups']).toMatchObject([
			{ title: 'Podstawy', label: 'Tygodnie 1-3', duration: { min: 3, max: 3, unit: 'week' } },
			{ title: 'Codzienność', label: 'Tygodnie 4-6', duration: { min: 3, max: 3, unit: 'week' } },
		]);
		expect(parseUnitLabel('Недели 1–8: Kubernetes')).toMatchObject({ kind: 'week', number: 1, numberTo: 8, rest: 'Kubernetes' });
		expect(parseUnitLabel('Тижні 2-3: Git')).toMatchObject({ kind: 'week', number: 2, numberTo: 3 });
		expect(parseUnitLabel('Dni 1-5: Podstawy')).toMatchObject({ kind: 'day', number: 1, numberTo: 5 });
		expect(parseUnitLabel('Miesiące 1-2: Start')).toMatchObject({ kind: 'month', number: 1, numberTo: 2 });
	});

	it('makes short phase IDs', () => {
		expect(shortSlug('API Architecture & Clean Design')).toBe('api-architecture');
		// A part that only counts (a number, a letter, a Roman numeral) is no title: the words after it are.
		expect(shortSlug('B - Operators and Symbols')).toBe('operators-symbols');
		expect(shortSlug('IV - Testing')).toBe('testing');
		expect(shortSlug('CI - Continuous Integration')).toBe('ci');
		expect(shortSlug('Backend Foundations (Senior Level)')).toBe('backend-foundations');
		expect(shortSlug('Authentication and Security')).toBe('authentication-security');
		expect(shortSlug('Node.js/Express Development')).toBe('nodejs-express-development');
		expect(shortSlug('Introducción a la Programación')).toBe('introduccion-programacion');
		expect(shortSlug('Visualización de datos con Python')).toBe('visualizacion-datos-python');
		expect(shortSlug('Ciclos, Declaraciones y Funciones')).toBe('ciclos-declaraciones');
		// Vietnamese writes each syllable apart, most words being two: a plan in it keeps them all ("bai-toan-mo" cut one).
		expect(shortSlug('Bài Toán Mô Phỏng (nâng cao)', 'vi')).toBe('bai-toan-mo-phong');
		expect(shortSlug('Lập trình hướng đối tượng với Java', 'vi')).toBe('lap-trinh-huong-doi-tuong-voi-java');
		// Letters are spelled as the plan's language writes them in Latin ones: Turkish "ü" is "u", not German "ue".
		expect(shortSlug('Dil ve Kültür', 'tr')).toBe('dil-kultur');
		expect(longSlug('Türkçenin Tarihi ve Gelişimi', 'tr')).toBe('turkcenin-tarihi-gelisimi');
		// Turkish, Polish and Indonesian small words are no words of an ID in a plan in that language, and their "and"
		// ends it as "and" does; elsewhere "i" may be a Roman numeral.
		expect(shortSlug('Hafta Planı ve Hedefler', 'tr')).toBe('hafta-plani');
		expect(shortSlug('Podstawy Pythona i testów', 'pl')).toBe('podstawy-pythona');
		expect(shortSlug('Sieci w praktyce', 'pl')).toBe('sieci-praktyce');
		expect(shortSlug('Dasar Git dan GitHub untuk Tim', 'id')).toBe('dasar-git');
		expect(shortSlug('Frontend I')).toBe('frontend-i');
		expect(shortSlug('Größe und Gewicht')).toBe('groesse-gewicht');
		// Russian and Ukrainian small words and joiners are no words of an ID either ("и" is "i" in Latin letters).
		expect(shortSlug('CSS и основы стилизации')).toBe('css-osnovy-stilizatsii');
		expect(shortSlug('ООП и продвинутые концепции')).toBe('oop-prodvinutye-kontseptsii');
		expect(shortSlug('Начало работы с Python')).toBe('nachalo-raboty-python');
		expect(shortSlug('Типи даних у Python')).toBe('tipi-danikh-python');
		expect(shortSlug('5.1 - Introduction to Bruin')).toBe('introduction-bruin');
		// So is a unit's label, in any language it is known in ("Python 3" is a name, not a label).
		expect(shortSlug('Modul 1 - Introduction to Python')).toBe('introduction-python');
		expect(shortSlug('Minggu 2 - HTML Dasar')).toBe('html-dasar');
		expect(shortSlug('Python 3 - Basics')).toBe('python-3');
		expect(shortSlug('Building makemore Part 2: MLP')).toBe('building-makemore-part-2');
		expect(shortSlug("Let's build GPT: from scratch")).toBe('lets-build-gpt');
		expect(slugify('What’s new')).toBe('whats-new');
		// Emoji are no words, though transliteration spells some ("🔤" is "abc").
		expect(slugify('🔤 C/C++ Programming')).toBe('c-c-programming');
		expect(shortSlug('Tools 🛠️ and ☕ Java')).toBe('tools-java');
		// A long title cut to an ID ends on a word that means something.
		expect(slugify('Coding interview study plan - what to study and practice based on time left')).toBe('coding-interview-study-plan-what-to-study');
		// A title only partly spelled in Latin letters would give an ID naming a part of it: the label names the page.
		expect(shortSlug('数据集平台 + Docker')).toBe('');
		expect(phasesOfText('## 第1天：Git\n\nx\n\n## 第2天：数据集平台 + Docker\n\ny\n').phases.map((p) => p.id)).toEqual(['git', 'day-2']);
		// Arabic and Hebrew script leave vowels unwritten: their transliteration ("mrhlh") is no name.
		expect(shortSlug('اچ‌تی‌ام‌ال')).toBe('');
		expect(shortSlug('שבוע ראשון')).toBe('');
		expect(phasesOfText('## مرحله ۱: اچ‌تی‌ام‌ال\n\nx\n\n## مرحله ۲: Git\n\ny\n').phases.map((p) => p.id)).toEqual(['phase-1', 'git']);
		// What parentheses gloss in that script is no part of an ID: the rest names the page.
		expect(shortSlug('Web Foundations (الأساسيات)')).toBe('web-foundations');
		expect(longSlug('OOP Fundamentals (البرمجة كائنية التوجه)')).toBe('oop-fundamentals');
		expect(shortSlug('الأساسيات (HTML)')).toBe('');
		expect(shortSlug('(الأساسيات)')).toBe('');
		expect(shortSlug('(Intro)')).toBe('intro');
		// Parts that count again, each unit titled by its label only: the part names the page, not a number after it.
		const modules = phasesOfText('# Roteiro\n\n### M01 - Frontend\n\n#### Semana 1-2\n\n- HTML\n\n#### Semana 3\n\n- DOM\n\n### M02 - React\n\n#### Semana 1-2\n\n- Hooks\n\n#### Semana 3-4: Testes\n\n- Jest\n');
		expect(modules.phases.map((p) => p.id)).toEqual(['m01-semana-1-2', 'm01-semana-3', 'm02-semana-1-2', 'testes']);
		// A part's long ID gives up its last words for the label, which tells its units apart within an ID's 48 letters.
		const long = phasesOfText('# Plan\n\n### Internationalization Telecommunications Biology\n\n#### Day 1\n\n- a\n\n### Shipping\n\n#### Day 1\n\n- b\n');
		expect(long.phases.map((p) => p.id)).toEqual(['internationalization-telecommunications-day-1', 'shipping-day-1']);
		expect(joinSlugs('lam-quen-voi-quy-trinh-phat-trien-phan-mem', 'ngay-1')).toBe('lam-quen-voi-quy-trinh-phat-trien-phan-ngay-1');
		expect(uniqueSlug('a'.repeat(48), new Set(['a'.repeat(48)]), 'x')).toBe('a'.repeat(48).slice(0, 46) + '-2');
	});
});

const phasesOfText = (text: string) => importMarkdown(text, { fileName: 'plan.md', order: 0, track: 'backend' });
const titlesOf = (text: string) => phasesOfText(text).phases.map((p) => `${p.data['label'] ?? ''}|${p.data['title']}`);

describe('unit headings', () => {
	it('takes the units of a part counted with another word than the other parts\' units, when the parts are labelled alike', () => {
		const part = (n: number, word: string, titles: string[]) => [`## Parcours ${n} : P${n}`, '', ...titles.flatMap((t, i) => [`### ${word} ${i + 1} : ${t}`, '', 'x', ''])].join('\n');
		const text = ['# Parcours', '', part(1, 'Semaine', ['A', 'B']), part(2, 'Semaine', ['C', 'D']), '## Parcours 3 : P3', '', 'Texte.', '', part(4, 'Phase', ['E', 'F']), '## Tips', '', '### Step 1: G', '', 'y', '', '### Step 2: H', '', 'z', ''].join('\n');
		expect(phasesOfText(text).phases.map((p) => `${p.data['label']} ${p.data['title']} ${p.data['group']}`)).toEqual(['Semaine 1 A p1', 'Semaine 2 B p1', 'Semaine 1 C p2', 'Semaine 2 D p2', 'Phase 1 E p4', 'Phase 2 F p4']);
	});

	it('keeps words in parentheses that several unit headings share ("(sujet à modification)") with the label: they title none', () => {
		const text = ['# Formation', '', '##### Semaine 1 :', '', '- HTML', '', '##### Semaine 2 (Git) :', '', '- Git', '', '##### Semaine 3 (sujet à modification) :', '', '- PHP', '', '##### Semaine 4 (Sujet à modification) :', '', '- API', ''].join('\n');
		const result = phasesOfText(text);
		expect(result.phases.map((p) => [p.id, p.data['label'], p.data['title']])).toEqual([
			['semaine-1', 'Semaine 1', 'Semaine 1'],
			['git', 'Semaine 2', 'Git'],
			['semaine-3', 'Semaine 3 (sujet à modification)', 'Semaine 3 (sujet à modification)'],
			['semaine-4', 'Semaine 4 (Sujet à modification)', 'Semaine 4 (Sujet à modification)'],
		]);
	});

	it('takes a collapsible section folding unit headings for a group titled by its summary, and keeps one without headings', () => {
		const text = [
			'# Частина перша',
			'',
			'<details><summary>основи <b>JavaScript</b></summary>',
			'',
			'## День 1:',
			'',
			'- змінні',
			'',
			'## День 2:',
			'',
			'<details><summary>Підказка</summary>',
			'',
			'Відповідь',
			'',
			'</details>',
			'',
			'</details>',
			'',
			'<details><summary>DOM</summary>',
			'',
			'## День 3 Події:',
			'',
			'- кліки',
			'',
			'</details>',
			'',
		].join('\n');
		const result = phasesOfText(text);
		expect(result.phases.map((p) => [p.data['label'], p.data['group']])).toEqual([
			['День 1', 'osnovi-javascript'],
			['День 2', 'osnovi-javascript'],
			['День 3', 'dom'],
		]);
		const pages = result.files.filter((f) => f.path.endsWith('.mdx')).map((f) => f.text).join('\n');
		expect(pages).toContain('<summary>Підказка</summary>');
		expect(pages.match(/<details>/g)).toHaveLength(1);
		expect(pages).not.toContain('<summary>DOM</summary>');
		// A section's only fold collapses that section's text: it names no part.
		const single = phasesOfText('# Plan\n\n## Basics\n\n<details><summary>Toggle section</summary>\n\n### Week 1: A\n\nx\n\n### Week 2: B\n\ny\n\n</details>\n\n## Web\n\n### Week 3: C\n\nz\n');
		expect(single.phases.map((p) => p.data['group'])).toEqual(['basics', 'basics', 'web']);
	});

	it('takes collapsible sections summarised by units of one kind ("<summary><b>Week 1: Basics</b></summary>") for those units, and keeps a solution folded', () => {
		const fold = (summary: string, body: string, close = '</details>') => [`<details>\n<summary><b>${summary}</b></summary><p>`, '', body, '', close, ''];
		const text = ['# Plan', '', '## Roadmap', '', ...fold('Week 1: Basics', '- [ ] Install Python'), ...fold('Week 2 — Control flow', '- loops', '</p></details>'), ...fold('Solution', 'Use a loop.'), '## Resources', '', '- a book', ''].join('\n');
		const result = phasesOfText(text);
		expect(result.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Week 1', 'Basics'],
			['Week 2', 'Control flow'],
		]);
		expect(result.phases[0]!.body).toBe('- [ ] Install Python');
		// The solution's fold stands after the weeks', not in Week 2's: it stays in the section, folded.
		expect(result.phases[1]!.body).toBe('- loops');
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).toMatch(/## Roadmap\n\n<details>\n  <summary>\*\*Solution\*\*<\/summary>\n\n  Use a loop\.\n<\/details>\n\n## Resources/);
		// One fold alone names no unit: it stays a section to open.
		expect(() => phasesOfText(['# Plan', '', ...fold('Week 1: Basics', 'x'), 'Text.', ''].join('\n'))).toThrow(/no phases found/);
	});

	it('ends a unit taken from a fold at its closing tag: what follows the fold stays where it stood', () => {
		const fold = (summary: string, ...body: string[]) => ['<details>', `<summary>**${summary}**</summary>`, '', ...body, '</details>', ''];
		const text = ['# Plan', '', '## Curriculum', '', ...fold('Phase 1: Tools (6 weeks)', '- Week 1: HTML', ''), '- (6 weeks)', '', ...fold('Phase 2: Web', '- Week 8: React', ''), 'After the folds.', '', '## Where to start', '', 'Read week 0.', ''].join('\n');
		const result = phasesOfText(text);
		expect(result.phases.map((p) => [p.data['label'], p.body])).toEqual([
			['Phase 1', '- Week 1: HTML'],
			['Phase 2', '- Week 8: React'],
		]);
		const overview = result.files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect(overview).toMatch(/## Curriculum\n\n- \(6 weeks\)\n\nAfter the folds\.\n\n## Where to start/);
		// Headings a fold holds end at its closing tag too.
		const parts = phasesOfText(['# Plan', '', ...fold('Basics', '## Week 1: A', '', 'x', '', '## Week 2: B', '', 'y', ''), 'Between the parts.', '', ...fold('Web', '## Week 3: C', '', 'z', '')].join('\n'));
		expect(parts.phases.map((p) => p.body)).toEqual(['x', 'y', 'z']);
		expect(parts.files.find((f) => f.path.endsWith('index.mdx'))!.text).toContain('Between the parts.');
	});

	it('takes collapsible sections written in HTML alone, one block of them, for units as those in Markdown, and folds of a week\'s dates for the weeks of the term', () => {
		const fold = (summary: string, item: string) => `<details><summary><b>${summary}</b></summary><ul><li>${item}</li></ul></details>`;
		const weeks = phasesOfText(['# Plan', '', '## Roadmap', '', fold('Week 1: Basics', '<a href="https://a.example">Install Python</a>'), fold('Week 2 — Control flow', 'loops'), '', '## Resources', '', '- a book', ''].join('\n'));
		expect(weeks.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Week 1', 'Basics'],
			['Week 2', 'Control flow'],
		]);
		expect(weeks.phases[0]!.body).toBe('- [Install Python](https://a.example)');
		const dated = phasesOfText(['# Schedule', '', [fold('Jan-14 - Jan-20', 'Intro'), fold('Jan-21 - Jan-27', 'Lists'), fold('Feb-04 - Feb-10', 'Trees')].join('\n'), ''].join('\n'));
		expect(dated.phases.map((p) => [p.data['label'], p.body])).toEqual([
			['Week 1 (Jan-14 - Jan-20)', '- Intro'],
			['Week 2 (Jan-21 - Jan-27)', '- Lists'],
			['Week 4 (Feb-04 - Feb-10)', '- Trees'],
		]);
		// Dates that do not span a week each are no weeks: the folds stay folds.
		expect(() => phasesOfText(['# Schedule', '', fold('Jan-14 - Feb-20', 'a') + fold('Feb-21 - Mar-27', 'b'), ''].join('\n'))).toThrow(/no phases found/);
	});

	it('takes folds of weeks inside folds of phases for weeks grouped by phase', () => {
		const fold = (summary: string, ...body: string[]) => [`<details>\n<summary><b>${summary}</b></summary>`, '', ...body, '</details>', ''];
		const text = ['# Plan', '', '## Curriculum', '', ...fold('Phase 1 · Basics — weeks 1–2', ...fold('Week 1 — Neurons', '- a', ''), ...fold('Week 2 — Autograd', '- b', '')), ...fold('Phase 2 · Models', ...fold('Week 3 — Embeddings', '- c', ''), ...fold('Week 4 — Debugging', '- d', ''))].join('\n');
		const result = phasesOfText(text);
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['group']])).toEqual([
			['Week 1', 'Neurons', 'basics'],
			['Week 2', 'Autograd', 'basics'],
			['Week 3', 'Embeddings', 'models'],
			['Week 4', 'Debugging', 'models'],
		]);
	});

	it('splits at "## PHASE N (Month N): Title" headings, keeping sub-headings inside', () => {
		const result = phasesOfText('# Plan\n\nIntro\n\n## PHASE 1 (Month 1): Basics\n\n### Node\n\n- a\n\n## PHASE 2 (Month 2): More\n\ntext\n\n## Daily Structure\n\n- b\n');
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['kind']])).toEqual([
			['Phase 1 (Month 1)', 'Basics', 'month'],
			['Phase 2 (Month 2)', 'More', 'month'],
		]);
		expect(result.phases[0]!.body).toContain('## Node');
		expect(result.phases[1]!.body).not.toContain('Daily Structure');
		expect(result.roadmap['title']).toBe('Plan');
	});

	it('keeps an unnumbered heading between the units as a unit in its place, and what follows the last one in the overview', () => {
		const result = phasesOfText('# Plan\n\n## Phase 1: Basics\n\nA.\n\n## Phase 2: Web\n\nB.\n\n## Phase Extra: Soft skills\n\nTalk.\n\n## Phase 3: Cloud\n\nC.\n\n## Resources\n\n- link\n');
		expect(result.phases.map((p) => [p.data['label'] ?? null, p.data['title'], p.data['order']])).toEqual([
			['Phase 1', 'Basics', 1],
			['Phase 2', 'Web', 2],
			[null, 'Phase Extra: Soft skills', 3],
			['Phase 3', 'Cloud', 4],
		]);
		expect(result.phases[2]!.body).toContain('Talk.');
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).toContain('## Resources');
	});

	it('takes headings right after the last unit that go on counting from it under another word for units', () => {
		const chapters = [1, 2, 3].map((n) => `## فصل ${n}: موضوع ${n}\n\nمتن.\n`).join('\n');
		const result = phasesOfText(`# دوره\n\n${chapters}\n## جلسه 4 و 5: ماشین حساب\n\nپروژه.\n\n## منابع\n\n- link\n`);
		expect(result.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['فصل 1', 'موضوع 1'],
			['فصل 2', 'موضوع 2'],
			['فصل 3', 'موضوع 3'],
			['جلسه 4-5', 'ماشین حساب'],
		]);
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).toContain('## منابع');
		// Numbers that do not go on from the last unit's are no part of its count.
		expect(phasesOfText('# Plan\n\n## Week 1: A\n\na\n\n## Week 2: B\n\nb\n\n## Top 10 tips\n\nc\n').phases).toHaveLength(2);
	});

	it('makes a heading under which the units are numbered again a group of the units it holds', () => {
		const result = phasesOfText('# Bootcamp\n\n## Module 1: HTML\n\na\n\n## Module 2: JS\n\nb\n\n# Continued Learning\n\n## Principles\n\np\n\n## Module 1: Git\n\nc\n\n## Module 2: Types\n\nd\n');
		expect(result.roadmap['title']).toBe('Bootcamp');
		expect(result.roadmap['groups']).toEqual([{ id: 'continued-learning', title: 'Continued Learning' }]);
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['group']])).toEqual([
			['Module 1', 'HTML', undefined],
			['Module 2', 'JS', undefined],
			['Module 1', 'Git', 'continued-learning'],
			['Module 2', 'Types', 'continued-learning'],
		]);
		// Numbering that goes on under the heading ("Module 3") needs no group.
		expect(phasesOfText('# Bootcamp\n\n## Module 1: HTML\n\na\n\n## Module 2: JS\n\nb\n\n# More\n\n## Module 3: Git\n\nc\n').roadmap['groups']).toBeUndefined();
	});

	it('reads two numbers joined by "and" in any language as the range they span, and two apart as no label', () => {
		expect(parseUnitLabel('Weeks 3 and 4: Express')).toMatchObject({ number: 3, numberTo: 4, text: 'Weeks 3-4', rest: 'Express' });
		expect(parseUnitLabel('Woche 3 und 4: Express')).toMatchObject({ number: 3, numberTo: 4, rest: 'Express' });
		expect(parseUnitLabel('Semanas 1 y 2 – Bases')).toMatchObject({ number: 1, numberTo: 2, rest: 'Bases' });
		expect(parseUnitLabel('Уроки 5 и 6. Циклы')).toMatchObject({ number: 5, numberTo: 6, rest: 'Циклы' });
		expect(parseUnitLabel('Weeks 3 and 5: Express')).toBeNull();
	});

	it('takes no heading after the last unit of its section for a unit, even when units follow in another section', () => {
		const result = phasesOfText('# Primer\n\n## How to approach\n\n### Step 1: Use cases\n\na\n\n### Step 2: Design\n\nb\n\n### Further reading\n\n- link\n\n## Questions\n\n### Design a web crawler\n\nc\n\n## Start here\n\n### Step 1: Watch the lecture\n\nd\n\n### Step 2: Read the article\n\ne\n');
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Use cases', 'Design', 'Watch the lecture', 'Read the article']);
		const overview = result.files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect(overview).toContain('### Further reading');
		expect(overview).toContain('### Design a web crawler');
	});

	it('leads links to a group\'s heading to the group in the overview\'s phase list', () => {
		const text = '# Plan\n\n- [Part 1: Basics](#part-1-basics)\n\n## Part 1: Basics\n\n### Week 1: Shell\n\nx\n\n### Week 2: Git\n\ny\n\n## Part 2: More\n\n### Week 3: Docker\n\n[back](#part-1-basics)\n\n### Week 4: Cloud\n\nw\n';
		const result = importMarkdown(text, { fileName: 'plan.md', order: 0, id: 'plan', track: 'backend' });
		expect(result.roadmap['groups']).toEqual([
			{ id: 'basics', title: 'Part 1: Basics' },
			{ id: 'more', title: 'Part 2: More' },
		]);
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).toContain('- [Part 1: Basics](#basics)');
		expect(result.phases[2]!.body).toContain('[back](/roadmaps/plan/#basics)');
	});

	it('makes plain headings that hold all the units groups, when numbering starts again under each', () => {
		const text = '# Full-stack plan\n\n### Frontend\n\n#### Week 1-2: HTML\n\nx\n\n#### Week 3-4: CSS\n\ny\n\n### Backend\n\n#### Week 1-2: Node\n\nz\n\n#### Week 3-4: SQL\n\nw\n';
		const result = importMarkdown(text, { fileName: 'plan.md', order: 0, id: 'plan', track: 'backend' });
		expect(result.roadmap['groups']).toEqual([
			{ id: 'frontend', title: 'Frontend' },
			{ id: 'backend', title: 'Backend' },
		]);
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['group']])).toEqual([
			['Week 1-2', 'HTML', 'frontend'],
			['Week 3-4', 'CSS', 'frontend'],
			['Week 1-2', 'Node', 'backend'],
			['Week 3-4', 'SQL', 'backend'],
		]);
	});

	it('makes the headings between groups and their units that hold units sub-groups of their group, their intros kept', () => {
		const text = '# Full-stack\n\n## Phase 1: Frontend\n\nThe browser.\n\n### HTML and CSS\n\nMarkup first.\n\n#### Week 1: HTML\n\n- forms\n\n#### Week 2: CSS\n\n- grid\n\n### JavaScript\n\n#### Week 3: DOM\n\n- events\n\n## Phase 2: Backend\n\n#### Week 4: Node\n\n- npm\n';
		const result = importMarkdown(text, { fileName: 'plan.md', order: 0, id: 'plan', track: 'backend' });
		expect(result.roadmap['groups']).toEqual([
			{ id: 'frontend', title: 'Phase 1: Frontend' },
			{ id: 'backend', title: 'Phase 2: Backend' },
			{ id: 'html-css', title: 'HTML and CSS', parent: 'frontend' },
			{ id: 'javascript', title: 'JavaScript', parent: 'frontend' },
		]);
		expect(result.phases.map((p) => p.data['group'])).toEqual(['html-css', 'html-css', 'javascript', 'backend']);
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).toMatch(/The browser\.\n\n### HTML and CSS\n\nMarkup first\.\n$/);
	});

	it('makes the headings over some of the groups, not all, the groups they sit in', () => {
		const text = '# Course\n\n## Curriculum\n\n### Frontend\n\n#### HTML\n\n##### Day 1: Tags\n\n- a\n\n##### Day 2: Forms\n\n- b\n\n#### CSS\n\n##### Day 1: Selectors\n\n- c\n\n### Backend\n\n#### Node.js\n\n##### Day 1: Modules\n\n- d\n';
		const result = importMarkdown(text, { fileName: 'plan.md', order: 0, id: 'plan', track: 'backend' });
		expect(result.roadmap['groups']).toEqual([
			{ id: 'frontend', title: 'Frontend' },
			{ id: 'backend', title: 'Backend' },
			{ id: 'html', title: 'HTML', parent: 'frontend' },
			{ id: 'css', title: 'CSS', parent: 'frontend' },
			{ id: 'nodejs', title: 'Node.js', parent: 'backend' },
		]);
		expect(result.phases.map((p) => p.data['group'])).toEqual(['html', 'html', 'css', 'nodejs']);
	});

	it('uses months, not the untitled week ranges inside them', () => {
		expect(titlesOf('### Month 1: **Foundations**\n- x\n#### Week 1-2:\n- y\n#### Week 3-4:\n- z\n### Month 2: **Frameworks**\n#### Week 5-6:\n- w\n')).toEqual(['Month 1|Foundations', 'Month 2|Frameworks']);
	});

	it('uses the deepest repeated level and turns the numbered headings above it into groups', () => {
		const result = phasesOfText('### Phase 1: Fundamentals (Weeks 1-2)\n**Goal**: Learn\n#### Week 1: Rails\n- a\n#### Week 2: APIs\n- b\n### Phase 2: Data (Weeks 3-4)\n#### Week 3: SQL\n#### Week 4: Redis\n');
		expect(result.phases.map((p) => `${p.data['label']}|${p.data['title']}|${p.data['group']}`)).toEqual(['Week 1|Rails|fundamentals', 'Week 2|APIs|fundamentals', 'Week 3|SQL|data', 'Week 4|Redis|data']);
		expect(result.roadmap['groups']).toEqual([
			{ id: 'fundamentals', title: 'Phase 1: Fundamentals', summary: 'Learn', duration: { min: 2, max: 2, unit: 'week' } },
			{ id: 'data', title: 'Phase 2: Data', duration: { min: 2, max: 2, unit: 'week' } },
		]);
	});

	it('reads a group\'s calendar label in any language as its place and length, and keeps any other label in its title', () => {
		const groupsOf = (text: string) => (phasesOfText(text).roadmap['groups'] as Array<{ title: string; label?: string; duration?: unknown }>).map((g) => [g.label, g.title, g.duration]);
		const week = { min: 1, max: 1, unit: 'week' };
		expect(groupsOf('## Semana 1: HTML\n### Día 1: A\n- a\n### Día 2: B\n- b\n## Semana 2: CSS\n### Día 3: C\n- c\n### Día 4: D\n- d\n')).toEqual([['Semana 1', 'HTML', week], ['Semana 2', 'CSS', week]]);
		expect(groupsOf('## 第1周：HTML基础\n### 第1天：A\n- a\n### 第2天：B\n- b\n## 第2周：CSS\n### 第3天：C\n- c\n### 第4天：D\n- d\n')).toEqual([['第1周', 'HTML基础', week], ['第2周', 'CSS', week]]);
		// The words left take the heading's capital, as a lesson's do.
		expect(groupsOf('## Week 1 - basics\n### Day 1: A\n- a\n### Day 2: B\n- b\n## Week 2 - more\n### Day 3: C\n- c\n')[0]).toEqual(['Week 1', 'Basics', week]);
		expect(groupsOf('## Day01~20 - 基础\n### Day01 - A\n- a\n### Day02 - B\n- b\n## Day21~Day30 - 应用\n### Day21 - C\n- c\n')).toEqual([
			['Day 1-20', '基础', { min: 20, max: 20, unit: 'day' }],
			['Day 21-30', '应用', { min: 10, max: 10, unit: 'day' }],
		]);
		// "(Month 1)" is part of the label: no length cut out of the title, which keeps its words.
		expect(groupsOf('## PHASE 1 (Month 1): Basics\n### Week 1: A\n- a\n### Week 2: B\n- b\n## PHASE 2 (Month 2): More\n### Week 3: C\n- c\n')[0]).toEqual([undefined, 'PHASE 1 (Month 1): Basics', { min: 1, max: 1, unit: 'month' }]);
	});

	it('reads a table of contents\' chapter labelled with a known unit word as a group labelled so', () => {
		const result = importPlan(
			{
				index: { path: 'SUMMARY.md', text: '# Summary\n\n- 1주차(1-6장)\n  - [자바스크립트란](a.md)\n  - [변수](b.md)\n- 2주차(7-9장)\n  - [연산자](c.md)\n  - [제어문](d.md)\n' },
				files: ['a', 'b', 'c', 'd'].map((name) => ({ path: `${name}.md`, text: `# ${name}\n\nText.\n` })),
			},
			{ fileName: 'book.md', order: 0, id: 'book', track: 'backend' },
		);
		// An aside alone ("(1-6장)") names no group: the label stays in the title.
		expect((result.roadmap['groups'] as Array<{ title: string; duration?: unknown }>).map((g) => [g.title, g.duration])).toEqual([
			['1주차(1-6장)', { min: 1, max: 1, unit: 'week' }],
			['2주차(7-9장)', { min: 1, max: 1, unit: 'week' }],
		]);
	});

	it('reads unit words in any language and script when they repeat with rising numbers', () => {
		expect(titlesOf('# Plan\n\n## Día 1: Variables\n\ntexto\n\n## Día 2: Listas\n\ntexto\n')).toEqual(['Día 1|Variables', 'Día 2|Listas']);
		expect(titlesOf('## Урок 1. Основы\n\nтекст\n\n## Урок 2. Циклы\n\nтекст\n')).toEqual(['Урок 1|Основы', 'Урок 2|Циклы']);
		expect(titlesOf('## 第1天 变量\n\n文字\n\n## 第2天 列表\n\n文字\n')).toEqual(['第1天|变量', '第2天|列表']);
		// A word nobody listed still makes units when three headings count up with it…
		const unknown = phasesOfText('## Etapp 1: Alus\n\nx\n\n## Etapp 2: Edasi\n\ny\n\n## Etapp 3: Lõpp\n\nz\n');
		expect(unknown.phases.map((p) => [p.data['label'], p.data['kind']])).toEqual([['Etapp 1', 'step'], ['Etapp 2', 'step'], ['Etapp 3', 'step']]);
		expect(phasesOfText('## Día 3: Bucles\n\nx\n\n## Día 4: Funciones\n\ny\n').phases.map((p) => [p.data['kind'], p.data['duration']])).toEqual([
			['day', { min: 1, max: 1, unit: 'day' }],
			['day', { min: 1, max: 1, unit: 'day' }],
		]);
	});

	it('does not take headings that merely contain a number for units', () => {
		expect(() => phasesOfText('# Notes\n\n## Python 3 setup\n\nx\n\n## Python 3 tips\n\ny\n')).toThrow(ImportError);
	});

	it('puts what is not a phase into the overview, and leaves out headings phases replaced', () => {
		const result = phasesOfText('# Plan\n\nIntro line.\n\n## Breakdown\n\n### Month 1: A\n\n- a\n\n### Month 2: B\n\n- b\n\n---\n\n## 📌 Final Notes\n\n- keep going\n');
		const index = result.files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect(index).toContain('Intro line.');
		expect(index).toContain('## 📌 Final Notes');
		expect(index).not.toContain('Breakdown');
		expect(index).not.toContain('# Plan');
		expect(result.phases.map((p) => p.body)).toEqual(['- a', '- b']);
	});

	it('adds a later list that numbers the units again without titles to the units, by number', () => {
		const result = phasesOfText(
			'# Plan\n\n## Schedule\n\n### Day 1: Git\n\n- basics\n\n### Day 2: Shell\n\n- pipes\n\n## Daily checklist\n\n### Day 2\n\n- [ ] a script\n\n### Day 1\n\n- [ ] a repository\n\n## Tips\n\nRest.\n',
		);
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.body])).toEqual([
			['Day 1', 'Git', '- basics\n\n## Daily checklist\n\n- [ ] a repository'],
			['Day 2', 'Shell', '- pipes\n\n## Daily checklist\n\n- [ ] a script'],
		]);
		const index = result.files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect(index).toContain('## Tips');
		expect(index).not.toContain('checklist');
		// In any language: the same structure with Chinese day headings.
		expect(titlesOf('## 安排\n\n### 第1天：Git\n\nx\n\n### 第2天：Shell\n\ny\n\n## 清单\n\n### 第1天\n\n- [ ] a\n\n### 第2天\n\n- [ ] b\n')).toEqual(['第1天|Git', '第2天|Shell']);
	});

	it('keeps untitled units numbered again in each part labelled like the others', () => {
		// Month 1's weeks are titled, the later months' are not: each month's weeks are its own, not Month 1's again.
		const text = '# Plan\n\n# Month 1\n\n## Week 1 Algebra\n\na\n\n## Week 2 Calculus\n\nb\n\n# Month 2\n\n## Week 1\n\nc\n\n## Week 2\n\nd\n\n# Month 3\n\n## Week 1\n\ne\n';
		const result = phasesOfText(text);
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['group'], p.body])).toEqual([
			['Week 1', 'Algebra', 'month-1', 'a'],
			['Week 2', 'Calculus', 'month-1', 'b'],
			['Week 1', 'Week 1', 'month-2', 'c'],
			['Week 2', 'Week 2', 'month-2', 'd'],
			['Week 1', 'Week 1', 'month-3', 'e'],
		]);
	});

	it('keeps units numbered again in each part when every list has titles', () => {
		expect(titlesOf('## Part A\n\n### Week 1: HTML\n\nx\n\n### Week 2: CSS\n\ny\n\n## Part B\n\n### Week 1: SQL\n\nz\n\n### Week 2: Redis\n\nw\n')).toEqual([
			'Week 1|HTML',
			'Week 2|CSS',
			'Week 1|SQL',
			'Week 2|Redis',
		]);
	});

	it('says so when it finds no phases', () => {
		expect(() => phasesOfText('# Notes\n\nJust text.\n')).toThrow(ImportError);
	});
});

describe('unit headings over the folders of their lessons', () => {
	it('puts the text of a folder holding one file, labelled like a unit heading, on that unit\'s page', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Cours\n\n### Chapitre 1 : Git\n\n- Commits\n\n### Chapitre 2 : HTML\n\n- Balises\n\n### Chapitre 3 : CSS\n\n- Sélecteurs\n' },
				files: [
					{ path: 'CHAPITRE-01/readme.md', text: '## Chapitre 1 : Git et GitHub\n\n### Branches\n\nUne branche [schéma](img/branche.png).\n' },
					{ path: 'CHAPITRE-02/readme.md', text: '# HTML\n\nLe document.\n' },
				],
			},
			{ fileName: 'cours.md', order: 0, id: 'cours', track: 'backend' },
		);
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['group'] ?? null])).toEqual([
			['Chapitre 1', 'Git', null],
			['Chapitre 2', 'HTML', null],
			['Chapitre 3', 'CSS', null],
		]);
		const [git, html] = result.phases;
		// The file's opening heading repeats the unit's label: it goes; one that does not stays.
		expect(git!.body).not.toContain('Git et GitHub');
		expect(git!.body).toMatch(/^#+ Branches$/m);
		expect(git!.body).toContain('/CHAPITRE-01/img/branche.png');
		expect(html!.body).toContain('Le document.');
		expect(result.filesUsed).toContain('CHAPITRE-01/readme.md');
	});

	it('makes a unit heading spanning numbered folders ("### Week 1-2: Basics" over "week1/" and "week2/") a group of each folder\'s week and lessons', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Course\n\n### Week 1-2: Basics\n\n- Variables\n\n### Week 3: Async\n\n- Promises\n' },
				files: [
					{ path: 'week1/README.md', text: '# Week 1: Scope\n\nPlan.\n' },
					{ path: 'week1/lesson1-hoisting.md', text: '# Lesson 1: Hoisting\n\nText.\n' },
					{ path: 'week2/README.md', text: '# Week 2: Types\n\nPlan.\n' },
					{ path: 'week2/lesson2-types.md', text: '# Lesson 2: Types\n\nText.\n' },
				],
			},
			{ fileName: 'course.md', order: 0, id: 'course', track: 'backend' },
		);
		expect(result.phases.map((p) => [p.data['label'] ?? null, p.data['title'], p.data['group'] ?? null])).toEqual([
			['Week 1', 'Scope', 'basics'],
			[null, 'Lesson 1: Hoisting', 'basics'],
			['Week 2', 'Types', 'basics'],
			[null, 'Lesson 2: Types', 'basics'],
			['Week 3', 'Async', null],
		]);
		// The span's length is its weeks', and its outline opens the first.
		expect(result.phases.slice(0, 4).map((p) => p.data['duration'])).toEqual([{ min: 1, max: 1, unit: 'week' }, null, { min: 1, max: 1, unit: 'week' }, null]);
		expect(result.phases[0]!.body).toMatch(/Variables[^]*Plan\./);
		expect(result.roadmap['groups']).toEqual([{ id: 'basics', title: 'Basics', label: 'Week 1-2', duration: { min: 2, max: 2, unit: 'week' } }]);
	});
	it('makes each unit heading with a folder labelled like it ("### Semana 1: Scratch" over "Semana-01-Scratch/") a group of its page and that folder\'s lessons', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Curso\n\n### Semana 1: Scratch\n\n- Bloques\n\n### Semana 2: C\n\n- Punteros\n\n### Semana 3: Python\n\n- Listas\n\n## Recursos\n\nMás.\n' },
				files: [
					{ path: 'Semana-01-Scratch/README.md', text: '# Semana 01: Scratch\n\nPlan.\n' },
					{ path: 'Semana-01-Scratch/Ejercicios/Ejercicio-01-Saludo.md', text: '# Ejercicio 01: Saludo\n\nHola.\n' },
					{ path: 'Semana-02-C/README.md', text: '# Semana 02: C\n\nPlan.\n' },
					{ path: 'Semana-02-C/Teoria/01-Punteros.md', text: '# Punteros\n\nMemoria.\n' },
					{ path: 'Recursos/libros.md', text: '# Libros\n\nLeer.\n' },
				],
			},
			{ fileName: 'curso.md', order: 0, id: 'curso', track: 'backend' },
		);
		// The folder's README, titled as the unit ("# Semana 01: Scratch"), is the unit's text, not a page of the same title.
		expect(result.phases.map((p) => [p.data['label'] ?? null, p.data['title'], p.data['group'] ?? null])).toEqual([
			['Semana 1', 'Scratch', 'scratch'],
			[null, 'Ejercicio 01: Saludo', 'scratch'],
			['Semana 2', 'C', 'c'],
			[null, 'Punteros', 'c'],
			// A unit without a folder stays a phase of its own.
			['Semana 3', 'Python', null],
		]);
		expect(result.roadmap['groups']).toEqual([
			{ id: 'scratch', title: 'Scratch', label: 'Semana 1', duration: { min: 1, max: 1, unit: 'week' } },
			{ id: 'c', title: 'C', label: 'Semana 2', duration: { min: 1, max: 1, unit: 'week' } },
		]);
		expect(result.phases[1]!.data['duration']).toBeNull();
		expect(result.phases[0]!.body).toMatch(/Bloques[^]*Plan\./);
		expect(result.phases[0]!.body).not.toContain('Semana 01');
		expect(result.filesUsed).not.toContain('Recursos/libros.md');
	});

	it('opens a unit heading\'s folder with the file named like it beside it ("week01.md" beside "week01/")', () => {
		const files = [
			{ path: 'week01.md', text: '## Week 1 — Linux and Git\n\n### Weekly goals\n\n- Navigate the shell.\n' },
			{ path: 'week01/day01.md', text: '# Day 1: Git\n\nCommits.\n' },
			{ path: 'week01/day02.md', text: '# Day 2: Lists\n\nSlices.\n' },
			{ path: 'week02/day01.md', text: '# Day 1: Models\n\nFields.\n' },
			{ path: 'week02/day02.md', text: '# Day 2: Views\n\nURLs.\n' },
		];
		const result = importPlan({ index: { path: 'README.md', text: '# Training\n\n### Week 1: Foundations\n\n- Git\n\n### Week 2: Django\n\n- Models\n' }, files }, { fileName: 'training.md', order: 0, id: 'training', track: 'backend' });
		expect(result.phases.map((p) => [p.data['title'], p.data['group'] ?? null])).toEqual([
			['Foundations', 'foundations'],
			['Linux and Git', 'foundations'],
			['Git', 'foundations'],
			['Lists', 'foundations'],
			['Django', 'django'],
			['Models', 'django'],
			['Views', 'django'],
		]);
		expect(result.phases[1]!.body).toContain('Navigate the shell.');
	});

	it('imports a folder once when two unit headings are labelled like it, with the series of headings labelling the most folders', () => {
		const weeks = '## Weekly Themes\n\n### Week 1: Foundations\n\n- Git\n\n### Week 2: Django\n\n- Models\n\n';
		const lookBack = '## Python Focus\n\n### Week 1 - Python Deep Dive\n\n- **Day 2**: Lists\n\n';
		const files = [
			{ path: 'week01/day01.md', text: '# Day 1: Git\n\nCommits.\n' },
			{ path: 'week01/day02.md', text: '# Day 2: Lists\n\nSlices.\n' },
			{ path: 'week02/day01.md', text: '# Day 1: Models\n\nFields.\n' },
			{ path: 'week02/day02.md', text: '# Day 2: Views\n\nURLs.\n' },
		];
		const phasesOf = (text: string) =>
			importPlan({ index: { path: 'README.md', text: `# Training\n\n${text}` }, files }, { fileName: 'training.md', order: 0, id: 'training', track: 'backend' }).phases.map((p) => [p.data['title'], p.data['group'] ?? null]);
		const weekPhases = [
			['Foundations', 'foundations'],
			['Git', 'foundations'],
			['Lists', 'foundations'],
			['Django', 'django'],
			['Models', 'django'],
			['Views', 'django'],
		];
		// The look back on week 1 ("### Week 1 - Python Deep Dive") keeps its own text, without the week's days again,
		// whether it comes after the weeks or before them.
		expect(phasesOf(weeks + lookBack)).toEqual([...weekPhases, ['Python Deep Dive', 'python-focus']]);
		expect(phasesOf(lookBack + weeks)).toEqual([['Python Deep Dive', 'python-focus'], ...weekPhases]);
	});

	it('labels a lesson of a week\'s folder by the day its title names after the week\'s label ("## Week 1 · Day 2 — Lists")', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Training\n\n### Week 1: Foundations\n\n- Git\n\n### Week 2: Django\n\n- Models\n' },
				files: [
					{ path: 'week01/day01.md', text: '## Week 1 · Day 1 — Git\n\nCommits.\n' },
					{ path: 'week01/day02.md', text: '## Week 1 · Day 2 — Lists\n\nSlices.\n' },
					{ path: 'week01/weekend.md', text: '## Week 1 · Weekend Assignment — CLI\n\nShip it.\n' },
					{ path: 'week02/day01.md', text: '## Week 2 · Day 1 — Models\n\nFields.\n' },
					{ path: 'week02/day02.md', text: '## Week 2 · Day 2 — Views\n\nURLs.\n' },
				],
			},
			{ fileName: 'training.md', order: 0, id: 'training', track: 'backend' },
		);
		expect(result.phases.map((p) => [p.data['label'] ?? null, p.data['title']])).toEqual([
			['Week 1', 'Foundations'],
			['Day 1', 'Git'],
			['Day 2', 'Lists'],
			[null, 'Weekend Assignment — CLI'],
			['Week 2', 'Django'],
			['Day 1', 'Models'],
			['Day 2', 'Views'],
		]);
	});

	it('labels a folder numbered alone ("1-basics-flowcharts/") by its README\'s opening heading ("# Module 1: …"), whose sections then sit at the level of the unit\'s own', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Mermaid\n\n### Module 1: Flowcharts\n\n#### 1.1 Basics\n\n- [ ] Nodes\n\n### Module 2: Sequences\n\n#### 2.1 Basics\n\n- [ ] Actors\n' },
				files: [
					{ path: '1-basics-flowcharts/README.md', text: '# Module 1: Flowcharts\n\n## Chapter 1.1: Basics\n\nNodes are boxes.\n' },
					{ path: '1-basics-flowcharts/examples/shapes.md', text: '# Shapes\n\nRound.\n' },
					{ path: '2-sequence-diagrams/README.md', text: '# Module 2: Sequences\n\n## Chapter 2.1: Basics\n\nActors talk.\n' },
					{ path: '2-sequence-diagrams/examples/messages.md', text: '# Messages\n\nArrows.\n' },
				],
			},
			{ fileName: 'mermaid.md', order: 0, id: 'mermaid', track: 'backend' },
		);
		expect(result.phases.map((p) => [p.data['title'], p.data['group'] ?? null])).toEqual([
			['Flowcharts', 'flowcharts'],
			['Shapes', 'flowcharts'],
			['Sequences', 'sequences'],
			['Messages', 'sequences'],
		]);
		expect(result.phases[0]!.body).toMatch(/^## 1\.1 Basics\n\n- \[ \] Nodes\n\n## Chapter 1\.1: Basics\n\nNodes are boxes\./);
	});

	it('finds the folder of a unit heading inside the folder of its group ("### Month 1" over "#### Week 1", "Month-01/Week-01/"), whose day folders ("Day-01/") are its units', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Bootcamp\n\n### Month 1: Basics\n\n#### Week 1: Python\n\n- Loops\n\n#### Week 2: SQL\n\n- Joins\n\n### Month 2: Cloud\n\n#### Week 3: AWS\n\n- S3\n\n#### Week 4: Spark\n\n- RDDs\n' },
				files: [
					{ path: 'Month-01/Week-01/Day-01/Loops.md', text: '# Loops\n\nfor.\n' },
					{ path: 'Month-01/Week-01/Day-01/drill.md', text: '# Drill\n\nwhile.\n' },
					{ path: 'Month-01/Week-01/Day-02/Dictionaries.md', text: '# Dictionaries\n\nkeys.\n' },
					{ path: 'Month-01/Week-02/Day-06/Joins.md', text: '# Joins\n\nON.\n' },
					{ path: 'Month-01/Week-02/Day-07/Groups.md', text: '# Groups\n\nGROUP BY.\n' },
				],
			},
			{ fileName: 'bootcamp.md', order: 0, id: 'bootcamp', track: 'backend' },
		);
		expect(result.phases.map((p) => [p.data['label'] ?? null, p.data['title'], p.data['group'] ?? null])).toEqual([
			['Week 1', 'Python', 'python'],
			['Day 1', 'Drill', 'python'],
			['Day 2', 'Dictionaries', 'python'],
			['Week 2', 'SQL', 'sql'],
			['Day 6', 'Joins', 'sql'],
			['Day 7', 'Groups', 'sql'],
			['Week 3', 'AWS', 'cloud'],
			['Week 4', 'Spark', 'cloud'],
		]);
		expect(result.roadmap['groups']).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'python', parent: 'basics' })]));
		// The day folder's files make one page, the day's.
		expect(result.phases[1]!.body).toContain('while.');
		expect(result.phases[1]!.body).toContain('for.');
	});

	it("titles a day folder without a README by the heading of its week's outline labelled like it", () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Bootcamp\n\n### Month 1: Basics\n\n#### Week 1: Python\n\n- Loops\n\n#### Week 2: SQL\n\n- Joins\n' },
				files: [
					{ path: 'Month-01/Week-01/Week-01.md', text: '# Week 1\n\n### Day 1: Monday - Lists & Loops\n\nLoop.\n\n### Day 2\n\nKeys.\n' },
					{ path: 'Month-01/Week-01/Day-01/grades.md', text: '# Grade Processing System\n\nfor.\n' },
					{ path: 'Month-01/Week-01/Day-01/loops.md', text: '# Loops\n\nwhile.\n' },
					{ path: 'Month-01/Week-01/Day-02/Dictionaries.md', text: '# Dictionaries\n\nkeys.\n' },
					{ path: 'Month-01/Week-02/Day-06/Joins.md', text: '# Joins\n\nON.\n' },
					{ path: 'Month-01/Week-02/Day-07/Groups.md', text: '# Groups\n\nGROUP BY.\n' },
				],
			},
			{ fileName: 'bootcamp.md', order: 0, id: 'bootcamp', track: 'backend' },
		);
		const days = result.phases.filter((p) => String(p.data['label']).startsWith('Day'));
		// A heading that is the label alone names nothing: the day's first file still titles it.
		expect(days.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Day 1', 'Monday - Lists & Loops'],
			['Day 2', 'Dictionaries'],
			['Day 6', 'Joins'],
			['Day 7', 'Groups'],
		]);
		// The first file's own title stays, as the page's lead.
		expect(days[0]!.body).toMatch(/^\*Grade Processing System\*/);
	});

	it('opens a unit folder\'s lessons with the page named like the folder ("woche-1/woche1.md"); its subfolders of lessons, two or more, are groups inside its group', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Kurs\n\n## Woche 1 – Grundlagen\n\n- print\n\n## Woche 2 – Schleifen\n\n- for\n' },
				files: [1, 2].flatMap((n) => [
					...['abenteuer', 'pferde'].flatMap((world) => [
						{ path: `woche-${n}/${world}/woche${n}_${world}_1_lektion.md`, text: `# Lektion ${n} ${world}\n\nText.\n` },
						{ path: `woche-${n}/${world}/woche${n}_${world}_2_debug.md`, text: `# Debug ${n} ${world}\n\nText.\n` },
					]),
					{ path: `woche-${n}/woche${n}.md`, text: `# Überblick ${n}\n\nText.\n` },
				]),
			},
			{ fileName: 'kurs.md', order: 0, id: 'kurs', track: 'backend' },
		);
		expect(result.phases.slice(0, 6).map((p) => [p.data['title'], p.data['group']])).toEqual([
			['Grundlagen', 'grundlagen'],
			['Überblick 1', 'grundlagen'],
			['Lektion 1 abenteuer', 'abenteuer'],
			['Debug 1 abenteuer', 'abenteuer'],
			['Lektion 1 pferde', 'pferde'],
			['Debug 1 pferde', 'pferde'],
		]);
		const groups = result.roadmap['groups'] as Array<{ id: string; title: string; parent?: string }>;
		expect(groups.slice(0, 3).map((g) => [g.title, g.parent ?? null])).toEqual([['Grundlagen', null], ['Abenteuer', 'grundlagen'], ['Pferde', 'grundlagen']]);
	});

	it('makes headings spanning numbered folders of another unit ("### Fase 1 (Semanas 1-2)" beside "week-01_git/") groups of those folders, each a phase with the lessons its README links', () => {
		const week = (n: number, title: string) => [
			{ path: `week-0${n}_${title}/README.md`, text: `# Week 0${n}: ${title}\n\n- [Teoría](1-teoria/01-intro.md)\n- [Práctica](2-practicas/ejercicio-01/)\n` },
			{ path: `week-0${n}_${title}/1-teoria/01-intro.md`, text: `# Intro ${title}\n\nTeoría ${n}.\n\n- **Duración**: 2 semanas\n` },
			{ path: `week-0${n}_${title}/2-practicas/ejercicio-01/README.md`, text: `# Ejercicio ${n}\n\nPráctica ${n}.\n` },
			{ path: `week-0${n}_${title}/4-recursos/extra.md`, text: '# Extra\n\nNo enlazado.\n' },
		];
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Bootcamp\n\n## Fases\n\n### Fase 1: Git (Semanas 1-2)\n\n- **Objetivo**: Git\n\n### Fase 2: Actions (Semanas 3-4)\n\n- **Objetivo**: CI\n\n## Uso\n\nSeguir la numeración.\n' },
				files: [...week(1, 'git'), ...week(2, 'ramas'), ...week(3, 'actions'), ...week(5, 'final')],
			},
			{ fileName: 'bootcamp.md', order: 0, id: 'bootcamp', track: 'backend' },
		);
		expect(result.phases.map((p) => [p.data['label'] ?? null, p.data['title'], p.data['group'] ?? null])).toEqual([
			['Week 1', 'Git', 'git'],
			['Week 2', 'Ramas', 'git'],
			['Week 3', 'Actions', 'actions'],
			// A folder in no heading's range stands alone, in its place.
			['Week 5', 'Final', null],
		]);
		expect(result.roadmap['groups']).toMatchObject([
			{ id: 'git', title: 'Fase 1: Git', summary: 'Git' },
			{ id: 'actions', title: 'Fase 2: Actions', summary: 'CI' },
		]);
		expect(result.phases[0]!.body).toContain('Teoría 1.');
		expect(result.phases[0]!.body).toContain('Práctica 1.');
		expect(result.phases[0]!.body).not.toContain('No enlazado.');
		// The folder's label gives the week its length, not a length its lessons state.
		expect(result.phases.map((p) => p.data['duration'])).toEqual(Array(4).fill({ min: 1, max: 1, unit: 'week' }));
	});
});

describe('unit headings that detail a few units', () => {
	it('are parts of those units: days under three of six weeks leave the weeks the units', () => {
		const week = (n: number, days: boolean) => `#### Week ${n}: Topic ${n}\n\nx\n${days ? `\n**Day 1-2: Setup ${n}**\n\ny\n\n**Day 3-7: Practice ${n}**\n\nz\n` : ''}`;
		const text = ['# Plan', '', '## Stage 1: Basics', '', week(1, true), week(2, true), '## Stage 2: More', '', week(3, false), week(4, false), week(5, false), week(6, false)].join('\n');
		const plan = phasesOfText(text);
		expect(plan.phases.map((p) => p.data['label'])).toEqual(['Week 1', 'Week 2', 'Week 3', 'Week 4', 'Week 5', 'Week 6']);
		expect(plan.phases[0]!.body).toContain('Practice 1');
	});
});

describe('unit headings at several levels', () => {
	it('are units in parts nested to different depths, and a part of the unit they sit in', () => {
		const text = [
			'# Course', '', '## HTML', '', '### Session 1: Tags', '', 'a', '', '### Session 2: Forms', '', 'b', '',
			'## JavaScript', '', '### Basics', '', '#### Session 1: Syntax', '', 'c', '', '#### Session 2: Loops', '', 'd', '',
			'### Advanced', '', '#### Session 3: DOM', '', 'e', '', '##### Session 4: Review', '', 'f', '',
		].join('\n');
		const plan = phasesOfText(text);
		expect(plan.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Session 1', 'Tags'], ['Session 2', 'Forms'], ['Session 1', 'Syntax'], ['Session 2', 'Loops'], ['Session 3', 'DOM'],
		]);
		expect(plan.phases.at(-1)!.body).toContain('Review');
	});
});

describe('unit headings counting on at another level', () => {
	it('are units under a heading over their range, which groups them and whose lone subheading is its summary', () => {
		const text = [
			'# Plan', '', '## Takvim', '', '### ✅ HAFTA 1 (1–7 Temmuz)', '', '- a', '', '### ✅ HAFTA 2 (8–14 Temmuz)', '', '- b', '',
			'## 🛠️ HAFTA 3–4 (15–28 Temmuz)', '', '### 🎯 Odak: projeler', '', '#### ✅ HAFTA 3:', '', '- c', '', '#### ✅ HAFTA 4:', '', '- d', '',
			'## Kaynaklar', '', '- e', '',
		].join('\n');
		const plan = phasesOfText(text);
		expect(plan.phases.map((p) => [p.data['label'], p.data['group'], p.body])).toEqual([
			['Hafta 1 (1–7 Temmuz)', undefined, '- a'], ['Hafta 2 (8–14 Temmuz)', undefined, '- b'], ['Hafta 3', 'hafta-3-4', '- c'], ['Hafta 4', 'hafta-3-4', '- d'],
		]);
		const overview = plan.files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect(overview).toMatch(/^ {4}summary: "Odak: projeler"$/m);
		expect(overview).toContain('Kaynaklar');
	});
});

describe('parts labelled like the groups without units', () => {
	it('are units in their place, outside the groups', () => {
		const text = [
			'# Plan', '', '## Phase 0: Setup', '', '- [ ] install', '', '## Phase 1: Basics (Weeks 1-2)', '', '### Week 1: Syntax', '', 'a', '', '### Week 2: Loops', '', 'b', '',
			'## Phase 2: More (Weeks 3-4)', '', '### Week 3: Classes', '', 'c', '', '### Week 4: Files', '', 'd', '', '## Phase 3: Practice (Weeks 5-6)', '', '- [ ] solve', '', '## Tips', '', 'rest well',
		].join('\n');
		const plan = phasesOfText(text);
		expect(plan.phases.map((p) => [p.data['label'], p.data['title'], p.data['group'] ?? null])).toEqual([
			['Phase 0', 'Setup', null], ['Week 1', 'Syntax', 'basics'], ['Week 2', 'Loops', 'basics'], ['Week 3', 'Classes', 'more'], ['Week 4', 'Files', 'more'], ['Phase 3 (Weeks 5-6)', 'Practice', null],
		]);
		expect(plan.phases[0]!.body).toContain('install');
		expect(plan.phases.at(-1)!.body).not.toContain('rest well');
	});

	it('but for those numbered like a group, which look back on it: they stay in the overview', () => {
		const text = [
			'# Plan', '', '## Timeline', '', '### Month 1: JavaScript', '', '#### Week 1: Basics', '', 'a', '', '#### Week 2: Functions', '', 'b', '',
			'### Month 2: React', '', '#### Week 1: Components', '', 'c', '', '#### Week 2: Hooks', '', 'd', '',
			'## Progress tracking', '', '### Month 1', '', '- [ ] Finish 3 projects', '', '### Month 2', '', '- [ ] Build a React app',
		].join('\n');
		const plan = phasesOfText(text);
		expect(plan.phases.map((p) => p.data['title'])).toEqual(['Basics', 'Functions', 'Components', 'Hooks']);
		expect(plan.files.find((f) => f.path.endsWith('index.mdx'))!.text).toContain('### Month 2\n\n- [ ] Build a React app');
	});
});

describe('unit headings one in each unit above', () => {
	it('are parts of those units: a checkpoint closing each stage leaves the stages the units', () => {
		const stage = (n: number, check: boolean) => `## Stage ${n}: Topic ${n} (2 weeks)\n\n### Material\n\n- read ${n}\n${check ? `\n### Checkpoint ${n}: Project\n\n- build ${n}\n` : ''}`;
		const plan = phasesOfText(['# Plan', '', stage(1, true), stage(2, true), stage(3, true), stage(4, false)].join('\n'));
		expect(plan.phases.map((p) => [p.data['label'], p.data['title'], p.data['duration']])).toEqual(
			[1, 2, 3, 4].map((n) => [`Stage ${n}`, `Topic ${n}`, { min: 2, max: 2, unit: 'week' }]),
		);
		expect(plan.phases[0]!.body).toContain('read 1');
		expect(plan.phases[0]!.body).toContain('build 1');
	});
});

describe('the end of the last unit', () => {
	it('ends the last unit at a rule when a rule ends every other unit: what follows is the document\'s closing', () => {
		const lecture = (n: number) => `**Lecture ${n}: Topic ${n}**\n\nWatch it.\n\n---\n\n`;
		const result = importMarkdown(`# Course\n\nLectures.\n\n${[1, 2, 3].map(lecture).join('')}Ongoing...\n\n**License**\n\nMIT\n`, { fileName: 'p.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => p.body)).toEqual(['Watch it.', 'Watch it.', 'Watch it.']);
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).toMatch(/Ongoing\.\.\.\n\n\*\*License\*\*\n\nMIT\n$/);
		// Where rules do not close the units, a rule inside the last one is its own.
		const inner = importMarkdown('# Course\n\n## Week 1: A\n\na\n\n## Week 2: B\n\nb\n\n## Week 3: C\n\nc\n\n---\n\nmore c\n', { fileName: 'p.md', order: 0, track: 'backend' });
		expect(inner.phases.at(-1)!.body).toBe('c\n\n---\n\nmore c');
	});
});

describe('labelled list items and bold lines', () => {
	it("reads an article series' labelled items in two of a roadmap's many sections of readings as readings there", () => {
		const reading = (topic: string) => `## ${topic}\n\n- [ ] [About ${topic}](https://example.org/${topic.toLowerCase()})\n- [ ] [More on ${topic}](https://example.org/more)\n`;
		const topics = ['Overview', 'Books', 'Videos', 'Courses', 'Games', 'Podcasts', 'Communities', 'Interviews'].map(reading);
		const series = '## Fun series\n\n- [ ] [Fun!](https://example.org/1)\n- [ ] [Part 2: Mario levels](https://example.org/2)\n- [ ] [Part 3: Faces](https://example.org/3)\n';
		const guide = '## Inky guide\n\n- [ ] [Part 1: What it is](https://example.org/a)\n- [ ] [Part 2: Learning types](https://example.org/b)\n';
		const result = phasesOfText(`# Learning path\n\n${[topics[0], series, guide, ...topics.slice(1)].join('\n')}`);
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Overview', 'Fun series', 'Inky guide', 'Books', 'Videos', 'Courses', 'Games', 'Podcasts', 'Communities', 'Interviews']);
		// Labelled items in one section among them, a schedule's, are the plan's units.
		const schedule = '## Schedule\n\n- Week 1: [Intro](https://example.org/w1)\n- Week 2: [Loops](https://example.org/w2)\n';
		const course = phasesOfText(`# Course\n\n${[schedule, ...topics].join('\n')}`);
		expect(course.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Week 1', 'Intro'],
			['Week 2', 'Loops'],
		]);
	});

	it('makes list items that start with a unit label phases, in any language', () => {
		const result = phasesOfText('# Plan\n\n- **Week 1**: HTML and CSS\n  - build a page\n- **Week 2**: JavaScript\n  - build a game\n');
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['kind'], p.data['duration']])).toEqual([
			['Week 1', 'HTML and CSS', 'week', { min: 1, max: 1, unit: 'week' }],
			['Week 2', 'JavaScript', 'week', { min: 1, max: 1, unit: 'week' }],
		]);
		expect(result.phases[0]!.body).toBe('- build a page');
		expect(titlesOf('- Semana 1: Bases\n- Semana 2: Listas\n')).toEqual(['Semana 1|Bases', 'Semana 2|Listas']);
	});

	it('reads a plan drawn as a tree in a code block as the list it draws', () => {
		const drawing = ['# Plan', '', '```', 'Month 1-2: Foundation', '├── Week 1-3: JavaScript', '│   └── Closures', '└── Week 4: HTML', '', 'Month 3: React', '└── Hooks', '```', ''].join('\n');
		const result = phasesOfText(drawing);
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['duration']])).toEqual([
			['Month 1-2', 'Foundation', { min: 2, max: 2, unit: 'month' }],
			['Month 3', 'React', { min: 1, max: 1, unit: 'month' }],
		]);
		expect(result.phases[0]!.body).toBe('- Week 1-3: JavaScript\n  - Closures\n- Week 4: HTML');
	});

	it('makes items listed under larger ones the units, in groups of the items they are listed under, as headings would', () => {
		const plan = '# Plan\n\n- Month 1: Basics\n  Start slow.\n  - Week 1: HTML\n    - tags\n  - Week 2: CSS\n- Month 2: Scripts\n  - Week 3: JavaScript\n';
		const result = phasesOfText(plan);
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['group'], p.body])).toEqual([
			['Week 1', 'HTML', 'basics', '- tags'],
			['Week 2', 'CSS', 'basics', ''],
			['Week 3', 'JavaScript', 'scripts', ''],
		]);
		// The overview keeps an item's own text, as it keeps a group heading's, without the units under it.
		const overview = result.files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect(overview).toMatch(/- id: basics\n {4}title: "Basics"\n {4}label: "Month 1"/);
		expect(overview.split('---\n').at(-1)!.trim()).toBe('- Month 1: Basics\n  Start slow.');
		// A month without weeks under it keeps the months the units.
		expect(titlesOf('# Plan\n\n- Month 1: Basics\n  - Week 1: HTML\n- Month 2: Scripts\n  - loops\n')).toEqual(['Month 1|Basics', 'Month 2|Scripts']);
	});

	it('reads a list indented under a numbered item by less than its text as the item\'s, as its author wrote it', () => {
		const plan = ['# Corso', '', '1) MODULO 1 — Basi', '  - Lezione 1: Variabili', '  - Lezione 2: Cicli', '2) MODULO 2 — Funzioni', '  - Lezione 3: Ricorsione', ''].join('\n');
		expect(phasesOfText(plan).phases.map((p) => [p.data['label'], p.data['title'], p.data['group']])).toEqual([
			['Lezione 1', 'Variabili', 'basi'],
			['Lezione 2', 'Cicli', 'basi'],
			['Lezione 3', 'Ricorsione', 'funzioni'],
		]);
		// Lessons without labels are the modules' text.
		const modules = phasesOfText('# Corso\n\n1) MODULO 1 — Basi\n  - Variabili\n2) MODULO 2 — Funzioni\n  - Ricorsione\n');
		expect(modules.phases.map((p) => [p.data['label'], p.body])).toEqual([
			['Modulo 1', '- Variabili'],
			['Modulo 2', '- Ricorsione'],
		]);
	});

	it('keeps a bold-led paragraph closing every part after its last bold unit line ("**Daily Practice**: …") beside the units, on the overview', () => {
		const part = (n: number, closing: string) => `## Phase ${n}: P${n}\n\n**Week ${2 * n - 1}: A${n}**\n- [ ] a\n\n**Week ${2 * n}: B${n}**\n- [ ] b\n\n${closing}\n\n`;
		const plan = (closing: (n: number) => string) => phasesOfText(`# Plan\n\n${part(1, closing(1))}${part(2, closing(2))}`);
		const { phases, files } = plan((n) => `**Daily Practice**: kata ${n}`);
		expect(phases.map((p) => p.body.trim())).toEqual(['- [ ] a', '- [ ] b', '- [ ] a', '- [ ] b']);
		const overview = files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect(overview).toContain('## Phase 1: P1\n\n### Daily Practice\n\nkata 1');
		expect(overview).toContain('## Phase 2: P2\n\n### Daily Practice\n\nkata 2');
		// Closing one part only, or led by words of its own in each, it is the last unit's text.
		expect(plan((n) => `**Deliverable ${n}**: site`).phases.map((p) => p.body.includes('Deliverable'))).toEqual([false, true, false, true]);
		// Bold-led paragraphs inside the units too are the units' parts: the last one's as well.
		const inside = phasesOfText(`# Plan\n\n## Phase 1: P1\n\n**Week 1: A**\n- [ ] a\n\n**Daily Practice**: x\n\n**Week 2: B**\n- [ ] b\n\n**Daily Practice**: y\n\n${part(2, '**Daily Practice**: z')}`);
		expect(inside.phases.map((p) => p.body.includes('Daily Practice'))).toEqual([true, true, false, true]);
		// A section of one bold unit line ("**Week 1-2**" under each "### Module 1") has no units to stand beside.
		const single = (n: number) => `### Module ${n}: M${n}\n\n**Week ${n}**\n\n- a\n\n**Goals:**\n\n- b\n\n`;
		expect(phasesOfText(`# Plan\n\n${single(1)}${single(2)}`).phases.map((p) => p.body.includes('**Goals:**'))).toEqual([true, true]);
	});

	it('reads bold lines with a unit label as headings', () => {
		const result = phasesOfText('# Plan\n\n## Schedule\n\n**Month 1: Foundations**\n\n- shell\n\n**Month 2: Services**\n\n- http\n\n## Notes\n\nKeep going.\n');
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.body])).toEqual([
			['Month 1', 'Foundations', '- shell'],
			['Month 2', 'Services', '- http'],
		]);
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).toContain('Keep going.');
	});

	it('reads plain lines with a unit label over their lists as headings, the plain lines over lists after them as sections', () => {
		const syllabus = '# Cours\n\nModule 1 — Les bases (4 séances)\n- Séance 1 : HTML\n- Séance 2 : CSS\n\nModule 2 — Frontend\n- Séance 3 : JS\n\nModule 3 — Backend\n- Séance 4 : Node\n\nÉvaluation\n- Un projet\n';
		const result = phasesOfText(syllabus);
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.body])).toEqual([
			['Module 1', 'Les bases (4 séances)', '- Séance 1 : HTML\n- Séance 2 : CSS'],
			['Module 2', 'Frontend', '- Séance 3 : JS'],
			['Module 3', 'Backend', '- Séance 4 : Node'],
		]);
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).toContain('## Évaluation\n\n- Un projet');
		// A sentence, numbers out of order, or unit headings already there: text.
		expect(phasesOfText('# Notes\n\nDay 1 was long.\n\nDay 2 was short.\n\nDay 3 was fun.\n\n## A\n\nx\n\n## B\n\ny\n\n## C\n\nz\n').phases.map((p) => p.data['title'])).toEqual(['A', 'B', 'C']);
		expect(phasesOfText('# Plan\n\n## Week 1: Setup\n\nStep 1: install\n\nStep 2: run\n\nStep 3: test\n\n## Week 2: Build\n\nx\n').phases.map((p) => p.data['title'])).toEqual(['Setup', 'Build']);
		// A log that enters a day twice running ("Day 2" again) still numbers its days in order; all one number does not.
		const log = phasesOfText('# 100 Days Of Code - Log\nDay 1: January 2, 2019\n\n**Progress:** videos.\n\nDay 2: January 3, 2019\n\n**Progress:** a challenge.\n\nDay 2: January 3, 2019\n\n**Progress:** a challenge.\n\nDay 3: January 4, 2019\n\n**Progress:** a script.\n');
		expect(log.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Day 1', 'January 2, 2019'],
			['Day 2', 'January 3, 2019'],
			['Day 2', 'January 3, 2019'],
			['Day 3', 'January 4, 2019'],
		]);
		expect(() => phasesOfText('# Notes\n\nStep 1: install\n\nx\n\nStep 1: install\n\ny\n\nStep 1: install\n\nz\n')).toThrow(/no phases found/);
		// A plain line that opens in bold keeps its words after the bold ones.
		const camp = phasesOfText('# Camp\n\n**Module 1 evenings**: Web design\n- Séance 1 : HTML\n\n**Module 2 evenings**: The DOM\n- Séance 2 : JS\n\n**Module 3 evenings**: Projects\n- Séance 3 : App\n');
		expect(camp.phases.map((p) => p.data['title'])).toEqual(['evenings: Web design', 'evenings: The DOM', 'evenings: Projects']);
	});

	it('takes a label from the link an item starts with, keeping what follows the link', () => {
		const result = phasesOfText('# Course\n\n- [Lecture 1: Intro](https://example.org/1) ([slides](https://example.org/1.pdf))\n- [Lecture 2: Loops](https://example.org/2)\n- [Lecture 3: Lists](https://example.org/3)\n');
		expect(result.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Lecture 1', 'Intro (slides)'],
			['Lecture 2', 'Loops'],
			['Lecture 3', 'Lists'],
		]);
		expect(result.phases[0]!.body).toContain('[Intro](https://example.org/1) ([slides](https://example.org/1.pdf))');
	});

	it('takes no course codes for unit labels: an unknown word counts units only from 0 or 1, in small steps', () => {
		const catalogue = '# Courses\n\n## Robotics\n\n- ROB 101: Linear Algebra\n- ROB 102: Programming\n- ROB 311: Robots\n\n## Graphics\n\n- CS 148: Rendering\n\n## Networks\n\n- CS 144: Internet\n';
		expect(phasesOfText(catalogue).phases.map((p) => p.data['title'])).toEqual(['Robotics', 'Graphics', 'Networks']);
	});
});

describe('numbered items', () => {
	it('splits numbered list items that state a duration, not other numbered lists', () => {
		const result = phasesOfText('## Paths\n\n1. **Common** - easy\n2. **Career** - hard\n\n### Steps:\n\n1. **Programming** =4 - 6 Months - **Done**\n2. **Internet** = 2 - 3 weeks\n\n   1. What is HTTP?\n\n### Achievements\n\n- junior role\n');
		expect(result.phases.map((p) => `${p.data['label']}|${p.data['title']}`)).toEqual(['Step 1|Programming', 'Step 2|Internet']);
		expect(result.phases[1]!.body).toBe('1. What is HTTP?');
	});

	it('splits numbered items whose duration is on an indented "Time Estimate:" line', () => {
		const result = phasesOfText('1. Fundamentals\n\n    Time Estimate: 1-3 months\n    Goal: Learn a language.\n\n2. Frameworks\n\n    Time Estimate: 2-3 months\n');
		expect(result.phases.map((p) => [p.data['title'], p.data['duration'], p.data['goal'] ?? null])).toEqual([
			['Fundamentals', { min: 1, max: 3, unit: 'month' }, 'Learn a language.'],
			['Frameworks', { min: 2, max: 3, unit: 'month' }, null],
		]);
		expect(result.phases[0]!.body).toBe('Time Estimate: 1-3 months');
	});
});

describe('tables of units', () => {
	it('numbers the rows by a column of labels ("Day 1", "Week 2"), not reading them as lengths', () => {
		const days = phasesOfText('# 30 Hari Belajar\n\n| Hari | Topik |\n|------|-------|\n| Day 1 | Greeting Me\n| Day 2 | Variables Vortex\n| Day 3 | String Sorcerer\n');
		expect(days.phases.map((p) => [p.data['label'], p.data['title'], p.data['kind'], p.data['duration']])).toEqual([
			['Day 1', 'Greeting Me', 'day', { min: 1, max: 1, unit: 'day' }],
			['Day 2', 'Variables Vortex', 'day', { min: 1, max: 1, unit: 'day' }],
			['Day 3', 'String Sorcerer', 'day', { min: 1, max: 1, unit: 'day' }],
		]);
		// A column of lengths is still one.
		const lengths = phasesOfText('# Plan\n\n| Course | Duration |\n| --- | --- |\n| HTML | 2 weeks |\n| CSS | 3 weeks |\n');
		expect(lengths.phases.map((p) => [p.data['label'] ?? null, p.data['duration']])).toEqual([
			[null, { min: 2, max: 2, unit: 'week' }],
			[null, { min: 3, max: 3, unit: 'week' }],
		]);
	});

	it('read a length stated in the title cell ("Task01：极限（3天）") as the phase\'s, and a header with a date in it as no column name', () => {
		const text = ['# 数学基础', '', '| 8月16日正式开始 | |', '| --- | --- |', '| Task01：函数极限（3天） | 截止时间 08月19日 |', '| Task02：数列极限（4天） | 截止时间 08月23日 |', ''].join('\n');
		const plan = phasesOfText(text);
		expect(plan.phases.map((p) => [p.data['title'], p.data['label'], p.data['kind'], p.data['duration'], p.body])).toEqual([
			['函数极限', 'Task 1（3天）', 'step', { min: 3, max: 3, unit: 'day' }, '截止时间 08月19日'],
			['数列极限', 'Task 2（4天）', 'step', { min: 4, max: 4, unit: 'day' }, '截止时间 08月23日'],
		]);
	});

	it('are rows whose titles open with labels, the same word with rising numbers, though they state no length', () => {
		const table = (rows: string[]) => ['# 数学基础', '', '| 11月份组队学习如下： | |', '| --- | --- |', ...rows.map((r) => `| ${r} | 截止时间 |`), ''].join('\n');
		const plan = phasesOfText(table(['Task24：试卷一及总结', 'Task25：试卷二及总结', 'Task26：试卷三及总结']));
		expect(plan.phases.map((p) => [p.id, p.data['label'], p.data['title']])).toEqual([
			['task-24', 'Task 24', '试卷一及总结'],
			['task-25', 'Task 25', '试卷二及总结'],
			['task-26', 'Task 26', '试卷三及总结'],
		]);
		expect(phasesOfText(['# Labs', '', '| Lab | Due |', '| --- | --- |', '| Lab 1 - Joins | Mon |', '| Lab 2 - Indexes | Wed |', ''].join('\n')).phases.map((p) => p.data['title'])).toEqual(['Joins', 'Indexes']);
		// Numbers that fall, or words that differ, are no sequence of units.
		expect(() => phasesOfText(table(['Task 2：B', 'Task 1：A']))).toThrow(/no phases found/);
		expect(() => phasesOfText(table(['Python 3：A', 'Lab 4：B']))).toThrow(/no phases found/);
	});

	it('are the plan when they hold more units than a table linking files by name alone (its specializations)', () => {
		const stage = (n: number, rows: string[]) => [`### ${n}ª Etapa`, '', '| Etapa | Aulas | Pré-requisitos |', '| --- | --- | --- |', ...rows.map((r) => `| ${n} | ${r} |`), ''].join('\n');
		const text = [
			'# Currículo',
			'',
			stage(1, ['[Circuitos](https://v.example/1) | -', '[Python I](https://v.example/3) | -']),
			stage(2, ['[Estruturas de Dados](https://v.example/4) | [Python I](https://v.example/3)']),
			'## Especializações',
			'',
			'Especialização | Áreas',
			':-- | :--',
			'[Computação Gráfica](specializations/computer_graphics.md) | games',
			'[DevOps](specializations/devops.md) | docker',
			'',
		].join('\n');
		const files = ['computer_graphics', 'devops'].map((name) => ({ path: `specializations/${name}.md`, text: `# ${name}\n\nCourses.\n` }));
		const result = importPlan({ index: { path: 'README.md', text }, files }, { fileName: 'p.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Circuitos', 'Python I', 'Estruturas de Dados']);
	});

	it('count on afresh in each part of a list: a study\'s weeks, then its exercises\' weeks, are two groups of the plan', () => {
		const text = [
			'# 자료구조 스터디',
			'',
			'* **교재**',
			'  * 알고리즘 입문',
			'* **학습 내용**',
			'  * [1주차 - 기본 자료구조](summary/week1_summary.md)',
			'  * [2주차 - 검색](summary/week2_summary.md)',
			'  * [3주차 - 스택과 큐](summary/week3_summary.md)',
			'* **문제풀이**',
			'  * [1주차](exercises/week1.md)',
			'  * [2주차](exercises/week2.md)',
			'',
		].join('\n');
		const files = [...[1, 2, 3].map((n) => ({ path: `summary/week${n}_summary.md`, text: `# Week ${n}\n\n요약.\n` })), ...[1, 2].map((n) => ({ path: `exercises/week${n}.md`, text: `## 문제풀이 ${n}\n\n코드.\n` }))];
		const result = importPlan({ index: { path: 'README.md', text }, files }, { fileName: 'p.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['1주차', '기본 자료구조'],
			['2주차', '검색'],
			['3주차', '스택과 큐'],
			['1주차', '문제풀이 1'],
			['2주차', '문제풀이 2'],
		]);
		expect(new Set(result.phases.map((p) => p.data['group'])).size).toBe(2);
	});

	it('are the plan when more than twice as many as the files a few of them link', () => {
		const fase = (n: number, title: string, link = '') => [`#### Fase ${n}: ${title} (1-2 meses)`, '', `- [ ] Estudar ${title}${link}`, ''].join('\n');
		const text = [
			'# Roadmap',
			'',
			'## Nível 1',
			'',
			fase(1, 'Fundamentos'),
			fase(2, 'Web', ' ([Módulo 02](./02-web/README.md))'),
			fase(3, 'Projeto'),
			'## Nível 2',
			'',
			fase(1, 'Arquitetura'),
			fase(2, 'Performance', ' ([Módulo 05](./05-perf/README.md))'),
			fase(3, 'Segurança'),
		].join('\n');
		const files = ['02-web', '05-perf'].map((dir) => ({ path: `${dir}/README.md`, text: `# ${dir}\n\nNotas.\n` }));
		const result = importPlan({ index: { path: 'README.md', text }, files }, { fileName: 'p.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['group']])).toEqual([
			['Fase 1', 'Fundamentos', 'nivel-1'],
			['Fase 2', 'Web', 'nivel-1'],
			['Fase 3', 'Projeto', 'nivel-1'],
			['Fase 1', 'Arquitetura', 'nivel-2'],
			['Fase 2', 'Performance', 'nivel-2'],
			['Fase 3', 'Segurança', 'nivel-2'],
		]);
	});

	it('take the text of the files numbered as they are when every title agrees with its file, nearest the plan', () => {
		const text = ['# Tutorial', '', '## Contents', '', '- **Chapter 1:** Basic Structure', '', '- **Chapter 2:** Being Clear', '', '- **Chapter 3:** Using Examples (Few Shots)', ''].join('\n');
		const names = ['00_How-To.md', '01_Basic_Structure.md', '02_Being_Clear_and_Direct.md', '03_Using_Examples.md', '10.1_Appendix.md'];
		const files = (folder: string) => names.map((name) => ({ path: `${folder}/${name}`, text: `# ${name}\n\nText of ${folder}/${name}.\n` }));
		const phases = (given: { path: string; text: string }[]) =>
			importPlan({ index: { path: 'README.md', text }, files: given }, { fileName: 'p.md', order: 0, track: 'backend' }).phases.map((p) => p.body.includes(`Text of `) ? /Text of (.+?\.md)\./.exec(p.body)![1] : null);
		expect(phases([...files('cloud/copy'), ...files('Lessons 1P')])).toEqual(['Lessons 1P/01_Basic_Structure.md', 'Lessons 1P/02_Being_Clear_and_Direct.md', 'Lessons 1P/03_Using_Examples.md']);
		// A title that says something else, or two folders as near, leave the chapters as the list has them.
		const loops = (f: { path: string; text: string }) => ({ ...f, path: f.path.replace('03_Using_Examples', '03_Loops') });
		expect(phases([...files('cloud/copy'), ...files('Lessons 1P')].map(loops))).toEqual([null, null, null]);
		expect(phases([...files('one'), ...files('two')])).toEqual([null, null, null]);
	});

	it('are the plan when they outnumber the files of a table in a section of its own', () => {
		const week = (n: number) => [`### Week ${n}`, '', `[Topic ${n}](https://example.org/course/week_${n}). What we cover.`, ''].join('\n');
		const text = [
			'# Python course',
			'',
			'## Materials',
			'',
			...[1, 2, 3, 4, 5, 6].map(week),
			'## Homework',
			'',
			'| Topic | Homework, deadline |',
			'| --- | --- |',
			...[1, 2, 3].map((n) => `| Subject ${n} | [HW${n}](HW/hw${n}.md). 1${n}.10.2020 |`),
			'',
		].join('\n');
		const files = [1, 2, 3].map((n) => ({ path: `HW/hw${n}.md`, text: `# Homework ${n}\n\nTasks.\n` }));
		const result = importPlan({ index: { path: 'README.md', text }, files }, { fileName: 'p.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => p.data['label'])).toEqual(['Week 1', 'Week 2', 'Week 3', 'Week 4', 'Week 5', 'Week 6']);
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).toContain('| Subject 2 | HW2');
	});

	it('takes a table per stage whose rows share the stage\'s number, prerequisites split at line breaks', () => {
		const stage = (n: number, rows: string[]) => [`### ${n}ª Etapa`, '', '| Etapa | Aulas | Pré-requisitos |', '| --- | --- | --- |', ...rows.map((r) => `| ${n} | ${r} |`), ''].join('\n');
		const source = [
			'# Currículo',
			'',
			stage(1, ['[Circuitos](https://v.example/1) | -', '[Matemática Discreta](https://v.example/2) | -', '[Python I](https://v.example/3) | -']),
			stage(2, ['[Estruturas de Dados](https://v.example/4) | [Matemática Discreta](https://v.example/2)<br><br>[Python I](https://v.example/3)', '[Arquitetura](https://v.example/5) | [Circuitos](https://v.example/1)']),
			'<!--\n## Eletivas\n\n| Semestre | Curso |\n| --- | --- |\n| 6 | [Visão](https://v.example/6) |\n-->',
			'',
		].join('\n');
		const result = importMarkdown(source, { fileName: 'p.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => [p.id, p.data['label'], p.data['group'], p.data['requires']])).toEqual([
			['circuitos', 'Etapa 1', '1a-etapa', undefined],
			['matematica-discreta', 'Etapa 1', '1a-etapa', undefined],
			['python-i', 'Etapa 1', '1a-etapa', undefined],
			['estruturas-dados', 'Etapa 2', '2a-etapa', ['matematica-discreta', 'python-i']],
			['arquitetura', 'Etapa 2', '2a-etapa', ['circuitos']],
		]);
		// The last stage's heading goes with its table, though an HTML comment (hidden on GitHub too) follows it.
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).not.toContain('Etapa\n');
		// Headings that are labels alone name the stages of the rows under them, however the label is written.
		const wordFirst = importMarkdown(source.replace(/### (\d)ª Etapa/g, '### Etapa $1'), { fileName: 'p.md', order: 0, track: 'backend' });
		expect(wordFirst.phases.map((p) => [p.id, p.data['group']])).toEqual([
			['circuitos', 'etapa-1'],
			['matematica-discreta', 'etapa-1'],
			['python-i', 'etapa-1'],
			['estruturas-dados', 'etapa-2'],
			['arquitetura', 'etapa-2'],
		]);
	});

	it('titles rows by the column that links the course, and finds prerequisites whose titles have commas and "and"', () => {
		const source = [
			'# Catalogue',
			'',
			'Code | Course | Duration | Effort | Prerequisites',
			':-- | :-- | :-- | :-- | :--',
			'CS 101 | [Algorithms, Part I](https://example.org/a1) | 6 weeks | 6 hours/week | none',
			'CS 102 | [Arrays, Lists, and Structured Data](https://example.org/a2) | 4 weeks | 5 hours/week | Algorithms, Part I',
			'CS 201 | [Programming Languages, Part A](https://example.org/pl) | 5 weeks | 8 hours/week | Arrays, Lists, and Structured Data and Algorithms, Part I',
			'',
		].join('\n');
		const result = importMarkdown(source, { fileName: 'p.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => [p.data['title'], p.data['kind'], p.data['requires']])).toEqual([
			['Algorithms, Part I', 'course', undefined],
			['Arrays, Lists, and Structured Data', 'course', [result.phases[0]!.id]],
			['Programming Languages, Part A', 'course', [result.phases[1]!.id, result.phases[0]!.id]],
		]);
		// The code stays with the course, in its page.
		expect(result.phases[0]!.body).toContain('**Code**: CS 101');
	});

	const catalogue = [
		'# Curriculum',
		'',
		'## Basics',
		'',
		'Courses | Duration | Effort | Prerequisites | Discussion',
		':-- | :--: | :--: | :--: | :--:',
		'[Programming One](https://example.org/p1) | 10 weeks | 6-8 hours/week | none | [chat](https://example.org/c1)',
		'[Programming Two](https://example.org/p2) | 8 weeks | 5 hours/week | Programming One | -',
		'',
		'## Electives',
		'',
		'Choose one subject below.',
		'',
		'### Systems',
		'',
		'Courses | Duration | Effort | Prerequisites',
		':-- | :--: | :--: | :--:',
		'Operating Systems | 12 weeks | 10 hours/week | Programming Two, algebra',
		'',
		'### Theory',
		'',
		'Courses | Duration | Effort | Prerequisites',
		':-- | :--: | :--: | :--:',
		'Automata | 6 semanas | 4 horas por semana | Programming One',
		'',
	].join('\n');

	it('reads a unit\'s own prerequisites line naming other units by label or title, ranges and shared words too', () => {
		const module = (n: number, title: string, prerequisites?: string) => `#### Module ${n}: ${title}\n\n- **Thời lượng:** 1 tuần${prerequisites ? ` | **Tiên quyết:** ${prerequisites}` : ''}\n`;
		const plan = phasesOfText(
			`# Lộ trình\n\n${module(1, 'Java')}\n${module(2, 'OOP', 'Module 1')}\n${module(3, 'SQL', 'Module 1-2')}\n${module(4, 'Web', 'Module 2 (nên có), SQL')}\n${module(5, 'Backend', 'Module 3, 4')}\n`,
		);
		expect(plan.phases.map((p) => [p.id, p.data['requires']])).toEqual([
			['java', undefined],
			['oop', ['java']],
			['sql', ['java', 'oop']],
			['web', ['oop', 'sql']],
			['backend', ['sql', 'web']],
		]);
		// Names of no unit require nothing.
		expect(phasesOfText(`# P\n\n${module(1, 'A')}\n${module(2, 'B', 'basic HTML')}\n`).phases[1]!.data['requires']).toBeUndefined();
	});

	it('makes one phase per row, with duration, weekly hours and prerequisites from the columns', () => {
		const result = phasesOfText(catalogue);
		expect(result.phases.map((p) => [p.id, p.data['kind'], p.data['duration'], p.data['hoursPerWeek'], p.data['requires'] ?? []])).toEqual([
			['programming-one', 'course', { min: 10, max: 10, unit: 'week' }, { min: 6, max: 8 }, []],
			['programming-two', 'course', { min: 8, max: 8, unit: 'week' }, { min: 5, max: 5 }, ['programming-one']],
			['operating-systems', 'course', { min: 12, max: 12, unit: 'week' }, { min: 10, max: 10 }, ['programming-two']],
			['automata', 'course', { min: 6, max: 6, unit: 'week' }, { min: 4, max: 4 }, ['programming-one']],
		]);
		// Columns the model has no field for stay in the body, links included.
		expect(result.phases[0]!.body).toBe('**Courses**: [Programming One](https://example.org/p1)\n\n**Prerequisites**: none\n\n**Discussion**: [chat](https://example.org/c1)');
		expect(result.phases[2]!.body).toContain('**Prerequisites**: Programming Two, algebra');
	});

	it('makes each table\'s section a group, nested under the section that holds several, electives marked', () => {
		const result = phasesOfText(catalogue);
		expect(result.roadmap['groups']).toEqual([
			{ id: 'basics', title: 'Basics' },
			{ id: 'electives', title: 'Electives', choose: 1 },
			{ id: 'systems', title: 'Systems', parent: 'electives' },
			{ id: 'theory', title: 'Theory', parent: 'electives' },
		]);
		expect(result.phases.map((p) => p.data['group'])).toEqual(['basics', 'basics', 'systems', 'theory']);
		expect(result.toFill.some((t) => t.field === 'groups[1].choose')).toBe(true);
	});

	it('takes a table whose rows all share a week of the calendar for that one week, not a week per row', () => {
		const table = (heading: string, week: number, topics: string[]) =>
			[`## ${heading}`, '', '| Kalenderwoche | Unterricht | Lernziele |', '| --- | --- | --- |', ...topics.map((t) => `| ${week} | ${t} | [hier](ziele.md) |`), ''].join('\n');
		const text = ['# Lehrplan', '', table('Python', 4, ['Einführung', 'Listen']), table('SQL', 16, ['Intro', 'Joins', 'Indizes']), table('Docker', 17, ['Images'])].join('\n');
		const result = phasesOfText(text);
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['duration']])).toEqual([
			['Kalenderwoche 4', 'Einführung · Listen', { min: 1, max: 1, unit: 'week' }],
			['Kalenderwoche 16', 'Intro · Joins · Indizes', { min: 1, max: 1, unit: 'week' }],
			['Kalenderwoche 17', 'Images', { min: 1, max: 1, unit: 'week' }],
		]);
	});

	it('puts the lesson files a table of units links in its rows\' title cells on their unit\'s page, after each row', () => {
		const result = importPlan(
			{
				index: {
					path: 'lehrplan.md',
					text: '# Lehrplan\n\n| Kalenderwoche | Unterricht | Lernziele |\n| --- | --- | --- |\n| 4 | [Einführung](intro/intro.md) | Start |\n| 4 | [Listen](lists/lists.md) | Listen |\n| 5 | [Schleifen](loops/loops.md) | Schleifen |\n',
				},
				files: [
					{ path: 'intro/intro.md', text: '# Einführung\n\nWas ist Programmierung?\n' },
					{ path: 'lists/lists.md', text: '# Listen\n\nEine Liste hält Werte.\n' },
					{ path: 'loops/loops.md', text: '# Schleifen\n\nfor und while.\n' },
				],
			},
			{ fileName: 'lehrplan.md', order: 0, id: 'lehrplan', track: 'backend' },
		);
		expect(result.phases.map((p) => p.data['label'])).toEqual(['Kalenderwoche 4', 'Kalenderwoche 5']);
		const week4 = result.phases[0]!.body;
		expect(week4.indexOf('Was ist Programmierung?')).toBeGreaterThan(week4.indexOf('Start'));
		expect(week4.indexOf('**Unterricht**: [Listen]')).toBeGreaterThan(week4.indexOf('Was ist Programmierung?'));
		expect(week4.indexOf('Eine Liste hält Werte.')).toBeGreaterThan(week4.indexOf('**Unterricht**: [Listen]'));
		expect(result.phases[1]!.body).toContain('for und while.');
		expect(result.filesUsed).toEqual(expect.arrayContaining(['intro/intro.md', 'lists/lists.md', 'loops/loops.md']));
	});

	it('reads a schedule of class days without numbers as weeks of the term, from its column of dates', () => {
		const table = (rows: string[][]) => ['# Course', '', '| Date | Notes |', '| --- | --- |', ...rows.map(([date, notes]) => `| ${date} | ${notes} |`), ''].join('\n');
		// Named weekdays give calendar weeks: Thursday and the Tuesday after it are two weeks, not one.
		const weekdays = phasesOfText(table([['Tue, Sep 2', 'Intro'], ['Thu, Sep 4', 'Values'], ['Tue, Sep 9', 'Loops'], ['Tue, Sep 16', 'Lists'], ['Thu, Sep 18', '']]));
		expect(weekdays.phases.map((p) => [p.data['label'], p.data['title'], p.data['duration']])).toEqual([
			['Week 1 (Tue, Sep 2 – Thu, Sep 4)', 'Intro · Values', { min: 1, max: 1, unit: 'week' }],
			['Week 2 (Tue, Sep 9)', 'Loops', { min: 1, max: 1, unit: 'week' }],
			['Week 3 (Tue, Sep 16 – Thu, Sep 18)', 'Lists', { min: 1, max: 1, unit: 'week' }],
		]);
		// Dates in other languages and forms, across the new year; without weekdays, weeks count from the first date.
		expect(phasesOfText(table([['16 de diciembre', 'Repaso'], ['18 de diciembre', 'Examen'], ['8 de enero', 'Proyecto']])).phases.map((p) => p.data['label'])).toEqual([
			'Week 1 (16 de diciembre – 18 de diciembre)',
			'Week 4 (8 de enero)',
		]);
		expect(phasesOfText(table([['2025-09-01', 'A'], ['2025-09-08', 'B'], ['2025-09-10', 'C']])).phases.map((p) => p.data['label'])).toEqual(['Week 1 (2025-09-01)', 'Week 2 (2025-09-08 – 2025-09-10)']);
		// Without weekdays, a week ends where class days are furthest apart: a summer course from a Tuesday, four days a
		// week, is two weeks of four days, not the first seven days and the rest.
		const summer = table(['6/21', '6/22', '6/23', '6/24', '6/27', '6/28', '6/29', '6/30'].map((d) => [d, `Lab ${d}`]));
		expect(phasesOfText(summer).phases.map((p) => p.data['label'])).toEqual(['Week 1 (6/21 – 6/24)', 'Week 2 (6/27 – 6/30)']);
		// Korean and Japanese dates name their weekday in parentheses; a row of a label alone across the table heads the
		// class days below it, and a day of two classes is written once in its week's label.
		const study = ['<table>', '<tr><td colspan="3">1주차</td></tr>', '<tr><td>7/30(화)</td><td colspan="2">OT</td></tr>', '<tr><td colspan="3">2주차</td></tr>', ...[['8/6(화)', '[2장] 타입'], ['8/13(화)', '[3장] 고급 타입'], ['8/13(화)', '[4장] 타입 확장']].map(([d, t]) => `<tr><td>${d}</td><th>${t}</th><td>요약</td></tr>`), '</table>', ''].join('\n');
		expect(phasesOfText(`# 스터디\n\n${study}`).phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['1주 (7/30(화))', 'OT'],
			['2주 (8/6(화))', '[2장] 타입'],
			['3주 (8/13(화))', '[3장] 고급 타입 · [4장] 타입 확장'],
		]);
		expect(parseDate('9/3（火）')?.weekday).toBe(1);
		expect(parseDate('9월 3일 (수요일)')?.weekday).toBe(2);
		// A column of the day's slots, the same few coming back every day, titles no week: the topics beside it do.
		const blocks = ['# Course', '', '| Date | Block | Topic |', '| --- | --- | --- |', ...['9/1', '9/2', '9/8', '9/9'].flatMap((d) => [`| ${d} | Block 1: 9-11AM | Topic ${d} |`, `|  | Block 2: 1-3PM | Lab ${d} |`]), ''].join('\n');
		expect(phasesOfText(blocks).phases.map((p) => p.data['title'])).toEqual(['Topic 9/1 · Lab 9/1 · Topic 9/2 · Lab 9/2', 'Topic 9/8 · Lab 9/8 · Topic 9/9 · Lab 9/9']);
		// A plan in Spanish counts them in Spanish words, as it would write them.
		const spanish = `# Curso\n\nEl curso de la universidad para los estudiantes, con las clases y los laboratorios de la semana.\n\n${table([['5 Abril', 'Carta al estudiante'], ['8 Abril', 'Fundamentos de la programación'], ['12 Abril', 'Variables y tipos']]).replace('# Course\n', '')}`;
		expect(phasesOfText(spanish).phases.map((p) => p.data['label'])).toEqual(['Semana 1 (5 Abril – 8 Abril)', 'Semana 2 (12 Abril)']);
		// Words that come back after other topics, again and again, in rows of nothing else say a topic goes on: a week's
		// title names its topics. A lab's second session, back once, is a topic ("Lab 2").
		const notes = (rows: string[][]) => ['# Course', '', '| Date | Topic | Reading |', '| --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
		const goingOn = notes([['Mon, Sep 1', 'Basics', '[Ch 1](a.html)'], ['Wed, Sep 3', 'continued', ''], ['Mon, Sep 8', 'Lists', '[Ch 2](b.html)'], ['Wed, Sep 10', 'continued', ''], ['Fri, Sep 12', 'Tactics', '[Ch 3](c.html)'], ['Mon, Sep 15', 'continued', ''], ['Wed, Sep 17', 'Review', 'Ch 1-3'], ['Mon, Sep 22', 'Logic', '[Ch 4](d.html)'], ['Wed, Sep 24', 'Review', 'Ch 4'], ['Mon, Sep 29', 'Lab 2', ''], ['Wed, Oct 1', 'Files', '[Ch 5](e.html)'], ['Mon, Oct 6', 'Lab 2', '']]);
		expect(phasesOfText(goingOn).phases.map((p) => p.data['title'])).toEqual(['Basics', 'Lists · Tactics', 'Review', 'Logic · Review', 'Lab 2 · Files', 'Lab 2']);
		// In a dated schedule the topic titles each week, even when only its readings link every row.
		const readings = ['# Course', '', '| Week | Date | Topic | Readings |', '| --- | --- | --- | --- |', '| W1 | 04/02 | Overview, [Python](w1.ipynb) | Yu, [Chapter 2](https://e.org/2) |', '| W2 | 04/09 | Working with LLMs | Karpathy, [LLMs](https://e.org/v) |', '| W3 | 04/16 | All about data | Yu, [Chapter 4](https://e.org/4) |', '| W4 | 04/23 | Project workshop | |', ''].join('\n');
		expect(phasesOfText(readings).phases.map((p) => p.data['title'])).toEqual(['Overview, Python', 'Working with LLMs', 'All about data', 'Project workshop']);
		// Dates that fall are no schedule of the term, nor a few deadlines in a week.
		expect(() => phasesOfText(table([['9/10', 'A'], ['9/3', 'B'], ['9/17', 'C']]))).toThrow(ImportError);
		expect(() => phasesOfText(table([['9/1', 'A'], ['9/2', 'B'], ['9/3', 'C']]))).toThrow(ImportError);
	});

	it('reads a week cell spanning its rows, in an HTML table or left empty under it in Markdown, as that week\'s label', () => {
		const rows = (week: string, topics: string[]) => topics.map((t, i) => (i === 0 ? `<tr><th rowspan="${topics.length}">${week}</th><td>${t}</td></tr>` : `<tr><td>${t}</td></tr>`)).join('\n');
		const html = ['# Deep learning', '', '<table>', '<tr><th></th><th>Lecture</th></tr>', rows('W0', ['Setup']), rows('W1', ['Backpropagation', 'Optimizers']), rows('W2', ['Convolutions', 'Sequences', 'Attention']), '</table>', ''].join('\n');
		expect(phasesOfText(html).phases.map((p) => [p.data['label'], p.data['title'], p.data['duration']])).toEqual([
			['Week 0', 'Setup', { min: 1, max: 1, unit: 'week' }],
			['Week 1', 'Backpropagation · Optimizers', { min: 1, max: 1, unit: 'week' }],
			['Week 2', 'Convolutions · Sequences · Attention', { min: 1, max: 1, unit: 'week' }],
		]);
		const markdown = ['# Course', '', '| Week | Topic |', '| --- | --- |', '| Week 1 | Intro |', '| | Values |', '| Week 2 | Loops |', '| | Lists |', '| | Maps |', ''].join('\n');
		expect(phasesOfText(markdown).phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Week 1', 'Intro · Values'],
			['Week 2', 'Loops · Lists · Maps'],
		]);
		// Rows left empty between the weeks space the table out; a week without a number ("WH", a holiday) continues the
		// one above it; a column of dates, whatever its header, titles nothing.
		const spaced = ['| Week | Date (Mon) | Lecture |', '| --- | --- | --- |', '| W1 | Jan 22 | Intro |', '| | | |', '| W2 | Jan 29 | Sampling |', '| | | |', '| WH | Feb 5 | Break |', '| | | |', '| W3 | Feb 12 | Bayes |', '| | | |'].join('\n');
		expect(phasesOfText(`# Course\n\n${spaced}\n`).phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Week 1', 'Intro'],
			['Week 2', 'Sampling · Break'],
			['Week 3', 'Bayes'],
		]);
		// A letter that abbreviates no unit word, or numbers that fall, label nothing.
		expect(() => phasesOfText(html.replaceAll(/>W(\d)</g, '>S$1<'))).toThrow(ImportError);
		expect(() => phasesOfText(html.replace('>W2<', '>W0<'))).toThrow(ImportError);
	});

	it('reads a course page\'s tables of one week each, its week cell spanning all its rows, as a week each', () => {
		const week = (n: number, days: string[]) =>
			[`<!-- week ${n} -->`, '<table>', '<thead><tr><th>Week</th><th>Date</th><th>Lecture</th></tr></thead>', ...days.map((d, i) => `<tr>${i === 0 ? `<td rowspan="${days.length}">Week ${n}</td>` : ''}<th>${d}</th><td>Lecture on ${d}</td></tr>`), '</table>'].join('\n');
		const text = ['# Schedule', '', week(1, ['Mon 6/23', 'Wed 6/25']), week(2, ['Mon 6/30']), ''].join('\n');
		expect(phasesOfText(text).phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Week 1', 'Lecture on Mon 6/23 · Lecture on Wed 6/25'],
			['Week 2', 'Lecture on Mon 6/30'],
		]);
	});

	it('groups the rows of a course table by a column naming their part, when each part is one run of rows', () => {
		const table = (rows: string[][]) => ['# Plan', '', '| Week | Phase | Focus | Status |', '| --- | --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
		const result = phasesOfText(table([['1', 'Foundations', 'TypeScript', '✅ Done'], ['2', 'Foundations', 'React', '✅ Done'], ['3', 'Backend', 'Node', '🔵 To do'], ['4', 'Backend', 'SQL', '🔵 To do']]));
		expect((result.roadmap['groups'] as Array<Record<string, unknown>>).map((g) => g['title'])).toEqual(['Foundations', 'Backend']);
		expect(result.phases.map((p) => [p.data['title'], p.data['group']])).toEqual([
			['TypeScript', 'foundations'],
			['React', 'foundations'],
			['Node', 'backend'],
			['SQL', 'backend'],
		]);
		expect(result.phases[0]!.body).not.toContain('Foundations');
		// Parts that come back are a column of kinds ("Lecture", "Lab"), no parts; nor is a column of statuses.
		const kinds = phasesOfText(table([['1', 'Lecture', 'A', '✅ Done'], ['2', 'Lab', 'B', '✅ Done'], ['3', 'Lecture', 'C', '🔵 To do'], ['4', 'Lab', 'D', '🔵 To do']]));
		expect(kinds.roadmap['groups']).toBeUndefined();
		expect(kinds.phases[0]!.body).toContain('**Status**: ✅ Done');
		// Nor is the time of day the class meets, the first week's at another hour than the others'.
		const hours = phasesOfText(['# Cronograma', '', '| Semana | Hora | Tema |', '| --- | --- | --- |', '| 1 | 10am-12pm | Intro |', '| 2 | 2-4pm | Listas |', '| 3 | 2-4pm | Bucles |', '| 4 | 2-4pm | Clases |', ''].join('\n'));
		expect(hours.roadmap['groups']).toBeUndefined();
		expect(hours.phases[1]!.body).toContain('**Hora**: 2-4pm');
		// Parts numbered under a unit word, and rows over several weeks ("1-2").
		const ranged = phasesOfText(['# Plan', '', '| Week | Phase | Topic |', '| --- | --- | --- |', '| 1-2 | 1 | SQL |', '| 3 | 1 | Spark |', '| 4–6 | 2 | Airflow |', '| 7 | 2 | dbt |', ''].join('\n'));
		expect((ranged.roadmap['groups'] as Array<Record<string, unknown>>).map((g) => g['title'])).toEqual(['Phase 1', 'Phase 2']);
		expect(ranged.phases.map((p) => [p.data['label'], p.data['title'], p.data['duration']])).toEqual([
			['Week 1-2', 'SQL', { min: 2, max: 2, unit: 'week' }],
			['Week 3', 'Spark', { min: 1, max: 1, unit: 'week' }],
			['Week 4-6', 'Airflow', { min: 3, max: 3, unit: 'week' }],
			['Week 7', 'dbt', { min: 1, max: 1, unit: 'week' }],
		]);
	});

	it('titles a row by the items of a list in its topic cell, one after the other ("<ul><li>Vetores</li><li>Matrizes</li></ul>")', () => {
		const text = ['# Cronograma', '', '| Aula | Data | Tema |', '| --- | --- | --- |', '| 01 | 07/08 | <ul><li>Vetores</li><li>Matrizes</li></ul> |', '| 02 | 08/08 | <ul><li>Strings</li></ul> |', ''].join('\n');
		expect(phasesOfText(text).phases.map((p) => p.data['title'])).toEqual(['Vetores, Matrizes', 'Strings']);
	});

	it("gives a week of several courses their study times together, and keeps each course's", () => {
		const rows = [['Lógica I', '16h', 1], ['Lógica II', '10h', 2], ['Arquitetura', '8h', 2], ['Scratch', '6h', 3]];
		const text = ['# Formação', '', '| Curso | Carga Horária | Semana |', '| --- | --- | --- |', ...rows.map(([c, h, w]) => `| ${c} | ${h} | ${w} |`), ''].join('\n');
		const result = phasesOfText(text);
		expect(result.phases.map((p) => [p.data['label'], p.data['effortHours']])).toEqual([
			['Semana 1', { min: 16, max: 16 }],
			['Semana 2', { min: 18, max: 18 }],
			['Semana 3', { min: 6, max: 6 }],
		]);
		expect(result.phases[1]!.body).toContain('**Carga Horária**: 8h');
		expect(result.phases[0]!.body).not.toContain('16h');
	});

	it('joins the topics of a week\'s rows without the emoji around each', () => {
		const result = phasesOfText('# Curso\n\n| Semana | Fecha | Temas |\n| --- | --- | --- |\n| 1 | 26 Abril | 👐🏻 Flujos de control |\n| 1 | 30 Abril | 💻 Laboratorio 4 |\n| 2 | 3 Mayo | 👐🏻 Funciones |\n| 2 | 6 Mayo | 💻 Laboratorio 5 |\n');
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Flujos de control · Laboratorio 4', 'Funciones · Laboratorio 5']);
	});

	it('takes a schedule\'s rows sharing a week for one unit, titled by their topics, over the document\'s sections', () => {
		const row = (week: string, date: string, topic: string) => `| ${week} | ${date} | ${topic} | [Paper](https://example.org/${date.replace(' ', '')}) |`;
		const text = [
			'# Graph learning',
			'',
			'## Logistics',
			'',
			'- Mondays at 10',
			'',
			'## Schedule',
			'',
			'| Week | Date | Topic | Readings |',
			'| --- | --- | --- | --- |',
			row('1', 'Jan 8', 'Introduction to graphs and their applications in science'),
			row('1', 'Jan 10', 'Spatial graph convolution and its performance, Part 1'),
			row('2', 'Jan 15', 'Oversmoothing Part 1'),
			row('2', 'Jan 17', 'Oversmoothing Part 2'),
			row('3', 'Jan 22', 'Reading Week'),
			row('3', 'Jan 24', 'Reading Week'),
			'',
			'## Grading',
			'',
			'- Project: 50%',
			'',
		].join('\n');
		const result = phasesOfText(text);
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['kind'], p.data['duration']])).toEqual([
			['Week 1', 'Introduction to graphs and their applications in science', 'week', { min: 1, max: 1, unit: 'week' }],
			['Week 2', 'Oversmoothing Part 1 · Oversmoothing Part 2', 'week', { min: 1, max: 1, unit: 'week' }],
			['Week 3', 'Reading Week', 'week', { min: 1, max: 1, unit: 'week' }],
		]);
		// Each row's cells, in order, the dates among them.
		const body = result.phases[0]!.body;
		expect(body.indexOf('**Date**: Jan 8')).toBeLessThan(body.indexOf('**Topic**: Spatial graph convolution'));
		expect(body).toContain('**Readings**: [Paper](https://example.org/Jan10)');
		const overview = result.files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect(overview).toContain('## Logistics');
		expect(overview).toContain('## Grading');
		// Numbers that fall are no schedule.
		expect(() => phasesOfText(['| Week | Topic | Readings |', '| --- | --- | --- |', '| 2 | A | [x](https://e.org/1) and [y](https://e.org/2) |', '| 1 | B | [x](https://e.org/3) and [y](https://e.org/4) |', '| 1 | C | [x](https://e.org/5) and [y](https://e.org/6) |', ''].join('\n'))).toThrow(/no phases found/);
	});

	it('reads a number cell written "1." or "1)", and a week cell that is a label alone ("[week1](./week1)")', () => {
		const korean = ['# 스터디', '', '| 주차 | 날짜 | 내용 |', '| --- | --- | --- |', '| [week1](./week1) | 05/05 | 오리엔테이션 |', '| [week2](./week2) | 05/12 | 온라인 모임 |', '| [week3](./week3) | 미정 | 발표회 |', ''].join('\n');
		expect(phasesOfText(korean).phases.map((p) => [p.data['label'], p.data['title'], p.data['kind']])).toEqual([
			['Week 1', '오리엔테이션', 'week'],
			['Week 2', '온라인 모임', 'week'],
			['Week 3', '발표회', 'week'],
		]);
		expect(titlesOf('| Week | Topic |\n| --- | --- |\n| 1) | Shell |\n| 2) | Git |\n')).toEqual(['Week 1|Shell', 'Week 2|Git']);
		// The dates a week runs, in parentheses after its label, stay with the label.
		const dated = 'Week | Topic | Reading\n-- | -- | --\nWeek 1 (Sept 3-5) | Numbers and strings | 3.1\nWeek 2 (Sept 8-12) | Functions | 3.2\n';
		expect(phasesOfText(dated).phases.map((p) => [p.data['label'], p.data['title'], p.data['duration']])).toEqual([
			['Week 1 (Sept 3-5)', 'Numbers and strings', { min: 1, max: 1, unit: 'week' }],
			['Week 2 (Sept 8-12)', 'Functions', { min: 1, max: 1, unit: 'week' }],
		]);
	});

	it('writes a bare number under a unit word in the order its language counts ("4주차", "第4周", "Week 4")', () => {
		const label = (header: string) => phasesOfText(`| ${header} | 내용 |\n| --- | --- |\n| 1 | 자바 기초 |\n| 2 | 객체 |\n`).phases.map((p) => p.data['label']);
		expect(label('주차')).toEqual(['1주차', '2주차']);
		expect(label('周')).toEqual(['第1周', '第2周']);
		expect(label('Week')).toEqual(['Week 1', 'Week 2']);
		expect(labelOf('週目', 3)).toBe('3週目');
	});

	it('takes numbered rows under a unit word for units even without durations', () => {
		const result = phasesOfText('| Week | Topic |\n| --- | --- |\n| 1 | Shell |\n| 2 | Git |\n');
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['kind'], p.data['duration']])).toEqual([
			['Week 1', 'Shell', 'week', { min: 1, max: 1, unit: 'week' }],
			['Week 2', 'Git', 'week', { min: 1, max: 1, unit: 'week' }],
		]);
	});
});

describe('sectioned documents', () => {
	it('takes the sections that list what to learn, leaving prose sections before and after them to the overview', () => {
		const topic = (name: string) => `## ${name}\n\n- [${name} basics](https://example.org/${name})\n- [More ${name}](https://example.org/${name}/2)\n\n`;
		const text = `# Interview notes\n\n## Read it on the website\n\nSee [the site](https://example.org).\n\n${['Algorithm', 'Network', 'Database'].map(topic).join('')}## License\n\nMIT, by the authors.\n`;
		const result = phasesOfText(text);
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Algorithm', 'Network', 'Database']);
		const overview = result.files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect(overview).toContain('## Read it on the website');
		expect(overview).toContain('## License\n\nMIT, by the authors.');
	});

	it('takes the sections of the part that holds most of the plan, not those of the guide beside it', () => {
		const course = (name: string) => `### ${name}\n\nCourses on ${name}.\n\n- one\n- two\n\n`;
		const text = `# Curriculum\n\n## How to use this guide\n\n### Duration\n\nTwo years.\n\n### Order\n\nIn order.\n\n### Progress\n\nFork it.\n\n## Courses\n\n${['Programming', 'Math', 'Statistics', 'Databases', 'Machine learning'].map(course).join('')}## Team\n\nUs.\n`;
		const result = phasesOfText(text);
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Programming', 'Math', 'Statistics', 'Databases', 'Machine learning']);
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).toContain('### Order');
	});

	it('titles checklist sections numbered with a hyphen ("## 1 - Programming") without their numbers, as those numbered "## 4. Networking"', () => {
		const result = phasesOfText('# Roadmap\n\n## 1 - Programming\n- [ ] Python\n\n## 2 - Operating System\n- [ ] Linux\n\n## 3. Version Control\n- [ ] Git\n\n## 4. Containers\n- [ ] Docker\n');
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Programming', 'Operating System', 'Version Control', 'Containers']);
		// A hyphen between two numbers is a range, not a title's number.
		expect(parseUnitLabel('1 - 2 weeks')?.rest).not.toBe('2 weeks');
	});

	it('makes the repeated sections phases, from the first with a checklist to the last, checklists kept', () => {
		const result = phasesOfText(
			'# Study plan\n\n## Why\n\nBecause.\n\n## Arrays\n\n- [ ] Read about arrays\n  - [x] Watch a talk\n\n## Trees\n\n### Binary trees\n\n- [ ] Implement one\n\n## Graphs\n\n- [ ] BFS\n\n## Afterword\n\nGood luck.\n',
		);
		expect(result.phases.map((p) => [p.data['title'], p.data['kind']])).toEqual([
			['Arrays', 'section'],
			['Trees', 'section'],
			['Graphs', 'section'],
		]);
		expect(result.phases[0]!.body).toBe('- [ ] Read about arrays\n  - [x] Watch a talk');
		const index = result.files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect(index).toContain('Because.');
		expect(index).toContain('Good luck.');
	});

	it('makes numbered parts that hold sections of their own groups, and their sections the phases', () => {
		const result = phasesOfText('# 1. Ruby\n\n## Setup\n\n- [ ] a\n\n## Rails\n\n- [ ] b\n\n# 2. Go\n\n## Basics\n\n- [ ] c\n\n## Gin\n\n- [ ] d\n\n# 3. Cloud\n\n## AWS\n\n- [ ] e\n\n## Terraform\n\n- [ ] f\n');
		expect(result.phases.map((p) => `${p.data['title']}|${p.data['group']}`)).toEqual(['Setup|ruby', 'Rails|ruby', 'Basics|go', 'Gin|go', 'AWS|cloud', 'Terraform|cloud']);
		expect((result.roadmap['groups'] as Array<{ title: string }>).map((g) => g.title)).toEqual(['Ruby', 'Go', 'Cloud']);
	});

	it('takes headings numbered afresh in each part ("### 1. …" under "## Fundamentals", again under "## Engineering") for phases, the parts for groups', () => {
		const result = phasesOfText(
			'## Notebooks\n\nLinks.\n\n## Fundamentals\n\nOptional.\n\n### 1. Mathematics\n\nm\n\n### 2. Python\n\np\n\n## Engineering\n\n### 1. Running models\n\nr\n\n### 2. Agents\n\na\n\n### 3. Deploying\n\nd\n\n## Acknowledgements\n\nThanks.\n',
		);
		expect(result.phases.map((p) => `${p.data['title']}|${p.data['group']}`)).toEqual(['Mathematics|fundamentals', 'Python|fundamentals', 'Running models|engineering', 'Agents|engineering', 'Deploying|engineering']);
		const overview = result.files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect(overview).toContain('## Notebooks');
		expect(overview).toContain('## Acknowledgements');
	});

	it('numbers headings by Roman numerals ("## II. …") and letters ("### B. …") as by digits where all at their level count so, a part without sections a phase of its own', () => {
		const result = phasesOfText('# Backend\n\n## I. Databases\n\n### A. Relational\n\n1. keys\n\n### B. SQL Server\n\n1. joins\n\n## II. Node.js\n\n### A. Basics\n\n1. modules\n\n### B. Express\n\n1. routing\n\n## III. Deployment\n\n1. CI\n');
		expect(result.phases.map((p) => `${p.data['title']}|${p.data['group'] ?? ''}`)).toEqual(['Relational|databases', 'SQL Server|databases', 'Basics|nodejs', 'Express|nodejs', 'Deployment|']);
		// "C. Language" among headings not lettered alike is a title.
		const titles = phasesOfText('# Plan\n\n## Setup\n\nx\n\n## C. Language\n\ny\n\n## Tools\n\nz\n').phases.map((p) => p.data['title']);
		expect(titles).toEqual(['Setup', 'C. Language', 'Tools']);
	});
});

describe('index + files', () => {
	const plan = {
		index: { path: 'README.md', text: '# Course\n\n| Day | Topic |\n| --- | --- |\n| 01 | [Start](./01_start/01.md) |\n| 02 | [Lists](./02_lists/02.md) |\n\nBye.\n' },
		files: [
			{ path: '01_start/01.md', text: '# Day 1\n\n## Setup\n\nSee [lists](../02_lists/02.md#making-a-list) and [below](#setup).\n\n![logo](../images/logo.png)\n\n![badge](https://img.example/badge.svg)\n' },
			{ path: '02_lists/02.md', text: '# Day 2\n\n## Making a list\n\nUse {braces} and <kbd>Ctrl</kbd>. [Back](../01_start/01.md) <script>alert(1)</script>\n\n[x](javascript:alert(2))\n' },
		],
		assets: ['images/logo.png'],
	};
	const result = importPlan(plan, { fileName: 'course.md', order: 0, id: 'course', track: 'backend' });
	const body = (id: string) => result.phases.find((p) => p.id === id)!.body;

	it('makes each linked file a phase, labelled from the index', () => {
		expect(result.phases.map((p) => [p.id, p.data['label'], p.data['title'], p.data['kind'], p.data['duration']])).toEqual([
			['start', 'Day 1', 'Start', 'day', { min: 1, max: 1, unit: 'day' }],
			['lists', 'Day 2', 'Lists', 'day', { min: 1, max: 1, unit: 'day' }],
		]);
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).toContain('Bye.');
	});

	it('reads lists whose items are headings over links to lessons ("- ### Network" over "- [OSI 7 Layers](…)") as a table of contents in parts, with the index\'s lists of links alone', () => {
		const file = (path: string) => ({ path, text: `# ${path.replace(/^.*\//, '').replace('.md', '')}\n\nText.\n` });
		const toc = importPlan(
			{
				index: {
					path: 'README.md',
					text: '# Interview\n\n## Computer Science\n\n- ### Network\n\n  - [OSI 7 Layers](CS/Network/OSI.md)\n  - [UDP](CS/Network/UDP.md)\n\n- ### Database\n\n  - [Index](CS/Database/Index.md)\n\n## Algorithm\n\n- [Quick Sort](Algorithm/QuickSort.md)\n- [Heap Sort](Algorithm/HeapSort.md)\n\n<br>\n\n- ##### Test\n\n  - [Exam](Algorithm/Exam.md)\n',
				},
				files: ['CS/Network/OSI.md', 'CS/Network/UDP.md', 'CS/Database/Index.md', 'Algorithm/QuickSort.md', 'Algorithm/HeapSort.md', 'Algorithm/Exam.md'].map(file),
			},
			{ fileName: 'interview.md', order: 0, id: 'interview', track: 'backend' },
		);
		expect(toc.phases.map((p) => [p.data['label'] ?? null, p.data['title'], p.data['group']])).toEqual([
			[null, 'OSI 7 Layers', 'network'],
			[null, 'UDP', 'network'],
			[null, 'Index', 'database'],
			[null, 'Quick Sort', 'algorithm'],
			[null, 'Heap Sort', 'algorithm'],
			[null, 'Exam', 'test'],
		]);
		const groups = toc.roadmap['groups'] as Array<{ id: string; parent?: string }>;
		expect(groups.map((g) => [g.id, g.parent ?? null])).toEqual([['computer-science', null], ['algorithm', null], ['network', 'computer-science'], ['database', 'computer-science'], ['test', 'algorithm']]);
	});

	it('takes the label a list item\'s link text is alone, amid the item\'s words, and the file\'s title for the unit', () => {
		const weeks = importPlan(
			{
				index: { path: 'index.md', text: '# Planning\n\n* Videos of [week 00](w00.html) (S0) to watch by Monday\n* Videos of [week 01](w01.html) (S1) to watch by Monday\n' },
				files: [
					{ path: 'w00.md', text: '# Videos for September 4, chapter S0\n\n* [Intro](https://example.org/a)\n' },
					{ path: 'w01.md', text: '# Videos for September 11, chapter S1\n\n* [Optics](https://example.org/b)\n' },
				],
			},
			{ fileName: 'index.md', order: 0, id: 'weeks', track: 'backend' },
		);
		expect(weeks.phases.map((p) => [p.data['label'], p.data['title'], p.data['duration']])).toEqual([
			['Week 0', 'Videos for September 4, chapter S0', { min: 1, max: 1, unit: 'week' }],
			['Week 1', 'Videos for September 11, chapter S1', { min: 1, max: 1, unit: 'week' }],
		]);
	});

	it('numbers a checklist\'s lessons by the numbers written before their links ("- [✔️] ⌨️ 7 > [Go](…)"), in the groups of the headings above them, the opening lesson before those alone', () => {
		const days = importPlan(
			{
				index: {
					path: 'README.md',
					text: '# 90 days\n\n## Progress\n\n- [✔️] ♾️ 1 > [Introduction](days/intro.md)\n\n### Programming\n\n- [✔️] ⌨️ 2 > [Go](days/go.md)\n- [✔️] ⌨️ 3 > [Hello](days/hello.md)\n\n### Linux\n\n- [✔️] 🐧 4 > [Shell](days/shell.md)\n- [✔️] 🐧 5 > [Vim](days/vim.md)\n\n## License\n\nMIT.\n',
				},
				files: ['intro', 'go', 'hello', 'shell', 'vim'].map((name) => ({ path: `days/${name}.md`, text: `# ${name}\n\nText.\n` })),
			},
			{ fileName: 'README.md', order: 0, id: 'days', track: 'backend' },
		);
		expect(days.phases.map((p) => [p.data['label'], p.data['title'], p.data['group'] ?? null])).toEqual([
			['1', 'Introduction', null],
			['2', 'Go', 'programming'],
			['3', 'Hello', 'programming'],
			['4', 'Shell', 'linux'],
			['5', 'Vim', 'linux'],
		]);
		// A list without the numbers leaves the files' paths to number every lesson, the single first one too.
		const unnumbered = importPlan(
			{
				index: { path: 'README.md', text: '# 90 days\n\n## Progress\n\n- ♾️ 1 > [Intro](days/day01.md)\n\n### Go\n\n- ⌨️ 2 > [Go](days/day02.md)\n- ⌨️ 3 > [Hello](days/day03.md)\n\n### Linux\n\n- 🐧 > [Shell](days/day04.md)\n- 🐧 > [Vim](days/day05.md)\n' },
				files: [1, 2, 3, 4, 5].map((n) => ({ path: `days/day0${n}.md`, text: `# Day ${n}\n\nText.\n` })),
			},
			{ fileName: 'README.md', order: 0, id: 'days', track: 'backend' },
		);
		expect(unnumbered.phases.map((p) => [p.data['label'] ?? null, p.data['title']])).toEqual([
			[null, 'Intro'],
			[null, 'Go'],
			[null, 'Hello'],
			[null, 'Shell'],
			[null, 'Vim'],
		]);
	});

	it('gives a table\'s rows the text of the folders labelled like them ("Day 1" and "(day-1)-greeting-me/")', () => {
		const days = importPlan(
			{
				index: { path: 'README.md', text: '# 30 Hari Belajar JavaScript\n\n## Kurikulum\n\n| Hari | Topik |\n|------|-------|\n| Day 1 | Greeting Me\n| Day 2 | Variables Vortex\n' },
				files: [
					{ path: '(day-1)-greeting-me/README.md', text: '## Apa yang Dipelajari di Day 1\n\nVariabel dan fungsi.\n' },
					{ path: '(day-2)-variable-vortex/README.md', text: '## Apa yang Dipelajari di Day 2\n\nTipe data.\n' },
				],
			},
			{ fileName: 'README.md', order: 0, id: 'hari', track: 'backend' },
		);
		expect(days.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Day 1', 'Greeting Me'],
			['Day 2', 'Variables Vortex'],
		]);
		expect(days.phases[0]!.body).toContain('Variabel dan fungsi.');
		expect(days.phases[1]!.body).toContain('Tipe data.');
	});

	it('reads a backslash in a link\'s path as a browser does, as a slash (a table written on Windows)', () => {
		const windows = importPlan(
			{
				index: { path: 'README.md', text: '# Curso\n\n| Semana | Tema |\n| --- | --- |\n| 1 | [Inicio](.\\semana01\\README.md) |\n| 2 | [Listas](.\\semana02\\README.md) |\n' },
				files: [
					{ path: 'semana01/README.md', text: '# Inicio\n\n![logo](..\\images\\logo.png)\n' },
					{ path: 'semana02/README.md', text: '# Listas\n\nx\n' },
				],
				assets: ['images/logo.png'],
			},
			{ fileName: 'curso.md', order: 0, id: 'curso', track: 'backend' },
		);
		expect(windows.phases.map((p) => p.data['title'])).toEqual(['Inicio', 'Listas']);
		expect(windows.images).toEqual([{ from: 'images/logo.png', to: 'roadmaps/curso/images/logo.png' }]);
	});

	it('turns links between files and to headings into links to the phases, with the anchors the site gives', () => {
		expect(body('start')).toContain('[lists](/roadmaps/course/lists/#making-a-list)');
		expect(body('start')).toContain('[below](#setup)');
		expect(body('lists')).toContain('[Back](/roadmaps/course/start/)');
		// The headings those links land on keep their anchors explicitly, so rewording them later breaks no link.
		// (Each file's own "# Day 1" is its title: its sections stand under the page's title.)
		expect(body('start')).toMatch(/^## Setup \{\/\* #setup \*\/\}$/m);
		expect(body('lists')).toMatch(/^## Making a list \{\/\* #making-a-list \*\/\}$/m);
	});

	it('copies local images, and makes remote images, raw HTML and unsafe links safe without losing their text', () => {
		expect(body('start')).toContain('![logo](./images/logo.png)');
		expect(result.images).toEqual([{ from: 'images/logo.png', to: 'roadmaps/course/images/logo.png' }]);
		expect(body('start')).toContain('[badge](https://img.example/badge.svg)');
		expect(body('start')).not.toContain('![badge]');
		expect(body('lists')).toContain('Ctrl');
		expect(body('lists')).not.toMatch(/<script|javascript:|<kbd/);
		expect(body('lists')).toContain('\\{braces}');
		for (const phase of result.phases) expect(mdxProblems(phase.body, `${phase.id}.mdx`, 1)).toEqual([]);
		expect(result.notes.join('\n')).toMatch(/script/);
		expect(result.notes.join('\n')).toMatch(/javascript:alert\(2\)/);
	});

	it('takes pages without a number linked before and after the numbered ones (a preface, an appendix) with them, and labels from the link text', () => {
		const book = importPlan(
			{
				index: { path: 'README.md', text: '# Book\n\n| 章节 | 关键内容 |\n| --- | --- |\n| [前言](./docs/preface.md) | 缘起 |\n| [第一章 NLP 基础](./docs/chapter1/nlp.md) | 文本表示 |\n| [第二章 Transformer](./docs/chapter2/transformer.md) | 注意力 |\n| [第三章 预训练](./docs/chapter3/pretrain.md) | 模型 |\n| [Extra Chapter](./extra/README.md) | 笔记 |\n' },
				files: ['docs/preface', 'docs/chapter1/nlp', 'docs/chapter2/transformer', 'docs/chapter3/pretrain', 'extra/README'].map((name) => ({ path: `${name}.md`, text: `Text of ${name}.\n` })),
			},
			{ fileName: 'book.md', order: 0, track: 'backend' },
		);
		expect(book.phases.map((p) => [p.data['label'] ?? null, p.data['title']])).toEqual([
			[null, '前言'],
			['第一章', 'NLP 基础'],
			['第二章', 'Transformer'],
			['第三章', '预训练'],
			[null, 'Extra Chapter'],
		]);
		// Related documents without numbers are no sequence, however many are linked around two numbered ones.
		const related = importPlan(
			{
				index: { path: 'README.md', text: '# Notes\n\n- [Contributing](CONTRIBUTING.md)\n- [Code of conduct](CONDUCT.md)\n- [Setup 1](setup1.md)\n- [Setup 2](setup2.md)\n- [License](LICENSE.md)\n\n## Week 1: Shell\n\nx\n\n## Week 2: Git\n\ny\n' },
				files: ['CONTRIBUTING', 'CONDUCT', 'setup1', 'setup2', 'LICENSE'].map((name) => ({ path: `${name}.md`, text: `Text of ${name}.\n` })),
			},
			{ fileName: 'notes.md', order: 0, track: 'backend' },
		);
		expect(related.phases.map((p) => p.data['title'])).toEqual(['Shell', 'Git']);
	});

	it('takes each chapter\'s page without a number linked between the numbered lessons (a book\'s "| | [二、核心概念](…) |" rows) with them', () => {
		const row = (day: string, name: string) => `| ${day} | [${name}](./${name}.md) | 1hour |`;
		const book = importPlan(
			{
				index: {
					path: 'README.md',
					text: ['# Book', '', '| 日期 | 学习内容 | 预计学习时间 |', '| --- | --- | --- |', row('&nbsp;', '一、建模流程'), row('day1', '1-1,结构化数据'), row('day2', '1-2,图片数据'), row('&nbsp;', '二、核心概念'), row('day3', '2-1,张量'), row('day4', '2-2,自动微分'), ''].join('\n'),
				},
				files: ['一、建模流程', '1-1,结构化数据', '1-2,图片数据', '二、核心概念', '2-1,张量', '2-2,自动微分'].map((name) => ({ path: `${name}.md`, text: `# ${name}\n\nText.\n` })),
			},
			{ fileName: 'book.md', order: 0, track: 'backend' },
		);
		expect(book.phases.map((p) => p.data['title'])).toEqual(['一、建模流程', '1-1,结构化数据', '1-2,图片数据', '二、核心概念', '2-1,张量', '2-2,自动微分']);
	});

	it('opens a lesson\'s page with what its list item says after the link and the lists under it; link text that spells the path names no unit', () => {
		const syllabus = importPlan(
			{
				index: {
					path: 'README.md',
					text: '# Course\n\n## Syllabus\n\n* [__week01_intro__](./week01_intro) Introduction\n  * Lecture: decision processes.\n  * Seminar: the gym.\n\n* [__week02_values__](./week02_values) - Value-based methods\n  * Lecture: value iteration.\n\n* [__recap_deep_learning__](./week02_\\[recap\\]_deep_learning) - deep learning recap\n  * Lecture: DL 101.\n\n* [Week 3: Homework](week03/homework.md)\n\n## Licence\n\nMIT.\n',
				},
				files: [
					{ path: 'week01_intro/README.md', text: '## Materials\n\n- slides\n' },
					{ path: 'week02_values/README.md', text: '## Materials\n\n- video\n' },
					{ path: 'week02_[recap]_deep_learning/README.md', text: '## Materials\n\n- notebook\n' },
					{ path: 'week03/homework.md', text: '# Week 3 homework: bandits\n\nSolve it.\n' },
				],
			},
			{ fileName: 'course.md', order: 0, track: 'backend' },
		);
		expect(syllabus.phases.map((p) => [p.data['label'], p.data['title'], p.body.split('\n\n')[0]])).toEqual([
			['Week 1', 'Introduction', '- Lecture: decision processes.\n- Seminar: the gym.'],
			['Week 2', 'Value-based methods', '- Lecture: value iteration.'],
			// Link text that is a piece of the folder's name, written as a name, is the name: the words after it title the unit.
			[undefined, 'deep learning recap', '- Lecture: DL 101.'],
			// The homework's own "#" title says more than the link's "Homework", and titles it.
			['Week 3', 'Homework: bandits', 'Solve it.'],
		]);
		// Words before the link introduce it on the index ("Follow the instructions here:"); they title nothing.
		const lead = importPlan(
			{
				index: { path: 'README.md', text: '# Module\n\n- Set up: [docker-sql/](01-docker-sql/)\n- [02-homework.md](02-homework.md) Homework for the week\n' },
				files: [
					{ path: '01-docker-sql/README.md', text: '# Docker and SQL\n\nRun it.\n' },
					{ path: '02-homework.md', text: '# Module 1 Homework\n\nAnswer.\n' },
				],
			},
			{ fileName: 'module.md', order: 0, track: 'backend' },
		);
		expect(lead.phases.map((p) => [p.data['title'], p.body.split('\n\n')[0]])).toEqual([
			['Docker and SQL', 'Run it.'],
			// (The homework's own "#" title, in other words, is no section on its page but its lead.)
			['Homework for the week', '*Module 1 Homework*'],
		]);
	});

	it('takes a calendar label opening a class page\'s title for when the class is held, not for its length', () => {
		const camp = importPlan(
			{
				index: { path: 'SUMMARY.md', text: '# Summary\n\n* [Class 01](w1/class-01/README.md)\n* [Class 02](w3/class-02/README.md)\n' },
				files: [
					{ path: 'w1/class-01/README.md', text: '# Week 1, Class 1\n\nHTML.\n' },
					{ path: 'w3/class-02/README.md', text: '# Week 3-4, Class 2\n\nDOM.\n' },
				],
			},
			{ fileName: 'camp.md', order: 0, track: 'backend' },
		);
		expect(camp.phases.map((p) => [p.data['label'], p.data['duration']])).toEqual([
			['Class 1', null],
			['Class 2', null],
		]);
	});

	it('takes from each row of a lesson table the file it alone links, not the project that several rows share', () => {
		const text = ['# Web', '', '| # | Project | Lesson |', '| --- | --- | --- |', '| 01 | Basics | [Intro](/1-intro/README.md) |', '| 02 | [Terrarium](/2-terrarium/solution/README.md) | [HTML](/2-terrarium/1-html/README.md) |', '| 03 | [Terrarium](/2-terrarium/solution/README.md) | [CSS](/2-terrarium/2-css/README.md) |', ''].join('\n');
		const files = ['1-intro', '2-terrarium/solution', '2-terrarium/1-html', '2-terrarium/2-css'].map((dir) => ({ path: `${dir}/README.md`, text: `# ${dir}\n\nText of ${dir}.\n` }));
		const result = importPlan({ index: { path: 'README.md', text }, files }, { fileName: 'web.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Intro', 'HTML', 'CSS']);
		// The shared project's page joins the first lesson that links it.
		expect(result.phases[1]!.body).toContain('Text of 2-terrarium/solution.');
	});

	it("takes a row's lesson from the column where rows link their own files, though its project column links one only it links", () => {
		const text = ['# Web', '', '| # | Project | Lesson |', '| --- | --- | --- |', '| 01 | [Terrarium](/2-terrarium/solution/README.md) | [HTML](/2-terrarium/1-html/README.md) |', '| 02 | [Terrarium](/2-terrarium/solution/README.md) | [CSS](/2-terrarium/2-css/README.md) |', '| 03 | [Typing Game](/3-typing/solution/README.md) | [Events](/3-typing/game/README.md) |', ''].join('\n');
		const files = ['2-terrarium/solution', '2-terrarium/1-html', '2-terrarium/2-css', '3-typing/solution', '3-typing/game'].map((dir) => ({ path: `${dir}/README.md`, text: `# ${dir}\n\nText of ${dir}.\n` }));
		const result = importPlan({ index: { path: 'README.md', text }, files }, { fileName: 'web.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => p.data['title'])).toEqual(['HTML', 'CSS', 'Events']);
		expect(result.phases[2]!.body.indexOf('Text of 3-typing/game.')).toBeLessThan(result.phases[2]!.body.indexOf('Text of 3-typing/solution.'));
	});

	it("puts on a linked lesson's page the files beside its README that it links and no row takes (its assignment)", () => {
		const text = ['# Course', '', '| # | Lesson |', '| --- | --- |', '| 01 | [Intro](./1-intro/README.md?WT.mc_id=x) |', '| 02 | [Loops](./2-loops/README.md) |', ''].join('\n');
		const files = [
			{ path: '1-intro/README.md', text: '# Intro\n\nText.\n\n## Assignment\n\n[Read the docs](assignment.md)\n' },
			{ path: '1-intro/assignment.md', text: '# Read the docs\n\nPick three tools.\n' },
			{ path: '2-loops/README.md', text: '# Loops\n\nMore text.\n' },
			{ path: '2-loops/assignment.md', text: '# Unlinked\n\nNot linked by its lesson.\n' },
		];
		const result = importPlan({ index: { path: 'README.md', text }, files }, { fileName: 'course.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Intro', 'Loops']);
		expect(result.phases[0]!.body).toContain('Pick three tools.');
		expect(result.phases[1]!.body).not.toContain('Not linked by its lesson.');
	});

	it("follows a list of folders' READMEs that each list chapters (a series' books), the books in the list's order, each one's link texts its own", () => {
		const book = (name: string) => [
			{ path: `${name}/README.md`, text: `# A book of the series\n\n* [Foreword](foreword.md) (by a friend)\n* [Chapter 1: Start](ch1.md)\n* [Chapter 2: Go on](ch2.md)\n* [Appendix A: More](apA.md)\n` },
			...['foreword', 'ch1', 'ch2', 'apA'].map((file) => ({ path: `${name}/${file}.md`, text: `# ${name} - 2nd Edition\n# ${file}\n\nText of ${name}/${file}.\n` })),
		];
		const text = '# Series\n\nRead them in this order:\n\n* [Get Started](start/README.md) | [Buy](https://example.com/a)\n* [Scope](scope/README.md)\n* Async (not yet started)\n';
		const result = importPlan({ index: { path: 'README.md', text }, files: [...book('start'), ...book('scope')] }, { fileName: 'series.md', order: 0, track: 'backend' });
		const chapters = ['Foreword', 'Start', 'Go on', 'Appendix A: More'];
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Get Started', ...chapters, 'Scope', ...chapters]);
		expect(result.phases.map((p) => p.data['group'])).toEqual([...Array(5).fill('get-started'), ...Array(5).fill('scope')]);
	});

	it("leaves the steps of a procedure inside one of a long guide's many sections to that section: the guide's sections are its units", () => {
		const topics = ['Performance', 'Latency', 'Availability', 'Consistency', 'DNS', 'CDN', 'Load balancer', 'Cache'];
		const text = [
			'# The guide',
			'',
			'## How to approach a question',
			'',
			...[1, 2, 3, 4].flatMap((n) => [`### Step ${n}: Do part ${n}`, '', 'Briefly.', '']),
			...topics.flatMap((topic) => [`## ${topic}`, '', `${topic} explained at length. `.repeat(20), '']),
		].join('\n');
		const result = importMarkdown(text, { fileName: 'guide.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => p.data['title'])).toEqual(['How to approach a question', ...topics]);
	});

	it("puts on a linked day's page the notes in its folder's subfolders that its README links (\"notes/loops.md\"), not other days' READMEs", () => {
		const text = ['# Bootcamp', '', '- [Day 1](./d1/README.md)', '- [Day 2](./d2/README.md)', ''].join('\n');
		const files = [
			{ path: 'd1/README.md', text: '## W1D1\n\n- [Loops](./notes/loops.md)\n- [Problem Set](./problems/problem_set.md)\n- [Next day](./extra/README.md)\n' },
			{ path: 'd1/notes/loops.md', text: '# Loops\n\nA for loop counts.\n' },
			{ path: 'd1/problems/problem_set.md', text: '# Problem Set\n\nWrite fizzBuzz.\n' },
			{ path: 'd1/extra/README.md', text: '# Extra\n\nAn extra lesson.\n' },
			{ path: 'd2/README.md', text: '## W1D2\n\nFunctions.\n' },
		];
		const result = importPlan({ index: { path: 'README.md', text }, files }, { fileName: 'bootcamp.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => p.data['label'])).toEqual(['Day 1', 'Day 2']);
		expect(result.phases[0]!.body).toContain('A for loop counts.');
		expect(result.phases[0]!.body).toContain('Write fizzBuzz.');
		expect(result.phases[0]!.body).not.toContain('An extra lesson.');
	});

	it('reads a lesson link without a destination ("[lesson]()", a lesson not written yet) as no lesson, not as the index itself', () => {
		const text = ['# ML', '', '| Lesson Number | Section | Linked Lesson |', '| --- | --- | --- |', '| 01 | Intro | [lesson](intro/README.md) |', '| 02 | Tools | [lesson](tools/README.md) |', '| 03 | NLP | [lesson]() |', '', '## Offline access', '', 'Run it with Docsify.', ''].join('\n');
		const files = ['intro', 'tools'].map((dir) => ({ path: `${dir}/README.md`, text: `# ${dir}\n\nText of ${dir}.\n` }));
		const result = importPlan({ index: { path: 'README.md', text }, files }, { fileName: 'ml.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Intro', 'Tools']);
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).toContain('Run it with Docsify.');
	});

	it('reads a course whose folders hold more than 5000 images (each translation its copy of them): only lesson files count towards the read limit', () => {
		withImportFolders((dir, content) => {
			const course = join(dir, 'course');
			writeFiles(course, { 'README.md': '# Course\n\n- [Day 1](Days/day01.md)\n- [Day 2](Days/day02.md)\n', 'Days/day01.md': '# Intro\n\nWhy.\n', 'Days/day02.md': '# Tools\n\nHow.\n' });
			mkdirSync(join(course, 'es', 'images'), { recursive: true });
			for (let i = 0; i < 5001; i++) writeFileSync(join(course, 'es', 'images', `day${i}.png`), '');
			const lines: string[] = [];
			expect(runImport([course, '--id', 'course', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			expect(readdirSync(join(content, 'roadmaps', 'course')).filter((name) => name.endsWith('.mdx')).toSorted()).toEqual(['index.mdx', 'intro.mdx', 'tools.mdx']);
		});
	});

	it("leaves an Obsidian vault's template folders out: their notes are placeholders (\"{{date}}\") Obsidian fills in", () => {
		withImportFolders((dir, content) => {
			const vault = join(dir, 'vault');
			writeFiles(vault, {
				'.obsidian/templates.json': '{ "folder": "10-Templates", "dateFormat": "YYYY-MM-DD" }',
				'.obsidian/plugins/templater-obsidian/data.json': '{ "templates_folder": "Meta/Templater/" }',
				'01-Basics/Ownership.md': '# Ownership\n\nEach value has one owner.\n',
				'02-Advanced/Lifetimes.md': '# Lifetimes\n\nReferences live long enough.\n',
				'10-Templates/Daily.md': '# Log - {{date}}\n\n## What I learned\n',
				'Meta/Templater/Concept.md': '# [Concept name]\n\n<% tp.file.title %>\n',
			});
			const lines: string[] = [];
			expect(runImport([vault, '--id', 'vault', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			const pages = readdirSync(join(content, 'roadmaps', 'vault')).filter((name) => name !== 'index.mdx');
			expect(pages.toSorted()).toEqual(['lifetimes.mdx', 'ownership.mdx']);
			expect(lines.join('\n')).toContain('10-Templates/Daily.md, Meta/Templater/Concept.md');
		});
	});

	it("leaves out the documents of the libraries a web project bundles (a Blazor lesson's wwwroot/css/open-iconic/README.md), with a note", () => {
		withImportFolders((dir, content) => {
			const course = join(dir, 'course');
			writeFiles(course, {
				'01-Basics/README.md': '# 01 - Basics\n\nVariables.\n',
				'02-Web/README.md': '# 02 - Web\n\nA Blazor app.\n',
				'02-Web/App/wwwroot/css/open-iconic/README.md': '# Open Iconic v1.1.1\n\nAn icon font.\n',
				'02-Web/App/wwwroot/lib/jquery/LICENSE.md': '# MIT License\n',
				'02-Web/App/bower_components/bootstrap/README.md': '# Bootstrap\n\nA CSS framework.\n',
				'02-Web/App/Program.cs': 'var app = WebApplication.Create();\n',
			});
			const lines: string[] = [];
			expect(runImport([course, '--id', 'course', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			expect(readdirSync(join(content, 'roadmaps', 'course')).filter((name) => name !== 'index.mdx').toSorted()).toEqual(['basics.mdx', 'web.mdx']);
			expect(lines.join('\n')).toContain('not lessons: 02-Web/App/bower_components/bootstrap/README.md, 02-Web/App/wwwroot/css/open-iconic/README.md, 02-Web/App/wwwroot/lib/jquery/LICENSE.md');
		});
	});

	it('follows the wiki links of an Obsidian vault ("[[01 Ownership]]", "![[borrow.png]]") to its notes, wherever they sit', () => {
		const result = importPlan(
			{
				index: { path: 'Rust roadmap.md', text: '# Rust roadmap\n\n- [[01 Ownership]]\n- [[02 borrowing|Borrowing rules]]\n- [[03 Traits]]\n\nNot written yet: [[04 Macros]]. Code: `[[x]]`.\n' },
				files: [
					{ path: 'notes/01 Ownership.md', text: '# Ownership\n\nEach value has one owner. Next: [[02 Borrowing#The rules]].\n' },
					{ path: 'notes/02 Borrowing.md', text: '# Borrowing\n\n![[borrow.png]]\n\n## The rules\n\nOne mutable reference. See [[#The rules|above]].\n' },
					{ path: 'notes/deep/03 Traits.md', text: '# Traits\n\nShared behaviour.\n' },
				],
				assets: ['attachments/borrow.png'],
			},
			{ fileName: 'rust.md', order: 0, id: 'rust', track: 'backend' },
		);
		expect(result.phases.map((p) => [p.id, p.data['title']])).toEqual([
			['ownership', 'Ownership'],
			['borrowing-rules', 'Borrowing rules'],
			['traits', 'Traits'],
		]);
		const [ownership, borrowing] = result.phases;
		expect(ownership!.body).toContain('[02 Borrowing › The rules](/roadmaps/rust/borrowing-rules/#the-rules)');
		expect(borrowing!.body).toContain('![borrow](./images/borrow.png)');
		expect(borrowing!.body).toContain('[above](#the-rules)');
		// A wiki link to no note stays as written, as does code.
		const overview = result.files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect(overview).toContain('\\[\\[04 Macros]]');
		expect(overview).toContain('`[[x]]`');
	});

	it('titles a row by its words when its link text is the other rows\' but for a number ("| 1. | Loops | [Reading W1](…) |")', () => {
		const row = (n: number, topic: string) => `| ${n}. | ${topic} | [Reading W${n}](/Week${n}/README.md) | [Assignment W${n}](/Week${n}/MAKEME.md) |`;
		const text = ['# JavaScript', '', '| Week | Topic | Reading Materials | Assignment |', '| --- | --- | --- | --- |', row(1, 'Loops, Naming'), row(2, 'Scope, Problem Solving'), ''].join('\n');
		const files = [1, 2].flatMap((n) => [
			{ path: `Week${n}/README.md`, text: `# Reading Material Week ${n}\n\nReading ${n}.\n` },
			{ path: `Week${n}/MAKEME.md`, text: `# Assignment Week ${n}\n\nExercise ${n}.\n` },
		]);
		const result = importPlan({ index: { path: 'README.md', text }, files }, { fileName: 'js.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['kind']])).toEqual([
			['Week 1', 'Loops, Naming', 'week'],
			['Week 2', 'Scope, Problem Solving', 'week'],
		]);
		expect(result.phases[0]!.body).toContain('Exercise 1.');
		expect(result.phases[0]!.body).not.toContain('**Topic**');
		// Words in one row's cell ("See canvas") are no column of titles: the files' own titles stay.
		const side = ['# DL', '', '| Week | Lecture | Homework |', '| --- | --- | --- |', '| 1 | [Notes](Week1/README.md) | See canvas |', '| 2 | [Notes](Week2/README.md) | |', ''].join('\n');
		const lectures = importPlan({ index: { path: 'README.md', text: side }, files }, { fileName: 'dl.md', order: 0, track: 'backend' });
		expect(lectures.phases.map((p) => p.data['title'])).toEqual(['Reading Material Week 1', 'Reading Material Week 2']);
	});

	it('titles a row by link text that each day\'s list repeats when the files\' headings tell them apart only by the day ("# Day04 解説")', () => {
		const day = (n: number, topic: string) => `### Day${n}: ${topic}\n\n* [Introduction](day0${n}_00intro.md)\n* [${topic}](day0${n}_01topic.md)\n`;
		const text = ['# Python basics', '', day(1, 'Variables'), day(2, 'Lists')].join('\n');
		const files = (heading: (n: number) => string) =>
			[1, 2].flatMap((n) => [
				{ path: `day0${n}_00intro.md`, text: `# ${heading(n)}\n\nWhat day ${n} covers.\n` },
				{ path: `day0${n}_01topic.md`, text: `# Topic ${n}\n\nText.\n` },
			]);
		const titles = (heading: (n: number) => string) => importPlan({ index: { path: 'README.md', text }, files: files(heading) }, { fileName: 'days.md', order: 0, track: 'backend' }).phases.map((p) => p.data['title']);
		expect(titles((n) => `Day0${n} Explanation`)).toEqual(['Introduction', 'Variables', 'Introduction', 'Lists']);
		// Headings that name their files otherwise than by the day title them.
		expect(titles((n) => ['Getting started', 'Data structures'][n - 1]!)).toEqual(['Getting started', 'Variables', 'Data structures', 'Lists']);
	});

	it('titles rows by link texts alike but for a number when the words beside them are a remark every row has ("※ hand in on Classroom")', () => {
		const day = (n: number) => `### Day${n}: Lists\n\n* [Material 01: Lists ${n}](d${n}_01.md)\n* [Task Q1: Build a list](d${n}_q1.md) ※ hand in on Classroom\n* [Task Q2: Build a list](d${n}_q2.md) ※ hand in on Classroom\n`;
		const files = [1, 2].flatMap((n) => ['01', 'q1', 'q2'].map((name) => ({ path: `d${n}_${name}.md`, text: `# Day0${n} ${name}\n\nText.\n` })));
		const result = importPlan({ index: { path: 'README.md', text: ['# Python basics', '', day(1), day(2)].join('\n') }, files }, { fileName: 'days.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Lists 1', 'Task Q1: Build a list', 'Task Q2: Build a list', 'Lists 2', 'Task Q1: Build a list', 'Task Q2: Build a list']);
	});

	it('puts on a row\'s page every file its cell links, not only the first ("Lecture 1 [nb] <br> Lecture 2 [nb]" in one week)', () => {
		const text = ['# Deep learning', '', '| Week | Lectures |', '| --- | --- |', '| 1 | Lecture 1 [[GitHub](l1.md)] <br> Lecture 2 [[GitHub](l2.md)] |', '| 2 | Lecture 3 [[GitHub](l3.md)] |', ''].join('\n');
		const files = [1, 2, 3].map((n) => ({ path: `l${n}.md`, text: `# Lecture ${n}\n\nText of lecture ${n}.\n` }));
		const result = importPlan({ index: { path: 'README.md', text }, files }, { fileName: 'dl.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => p.data['label'])).toEqual(['Week 1', 'Week 2']);
		expect(result.phases[0]!.body).toContain('Text of lecture 1.');
		expect(result.phases[0]!.body).toContain('Text of lecture 2.');
		expect(result.filesUsed).toContain('l2.md');
		// A link inside emphasis is in its cell too.
		const bold = ['# DL', '', '| Week | Lectures |', '| --- | --- |', '| 1 | **[Lecture 1](l1.md)** <br> [Lecture 2](l2.md) |', '| 2 | **[Lecture 3](l3.md)** |', ''].join('\n');
		const emphasised = importPlan({ index: { path: 'README.md', text: bold }, files }, { fileName: 'dl.md', order: 0, track: 'backend' });
		expect(emphasised.phases[0]!.body).toContain('Text of lecture 2.');
	});

	it('knows the files about a repository (GitHub\'s community files, in capitals) from lessons', () => {
		const paths = ['CONTRIBUTING.md', 'docs/CHANGELOG.md', 'CONTRIBUTING_CN.md', 'CODE_OF_CONDUCT.md', 'LICENSE.md', 'monitoring/security.md', 'contributing-to-open-source.md', 'History.md', '01-intro.md'];
		expect(paths.filter(isRepositoryFile)).toEqual(['CONTRIBUTING.md', 'docs/CHANGELOG.md', 'CONTRIBUTING_CN.md', 'CODE_OF_CONDUCT.md', 'LICENSE.md']);
	});

	it('knows a translation of a plan\'s file by its folder or by the language tag added to its name', () => {
		const paths = new Set(['README.md', 'README.es.md', 'lesson/assignment.md', 'lesson/assignment.zh-cn.md', 'lesson/translations/README.fr.md', 'i18n/fr/intro.md', 'notes.de.md', 'v1.2.md', 'v1.md']);
		expect([...paths].filter((path) => isTranslation(path, paths))).toEqual(['README.es.md', 'lesson/assignment.zh-cn.md', 'lesson/translations/README.fr.md', 'i18n/fr/intro.md']);
	});

	it('knows files translated one by one by a language code joined to their names ("lessons_ar.md" beside "lessons.md"), two or more of them', () => {
		const paths = new Set(['README.md', 'week-1/lessons.md', 'week-1/lessons_ar.md', 'week-1/exercises.md', 'week-1/exercises_ar.md', 'week-2/lessons.md', 'week-2/lessons_ar.md', 'week-2/resources.md', 'notes.md', 'notes_ml.md', 'intro-js.md', 'intro.md', 'setup_xx.md', 'setup.md', 'code/a.md', 'code/a_ts.md', 'code/b.md', 'code/b_ts.md', 'code/c.md']);
		expect([...paths].filter((path) => isTranslation(path, paths))).toEqual(['week-1/lessons_ar.md', 'week-1/exercises_ar.md', 'week-2/lessons_ar.md']);
	});

	it('keeps the English of sibling folders named by language codes that hold the same files', () => {
		const paths = new Set(['0/en/part0.md', '0/en/part0a.md', '0/es/part0.md', '0/es/part0a.md', '0/fi/osa0.md', '0/ptbr/part0.md', '0/ptbr/part0a.md', '0/zh-cn/part0a.md']);
		expect([...paths].filter((path) => isTranslation(path, paths))).toEqual(['0/es/part0.md', '0/es/part0a.md', '0/fi/osa0.md', '0/ptbr/part0.md', '0/ptbr/part0a.md', '0/zh-cn/part0a.md']);
		// Folders that are not languages, or hold other files, stay; so do all without an English one (topics such as
		// machine learning and computer vision, `ml/` and `cv/`, are codes too).
		const others = new Set(['es/a.md', 'es/b.md', 'en/a.md', 'en/b.md', 'en/c.md', 'js/a.md', 'js/b.md', 'code/a.md', 'code/b.md', 'data/a.md', 'data/b.md', 'x/de/a.md', 'x/it/b.md', 'y/ml/README.md', 'y/ml/exercises.md', 'y/cv/README.md', 'y/cv/exercises.md']);
		expect([...others].filter((path) => isTranslation(path, others))).toEqual(['es/a.md', 'es/b.md']);
	});

	it('leaves out language folders that hold the files of the folder they are in, written in their language', () => {
		// A year's days in English, each translation in a language folder beside them, shaped as the files are.
		// Its sample projects' READMEs are copied untranslated (listed first, as a folder walk may give them).
		const paths = new Set(['2022/Days/ansible/roles/a/README.md', '2022/Days/ansible/roles/b/README.md', '2022/es/Days/ansible/roles/a/README.md', '2022/es/Days/ansible/roles/b/README.md', '2022/Days/day01.md', '2022/Days/day02.md', '2022/Days/images/a.png', '2022/README.md', '2022/es/Days/day01.md', '2022/es/Days/day02.md', '2022/es/README.md', '2022/zh_cn/Days/day01.md', '2022/zh_cn/Days/day02.md', '2022/ml/Days/day01.md', '2022/ml/Days/day02.md', 'README.md']);
		const written = (path: string) => (path.includes('/roles/') ? 'en' : path.startsWith('2022/es/') ? 'es' : path.startsWith('2022/zh_cn/') ? 'zh' : 'en');
		expect([...paths].filter((path) => isTranslation(path, paths, written))).toEqual(['2022/es/Days/ansible/roles/a/README.md', '2022/es/Days/ansible/roles/b/README.md', '2022/es/Days/day01.md', '2022/es/Days/day02.md', '2022/es/README.md', '2022/zh_cn/Days/day01.md', '2022/zh_cn/Days/day02.md']);
		// Without reading the files, a folder of the same files named by a code may be a topic's (`ml/`, above): kept.
		expect([...paths].filter((path) => isTranslation(path, new Set(paths)))).toEqual([]);
		// The folder's own files are the original, a page not yet in English among them (no translators' notes).
		expect(isTranslatorsFile('2022/Days/day02.md', paths, () => 'zh')).toBe(false);
	});

	it("leaves out with the translations a file outside the language folders written in one of theirs (translators' notes)", () => {
		const paths = new Set(['README.md', 'Translate.md', 'Glossary.md', 'zh-README.md', 'sub/README.md', '0/en/part0.md', '0/en/part0a.md', '0/zh/part0.md', '0/zh/part0a.md']);
		const written: Record<string, string> = { 'Translate.md': 'zh', 'Glossary.md': 'en', 'zh-README.md': 'fr', 'sub/README.md': 'zh', '0/en/part0.md': 'zh' };
		expect([...paths].filter((path) => isTranslatorsFile(path, paths, (p) => written[p] ?? null))).toEqual(['Translate.md']);
		// Without folders of translations left out, a file in another language is the plan's.
		expect(isTranslatorsFile('Translate.md', new Set(['Translate.md', 'a.md']), () => 'zh')).toBe(false);
	});

	it('takes tables of lessons that each link a folder by its own name, without numbers, in the tables\' order; not a table of "[Solution]" links', () => {
		const table = (rows: string[]) => ['| Lesson | Goal |', '| --- | --- |', ...rows.map((r) => `| ${r} | x |`)].join('\n');
		const course = importPlan(
			{
				index: {
					path: 'README.md',
					text: `# Course\n\n## Beginner\n\n${table(['[Getting started](./getting-started)'])}\n\n## Intermediate\n\n${table(['[Using the CLI](./using-cli)', '[Agents](./agents/)'])}\n\n## Other courses\n\nSee [contributing](CONTRIBUTING.md).\n`,
				},
				files: [
					{ path: 'getting-started/README.md', text: '# Getting started\n\nSet up.\n' },
					{ path: 'using-cli/README.md', text: '# Using the CLI\n\n## Modules\n\n- [1 — Install and modes](1-install.md)\n- [2 — Context](2-context.md)\n' },
					{ path: 'using-cli/1-install.md', text: 'Install.\n' },
					{ path: 'using-cli/2-context.md', text: 'Context.\n' },
					{ path: 'agents/README.md', text: '# Agents\n\nDelegate.\n' },
					{ path: 'CONTRIBUTING.md', text: '# Contributing\n\nPRs welcome.\n' },
				],
			},
			{ fileName: 'course.md', order: 0, track: 'backend' },
		);
		expect(course.phases.map((p) => [p.data['title'], p.data['group'] ?? null])).toEqual([
			['Getting started', 'beginner'],
			['Using the CLI', 'using-cli'],
			['Install and modes', 'using-cli'],
			['Context', 'using-cli'],
			['Agents', 'intermediate'],
		]);
		const questions = importPlan(
			{
				index: { path: 'README.md', text: `# Primer\n\n${table(['Design a cache | [Solution](cache.md)', 'Design a crawler | [Solution](crawler.md)'])}\n\n## Step 1: Outline use cases\n\na\n\n## Step 2: Design\n\nb\n` },
				files: [
					{ path: 'cache.md', text: 'Cache.\n' },
					{ path: 'crawler.md', text: 'Crawler.\n' },
				],
			},
			{ fileName: 'primer.md', order: 0, track: 'backend' },
		);
		expect(questions.phases.map((p) => p.data['title'])).toEqual(['Outline use cases', 'Design']);
	});

	it('reads links to the plan\'s own files by their GitHub address as links to those files, from a folder of the repository too', () => {
		const base = 'https://github.com/owner/curriculum/blob/main/foundations';
		const result = importPlan(
			{
				index: { path: 'README.md', text: `# Foundations\n\n| Lesson | Notes |\n| --- | --- |\n| 01 | [Intro](${base}/01-intro.md) |\n| 02 | [Loops](${base}/02-loops.md#while) |\n\nSee [the setup](${base}/setup/linux.md) and [other work](https://github.com/other/repo/blob/main/foundations/01-intro.md).\n` },
				files: [
					{ path: '01-intro.md', text: '# Intro\n\nStart with [loops](https://github.com/owner/curriculum/tree/main/foundations/02-loops.md).\n' },
					{ path: '02-loops.md', text: '# Loops\n\n## While\n\nx\n' },
					{ path: 'setup/linux.md', text: '# Linux\n\nInstall.\n' },
				],
			},
			{ fileName: 'foundations.md', order: 0, id: 'f', track: 'backend' },
		);
		expect(result.phases.map((p) => p.id)).toEqual(['intro', 'loops']);
		expect(result.phases[0]!.body).toContain('[loops](/roadmaps/f/loops/)');
		// A file of the plan that is no page, and another repository's file, keep their addresses.
		const overview = result.files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect(overview).toContain(`[the setup](${base}/setup/linux.md)`);
		expect(overview).toContain('[other work](https://github.com/other/repo/blob/main/foundations/01-intro.md)');
	});

	it('shows images of the plan\'s own repository named by their GitHub address as its own images', () => {
		const repository = 'https://github.com/Owner/Course';
		const result = importPlan(
			{
				index: {
					path: 'README.md',
					text: `# Course\n\n## Linear Regression | Day 1\n\n<p align="center"><img src="${repository}/blob/master/Info-graphs/Day%201.jpg"></p>\n\n[Code](${repository}/blob/master/Code/day1.md)\n\n## Logistic Regression | Day 2\n\n![Day 2](https://raw.githubusercontent.com/owner/course/master/Info-graphs/Day%202.jpg) ![elsewhere](https://github.com/other/repo/blob/master/Info-graphs/Day%201.jpg?raw=true)\n\n[Code](${repository}/blob/master/Code/day2.md)\n`,
				},
				files: ['day1', 'day2'].map((name) => ({ path: `Code/${name}.md`, text: `# ${name}\n\nCode.\n` })),
				assets: ['Info-graphs/Day 1.jpg', 'Info-graphs/Day 2.jpg'],
			},
			{ fileName: 'course.md', order: 0, id: 'c', track: 'backend' },
		);
		expect(result.phases.map((p) => p.body.match(/!\[[^\]]*\]\([^)]*\)|\[elsewhere\]\([^)]*\)/g))).toEqual([
			['![](./images/Day-1.jpg)'],
			['![Day 2](./images/Day-2.jpg)', '[elsewhere](https://github.com/other/repo/blob/master/Info-graphs/Day%201.jpg?raw=true)'],
		]);
		expect(result.images.map((image) => ('from' in image ? image.from : null))).toEqual(['Info-graphs/Day 1.jpg', 'Info-graphs/Day 2.jpg']);
	});

	it('finds the plan\'s repository by the images its lessons show by address, when no link names its files', () => {
		const image = (name: string) => `![${name}](https://raw.githubusercontent.com/natenka/book/master/images/${name}.png)`;
		const result = importPlan(
			{
				index: { path: 'schedule.md', text: '# Plan\n\n| Week | Topic |\n| - | - |\n| 1 | [Intro](book/01/README.md) |\n| 2 | [Files](book/02/README.md) |\n' },
				files: [
					{ path: 'book/01/README.md', text: `# Intro\n\n${image('a')}\n` },
					{ path: 'book/02/README.md', text: `# Files\n\n${image('b')}\n` },
				],
				assets: ['images/a.png', 'images/b.png'],
			},
			{ fileName: 'schedule.md', order: 0, id: 'p', track: 'backend' },
		);
		expect(result.phases.map((p) => p.body.match(/!\[[^\]]*\]\([^)]*\)/g))).toEqual([['![a](./images/a.png)'], ['![b](./images/b.png)']]);
	});

	it('names no wrong place in a note about a cell of the index shown on a lesson\'s page', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Retos\n\n| # | Reto | Corrección |\n| - | - | - |\n| 00 | [Sintaxis](00/ejercicio.md) | [📝](00/python/solution.py) |\n| 01 | [Operadores](01/ejercicio.md) | [📝](01/python/solution.py) |\n' },
				files: [
					{ path: '00/ejercicio.md', text: '# Sintaxis\n\nx\n' },
					{ path: '01/ejercicio.md', text: '# Operadores\n\ny\n' },
				],
			},
			{ fileName: 'retos.md', order: 0, id: 'retos', track: 'backend' },
		);
		const notes = result.notes.filter((note) => note.includes('solution.py'));
		expect(notes).toHaveLength(2);
		// The cell is on README.md's line 5, not on a line of the lesson's file.
		for (const note of notes) expect(note).not.toMatch(/ejercicio\.md:\d/);
	});

	it('reads the order of linked files from every number of their paths, outermost first', () => {
		const nested = importPlan(
			{
				index: { path: 'README.md', text: '# Python 3\n\n- [Intro](python3/week-1/01-intro.md)\n- [Loops](python3/week-1/02-loops.md)\n- [Files](python3/week-2/01-files.md)\n' },
				files: [
					{ path: 'python3/week-1/01-intro.md', text: '# Intro\n\nHello.\n' },
					{ path: 'python3/week-1/02-loops.md', text: '# Loops\n\nfor.\n' },
					{ path: 'python3/week-2/01-files.md', text: '# Files\n\nopen.\n' },
				],
			},
			{ fileName: 'python.md', order: 0, track: 'backend' },
		);
		expect(nested.phases.map((p) => p.data['title'])).toEqual(['Intro', 'Loops', 'Files']);
		expect(nested.pattern).toMatch(/index linking 3/);
	});

	it('takes headings that each link a lesson file as the index, and leaves them with their text in the overview', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Course\n\n## Lesson 01 [Introduction](introduction.md)\n\nLearn what programming is.\n\n## Lesson 02 [Variables](variables.md)\n\nNames.\n\n## License\n\nMIT.\n' },
				files: [
					{ path: 'introduction.md', text: '# Introduction\n\nHello.\n' },
					{ path: 'variables.md', text: '# Variables\n\nx = 1\n' },
				],
			},
			{ fileName: 'course.md', order: 0, id: 'course', track: 'backend' },
		);
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['kind']])).toEqual([
			['Lesson 1', 'Introduction', 'lesson'],
			['Lesson 2', 'Variables', 'lesson'],
		]);
		const overview = result.files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect(overview).toContain('## Lesson 01 [Introduction](/roadmaps/course/introduction/)\n\nLearn what programming is.');
		expect(overview).toContain('## License');
	});

	it('takes headings that link their lesson file in HTML ("### Block 1: <a href>") as the index, as it does Markdown links', () => {
		const result = importPlan(
			{
				index: {
					path: 'README.md',
					// The first one closed as sloppily as READMEs do (`<a/>`), which the page shows as a link all the same.
					text: '# Course\n\n## Agenda\n\n### Block 1: <a href="01-intro.md">Introduction<a/>\n\n- Installing\n\n### Block 2: <a href="02-basics.md">Basics</a>\n\n- Variables\n\n### Block 3: <a href="03-loops.md">Loops</a>\n\n- for\n',
				},
				files: ['01-intro', '02-basics', '03-loops'].map((name) => ({ path: `${name}.md`, text: `Chapter ${name} in full.\n` })),
			},
			{ fileName: 'course.md', order: 0, id: 'course', track: 'backend' },
		);
		expect(result.pattern).toMatch(/index linking 3/);
		expect(result.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Block 1', 'Introduction'],
			['Block 2', 'Basics'],
			['Block 3', 'Loops'],
		]);
		expect(result.phases[1]!.body).toContain('Chapter 02-basics in full.');
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).toContain('### Block 2: [Basics](/roadmaps/course/basics/)\n\n- Variables');
	});

	it('gives a unit heading the lessons of the folder it links, a folder without a README ("### [Block 2: Web](./web)")', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Course\n\n### [Block 1: Basics](./basics)\n\n- Syntax\n\n### [Block 2: Web](./web)\n\n- DOM\n\n### [Block 3: Tools](./tools)\n\n- Git\n' },
				files: [
					['basics/lesson1-intro/lecture1.md', 'Lecture 1: Intro'],
					['basics/lesson2-vars/lecture2.md', 'Lecture 2: Variables'],
					['web/lesson3-dom/lecture3.md', 'Lecture 3: DOM'],
					['web/lesson4-events/lecture4.md', 'Lecture 4: Events'],
					['tools/git.md', 'Git'],
				].map(([path, title]) => ({ path: path!, text: `# ${title}\n\nAbout ${title}.\n` })),
			},
			{ fileName: 'course.md', order: 0, id: 'course', track: 'backend' },
		);
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['group']])).toEqual([
			['Block 1', 'Basics', 'basics'],
			['Lesson 1', 'Intro', 'basics'],
			['Lesson 2', 'Variables', 'basics'],
			['Block 2', 'Web', 'web'],
			['Lesson 3', 'DOM', 'web'],
			['Lesson 4', 'Events', 'web'],
			['Block 3', 'Tools', undefined],
		]);
		expect(result.phases[4]!.body).toContain('About Lecture 3: DOM.');
		// A folder of one file gives its unit that text.
		expect(result.phases[6]!.body).toContain('About Git.');
	});

	it('takes headings that are each a link alone to a page of the plan, without numbers, as the index ("## [Network](Network)")', () => {
		const result = importPlan(
			{
				index: { path: 'main.md', text: '# Backend\n\n## [Network](Network)\n\n- [ ] HTTP\n\n## [Database](Database)\n\n- [ ] SQL\n\n## [Java](java)\n\n- [ ] Loops\n' },
				files: ['Network', 'Database', 'java'].map((name) => ({ path: `${name}.md`, text: `# ${name}\n\nReadings on ${name}.\n` })),
			},
			{ fileName: 'main.md', order: 0, id: 'backend', track: 'backend' },
		);
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Network', 'Database', 'Java']);
		expect(result.phases[0]!.body).toContain('Readings on Network.');
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).toContain('## [Network](/roadmaps/backend/network/)\n\n- [ ] HTTP');
	});

	it('brings the pages a book\'s table of contents lists under a page the plan links onto that page', () => {
		const result = importPlan(
			{
				index: { path: 'schedule.md', text: '# Plan\n\n| Week | Topics |\n| - | - |\n| 1 | [Start](book/01/README.md) |\n| 2 | [Data](book/02/README.md) |\n' },
				files: [
					{ path: 'SUMMARY.md', text: '# Summary\n\n* [Start](book/01/README.md)\n  * [Syntax](book/01/syntax.md)\n    * [Magic](book/01/magic.md)\n* [Data](book/02/README.md)\n' },
					{ path: 'book/01/README.md', text: '# Start\n\nThis chapter covers syntax.\n' },
					{ path: 'book/01/syntax.md', text: '# Syntax\n\nIndentation.\n' },
					{ path: 'book/01/magic.md', text: '# Magic\n\n%paste\n' },
					{ path: 'book/02/README.md', text: '# Data\n\nNumbers.\n' },
				],
			},
			{ fileName: 'schedule.md', order: 0, id: 'p', track: 'backend' },
		);
		expect(result.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Week 1', 'Start'],
			['Week 2', 'Data'],
		]);
		expect(result.phases[0]!.body).toMatch(/This chapter covers syntax\.[\s\S]*## Syntax\n\nIndentation\.[\s\S]*## Magic/);
	});

	it('titles a lesson by its heading\'s words besides a link that names no unit, with the length they state', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# 学习\n\n## Task01：函数极限（3天）[链接](task01.md)\n\n## Task02：数列极限（4天）[链接](task02.md)\n' },
				files: [1, 2].map((n) => ({ path: `task0${n}.md`, text: `# 第${n}课\n\n内容。\n` })),
			},
			{ fileName: 'plan.md', order: 0, id: 'm', track: 'backend' },
		);
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['duration']])).toEqual([
			['Task 1（3天）', '函数极限', { min: 3, max: 3, unit: 'day' }],
			['Task 2（4天）', '数列极限', { min: 4, max: 4, unit: 'day' }],
		]);
	});

	it('takes lists of one link that continue the sequence, and the labelled sections around them for groups', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Course\n\n## Week 1: Basics\n\n- [Day 1](day1.md)\n\n## Week 2: More\n\n- [Day 8](day8.md)\n- [Day 9](day9.md)\n\n## Contributing\n\n- [Guide](CONTRIBUTING.md)\n' },
				files: ['day1', 'day8', 'day9', 'CONTRIBUTING'].map((name) => ({ path: `${name}.md`, text: `# ${name}\n\nText.\n` })),
			},
			{ fileName: 'course.md', order: 0, id: 'course', track: 'backend' },
		);
		expect(result.phases.map((p) => [p.data['label'], p.data['group']])).toEqual([
			['Day 1', 'basics'],
			['Day 8', 'more'],
			['Day 9', 'more'],
		]);
		expect(result.roadmap['groups']).toMatchObject([
			{ id: 'basics', title: 'Basics' },
			{ id: 'more', title: 'More' },
		]);
	});

	it('keeps the author\'s order of lessons listed out of numeric order, one link a list or several, and drops a repeated link', () => {
		const lessonsOf = (text: string) =>
			importPlan(
				{ index: { path: 'README.md', text }, files: ['01', '02', '03', '04'].map((n) => ({ path: `${n}.md`, text: `# Text ${n}\n\nText.\n` })) },
				{ fileName: 'course.md', order: 0, id: 'course', track: 'backend' },
			).phases.map((p) => [p.data['label'], p.data['order']]);
		const authors = [['Lesson 1', 1], ['Lesson 3', 2], ['Lesson 2', 3], ['Lesson 4', 4]];
		expect(lessonsOf('# Course\n\n## Week 1\n\n- [Lesson 1](01.md)\n\n## Week 2\n\n- [Lesson 3](03.md)\n\n## Week 3\n\n- [Lesson 2](02.md)\n\n## Week 4\n\n- [Lesson 4](04.md)\n')).toEqual(authors);
		expect(lessonsOf('# Course\n\n- [Lesson 1](01.md)\n- [Lesson 3](03.md)\n- [Lesson 2](02.md)\n- [Lesson 4](04.md)\n')).toEqual(authors);
		// Numbers that skip are no lessons reordered: Part 3 of one course and Part 1 of another.
		// The folder's numbered files are the lessons then, all four.
		expect(lessonsOf('# Course\n\n## Java\n\n- [Java](03.md)\n\n## PHP\n\n- [PHP](01.md)\n')).toHaveLength(4);
		// A link back to a lesson already listed ("start again") is no unit of its own.
		expect(lessonsOf('# Course\n\n## Week 1\n\n- [Lesson 1](01.md)\n\n## Week 2\n\n- [Lesson 2](02.md)\n\n## Again\n\n- [Lesson 1](01.md)\n')).toEqual([['Lesson 1', 1], ['Lesson 2', 2]]);
	});

	it('follows a module\'s README that links its lessons: they come right after the module, each titled by its own heading when the links all say "Notes"', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Zoomcamp\n\n#### [Module 1: Intro](01-intro/)\n\n#### [Module 2: Pipelines](02-pipelines/)\n\n#### [Module 3: Streaming](03-streaming/)\n' },
				files: [
					{ path: '01-intro/README.md', text: '# Intro\n\nWelcome.\n' },
					{ path: '02-pipelines/README.md', text: '# Pipelines\n\n## 2.1 Extract\n\n- [Notes](notes/01-extract.md)\n\n## 2.2 Load\n\n- [Notes](notes/02-load.md)\n\n## Homework\n\nDo it.\n' },
					{ path: '02-pipelines/notes/01-extract.md', text: '# 2.1 - Extracting data\n\nRead the API.\n' },
					{ path: '02-pipelines/notes/02-load.md', text: '# 2.2 - Loading data\n\nWrite the table.\n' },
					{ path: '03-streaming/README.md', text: '# Streaming\n\nKafka.\n' },
				],
			},
			{ fileName: 'zoomcamp.md', order: 0, id: 'zoomcamp', track: 'backend' },
		);
		expect(result.phases.map((p) => [p.id, p.data['label'] ?? null, p.data['title']])).toEqual([
			['intro', 'Module 1', 'Intro'],
			['pipelines', 'Module 2', 'Pipelines'],
			['extracting-data', null, '2.1 - Extracting data'],
			['loading-data', null, '2.2 - Loading data'],
			['streaming', 'Module 3', 'Streaming'],
		]);
		// The module with lessons of its own is a group of them, its page first; the others stay phases.
		expect(result.roadmap['groups']).toEqual([{ id: 'pipelines', title: 'Pipelines' }]);
		expect(result.phases.map((p) => p.data['group'] ?? null)).toEqual([null, 'pipelines', 'pipelines', 'pipelines', null]);
		// The module's page keeps its text, its links now leading to the lessons' pages.
		expect(result.phases[1]!.body).toContain('[Notes](/roadmaps/zoomcamp/extracting-data/)');
		expect(result.phases[1]!.body).toContain('## Homework');
	});

	it('reads a module\'s lessons as pages: the links a lesson lists (past editions\' folders) are no lessons of the plan', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Zoomcamp\n\n### [Module 1: Search](01-search/)\n\n### [Module 2: Evaluation](02-evaluation/)\n' },
				files: [
					{ path: '01-search/README.md', text: '# Search\n\n1. [Intro](lessons/01-intro.md)\n2. [Next Steps](lessons/02-next.md)\n' },
					{ path: '01-search/lessons/01-intro.md', text: '# Intro\n\nWhy search.\n' },
					{ path: '01-search/lessons/02-next.md', text: '# Next Steps\n\n- Cohorts and materials:\n  - [2024/01-search](../../cohorts/2024/01-search/)\n  - [2025/01-search](../../cohorts/2025/01-search/)\n' },
					{ path: 'cohorts/2024/01-search/README.md', text: '# Search, 2024\n\nElasticsearch.\n' },
					{ path: 'cohorts/2025/01-search/README.md', text: '# Search, 2025\n\nMinsearch.\n' },
					{ path: '02-evaluation/README.md', text: '# Evaluation\n\n1. [Offline](offline/README.md)\n2. [Online](online.md)\n' },
					{ path: '02-evaluation/offline/README.md', text: '# Offline\n\n1. [Hit rate](01-hit-rate.md)\n2. [MRR](02-mrr.md)\n' },
					{ path: '02-evaluation/offline/01-hit-rate.md', text: '# Hit rate\n\nCount hits.\n' },
					{ path: '02-evaluation/offline/02-mrr.md', text: '# MRR\n\nRank them.\n' },
					{ path: '02-evaluation/online.md', text: '# Online\n\n- [Hit rate](offline/01-hit-rate.md)\n- [MRR](offline/02-mrr.md)\n' },
				],
			},
			{ fileName: 'zoomcamp.md', order: 0, id: 'zoomcamp', track: 'backend' },
		);
		// A folder's README under a module is a part of it, its lessons the module's too.
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Search', 'Intro', 'Next Steps', 'Evaluation', 'Offline', 'Hit rate', 'MRR', 'Online']);
	});

	it('reads the lessons from the one page the README sends its reader to, a contents page linking them; links to that page lead to the overview', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Course\n\n## What is this?\n\nA course.\n\n## Audience\n\nAnyone.\n\n## Start\n\nGo [here](Notes/Contents.md).\n' },
				files: [
					{ path: 'Notes/Contents.md', text: '# Contents\n\n* [0. Setup](00_Setup.md)\n* [1. Basics](01_Basics/00_Overview.md)\n* [2. Data](02_Data/00_Overview.md)\n' },
					{ path: 'Notes/00_Setup.md', text: '[Contents](Contents.md)\n\n# Setup\n\nInstall it.\n' },
					{ path: 'Notes/01_Basics/00_Overview.md', text: '# 1. Basics\n\n* [1.1 Numbers](01_Numbers.md)\n* [1.2 Strings](02_Strings.md)\n' },
					{ path: 'Notes/01_Basics/01_Numbers.md', text: '# 1.1 Numbers\n\nAdd them. [Contents](../Contents.md)\n' },
					{ path: 'Notes/01_Basics/02_Strings.md', text: '# 1.2 Strings\n\nJoin them.\n' },
					{ path: 'Notes/02_Data/00_Overview.md', text: '# 2. Data\n\nTables.\n' },
				],
			},
			{ fileName: 'course.md', order: 0, id: 'course', track: 'backend' },
		);
		expect(result.phases.map((p) => [p.data['title'], p.data['group'] ?? null])).toEqual([
			['Setup', null],
			['Basics', 'basics'],
			['Numbers', 'basics'],
			['Strings', 'basics'],
			['Data', null],
		]);
		const overview = result.files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect(overview).toContain('## What is this?');
		expect(overview).toContain('Go [here](/roadmaps/course/).');
		expect(result.phases[2]!.body).toContain('[Contents](/roadmaps/course/)');
		expect(result.filesUsed).toContain('Notes/Contents.md');
		// A page linking a few of many numbered lessons is no contents page: the lessons are.
		const few = importPlan(
			{
				index: { path: 'README.md', text: '# Course\n\nFirst [set up](setup.md).\n' },
				files: [
					{ path: 'setup.md', text: '# Setup\n\n- [1. Install](01-install.md)\n- [2. Run](02-run.md)\n' },
					...['01-install', '02-run', '03-loops', '04-lists', '05-files'].map((name) => ({ path: `${name}.md`, text: `# ${name}\n\nText.\n` })),
				],
			},
			{ fileName: 'course.md', order: 0, id: 'course', track: 'backend' },
		);
		expect(few.phases).toHaveLength(5);
	});

	it('reads the lessons of books whose folder names are numbered ("book-1-basics/"): the folder every row of a book\'s README links in numbers none of its lessons', () => {
		const book = (n: number, name: string, lessons: string[]) => [
			{ path: `book-${n}-${name}/README.md`, text: `# Book ${n}\n\n| Lesson | Topic |\n| --- | --- |\n${lessons.map((l) => `| [${l}](./chapters/${l}.md) | ${l} |`).join('\n')}\n` },
			...lessons.map((l) => ({ path: `book-${n}-${name}/chapters/${l}.md`, text: `# ${l}\n\nText.\n` })),
		];
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Course\n\nWelcome.\n\nThen head to the [Table of Contents](./TABLE_OF_CONTENTS.md).\n' },
				files: [
					{ path: 'TABLE_OF_CONTENTS.md', text: '# Table of Contents\n\n|Book|Title|\n|--|--|\n|1|[Basics](./book-1-basics/README.md)|\n|2|[Web](./book-2-web/README.md)|\n' },
					...book(1, 'basics', ['setup', 'loops', 'lists']),
					...book(2, 'web', ['servers', 'routes']),
				],
			},
			{ fileName: 'course.md', order: 0, id: 'course', track: 'backend' },
		);
		expect(result.phases.map((p) => [p.data['title'], p.data['group'] ?? null])).toEqual([
			['Basics', 'basics'],
			['setup', 'basics'],
			['loops', 'basics'],
			['lists', 'basics'],
			['Web', 'web'],
			['servers', 'web'],
			['routes', 'web'],
		]);
	});

	it('reads a book\'s table of contents (mdBook, GitBook): every page it links in its order, whatever their names, the pages listed under a chapter grouped with it, a section with pages of its own a group inside', () => {
		const result = importPlan(
			{
				index: {
					path: 'SUMMARY.md',
					text: '# The Book\n\n[Foreword](foreword.md)\n\n- [Getting Started](ch01-00-start.md)\n  - [Installation](ch01-01-install.md)\n    - [On Windows](ch01-01-windows.md)\n\n- [A Game](ch02-00-game.md)\n\n- [Appendix](appendix-00.md)\n  - [A - Keywords](appendix-01-keywords.md)\n  - [Draft]()\n',
				},
				files: [
					...['foreword', 'ch01-00-start', 'ch01-01-windows', 'appendix-00', 'appendix-01-keywords'].map((name) => ({ path: `${name}.md`, text: `# ${name}\n\nText of ${name}.\n` })),
					// Books link their chapters as the pages they build ("ch02-00-game.html"), often by reference.
					{ path: 'ch01-01-install.md', text: '# Installation\n\nThen [play the game][game].\n\n[game]: ch02-00-game.html#how-to-play\n' },
					{ path: 'ch02-00-game.md', text: '# A Game\n\n## How to play\n\nGuess.\n' },
				],
			},
			{ fileName: 'book.md', order: 0, id: 'book', track: 'backend' },
		);
		// Not in rising order by their names (the appendix numbers from 0 again; the foreword has no number): the
		// table of contents is the order.
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Foreword', 'Getting Started', 'Installation', 'On Windows', 'A Game', 'Appendix', 'A - Keywords']);
		expect(result.phases.map((p) => p.data['group'] ?? null)).toEqual([null, 'getting-started', 'installation', 'installation', null, 'appendix', 'appendix']);
		expect((result.roadmap['groups'] as Array<{ id: string; parent?: string }>).find((group) => group.id === 'installation')?.parent).toBe('getting-started');
		expect(result.phases[3]!.body).toContain('Text of ch01-01-windows.');
		expect(result.phases[2]!.body).toContain('Then [play the game](/roadmaps/book/game/#how-to-play).');
		expect(result.roadmap['title']).toBe('The Book');
	});

	it('labels the pages opening folders named by a unit word and rising numbers, with other folders between them', () => {
		const pages = ['faq', 'semaine1', 'rules', 'semaine2', 'semaine10', 'solutions'];
		const result = importPlan(
			{
				index: { path: 'SUMMARY.md', text: `# Cours\n\n${pages.map((name, i) => `- [Page ${'ABCDEF'[i]}](${name}/_index.md)`).join('\n')}\n` },
				files: pages.map((name) => ({ path: `${name}/_index.md`, text: `Text of ${name}.\n` })),
			},
			{ fileName: 'cours.md', order: 0, id: 'cours', track: 'backend' },
		);
		expect(result.phases.map((p) => [p.data['title'], p.data['label'] ?? null, p.data['kind']])).toEqual([
			['Page A', null, 'lesson'],
			['Page B', 'Semaine 1', 'week'],
			['Page C', null, 'lesson'],
			['Page D', 'Semaine 2', 'week'],
			['Page E', 'Semaine 10', 'week'],
			['Page F', null, 'lesson'],
		]);
	});

	it('reads a Docsify sidebar (_sidebar.md) like a table of contents: links to pages as the site builds them ("/", "guide/basics"), numbered link text titled without its number', () => {
		const result = importPlan(
			{
				index: { path: '_sidebar.md', text: '* [0. 前言](/)\n* [1. 简介](guide/intro)\n* [2. 基础](guide/basics.md)\n' },
				files: [
					{ path: 'README.md', text: '# ES6 教程\n\n前言的内容。\n' },
					{ path: 'guide/intro.md', text: '# 简介\n\n简介的内容。\n' },
					{ path: 'guide/basics.md', text: '# 基础\n\n基础的内容。\n' },
				],
			},
			{ fileName: 'es6.md', order: 0, id: 'es6', track: 'backend' },
		);
		expect(result.roadmap['title']).toBe('ES6 教程');
		// The home page listed first is the book's overview, not its first phase.
		expect(result.phases.map((p) => [p.data['title'], p.body])).toEqual([
			['简介', '简介的内容。'],
			['基础', '基础的内容。'],
		]);
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).toContain('前言的内容。');
	});

	it('reads paragraphs that are each one numbered link ("[📘 1. temeller/](temeller/README.md)") as an index, one module each', () => {
		const names = ['temeller', 'veri', 'modeller'];
		const result = importPlan(
			{
				index: { path: 'README.md', text: ['# Yol Haritası', '', ...names.flatMap((name, i) => [`[📘 ${i + 1}. ${name}/](${name}/README.md)`, '', `${name} modülünün açıklaması.`, '']), ''].join('\n') },
				files: [
					...names.map((name) => ({ path: `${name}/README.md`, text: `# ${name} dersi\n\nMetin.\n` })),
					// A folder of more numbered lessons that the index does not list first.
					...[1, 2, 3, 4].map((n) => ({ path: `ekler/0${n}-ek.md`, text: `# Ek ${n}\n\nMetin.\n` })),
				],
			},
			{ fileName: 'README.md', order: 0, id: 'yol', track: 'backend' },
		);
		expect(result.phases.map((p) => p.data['title'])).toEqual(['temeller dersi', 'veri dersi', 'modeller dersi']);
	});

	it('makes each item without a link over a list of lessons ("- **Módulo 1**" over "- [Aula 01](aula-01.md)") a group of those lessons', () => {
		const module = (n: number, lessons: number[]) => [`-   **Módulo ${n}: Parte ${n}**`, '    ---', `    Texto do módulo ${n}.`, ...lessons.map((l) => `    - [Aula 0${l} - Tema ${l}](aula-0${l}.md)`), ''];
		const result = importPlan(
			{
				index: { path: 'index.md', text: ['# Aulas', '', ...module(1, [1, 2]), ...module(2, [3, 4]), ''].join('\n') },
				files: [1, 2, 3, 4].map((l) => ({ path: `aula-0${l}.md`, text: `# Aula 0${l}\n\nTexto da aula ${l}.\n` })),
			},
			{ fileName: 'aulas.md', order: 0, id: 'aulas', track: 'backend' },
		);
		expect((result.roadmap['groups'] as Array<Record<string, unknown>>).map((g) => g['title'])).toEqual(['Módulo 1: Parte 1', 'Módulo 2: Parte 2']);
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['group']])).toEqual([
			['Aula 1', 'Tema 1', 'parte-1'],
			['Aula 2', 'Tema 2', 'parte-1'],
			['Aula 3', 'Tema 3', 'parte-2'],
			['Aula 4', 'Tema 4', 'parte-2'],
		]);
	});

	it('groups the pages a sidebar lists under an item without a link ("- Customization"), chapters with pages of their own inside', () => {
		const result = importPlan(
			{
				index: { path: '_sidebar.md', text: '- Getting started\n\n  - [Quick start](quickstart.md)\n  - [Adding pages](adding-pages.md)\n\n- Customization\n\n  - [Themes](themes/README.md)\n    - [Dark](themes/dark.md)\n  - [Plugins](plugins.md)\n' },
				files: [
					...['quickstart', 'adding-pages', 'themes/README', 'themes/dark', 'plugins'].map((name) => ({ path: `${name}.md`, text: `Text of ${name}.\n` })),
					// Docsify's home page, which the sidebar leaves out: the overview.
					{ path: 'README.md', text: '# Docsify\n\nA magical documentation site generator, with pages that load as you read them.\n\n## Features\n\n- No build step: see [Quick start](quickstart.md)\n' },
				],
			},
			{ fileName: 'docs.md', order: 0, id: 'docs', track: 'backend' },
		);
		expect(result.roadmap['title']).toBe('Docsify');
		expect(result.roadmap['summary']).toBe('A magical documentation site generator, with pages that load as you read them.');
		expect(result.filesUsed).toContain('README.md');
		expect(result.roadmap['groups']).toEqual([
			{ id: 'getting-started', title: 'Getting started' },
			{ id: 'customization', title: 'Customization' },
			{ id: 'themes', title: 'Themes', parent: 'customization' },
		]);
		expect(result.phases.map((p) => [p.data['title'], p.data['group']])).toEqual([
			['Quick start', 'getting-started'],
			['Adding pages', 'getting-started'],
			['Themes', 'themes'],
			['Dark', 'themes'],
			['Plugins', 'customization'],
		]);
		// The home page's text is the overview's, its links leading to the phases; nothing of the sidebar stays there.
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).toMatch(/---\n\n## Features\n\n- No build step: see \[Quick start\]\(\/roadmaps\/docs\/quick-start\/\)\n$/);
	});

	it('makes an item without a link under a page ("- Stores" under "- [Databases]") a group inside the page\'s, not a part of the book', () => {
		const result = importPlan(
			{
				index: { path: '_sidebar.md', text: '- [Basics](basics.md)\n- [Databases](db.md)\n  - Stores\n    - [Documents](docs.md)\n    - [Graphs](graphs.md)\n  - [Indexes](indexes.md)\n- [Scaling](scaling.md)\n' },
				files: ['basics', 'db', 'docs', 'graphs', 'indexes', 'scaling'].map((name) => ({ path: `${name}.md`, text: `Text of ${name}.\n` })),
			},
			{ fileName: 'db.md', order: 0, id: 'db', track: 'backend' },
		);
		expect(result.roadmap['groups']).toEqual([
			{ id: 'databases', title: 'Databases' },
			{ id: 'stores', title: 'Stores', parent: 'databases' },
		]);
		expect(result.phases.map((p) => [p.data['title'], p.data['group'] ?? null])).toEqual([
			['Basics', null],
			['Databases', 'databases'],
			['Documents', 'stores'],
			['Graphs', 'stores'],
			['Indexes', 'databases'],
			['Scaling', null],
		]);
	});

	it('reads a sidebar that is one item linking the home page, every page under it, as the book: the home page its overview', () => {
		const result = importPlan(
			{
				index: { path: '_sidebar.md', text: '- [Happy LLM](./README.md)\n  - [前言](./前言.md)\n  - [第一章 NLP 基础概念](./chapter1/nlp.md)\n  - [第二章 Transformer](./chapter2/transformer.md)\n' },
				files: [
					{ path: 'README.md', text: '# Happy LLM\n\n一本从原理到实践、带你亲手搭建一个小型大语言模型的开源教程。\n\n## 致谢\n\n感谢。\n' },
					{ path: '前言.md', text: '# 前言\n\n缘起。\n' },
					{ path: 'chapter1/nlp.md', text: '# 第一章 NLP 基础概念\n\n## 1.1 什么是 NLP\n\nx\n' },
					{ path: 'chapter2/transformer.md', text: '# 第二章 Transformer\n\n## 2.1 注意力\n\ny\n' },
				],
			},
			{ fileName: 'llm.md', order: 0, id: 'llm', track: 'backend' },
		);
		expect(result.roadmap['title']).toBe('Happy LLM');
		expect(result.roadmap['groups']).toBeUndefined();
		expect(result.phases.map((p) => [p.data['label'] ?? null, p.data['title'], p.body.split('\n')[0]])).toEqual([
			[null, '前言', '缘起。'],
			['第一章', 'NLP 基础概念', '## 1.1 什么是 NLP'],
			['第二章', 'Transformer', '## 2.1 注意力'],
		]);
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).toContain('## 致谢');
	});

	it('finds a lesson file\'s title heading under the logo, badges and HTML it opens with, and leaves it out of the body', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Bootcamp\n\n1. [Git](01-git/README.md)\n2. [JavaScript](02-js/README.md)\n3. [CSS](03-css/README.md)\n' },
				files: [
					{ path: '01-git/README.md', text: '![Logo](https://cdn.example/logo.png)\n\n<table><tr><td>Feedback</td></tr></table>\n\n# Git\n\n## Commands\n\nx\n' },
					{ path: '02-js/README.md', text: '![Logo](https://cdn.example/logo.png)\n\n<div align="center">\n\n[![CI](https://ci.example/badge.svg)](https://ci.example) ![Stars](https://img.example/stars.svg)\n\n# JavaScript\n\n</div>\n\n---\n\nVariables.\n' },
					{ path: '03-css/README.md', text: '![Logo](https://cdn.example/logo.png)\n\n# CSS\n\nSelectors.\n' },
				],
			},
			{ fileName: 'bootcamp.md', order: 0, id: 'bootcamp', track: 'backend' },
		);
		const [git, js, css] = result.phases;
		// A logo that opens most lesson files alike is the original site's: it is left out, with a note.
		expect(result.phases.map((p) => p.body.includes('cdn.example/logo.png'))).toEqual([false, false, false]);
		expect(css!.body).toBe('Selectors.');
		expect([git!.data['title'], js!.data['title']]).toEqual(['Git', 'JavaScript']);
		expect(git!.body).not.toMatch(/^#+ Git$/m);
		// The sections under the title move up with it.
		expect(git!.body).toMatch(/^## Commands$/m);
		expect(js!.body).not.toMatch(/^#+ JavaScript$/m);
		expect(js!.body).toContain('Variables.');
	});

	it('leaves out a logo written in inline HTML that opens most lesson files alike, as one written in Markdown', () => {
		const logo = "<a href='https://school.example/'><img src='../logo.png'/></a>";
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Bootcamp\n\n1. [Strings](01-strings.md)\n2. [Lists](02-lists.md)\n3. [Files](03-files.md)\n' },
				files: ['Strings', 'Lists', 'Files'].map((name, i) => ({ path: `0${i + 1}-${name.toLowerCase()}.md`, text: `___\n\n${logo}\n___\n<center><em>Content Copyright by School</em></center>\n\n# ${name}\n\nAbout ${name}.\n` })),
				assets: ['logo.png'],
			},
			{ fileName: 'bootcamp.md', order: 0, id: 'bootcamp', track: 'backend' },
		);
		expect(result.phases.map((p) => p.body.includes('logo.png'))).toEqual([false, false, false]);
		// What else opens them stays: a copyright line is no logo.
		expect(result.phases[0]!.body).toContain('Content Copyright by School');
		expect(result.phases[0]!.body).toContain('About Strings.');
	});

	it('leaves out a lesson file\'s opening line that is its title in bold, as it leaves out a heading that is', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Course\n\n1. [Regression](01_regression.md)\n2. [Classification](02_classification.md)\n' },
				files: [
					{ path: '01_regression.md', text: '**Chapter 1 – Regression**\n\n*The sample code of chapter 1.*\n\n## Setup\n\nx\n' },
					// Bold that is not the title, or only part of the paragraph, stays.
					{ path: '02_classification.md', text: '**Read this first.**\n\n**Chapter 2** – Classification\n\ny\n' },
				],
			},
			{ fileName: 'course.md', order: 0, id: 'course', track: 'backend' },
		);
		expect(result.phases.map((p) => [p.data['title'], p.body.split('\n')[0]])).toEqual([
			['Regression', '*The sample code of chapter 1.*'],
			['Classification', '**Read this first.**'],
		]);
	});

	it('titles the pages of a book without the section numbers its table of contents gives them ("2.1 Images")', () => {
		const result = importPlan(
			{
				index: { path: 'SUMMARY.md', text: '# Summary\n\n* [Basics](basics/README.md)\n  * [1.1 Quick start](basics/quickstart.md)\n  * [1.2 Concepts](basics/what.md)\n* [Registries](images/README.md)\n  * [2.1 Pulling](images/pull.md)\n' },
				files: ['basics/README', 'basics/quickstart', 'basics/what', 'images/README', 'images/pull'].map((name) => ({ path: `${name}.md`, text: `# ${name === 'basics/quickstart' ? '1.1 Quick start' : 'Page'}\n\nText of ${name}.\n` })),
			},
			{ fileName: 'book.md', order: 0, id: 'book', track: 'backend' },
		);
		expect(result.phases.map((p) => [p.id, p.data['title']])).toEqual([
			['basics', 'Basics'],
			['quick-start', 'Quick start'],
			['concepts', 'Concepts'],
			['registries', 'Registries'],
			['pulling', 'Pulling'],
		]);
		// The page's own heading, numbered so, is its title: it does not stand under it again.
		expect(result.phases[1]!.body).toBe('Text of basics/quickstart.');
	});

	it('nests the chapters of a table of contents in its labelled parts ("## Part 1: …")', () => {
		const result = importPlan(
			{
				index: {
					path: 'SUMMARY.md',
					text: '# Contents\n\n## Part 1: Basics\n\n* [Intro](intro/README.md)\n  * [Setup](intro/setup.md)\n  * [Chapter summary](intro/summary.md)\n* [Notes](notes.md)\n\n## Part 2: Practice\n\n* [Images](images/README.md)\n  * [Pull](images/pull.md)\n  * [Build](images/build.md)\n  * [Chapter summary](images/summary.md)\n',
				},
				files: [
					...['intro/README', 'intro/setup', 'notes', 'images/README', 'images/pull', 'images/build'].map((name) => ({ path: `${name}.md`, text: `# ${name}\n\nText.\n` })),
					// Every chapter ends with a page of the same name, which its own heading repeats: that is its title.
					...['intro', 'images'].map((chapter) => ({ path: `${chapter}/summary.md`, text: `## Chapter summary\n\nWhat ${chapter} taught.\n` })),
				],
			},
			{ fileName: 'book.md', order: 0, id: 'book', track: 'backend' },
		);
		expect(result.roadmap['groups']).toEqual([
			{ id: 'basics', title: 'Part 1: Basics' },
			{ id: 'practice', title: 'Part 2: Practice' },
			{ id: 'intro', title: 'Intro', parent: 'basics' },
			{ id: 'images', title: 'Images', parent: 'practice' },
		]);
		expect(result.phases.map((p) => [p.data['title'], p.data['group']])).toEqual([
			['Intro', 'intro'],
			['Setup', 'intro'],
			['Chapter summary', 'intro'],
			['Notes', 'basics'],
			['Images', 'images'],
			['Pull', 'images'],
			['Build', 'images'],
			['Chapter summary', 'images'],
		]);
		expect(result.phases[2]!.body).toBe('What intro taught.');
	});

	it("takes a table of contents' part headings as its parts when one is labelled and the others not, a GitBook anchor left out of the title", () => {
		const result = importPlan(
			{
				index: {
					path: 'SUMMARY.md',
					text: '# Table of contents\n\n* [Home](README.md)\n\n## Topic 1. Basics <a id="topic-1"></a>\n\n* [Intro](intro.md)\n* [Syntax](syntax/README.md)\n  * [Loops](syntax/loops.md)\n\n## Labs\n\n* [Lab 1](labs/lab-1.md)\n* [Lab 2](labs/lab-2.md)\n\n## Practice\n\n* [Bits](practice/bits.md)\n',
				},
				files: ['README', 'intro', 'syntax/README', 'syntax/loops', 'labs/lab-1', 'labs/lab-2', 'practice/bits'].map((name) => ({ path: `${name}.md`, text: `# ${name}\n\nText of ${name}.\n` })),
			},
			{ fileName: 'book.md', order: 0, id: 'book', track: 'backend' },
		);
		expect((result.roadmap['groups'] as Array<{ title: string }>).map((group) => group.title)).toEqual(['Topic 1. Basics', 'Labs', 'Practice', 'Syntax']);
		expect(result.phases.map((p) => p.data['group'])).toEqual(['basics', 'syntax', 'syntax', 'labs', 'labs', 'practice']);
	});

	it('follows links to a folder (its README) and links from the plan\'s root, as GitHub shows them', () => {
		const folders = importPlan(
			{
				index: { path: 'README.md', text: '# Course\n\n1. [Intro](01-intro/)\n2. [Loops](/02-loops)\n' },
				files: [
					{ path: '01-intro/README.md', text: '# Intro\n\nNext: [loops](../02-loops/#while).\n' },
					{ path: '02-loops/README.md', text: '# Loops\n\n## While\n\nBack to [the start](/01-intro/README.md).\n' },
				],
			},
			{ fileName: 'course.md', order: 0, id: 'course', track: 'backend' },
		);
		expect(folders.phases.map((p) => [p.id, p.data['title']])).toEqual([
			['intro', 'Intro'],
			['loops', 'Loops'],
		]);
		expect(folders.phases[0]!.body).toContain('[loops](/roadmaps/course/loops/#while)');
		expect(folders.phases[1]!.body).toContain('[the start](/roadmaps/course/intro/)');
	});

	it('keeps what an index row says besides its link, and the files it links there, on the unit\'s page', () => {
		const plan = importPlan(
			{
				index: { path: 'schedule.md', text: '# План\n\n| Неделя | Темы | Задания |\n| :--: | -- | -- |\n| 0 | [Подготовка](book/01/README.md) | - |\n| 1 | [Типы](book/02/README.md) | [Задачи](exercises/02.md), [план](schedule.md) |\n' },
				files: [
					{ path: 'book/01/README.md', text: '# Подготовка\n\nУстановка.\n' },
					{ path: 'book/02/README.md', text: '# Типы\n\nСтроки.\n' },
					{ path: 'exercises/02.md', text: '# Задачи\n\n![схема](img/a.png) и [решения](../book/01/README.md).\n' },
				],
				assets: ['exercises/img/a.png'],
			},
			{ fileName: 's.md', order: 0, id: 's', track: 'backend' },
		);
		// The row's other cells open the page, over the lesson's text; the file the row links beside the unit's (the
		// exercises) follows that text, its links and images still found.
		expect(plan.phases.map((p) => [p.data['label'], p.body])).toEqual([
			['Неделя 0', 'Установка.'],
			['Неделя 1', '**Задания**: [Задачи](#задачи), [план](/roadmaps/s/)\n\nСтроки.\n\n## Задачи {/* #задачи */}\n\n![схема](./images/a.png) и [решения](/roadmaps/s/podgotovka/).'],
		]);
	});

	it("opens a lesson's page with its row's other cells; the lesson's own \"#\" title in other words leads its text, and titles the unit when it says more", () => {
		const plan = importPlan(
			{
				index: { path: 'README.md', text: '# Course\n\n| # | Lesson | Description |\n| -- | -- | -- |\n| 00 | [Course Setup](./00-setup/README.md) | Get ready. |\n| 01 | [Chat Apps](./01-chat/README.md) | Build one. |\n| 02 | [README](./02-quiz/README.md) | Test. |\n| 03 | [Appendix](./03-more/appendix-00.md) | More. |\n' },
				files: [
					{ path: '00-setup/README.md', text: '# Getting Started with this course\n\nInstall.\n\n## Keys\n\nGet a key.\n' },
					{ path: '01-chat/README.md', text: '# 01 — Building AI-Powered Chat Apps\n\nChat.\n' },
					{ path: '02-quiz/README.md', text: '# Quizzes\n\nAsk.\n' },
					{ path: '03-more/appendix-00.md', text: '# appendix-00\n\nA.\n' },
				],
			},
			{ fileName: 'course.md', order: 0, id: 'c', track: 'backend' },
		);
		expect(plan.phases.map((p) => [p.data['title'], p.body])).toEqual([
			// The author's own title, which the page's does not say, stays as its lead.
			['Course Setup', '*Getting Started with this course*\n\n**Description**: Get ready.\n\nInstall.\n\n## Keys\n\nGet a key.'],
			['Building AI-Powered Chat Apps', '**Description**: Build one.\n\nChat.'],
			// Link text that is the file's name gives no title of the index's: the file's own heading stays on its page.
			['README', '**Description**: Test.\n\n## Quizzes\n\nAsk.'],
			// A heading that is the file's name is no title of the author's: it leads nothing.
			['Appendix', '**Description**: More.\n\nA.'],
		]);
	});

	it("takes a lesson's own title that the index's says, accents, label or a sign for \"and\" aside or in fewer words, for the same title: it leads nothing", () => {
		const plan = importPlan(
			{
				index: {
					path: 'README.md',
					text: '# Curso\n\n| Semana | Tema |\n| -- | -- |\n| [10](./week-10/README.md) | Administracion y Seguridad |\n| [11](./week-11/README.md) | Browsers and how they work |\n| [12](./week-12/README.md) | Fast API |\n| [13](./week-13/README.md) | JSON, routing & embedding |\n| [14](./week-14/README.md) | Lesen + Schreiben |\n| [15](./week-15/README.md) | Hören und Sprechen |\n',
				},
				files: [
					{ path: 'week-10/README.md', text: '# Semana 10 — Administración y Seguridad\n\nUsuarios.\n' },
					{ path: 'week-11/README.md', text: '# Browsers\n\nRendering.\n' },
					{ path: 'week-12/README.md', text: '# FastAPI\n\nRoutes.\n' },
					{ path: 'week-13/README.md', text: '# JSON, Routing and Embedding\n\nMaps.\n' },
					{ path: 'week-14/README.md', text: '# Lesen und Schreiben\n\nTexte.\n' },
					{ path: 'week-15/README.md', text: '# Hören & Sprechen\n\nDialoge.\n' },
				],
			},
			{ fileName: 'curso.md', order: 0, id: 'c', track: 'backend' },
		);
		// ("&" and "+" stand for the language's "and".)
		expect(plan.phases.map((p) => p.body)).toEqual(['Usuarios.', 'Rendering.', 'Routes.', 'Maps.', 'Texte.', 'Dialoge.']);
	});

	it('reads headings that are links around label and title, to module folders, a workshop between the modules', () => {
		const course = importPlan(
			{
				index: {
					path: 'README.md',
					text: '# Zoomcamp\n\n## Syllabus\n\n### [Module 1: Containers](01-docker/)\n\nDocker.\n\n### [Module 2: Orchestration](02-flow/)\n\nFlows.\n\n### [Workshop 1: Ingestion](workshops/dlt.md)\n\nA workshop.\n\n### [Module 3: Warehouses](03-dw/)\n\nBigQuery.\n\n## FAQ\n\n### Help\n\nAsk.\n',
				},
				files: [
					{ path: '01-docker/README.md', text: '# Module 1\n\nContainers text.\n' },
					{ path: '02-flow/README.md', text: '# Module 2\n\nFlow text.\n' },
					{ path: 'workshops/dlt.md', text: '# Workshop\n\nIngestion text.\n' },
					{ path: '03-dw/README.md', text: '# Module 3\n\nWarehouse text.\n' },
				],
				assets: [],
			},
			{ fileName: 'z.md', order: 0, id: 'z', track: 'backend' },
		);
		expect(course.phases.map((p) => [p.id, p.data['label'], p.data['title']])).toEqual([
			['containers', 'Module 1', 'Containers'],
			['orchestration', 'Module 2', 'Orchestration'],
			['ingestion', 'Workshop 1', 'Ingestion'],
			['warehouses', 'Module 3', 'Warehouses'],
		]);
		expect(course.phases[3]!.body).toContain('Warehouse text.');
	});

	it("reads a day's lists linking its materials and its quizzes, two series of file names interleaved, a quiz's explanation beside it", () => {
		const lecture = importPlan(
			{
				index: {
					path: 'README.md',
					text: [
						'# 講義サポートページ',
						'',
						'### Day01: Python最初歩',
						'',
						'* [資料00: イントロダクション](day01_00Intro.md)',
						'* [資料01: 変数](day01_01Variable.md)',
						'* [課題Q1: 変数](day01_q1Variable.md)',
						'* [資料02: 制御構文](day01_02Control.md)',
						'* [課題Q2: 制御構文](day01_q2Control.md)',
						'',
						'### Day02: 関数',
						'',
						'* [資料01: 関数](day02_01Function.md)',
						'* [課題Q1解説: 関数](day02_q1Function_explanation.md) ※先にこちらを読む',
						'* [課題Q1: 関数](day02_q1Function.md)',
						'* [資料02: ラムダ式](day02_02Lambda.md)',
						'',
					].join('\n'),
				},
				files: ['day01_00Intro', 'day01_01Variable', 'day01_q1Variable', 'day01_02Control', 'day01_q2Control', 'day02_01Function', 'day02_q1Function_explanation', 'day02_q1Function', 'day02_02Lambda'].map((name) => ({ path: `${name}.md`, text: `# ${name}\n\n${name} text.\n` })),
			},
			{ fileName: 'z.md', order: 0, id: 'z', track: 'backend' },
		);
		expect(lecture.phases.map((p) => [p.data['group'], p.body])).toEqual([
			['day-1', 'day01_00Intro text.'],
			['day-1', 'day01_01Variable text.'],
			['day-1', 'day01_q1Variable text.'],
			['day-1', 'day01_02Control text.'],
			['day-1', 'day01_q2Control text.'],
			['day-2', 'day02_01Function text.'],
			// A quiz's explanation, numbered as the quiz is, comes before it as the list has it.
			['day-2', '※先にこちらを読む\n\nday02_q1Function_explanation text.'],
			['day-2', 'day02_q1Function text.'],
			['day-2', 'day02_02Lambda text.'],
		]);
	});

	it('reads a Chinese index whose headings link the days, its parts numbered under a day, and no "#" title', () => {
		const chinese = importPlan(
			{
				index: {
					path: 'README.md',
					text: [
						'## Python - 100天从新手到大师',
						'',
						'简单的说，Python是一个优雅的编程语言，适合初学者从零开始学习。',
						'',
						'### Day01~02 - 语言基础',
						'',
						'#### Day01 - [初识Python](./Day01-02/01.初识Python.md)',
						'',
						'#### Day02 - 数据抓取',
						'',
						'1. [使用requests抓取](./Day01-02/02.抓取-1.md)',
						'2. [页面解析](./Day01-02/02.解析-2.md)',
						'',
						'#### 第三天：[总结](./Day01-02/03.总结.md)',
						'',
					].join('\n'),
				},
				files: [
					{ path: 'Day01-02/01.初识Python.md', text: '## 初识Python\n\n内容一。\n' },
					{ path: 'Day01-02/02.抓取-1.md', text: '内容二。\n' },
					{ path: 'Day01-02/02.解析-2.md', text: '内容三。\n' },
					{ path: 'Day01-02/03.总结.md', text: '内容四。\n' },
				],
				assets: [],
			},
			{ fileName: 'py.md', order: 0, id: 'py', track: 'backend' },
		);
		expect(chinese.roadmap['title']).toBe('Python - 100天从新手到大师');
		expect(chinese.roadmap['duration']).toEqual({ min: 100, max: 100, unit: 'day' });
		// "Day01" is a label: a known unit word may touch its number. IDs come from labels, titles a slug cannot spell.
		expect(chinese.phases.map((p) => [p.id, p.data['label'], p.data['title']])).toEqual([
			['day-1', 'Day 1', '初识Python'],
			['day-2-1', 'Day 2 · 1', '使用requests抓取'],
			['day-2-2', 'Day 2 · 2', '页面解析'],
			['day-3', '第三天', '总结'],
		]);
	});

});

describe('reading files that are not UTF-8', () => {
	it('reads Windows-1252 and UTF-16 files', () => {
		expect(decodeBytes(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]))).toEqual({ text: 'Café', decodedAs: 'windows-1252' });
		expect(decodeBytes(Uint8Array.from([0xff, 0xfe, 0x43, 0x00, 0xe9, 0x00]))).toEqual({ text: 'Cé', decodedAs: 'utf-16le' });
		expect(decodeBytes(new TextEncoder().encode('Café'))).toEqual({ text: 'Café', decodedAs: null });
	});

	it('reads Korean, Chinese and Japanese files saved in their Windows code pages', () => {
		// The same sentences saved as CP949, GBK and Shift_JIS (iconv).
		const saved = {
			'euc-kr': 'IyMgMcHWwvc6IMbEwMy94yCx4sPKCgq6r7z2v80gwNq34cf8LCDBtrDHua6w+iC53bq5ua7AuyC56L/ztM+02S4guMXAzyC1ziC9w7Cjvr8gv6y9wMfPsO0gsPrBprimIMGmw+LHz7y8v+QuCg==',
			gb18030: 'IyC12tK71tyjulB5dGhvbiC7+bShCgrRp8+wseTBv6Giyv2+3cDg0M26zb/Y1sbB97PMoaPDv8zswbfPsMG9uPbQocqxo6zN6rPJv86689f30rWhowoKIyMgtdq2/tbco7q6r8r90+vEo7/pCgrA7b3iuq/K/bao0uWhorLOyv20q7Xd0tS8sMSjv+m1xLW8yOu3vcq9oaMK',
			shift_jis: 'IyCR5jGPVIFGUHl0aG9ugsyK7pFiCgqVz5CUgUGDZoFbg16MXoFBkKeM5I1clbaC8Ip3gtGC3IK3gUKWiJP6k/GOnorUl/uPS4K1gsSBQY9okeiC8IqukKyCs4K5gtyCtYLlgqSBQgoKIyMgkeYyj1SBRorWkJSCxoOCg1eDhYFbg4sKCorWkJSCzJLoi2CCxoj4kJSCzJNugrWV+4Lwl52J8IK1gtyCt4FCCg==',
		};
		const read = Object.fromEntries(Object.entries(saved).map(([encoding, base64]) => [encoding, decodeBytes(Buffer.from(base64, 'base64'))]));
		expect(read['euc-kr']).toMatchObject({ decodedAs: 'euc-kr', text: expect.stringMatching(/^## 1주차: 파이썬 기초\n\n변수와 자료형/) });
		expect(read['gb18030']).toMatchObject({ decodedAs: 'gb18030', text: expect.stringMatching(/^# 第一周：Python 基础\n\n学习变量/) });
		expect(read['shift_jis']).toMatchObject({ decodedAs: 'shift_jis', text: expect.stringMatching(/^# 第1週：Pythonの基礎\n\n変数/) });
		// A short note whose statistics leave chardet unsure is read in the encoding of the language its name is written in.
		const note = Buffer.from('IyMjIMfPtdMgtNzD4MWwILyzwaQKCi0gYWxpYXMgY2xzPSdjbGVhcicKLSBhbGlhcyBsb2M9J2NkIC91c3IvbG9jYWwnCi0gYWxpYXMgaGQ9J2NkIC91c3IvbG9jYWwvaGFkb29wJwo=', 'base64');
		expect(decodeBytes(note, 'Hadoop/하둡 설정.md')).toMatchObject({ decodedAs: 'euc-kr', text: expect.stringMatching(/^### 하둡 단축키 설정\n/) });
		expect(decodeBytes(note, 'Hadoop/setup.md').decodedAs).toBe('windows-1252');
		// A Western file stays Windows-1252, accents and all.
		const western = Uint8Array.from('Café crème brûlée, résumé, naïve; Straße über Müller.', (char) => char.charCodeAt(0));
		expect(decodeBytes(western)).toEqual({ text: 'Café crème brûlée, résumé, naïve; Straße über Müller.', decodedAs: 'windows-1252' });
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
		// Five imports, each checking what it wrote: a few seconds alone, more on a machine busy with other builds.
	}, 60_000);
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
		// A plan nothing titles gets a TODO title, which the build refuses: the list says so.
		expect(output['001_0bcc1a57cc4ae6b9']!.join('\n')).toMatch(/You still need to fill in \(the build refuses a TODO left in them\):[\s\S]*index\.mdx {2}title/);
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

	it('replaces the folder with --force, images and carried files of the import before included', () => {
		const previous = ['images/diagram.png', 'files/slides.pdf'].map((file) => join(content, 'roadmaps/nine-steps', file));
		for (const file of previous) {
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, 'from the import before');
		}
		expect(runImport([inputOf('001_0bcc1a57cc4ae6b9'), '--id', 'nine-steps', '--out', content, '--force'], dir, silent)).toBe(0);
		expect(previous.filter((file) => existsSync(file))).toEqual([]);
		expect(phasesOf('nine-steps')).toHaveLength(9);
		expect(roadmapOf('nine-steps').order).toBe(1);
	});
});

describe('new topics', () => {
	const plan = '# Ops plan\n\n## Week 1: Infrastructure\n\n- **Terraform**: modules and state; Terraform plans are reviewed\n- **Practice**: practice daily\n\n## Week 2: Charts\n\n### Helm\n\nPackage apps with Helm and Docker.\n';

	it('proposes what the taxonomy lacks, not common words or what it has', () => {
		const result = importMarkdown(`${plan}\n### All done\n\nWell done.\n`, { fileName: 'ops.md', order: 0, track: 'backend', topics: [{ id: 'docker', name: 'Docker', aliases: [] }] });
		// "All done" only heads a section: it is no topic, as "Helm" (used in the text) is.
		expect(result.newTopics).toEqual([
			{ id: 'helm', name: 'Helm', phases: ['charts'] },
			{ id: 'terraform', name: 'Terraform', phases: ['infrastructure'] },
		]);
	});

	it('suggests topics from the words of a phase, not from the addresses it links', () => {
		const topics = [{ id: 'web-security', name: 'Web security', aliases: ['HTTPS'] }, { id: 'docker', name: 'Docker', aliases: [] }];
		const result = importMarkdown('# Plan\n\n## Week 1: Containers\n\nRead [the guide](https://docs.example/docker) and <https://example.org/>.\n\n## Week 2: TLS\n\nServe HTTPS with Docker.\n', { fileName: 'p.md', order: 0, track: 'backend', topics });
		expect(result.suggestions).toEqual([
			{ phase: 'containers', topics: [] },
			{ phase: 'tls', topics: ['web-security', 'docker'] },
		]);
	});

	it('finds the pages where a name may be a whole word by their words, as a case-insensitive match would', () => {
		const texts = ['Deploy with Terraform.', 'terraforming mars', 'Die STRASSE und C# und Node.js', 'σας', 'Τέλος'];
		const where = wordFinder(texts);
		expect(where('TERRAFORM')).toEqual([0]);
		expect(where('Straße')).toEqual([2]);
		// A name is found where each of its words is; the whole-word match decides ("C" is not in "C#").
		expect(where('C')).toEqual([2]);
		expect(where('node.js')).toEqual([2]);
		expect(where('node.js tools')).toEqual([]);
		expect(where('ΣΑΣ')).toEqual([3]);
		// A name of no letter or digit is looked for everywhere.
		expect(where('++')).toEqual([0, 1, 2, 3, 4]);
		for (const term of ['TERRAFORM', 'Straße', 'C', 'node.js', 'ΣΑΣ', 'Mars']) {
			expect(texts.map((text, i) => (wholeWord(term, 'iu').test(text) ? i : -1)).filter((i) => i >= 0).every((i) => where(term).includes(i))).toBe(true);
		}
	});

	it('proposes no labels of values or notes: "**Effort**: 6 hours/week", "> **Warning:** …", "**Note:** …"', () => {
		const text = '# Plan\n\n## Week 1: Infra\n\n**Effort**: 6 hours/week\n\n> **Warning:** Terraform state is secret.\n\n- **Terraform**: modules\n\n## Week 2: Charts\n\n**Duration:** 2 weeks\n\nHelm.\n\n**Note:** a Note on charts.\n\n## Week 3: Other\n\nMore.\n\n## Week 4: Last\n\nEnd.\n';
		const result = importMarkdown(text, { fileName: 'plan.md', order: 0, track: 'backend', topics: [] });
		expect(result.newTopics.map((t) => t.name)).toEqual(['Terraform']);
	});

	it('writes topic files and tags the phases with --topics, and the result passes the content check', () => {
		const dir = mkdtempSync(join(tmpdir(), 'waymark-topics-'));
		try {
			const content = join(dir, 'content');
			cpSync(join(repoRoot, 'content', 'topics'), join(content, 'topics'), { recursive: true });
			const file = join(dir, 'ops.md');
			writeFileSync(file, plan);
			expect(runImport([file, '--out', content, '--topics'], dir, silent)).toBe(0);
			expect(readFileSync(join(content, 'topics', 'terraform.yaml'), 'utf8')).toContain('name: "Terraform"');
			const { problems, content: loaded } = checkContent(content, dir);
			expect(problems).toEqual([]);
			expect(loaded.phases.find((p) => p.id === 'charts')!.data.topics).toEqual(['docker', 'helm']);
			expect(loaded.phases.find((p) => p.id === 'infrastructure')!.data.topics).toEqual(['terraform']);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('a folder of lesson files', () => {
	/** Imports a folder that has no README: its title, and the files in it. */
	const importFolder = (title: string, files: Array<{ path: string; text: string }>, id?: string) =>
		importPlan({ index: { path: '.waymark-index.md', text: `# ${title}\n` }, files }, { fileName: 'folder.md', order: 0, track: 'backend', ...(id ? { id } : {}) });

	it('titles a lesson by the HTML heading it opens with, which leaves its page as a "#" title does', () => {
		const page = (title: string) => `---\npart: 0\n---\n\n<div class="intro">\n\n<h1>${title}</h1>\n\nIn this part.\n\n</div>\n\n## Exercises\n\nDo.\n`;
		const result = importFolder('Course', [{ path: 'part0a.md', text: page('Fundamentals of Web apps') }, { path: 'part1a.md', text: page('Introduction to React') }]);
		expect(result.phases.map((p) => [p.data['title'], p.body])).toEqual([
			['Fundamentals of Web apps', 'In this part.\n\n## Exercises\n\nDo.'],
			['Introduction to React', 'In this part.\n\n## Exercises\n\nDo.'],
		]);
	});

	it('labels files named in one language as their headings do in another, when every one does', () => {
		const weeks = ['Foundation', 'Direction', 'Value'];
		const headed = (heading: (i: number) => string) => importFolder('Курс', weeks.map((name, i) => ({ path: `Week_0${i + 1}_${name}.md`, text: `# ${heading(i)}\n\nТекст.\n` })));
		expect(headed((i) => `Неделя ${i + 1}: ${['Фундамент', 'Направление', 'Ценность'][i]}`).phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Неделя 1', 'Фундамент'],
			['Неделя 2', 'Направление'],
			['Неделя 3', 'Ценность'],
		]);
		// One heading without the label: the files' names label them all.
		expect(headed((i) => (i === 1 ? 'Направление' : `Неделя ${i + 1}: x`)).phases.map((p) => p.data['label'])).toEqual(['Week 1', 'Week 2', 'Week 3']);
	});

	it('reads names written with underscores for spaces as words, their hyphens kept, the dates they run with their label', () => {
		const result = importFolder('Curso', [
			{ path: 'Semana_01_(03-07_Nov_2025)/README.md', text: '# Semana_01_(3-7_Nov_2025)\n\n- [ ] Leer el tema 1\n' },
			{ path: 'Semana_01_(03-07_Nov_2025)/seguimiento.md', text: '# Seguimiento - Semana_01_(3-7_Nov_2025)\n\n- [ ] Tema 1\n' },
			{ path: 'Semana_02_(10-14_Nov_2025)_-_MODULO_2/tema-3.md', text: '# Tema 3\n\nTexto.\n' },
			{ path: 'Semana_02_(10-14_Nov_2025)_-_MODULO_2/tema-4.md', text: '# Tema 4\n\nTexto.\n' },
			{ path: 'Semana_03_(17-21_Nov_2025)/tema-5.md', text: '# Tema 5\n\nTexto.\n' },
			{ path: 'Semana_03_(17-21_Nov_2025)/tema-6.md', text: '# Tema 6\n\nTexto.\n' },
		]);
		const groups = /^groups:\n((?: .*\n)+)/m.exec(result.files.find((f) => f.path.endsWith('index.mdx'))!.text)![1]!;
		expect([...groups.matchAll(/title: "(.*)"(?:\n\s+label: "(.*)")?/g)].map((m) => [m[1], m[2]])).toEqual([
			['Semana 1 (3-7 Nov 2025)', undefined],
			['MODULO 2', 'Semana 2 (10-14 Nov 2025)'],
			['Semana 3 (17-21 Nov 2025)', undefined],
		]);
		expect(result.phases.map((p) => p.data['title'])).toContain('Seguimiento - Semana 01 (3-7 Nov 2025)');
		// Code keeps its underscores; a hyphen joining words joins them as underscores do.
		expect(spacedNames('Using my_function and MAX_SIZE')).toBe('Using my_function and MAX_SIZE');
		// Where a link in a title leads is an address: spelled as written, so that the link stays one.
		expect(spacedNames('[Block 0: Tools](./tools_and_workflow) of Semana_04')).toBe('[Block 0: Tools](./tools_and_workflow) of Semana 04');
		const linked = importMarkdown('# Course\n\n## [Week 1: Tools](./tools_and_workflow)\n\n- Git\n\n## [Week 2: Web](./Web_Pages)\n\n- HTML\n', { fileName: 'plan.md', order: 0, track: 't' });
		expect(linked.phases.map((p) => p.data['title'])).toEqual(['Tools', 'Web']);
		expect(nameTitle('transfer-learning-vgg16_small')).toBe('Transfer learning vgg16 small');
		// A node ID tagged on after an @ is no word of it; a short tag after an @ is.
		expect(nameTitle('content/learn-the-basics@wQSjQqwKHfn5RGPk34BWI.md')).toBe('Learn the basics');
		expect(nameTitle('icon@2x.md')).toBe('Icon@2x');
	});

	it('makes the files that share a unit number one unit, each file a part of its page, in number order', () => {
		const file = (path: string, heading: string) => ({ path, text: `# ${heading}\n\nText of ${path}.\n` });
		const result = importFolder('Urban data', [file('week2_slides.md', 'Data'), file('week1_slides.md', 'Welcome'), file('week1_intro_python.md', 'Python'), file('week10_slides.md', 'Maps')]);
		expect(result.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Week 1', 'Python'],
			['Week 2', 'Data'],
			['Week 10', 'Maps'],
		]);
		expect(result.phases[0]!.body).toContain('Text of week1_intro_python.md.');
		expect(result.phases[0]!.body).toContain('Text of week1_slides.md.');
		// A bare leading number is a unit's too; a number every file shares numbers the course, and a year, a version
		// or a number with the lesson's own after it (a book's chapter.section, "day01_02Loops") numbers none.
		const titles = (paths: string[]) => importFolder('Course', paths.map((path) => file(path, path))).phases.map((p) => p.data['title']);
		expect(titles(['01_lecture.md', '01_lab.md', '02_lecture.md'])).toEqual(['01_lab.md', '02_lecture.md']);
		// The file named by the number alone opens its unit, whatever sorts first.
		const days = importFolder('Course', ['day01.md', 'day02.md', 'day02_exercises.md'].map((path) => file(path, 'Lesson'))).phases;
		expect(days.map((p) => p.body.replace(/\s+/g, ' '))).toEqual(['Text of day01.md.', 'Text of day02.md. ## Lesson Text of day02_exercises.md.']);
		expect(titles(['week0_01_bayes.md', 'week0_02_trees.md'])).toEqual(['week0_01_bayes.md', 'week0_02_trees.md']);
		expect(titles(['v1_intro.md', 'v1_setup.md', 'v2_intro.md'])).toHaveLength(3);
		expect(titles(['01.00-IPython.md', '01.01-Help.md', '02.00-NumPy.md', '02.01-Types.md'])).toHaveLength(4);
		expect(titles(['day01_00Intro.md', 'day01_01Colab.md', 'day02_00Intro.md'])).toHaveLength(3);
		expect(titles(['week01_day1.md', 'week01_day2.md', 'week02_day1.md'])).toHaveLength(3);
		expect(titles(['2023-notes.md', '2023-slides.md', '2024-notes.md'])).toHaveLength(3);
	});

	it('titles a lesson named after its folder without the label the folder gives it ("week04_finetuning/" is Week 4, "Finetuning")', () => {
		const result = importFolder('Deep learning', ['week01_backprop', 'week02_cnn_and_tricks', 'week03_finetuning'].map((folder) => ({ path: `${folder}/README.md`, text: 'Slides and a seminar.\n' })));
		expect(result.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Week 1', 'Backprop'],
			['Week 2', 'Cnn and tricks'],
			['Week 3', 'Finetuning'],
		]);
	});

	it('takes the files in name order when the index links none of them, the index becoming the overview', () => {
		const result = importPlan(
			{
				index: { path: 'index.md', text: '# Ruby basics\n\nA welcome that links no lesson.\n' },
				files: [
					{ path: '10-loops.md', text: '# Loops\n\nwhile and until\n' },
					{ path: '02-setup.md', text: '# Setup\n\nInstall it.\n' },
					{ path: '02-setup/01-editor.md', text: '# Your editor\n\nPick one.\n' },
				],
			},
			{ fileName: 'ruby.md', order: 0, track: 'backend' },
		);
		expect(result.phases.map((p) => [p.id, p.data['title']])).toEqual([
			['setup', 'Setup'],
			['editor', 'Your editor'],
			['loops', 'Loops'],
		]);
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).toContain('A welcome that links no lesson.');
		// A chapter folder is a group, titled by the file beside it.
		expect(result.roadmap['groups']).toEqual([{ id: 'setup', title: 'Setup' }]);
		expect(result.phases.map((p) => p.data['group'] ?? null)).toEqual(['setup', 'setup', null]);
	});

	it('makes the files numbered chapter.section of one folder ("01.00-IPython", "01.01-Help") a group per chapter, titled by its section 0', () => {
		const result = importFolder('Notebooks', [
			{ path: '00.00-Preface.md', text: '# Preface\n\nWhy.\n' },
			{ path: '01.00-IPython.md', text: '# IPython: Beyond Python\n\nThe shell.\n' },
			{ path: '01.01-Help.md', text: '# Help and Documentation\n\nx\n' },
			{ path: '01.02-Magic.md', text: '# Magic Commands\n\nx\n' },
			{ path: '02.00-NumPy.md', text: '# Introduction to NumPy\n\nArrays.\n' },
			{ path: '02.01-Types.md', text: '# Data Types\n\nx\n' },
			{ path: '03.00-Figures.md', text: '# Appendix: Figure Code\n\nx\n' },
		]);
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Preface', 'IPython: Beyond Python', 'Help and Documentation', 'Magic Commands', 'Introduction to NumPy', 'Data Types', 'Appendix: Figure Code']);
		expect(result.roadmap['groups']).toEqual([
			{ id: 'ipython-beyond-python', title: 'IPython: Beyond Python' },
			{ id: 'introduction-numpy', title: 'Introduction to NumPy' },
		]);
		expect(result.phases.map((p) => p.data['group'] ?? null)).toEqual([null, 'ipython-beyond-python', 'ipython-beyond-python', 'ipython-beyond-python', 'introduction-numpy', 'introduction-numpy', null]);
	});

	it('makes the files numbered by a unit word and a lesson ("t81_558_class_01_1_overview", "…_class_01_2_…") a group per unit, labelled by it ("Class 1")', () => {
		const lesson = (path: string) => ({ path, text: `# ${path.replace(/\.md$/, '')}\n\nText.\n` });
		const result = importFolder('Deep learning', ['t81_558_class_01_1_overview.md', 't81_558_class_01_2_python.md', 't81_558_class_02_1_pandas.md', 't81_558_class_02_2_grouping.md', 't81_558_class_03_1_keras.md'].map(lesson));
		expect(result.roadmap['groups']).toEqual([
			{ id: 'class-1', title: 'Class 1' },
			{ id: 'class-2', title: 'Class 2' },
		]);
		// A unit of one lesson is a phase of its own, as a chapter folder of one file is.
		expect(result.phases.map((p) => p.data['group'] ?? null)).toEqual(['class-1', 'class-1', 'class-2', 'class-2', null]);
		// A lesson numbered 0 opens its unit and titles it.
		const opened = importFolder('Python', [
			{ path: 'day01_00Introduction.md', text: '# Getting started\n\nText.\n' },
			lesson('day01_01Colab.md'),
			{ path: 'day02_00Introduction.md', text: '# Data structures\n\nText.\n' },
			lesson('day02_01Lists.md'),
		]);
		expect(opened.roadmap['groups']).toEqual([
			{ id: 'getting-started', title: 'Getting started', label: 'Day 1', duration: { min: 1, max: 1, unit: 'day' } },
			{ id: 'data-structures', title: 'Data structures', label: 'Day 2', duration: { min: 1, max: 1, unit: 'day' } },
		]);
		// Names whose second number ends a span ("week_01_02", "week_03_04") number ranges of weeks, mostly one file each: no groups.
		expect(importFolder('Vision', ['week_01_02_basics.md', 'week_01_02_lab.md', 'week_03_04_cnns.md', 'week_05_06_rnns.md'].map(lesson)).roadmap['groups']).toBeUndefined();
	});

	it("names the groups the files' names number (\"Class 1\") as the index's rows do, one linking their files (\"Module 1: Python Preliminaries\") or labelled like it", () => {
		const files = ['01', '02', '03'].flatMap((unit) => [1, 2, 3].map((lesson) => ({ path: `class_${unit}_${lesson}_part.md`, text: `# Part ${unit}.${lesson}\n\nText.\n` })));
		const readme = '# Deep learning\n\nA course.\n\n| Module | Content |\n| --- | --- |\n| [Module 1](class_01_1_part.md)<br>Week 1 | **Module 1: Python Preliminaries** |\n| Module 2 | **Module 2: Pandas** |\n';
		const result = importPlan({ index: { path: 'README.md', text: readme }, files }, { fileName: 'folder.md', order: 0, track: 'backend' });
		expect(result.phases).toHaveLength(9);
		// Module 2's row links no file: its label's word is the one Module 1's row names its group by. No row names Class 3.
		expect(result.roadmap['groups']).toEqual([
			{ id: 'python-preliminaries', title: 'Module 1: Python Preliminaries' },
			{ id: 'pandas', title: 'Module 2: Pandas' },
			{ id: 'class-3', title: 'Class 3' },
		]);
	});

	it("puts the files of a lesson's exercise folders on its page, a task before its solution, and titles it by a heading a chapter's index shares", () => {
		const result = importFolder('JavaScript', [
			{ path: '1-basics/index.md', text: '# Basics\n\nThe language.\n' },
			{ path: '1-basics/1-hello/article.md', text: '# Hello, world!\n\nThe script tag.\n' },
			{ path: '1-basics/1-hello/1-alert/task.md', text: '# Show an alert\n\nMake a page.\n' },
			{ path: '1-basics/1-hello/1-alert/solution.md', text: 'Call alert.\n' },
			{ path: '1-basics/2-types/article.md', text: '# Types\n\nEight of them.\n' },
			{ path: '2-types/index.md', text: '# Types\n\nIn depth.\n' },
			{ path: '2-types/1-numbers/article.md', text: '# Numbers\n\nFloats.\n' },
		]);
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Basics', 'Hello, world!', 'Types', 'Types', 'Numbers']);
		expect(result.phases[1]!.body).toMatch(/The script tag\.[\s\S]*Show an alert[\s\S]*Make a page\.[\s\S]*Call alert\./);
	});

	it("folds an exercise's untitled answer under its name, and reads a task's fields above a `---` line as metadata, noted", () => {
		const result = importFolder('JavaScript', [
			{ path: '1-hello/article.md', text: '# Hello, world!\n\nThe script tag.\n' },
			{ path: '1-hello/1-alert/task.md', text: 'importance: 5\n\n---\n\n# Show an alert\n\nMake a page.\n' },
			{ path: '1-hello/1-alert/solution.md', text: 'Call alert.\n' },
			{ path: '2-types/article.md', text: 'libs:\n  - d3\n\n---\n\n# Types\n\nEight of them.\n' },
		]);
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Hello, world!', 'Types']);
		expect(result.phases[0]!.body).toMatch(/Make a page\.\n\n<details>\n\s*<summary>Solution<\/summary>\n\n\s*Call alert\.\n<\/details>/);
		expect(result.phases[0]!.body).not.toContain('importance');
		expect(result.phases[1]!.body).not.toMatch(/libs|d3/);
		expect(result.notes.some((note) => note.includes('1-hello/1-alert/task.md:1') && note.includes('(importance) as the page\'s metadata'))).toBe(true);
		// Lines of a sentence are no fields: "Goal: …" keeps its text and its rule.
		const text = 'Goal: learn to code\n\n---\n\n# Intro\n';
		const prose = parseMarkdown(text);
		fencelessFrontmatter(prose, text, []);
		expect(prose.children.map((node) => node.type)).toEqual(['paragraph', 'thematicBreak', 'heading']);
	});

	it("reads a Slidev deck's slides as its presentation shows them: each slide's settings and column lines are left out, noted once", () => {
		const deck = [
			'---\ntheme: seriph\ntitle: Course - Week 1\n---\n\n# Data Cleaning\n\nDr. Lee\n',
			'---\nlayout: section\n---\n\n# Part 1: Tables\n',
			'---\nlayout: two-cols\nclass: px-4\n---\n\n# Columns\n\nLeft side.\n\n::right::\n\nRight side.\n',
			'---\n\n# Wrap-up\n\nQuestions?\n',
		].join('\n');
		const result = importFolder('Course', [
			{ path: 'week1_slides.md', text: deck },
			{ path: 'week2_slides.md', text: deck.replace('Week 1', 'Week 2').replace('Data Cleaning', 'Maps') },
		]);
		const body = result.phases[0]!.body;
		expect(body).not.toMatch(/layout|class: px-4|::right::/);
		expect(body).toMatch(/Dr\. Lee\n\n---\n\n## Part 1: Tables\n\n---\n\n## Columns\n\nLeft side\.\n\nRight side\.\n\n---\n\n## Wrap-up/);
		expect(result.notes.filter((note) => note.includes('week1_slides.md') && note.includes('Slidev slide deck'))).toEqual([
			expect.stringMatching(/week1_slides\.md:11\).*\(layout, class\) and the lines naming a layout's columns \(::right::\)/),
		]);
		// A page that is no deck shows such lines as GitHub does: a heading under a rule.
		const text = '---\ntitle: Notes\n---\n\n# Notes\n\n---\nStatus: draft\n---\n\n::right::\n';
		const page = parseMarkdown(text);
		slideDecks(page, text, []);
		expect(page.children.map((node) => node.type)).toEqual(['yaml', 'heading', 'thematicBreak', 'heading', 'paragraph']);
		const titled = text.replace('title: Notes', 'theme: default').replace('Status', 'status');
		const themed = parseMarkdown(titled);
		slideDecks(themed, titled, []);
		expect(themed.children.map((node) => node.type)).toEqual(['yaml', 'heading', 'thematicBreak']);
	});

	it("reads a Marp deck's images as its slides show them: the keywords that size and place them are no part of their descriptions", () => {
		const text = '---\nmarp: true\ntheme: gaia\n---\n\n# Hobbes\n\n![bg left:32% Portrait of Hobbes](hobbes.jpg)\n\n---\n\n![w:200](chart.png) ![bg](room.jpg)\n';
		const notes: ImportNote[] = [];
		const deck = parseMarkdown(text);
		slideDecks(deck, text, notes);
		const alts: string[] = [];
		visit(deck, 'image', (image) => void alts.push(image.alt ?? ''));
		expect(alts).toEqual(['Portrait of Hobbes', '', '']);
		expect(notes).toEqual([{ message: expect.stringMatching(/Marp slide deck.*\(bg left:32%\)/), line: 8 }]);
		// Without `marp: true`, a description is the author's words.
		const page = parseMarkdown(text.replace('marp: true', 'marp: false'));
		slideDecks(page, text, []);
		visit(page, 'image', (image) => void expect(image.alt).not.toBe(''));
	});

	it("puts a folder copying the plan's folders (an archive of old lessons) after them, and asks for the order when nothing states one", () => {
		const result = importFolder('Curriculum', [
			{ path: 'archive/git/old-git.md', text: '# Old Git\n\nx\n' },
			{ path: 'archive/javascript/old-js.md', text: '# Old JavaScript\n\nx\n' },
			{ path: 'foundations/intro.md', text: '# Introduction\n\nx\n' },
			{ path: 'git/commits.md', text: '# Commits\n\nx\n' },
			{ path: 'javascript/dom.md', text: '# DOM\n\nx\n' },
		]);
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Introduction', 'Commits', 'DOM', 'Old Git', 'Old JavaScript']);
		expect(result.toFill.find((t) => t.field === "phases' order")?.optional).toBeUndefined();
		expect(result.toFill.some((t) => t.field === "phases' order")).toBe(true);
		expect(result.pattern).toMatch(/in name order \(nothing numbers or places them/);
		const numbered = importFolder('Course', [{ path: '01-intro.md', text: '# Intro\n\nx\n' }, { path: '02-loops.md', text: '# Loops\n\nx\n' }]);
		expect(numbered.toFill.some((t) => t.field === "phases' order")).toBe(false);
	});

	it('takes every file of a folder of named topics, a few names with a number in them among them ("md5", "n1-problem")', () => {
		const names = ['internet', 'md5', 'n1-problem', 'neo4j', 'redis', 'rest', 'sql', 'tls'];
		const result = importFolder('Backend', names.map((name) => ({ path: `${name}@x${name.length}.md`, text: `# ${name.toUpperCase()}\n\nAbout ${name}.\n` })));
		expect(result.phases.map((p) => p.data['title'])).toEqual(names.map((name) => name.toUpperCase()));
	});

	it('titles a chapter folder by its own index\'s title ("109-apis/" is "APIs", "02-JS-I/" "JavaScript I"), and makes no group of a folder holding one lesson', () => {
		const result = importFolder('Backend', [
			{ path: '101-internet/index.md', text: '# Internet\n\nHow it works.\n' },
			{ path: '101-internet/101-dns.md', text: '# DNS\n\nNames.\n' },
			{ path: '102-apis/index.md', text: '# APIs\n\nInterfaces.\n' },
			{ path: '102-apis/101-rest.md', text: '# REST\n\nResources.\n' },
			{ path: '103-JS-I/README.md', text: '# JavaScript I\n\nValues.\n\n## Variables\n\nx\n\n## Types\n\ny\n' },
			{ path: '103-JS-I/homework/README.md', text: '# Homework\n\nPractise.\n' },
			{ path: '104-ops-code/README.md', text: '# Getting started\n\nRun it.\n' },
			// A README opening with a section, not a title, leaves the folder its name: a lower one, or the first of several.
			{ path: '105-time-series/README.md', text: '## Introduction\n\nTasks.\n\n### Task 1\n\nx\n' },
			{ path: '105-time-series/106-arma.md', text: '# ARMA\n\nx\n' },
			{ path: '106-ocean/README.md', text: '# The contest\n\nx\n\n# The data\n\ny\n' },
			{ path: '106-ocean/107-baseline.md', text: '# Baseline\n\nx\n' },
		]);
		expect((result.roadmap['groups'] as Array<{ title: string }>).map((g) => g.title)).toEqual(['Internet', 'APIs', 'JavaScript I', 'Time series', 'Ocean']);
		expect(result.phases.find((p) => p.data['title'] === 'Getting started')!.data['group']).toBeUndefined();
	});

	it('titles a page by its frontmatter title, not by a heading further down its text', () => {
		const result = importFolder('DevOps', [
			{ path: 'basics/devops-basics.md', text: "---\ntitle: 'What is DevOps?'\nsidebar_position: 1\n---\n\nDevOps joins development and operations.\n\n#### CI\n\nIntegrate often.\n" },
			{ path: 'basics/pipelines.md', text: '---\ntitle: CI Pipelines\nsidebar_position: 2\n---\n\nPipelines.\n\n## CI workflow\n\nSteps.\n' },
		]);
		expect(result.phases.map((p) => p.data['title'])).toEqual(['What is DevOps?', 'CI Pipelines']);
	});

	it('puts a section folder\'s README before its lessons, and a lesson folder\'s README before the files beside it', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# ML for beginners\n\nTwelve weeks of lessons.\n' },
				files: [
					{ path: '1-Introduction/1-intro-to-ML/assignment.md', text: '# Get up and running\n\nInstall the tools.\n' },
					{ path: '1-Introduction/1-intro-to-ML/README.md', text: '# Introduction to machine learning\n\nWhat ML is.\n' },
					{ path: '1-Introduction/2-history/README.md', text: '# History of machine learning\n\nFrom perceptrons on.\n' },
					{ path: '1-Introduction/README.md', text: '# Introduction\n\nWhat this section covers.\n' },
					{ path: '2-Regression/README.md', text: '# Regression\n\nPredicting numbers.\n' },
					{ path: '2-Regression/1-Tools/README.md', text: '# Tools for regression\n\nScikit-learn.\n' },
				],
			},
			{ fileName: 'ml.md', order: 0, track: 'backend' },
		);
		expect(result.phases.map((p) => p.data['title'])).toEqual([
			'Introduction',
			'Introduction to machine learning',
			'Get up and running',
			'History of machine learning',
			'Regression',
			'Tools for regression',
		]);
		// A lesson whose README links the assignment beside it has it on its own page, after the lesson.
		const linked = importPlan(
			{
				index: { path: 'README.md', text: '# ML for beginners\n\nTwelve weeks of lessons.\n' },
				files: [
					{ path: '1-intro/assignment.md', text: '# Get up and running\n\nInstall the tools.\n' },
					{ path: '1-intro/README.md', text: '# Introduction to machine learning\n\nWhat ML is.\n\n## Assignment\n\n[Get up and running](assignment.md)\n' },
					{ path: '2-history/README.md', text: '# History of machine learning\n\nFrom perceptrons on.\n' },
				],
			},
			{ fileName: 'ml.md', order: 0, id: 'ml', track: 'backend' },
		);
		expect(linked.phases.map((p) => p.data['title'])).toEqual(['Introduction to machine learning', 'History of machine learning']);
		expect(linked.phases[0]!.body).toMatch(/\[Get up and running\]\(#get-up-and-running\)[\s\S]*## Get up and running \{\/\* #get-up-and-running \*\/\}\n\nInstall the tools\.$/);
	});

	it('takes numbered lesson files over the sections of a README that links none of them, and leaves notes beside the plan alone', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Programming 101\n\n## How to use\n\nRead in order.\n\n## Structure\n\nOne file per lesson.\n\n## Tips\n\nPractise daily.\n' },
				files: [
					{ path: '02-variables.md', text: '# Variables\n\nNames for values.\n' },
					{ path: '01-intro.md', text: '# Intro\n\nWhat a program is.\n' },
					{ path: '03-loops.md', text: '# Loops\n\nfor and while.\n' },
					{ path: 'CONTRIBUTING.md', text: '# Contributing\n\nOpen a pull request.\n' },
				],
			},
			{ fileName: 'programming.md', order: 0, track: 'backend' },
		);
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Intro', 'Variables', 'Loops']);
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).toContain('## Structure');
	});

	it('takes lesson folders lettered after their number ("01a-git/", "01b-github/") for numbered ones, between 01 and 02', () => {
		const result = importFolder('Prep course', [
			{ path: '00-first-steps/README.md', text: '# First steps\n\nx\n' },
			{ path: '01a-git/README.md', text: '# Git\n\nx\n' },
			// Without a title of its own, it is named by its folder, the letter being part of the number.
			{ path: '01b-git-y-github/README.md', text: 'Accounts and repositories.\n' },
			{ path: '02-js/README.md', text: '# JavaScript\n\nx\n' },
			{ path: 'calendar/README.md', text: '# Calendar\n\nx\n' },
		]);
		expect(result.phases.map((p) => p.data['title'])).toEqual(['First steps', 'Git', 'Git y github', 'JavaScript']);
	});

	it('counts the folder\'s own entries for numbered or not, not the files inside them: a "resources/" folder of many READMEs is one', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Deep learning\n\n# Syllabus\n\n- __week01__ Intro\n  - Lecture: backprop\n- __week02__ Tricks\n  - Lecture: dropout\n' },
				files: [
					{ path: 'week01_backprop/README.md', text: '## Materials\n\nBackprop.\n' },
					{ path: 'week02_autodiff/README.md', text: '## Materials\n\nAutodiff.\n' },
					{ path: 'week03_convnets/README.md', text: '## Materials\n\nConvolutions.\n' },
					...['gans', 'rnn', 'clip', 'stylegan'].map((name) => ({ path: `resources/${name}/README.md`, text: `# ${name}\n\nOld notes.\n` })),
				],
			},
			{ fileName: 'dl.md', order: 0, track: 'backend' },
		);
		expect(result.phases.map((p) => p.data['label'])).toEqual(['Week 1', 'Week 2', 'Week 3']);
	});

	it('reads folders named by a unit word and a number first, in their numbers\' order, and the other folders after them', () => {
		const page = (title: string) => `# ${title}\n\nText.\n`;
		const result = importFolder('Cours', [
			{ path: 'examen1/README.md', text: page('Examen 1') },
			{ path: 'examen2/README.md', text: page('Examen 2') },
			{ path: 'ressources/README.md', text: page('Ressources') },
			...[1, 2, 10].map((n) => ({ path: `semaine${n}/README.md`, text: page(`Sujet ${n}`) })),
			{ path: 'TP1/README.md', text: page('Travail pratique') },
		]);
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Sujet 1', 'Sujet 2', 'Sujet 10', 'Examen 1', 'Examen 2', 'Travail pratique']);
		// A name that opens with a number below the units' is placed by it: the setup before the first class.
		const vault = importFolder('Vault', [
			...[1, 2, 11].map((n) => ({ path: `Class ${String(n).padStart(2, '0')} - Topic.md`, text: page(`Class ${n}`) })),
			{ path: '00 - Start Here.md', text: page('Start here') },
		]);
		expect(vault.phases.map((p) => p.data['title'])).toEqual(['Start here', 'Class 1', 'Class 2', 'Class 11']);
		// Chinese names the unit with its number between 第 and the unit word.
		const chinese = importFolder('课程', [
			{ path: 'assets/README.md', text: page('素材') },
			{ path: 'resources/README.md', text: page('资源') },
			...[1, 2, 10].map((n) => ({ path: `第${n}周/README.md`, text: page(`主题 ${n}`) })),
		]);
		expect(chinese.phases.map((p) => p.data['title'])).toEqual(['主题 1', '主题 2', '主题 10']);
	});

	it('takes the numbered lessons of the one folder holding most of a repository\'s files ("days/day-01-…/") over the README\'s list items, each day its group', () => {
		const result = importPlan(
			{
				index: {
					path: 'README.md',
					text: '# 30 days of tools\n\nOne hour a day. See [the setup](docs/SETUP.md).\n\n## Tips\n\n- Days 1, 2 take an hour each\n- Days 2, 3 are projects taking longer\n',
				},
				files: [
					{ path: 'docs/SETUP.md', text: '# Setup\n\nInstall the tools.\n' },
					{ path: 'QUICKSTART.md', text: '# Quick start\n\nFive minutes.\n' },
					...[1, 2, 3].flatMap((n) => [
						{ path: `days/day-0${n}-topic/README.md`, text: `# Day ${n}: Topic ${n}\n\nThe lesson.\n` },
						{ path: `days/day-0${n}-topic/quiz.md`, text: `# Quiz ${n}\n\nQuestions.\n` },
					]),
				],
			},
			{ fileName: 'tools.md', order: 0, track: 'backend' },
		);
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Topic 1', 'Quiz 1', 'Topic 2', 'Quiz 2', 'Topic 3', 'Quiz 3']);
		expect(result.phases.map((p) => p.data['label'] ?? null)).toEqual(['Day 1', null, 'Day 2', null, 'Day 3', null]);
		const overview = result.files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect([...overview.matchAll(/^ {4}label: "(.+)"$/gm)].map((m) => m[1])).toEqual(['Day 1', 'Day 2', 'Day 3']);
	});

	it('labels a numbered folder\'s first file by the folder\'s word and number, and a lesson deeper in it with none', () => {
		const result = importFolder('Deep learning', [
			{ path: 'week01_backprop/README.md', text: '# Backprop\n\nx\n' },
			{ path: 'week02_nlp/README.md', text: '# NLP\n\nx\n' },
			{ path: 'week02_nlp/tasks/avito/README.md', text: '# Alternative assignment\n\nx\n' },
			{ path: 'week03_rl/README.md', text: '# RL\n\nx\n' },
		]);
		expect(result.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Week 1', 'Backprop'],
			['Week 2', 'NLP'],
			[undefined, 'Alternative assignment'],
			['Week 3', 'RL'],
		]);
	});

	it('counts weeks by the number that changes in names holding two ("week0_01" … "week0_03" are weeks 1 to 3)', () => {
		const folders = ['week0_01_naive_bayes', 'week0_02_linear_reg', 'week0_03_trees'];
		const result = importFolder('ML course', folders.flatMap((folder) => ['README.md', 'seminar.md'].map((file) => ({ path: `${folder}/${file}`, text: 'x\n' }))));
		expect((result.roadmap['groups'] as Array<Record<string, unknown>>).map((g) => [g['label'], g['title']])).toEqual([
			['Week 1', 'Naive bayes'],
			['Week 2', 'Linear reg'],
			['Week 3', 'Trees'],
		]);
		expect(result.phases.map((p) => p.data['label']).filter(Boolean)).toEqual(['Week 1', 'Week 2', 'Week 3']);
		// A README without a heading is titled by its folder's words after the label, not "Week0 01 naive bayes".
		expect(result.phases.filter((p) => p.data['label']).map((p) => p.data['title'])).toEqual(['Naive bayes', 'Linear reg', 'Trees']);
	});

	it('reads folders named as Chinese counts weeks ("第1周" … "第3周") as weeks 1 to 3, as "week1" … "week3"', () => {
		const result = importFolder('课程', [1, 2, 3].map((n) => ({ path: `第${n}周/README.md`, text: `# 第${n}周 主题${n}\n\n内容。\n` })));
		expect(result.phases.map((p) => [p.data['label'], p.data['kind'], p.data['title']])).toEqual([
			['第1周', 'week', '主题1'],
			['第2周', 'week', '主题2'],
			['第3周', 'week', '主题3'],
		]);
	});

	it('reads names holding two numbers that each end a span before the next starts as ranges ("aula-09-14" is Aula 9-14)', () => {
		const folders = ['aula-01-02-boas-praticas', 'aula-03-04-git', 'aula-05-09-apis'];
		const result = importFolder('POO', folders.flatMap((folder) => ['README.md', 'exercicios.md'].map((file) => ({ path: `${folder}/${file}`, text: 'x\n' }))));
		expect((result.roadmap['groups'] as Array<Record<string, unknown>>).map((g) => g['title'])).toEqual(['Aula 1-2: Boas praticas', 'Aula 3-4: Git', 'Aula 5-9: Apis']);
	});

	it('reads an index table of labelled weeks ("| Week 01 | Phase 1 | Topic | [→](…) |"): the label, the topic as title, the phases as groups', () => {
		const rows = [['01', '1', 'VPC Networking'], ['02', '1', 'S3 Security'], ['03', '2', 'IAM Escalation'], ['04', '2', 'Sentinel']];
		const index = ['# Program', '', '## Weekly guides', '', '| Week | Phase | Topic | Link |', '| --- | --- | --- | --- |', ...rows.map(([w, p, t]) => `| Week ${w} | Phase ${p} | ${t} | [→](weeks/week-${w}/README.md) |`), ''].join('\n');
		const result = importPlan({ index: { path: 'README.md', text: index }, files: rows.map(([w, , t]) => ({ path: `weeks/week-${w}/README.md`, text: `# Week ${Number(w)} — ${t}\n\nText.\n` })) }, { fileName: 'p.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['group']])).toEqual([
			['Week 1', 'VPC Networking', 'phase-1'],
			['Week 2', 'S3 Security', 'phase-1'],
			['Week 3', 'IAM Escalation', 'phase-2'],
			['Week 4', 'Sentinel', 'phase-2'],
		]);
		expect((result.roadmap['groups'] as Array<Record<string, unknown>>).map((g) => g['title'])).toEqual(['Phase 1', 'Phase 2']);
		// A column of study times that happen to rise in runs ("1hour", "1hour", "2hour") is no part.
		const timed = importPlan({ index: { path: 'README.md', text: index.replace(/Phase (\d)/g, '$1hour') }, files: rows.map(([w, , t]) => ({ path: `weeks/week-${w}/README.md`, text: `# ${t}\n\nText.\n` })) }, { fileName: 'p.md', order: 0, track: 'backend' });
		expect(timed.roadmap['groups']).toBeUndefined();
	});

	it('labels a row of an index table over several weeks by their range ("| 1-2 | [Setup](…) |" is "Week 1-2")', () => {
		const index = ['# Program', '', '| Week | Guide |', '| --- | --- |', '| 1-2 | [Setup](setup.md) |', '| 3 | [Loops](loops.md) |', ''].join('\n');
		const result = importPlan({ index: { path: 'README.md', text: index }, files: ['setup', 'loops'].map((name) => ({ path: `${name}.md`, text: `# ${name}\n\nText.\n` })) }, { fileName: 'p.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => [p.data['label'], p.data['duration']])).toEqual([
			['Week 1-2', { min: 2, max: 2, unit: 'week' }],
			['Week 3', { min: 1, max: 1, unit: 'week' }],
		]);
	});

	it('follows a link to a folder without a README to the page named like the folder ("week-01-setup/week-01-setup.md")', () => {
		const weeks = ['week-01-setup', 'week-02-loops', 'week-03-plots'];
		const result = importPlan(
			{
				index: { path: 'README.md', text: `# Course\n\n| Week | Topic |\n| --- | --- |\n${weeks.map((w, i) => `| [0${i + 1}](${w}/) | Topic ${i + 1} |`).join('\n')}\n` },
				files: weeks.flatMap((w) => [
					{ path: `${w}/${w}.md`, text: `# ${w}\n\nNotes of ${w}.\n` },
					{ path: `${w}/setup-guide.md`, text: '# Guide\n\nx\n' },
				]),
			},
			{ fileName: 'course.md', order: 0, track: 'backend' },
		);
		expect(result.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Week 1', 'Topic 1'],
			['Week 2', 'Topic 2'],
			['Week 3', 'Topic 3'],
		]);
		expect(result.phases[0]!.body).toContain('Notes of week-01-setup.');
	});

	it('leaves out a README copied into three folders or more (an app template\'s), so each folder\'s own post is its lesson', () => {
		const template = '# Create App\n\nRun `npm start`.\n';
		const result = importFolder('30 days', [1, 2, 3].flatMap((n) => [
			{ path: `day-0${n}/README.md`, text: template },
			{ path: `day-0${n}/post.md`, text: `# Post ${n}\n\nText.\n` },
		]));
		expect(result.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Day 1', 'Post 1'],
			['Day 2', 'Post 2'],
			['Day 3', 'Post 3'],
		]);
		expect(result.roadmap['groups']).toBeUndefined();
	});

	it('takes a placeholder copied into three lesson folders or more for none, so that the README\'s own table of lessons is the plan', () => {
		const placeholder = '### Not yet!\n\nThe code of this class is not published yet.\n';
		const text = '# Programming 101\n\n| Class | Date | Topic |\n| --- | --- | --- |\n| 01 | 07/08 | Pseudocode |\n| 02 | 08/08 | Loops |\n';
		const files = [{ path: 'code/README.md', text: '# Code\n\nThe code of each class.\n' }, ...[1, 2, 3].map((n) => ({ path: `code/class${n}/README.md`, text: placeholder }))];
		const result = importPlan({ index: { path: 'README.md', text }, files }, { fileName: 'p.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Class 1', 'Pseudocode'],
			['Class 2', 'Loops'],
		]);
	});

	it('reads one letter before a number as the unit word it abbreviates ("L03-loops" is Lesson 3), other letters as numbering only', () => {
		const lessons = (letter: string) => importFolder('Course', [1, 2, 3].flatMap((n) => ['notes.md', 'code.md'].map((file) => ({ path: `${letter}0${n}-part/${file}`, text: 'x\n' }))));
		const groups = (letter: string) => (lessons(letter).roadmap['groups'] as Array<Record<string, unknown>>).map((g) => [g['label'] ?? null, g['title']]);
		expect(groups('L')).toEqual([
			[null, 'Lesson 1: Part'],
			[null, 'Lesson 2: Part'],
			[null, 'Lesson 3: Part'],
		]);
		expect(lessons('W').phases.map((p) => p.data['label']).filter(Boolean)).toEqual(['Week 1', 'Week 2', 'Week 3']);
		expect(lessons('S').phases.map((p) => p.data['label']).filter(Boolean)).toEqual([]);
	});

	it('titles a numbered folder\'s lesson by the index\'s item labelled like it ("- __week01__ Intro" for "week01_backprop/"), its lists opening the page', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Deep learning\n\nMaterials are in the week folders.\n\n## Syllabus\n\n- __week01__ Intro to deep learning\n  - Lecture: backprop\n- __week02__ Deep learning tricks\n  - Lecture: dropout\n\n(to be updated)\n' },
				files: [
					{ path: 'week01_backprop/README.md', text: '## Materials\n\nBackprop videos.\n' },
					{ path: 'week02_autodiff/README.md', text: '## Materials\n\nAutodiff videos.\n' },
					{ path: 'week03_convnets/README.md', text: '# Convolutional networks\n\nConvolutions.\n' },
				],
			},
			{ fileName: 'dl.md', order: 0, track: 'backend' },
		);
		expect(result.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Week 1', 'Intro to deep learning'],
			['Week 2', 'Deep learning tricks'],
			['Week 3', 'Convolutional networks'],
		]);
		expect(result.phases[0]!.body).toMatch(/^- Lecture: backprop\n\n## Materials\n\nBackprop videos\./);
		const overview = result.files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect(overview).toContain('(to be updated)');
		expect(overview).not.toContain('Lecture: backprop');
	});

	it('takes the folder\'s numbered files ("day01.md", "day02.md") over notes in other folders, labelled by their word', () => {
		const result = importFolder('Days', [
			{ path: 'day01.md', text: '## Linux basics\n\nShells.\n\n### Files\n\nls and cd.\n\n## Resources\n\n- man pages\n' },
			{ path: 'day02.md', text: '# Networking\n\nIP.\n' },
			{ path: 'Configmgmt/roles/apache2/README.md', text: '# apache2\n\nA role.\n' },
		]);
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['kind'], p.data['duration']])).toEqual([
			['Day 1', 'Linux basics', 'day', { min: 1, max: 1, unit: 'day' }],
			['Day 2', 'Networking', 'day', { min: 1, max: 1, unit: 'day' }],
		]);
		// The file's title heading is the page's title: its subsections move up beside the sections after it.
		expect(result.phases[0]!.body).not.toContain('Linux basics');
		expect(result.phases[0]!.body).toMatch(/^Shells\.\n\n## Files\n\nls and cd\.\n\n## Resources\n/);
	});

	it('titles lessons that all open with the same section ("### Introduction") by their file names, that section kept', () => {
		const lesson = (topic: string) => `### Introduction\n\nAbout ${topic}.\n\n### Lesson overview\n\n- ${topic}\n\n### Assignment\n\nPractise.\n`;
		const result = importFolder('html_css', [
			{ path: 'css_foundations/the_box_model.md', text: lesson('boxes') },
			{ path: 'css_foundations/the_cascade.md', text: lesson('specificity') },
			{ path: 'flexbox/flexbox_axes.md', text: lesson('axes') },
			{ path: 'flexbox/flexbox_intro.md', text: lesson('flex') },
			{ path: 'flexbox/notes.md', text: '---\ntitle: Flexbox notes\n---\n\nNo heading.\n' },
			// A guide opening with a heading of its own is titled by it: its file name says less ("linux" beside "linux").
			{ path: 'guides/chrome/linux.md', text: '### Guide: Install Chrome on Linux\n\nSteps.\n' },
			{ path: 'guides/git/linux.md', text: '### Guide: Setting up Git in Linux\n\nSteps.\n' },
		]);
		expect(result.phases.map((p) => p.data['title'])).toEqual(['The box model', 'The cascade', 'Flexbox axes', 'Flexbox intro', 'Flexbox notes', 'Guide: Install Chrome on Linux', 'Guide: Setting up Git in Linux']);
		// No unit word in their names: their place is their phase number, and a label of "1" would only repeat it.
		expect(result.phases.map((p) => p.data['label'] ?? null)).toEqual([null, null, null, null, null, null, null]);
		expect(result.phases[0]!.body).toMatch(/^## Introduction\n\nAbout boxes\.\n\n## Lesson overview\n/);
		// Folders without a file beside them are groups titled by their names.
		expect(result.roadmap['groups']).toEqual([
			{ id: 'css-foundations', title: 'Css foundations' },
			{ id: 'flexbox', title: 'Flexbox' },
			{ id: 'guides', title: 'Guides' },
		]);
	});

	it('titles files that open with the same "#" heading (an exercise and its solution, a notebook copied per variant) by their names, which tell them apart', () => {
		const result = importFolder('Bootcamp', [
			{ path: '05-OOP/01-Object Oriented Programming.md', text: '# Object Oriented Programming\n\nClasses.\n' },
			{ path: '05-OOP/02-OOP Homework.md', text: '# Object Oriented Programming\n\n## Homework\n\nProblem 1.\n' },
			{ path: '05-OOP/03-OOP Homework - Solution.md', text: '# Object Oriented Programming\n\n## Homework\n\nAnswer 1.\n' },
			{ path: '05-OOP/04-OOP Challenge.md', text: '# OOP Challenge\n\nA bank account.\n' },
			// Files that share their heading and their name keep the heading: the name tells no more.
			{ path: '06-Summary/a/README.md', text: '# Summary\n\nOne.\n' },
			{ path: '06-Summary/b/a/README.md', text: '# Summary\n\nTwo.\n' },
			// Nor do names that differ only by a label: each cohort's copy of the week.
			{ path: '07-Cohorts/2023/week_2_flows/README.md', text: '# Week 2: Flows\n\nAirflow.\n' },
			{ path: '07-Cohorts/2024/02-flows/README.md', text: '# Week 2: Flows\n\nKestra.\n' },
			// Or only by a word the title would read as a status.
			{ path: '08-Bayes/08_01_naive_bayes.md', text: '# Seminar: Naive Bayes\n\nTo do.\n' },
			{ path: '08-Bayes/08_01_naive_bayes__completed.md', text: '# Seminar: Naive Bayes\n\nDone.\n' },
			// Nor names that are numbers alone, which name nothing.
			{ path: '09-Tuning/1.md', text: '# Supervised Fine-Tuning\n\nOverview.\n' },
			{ path: '09-Tuning/3.md', text: '# Supervised Fine-Tuning\n\nIn depth.\n' },
			// A name that reads as a label and its number still has words ("Batchsize 64").
			{ path: '10-Optimizers/adam.md', text: '# MLP with Dropout\n\nAdam.\n' },
			{ path: '10-Optimizers/batchsize-64.md', text: '# MLP with Dropout\n\nSmall batches.\n' },
		]);
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Object Oriented Programming', 'OOP Homework', 'OOP Homework Solution', 'OOP Challenge', 'Summary', 'Summary', 'Flows', 'Flows', 'Seminar: Naive Bayes', 'Seminar: Naive Bayes', 'Supervised Fine-Tuning', 'Supervised Fine-Tuning', 'Adam', 'Batchsize 64']);
		expect(result.phases.some((p) => p.data['status'] !== undefined)).toBe(false);
		// The heading that no longer titles the page stays on it.
		expect(result.phases[1]!.body).toContain('Object Oriented Programming');
	});

	it("titles files under a course's banner heading they all open with by the `#` heading of their own, one no other file has", () => {
		const notebook = (module: number, part: string) => `# T81-558: Applications of Deep Neural Networks\n\n# Module ${module} Material\n\n- Parts.\n\n# Colab Instructions\n\nRun this.\n\n# ${part}\n\nText.\n`;
		const result = importFolder('Deep learning', [
			{ path: 'class_01_1_overview.md', text: notebook(1, 'Part 1.1: Course Overview') },
			{ path: 'class_01_2_intro_python.md', text: notebook(1, 'Part 1.2: Introduction to Python') },
			{ path: 'class_02_1_pandas.md', text: notebook(2, 'Part 2.1: Introduction to Pandas') },
			// A file with no `#` heading of its own keeps the title its name gives.
			{ path: 'class_02_2_pandas_more.md', text: notebook(2, 'Part 2.1: Introduction to Pandas').replace('# Part 2.1: Introduction to Pandas', '## More') },
		]);
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Part 1.1: Course Overview', 'Part 1.2: Introduction to Python', 'Part 2.1: Introduction to Pandas', 'Class 02 2 pandas more']);
	});

	it("titles lectures under the course's name they all open with by the heading labelled as the index's link is", () => {
		const lecture = (n: string, topic: string) => `# Programming with Python\n\n## Lecture ${n}: ${topic}\n\n### The lecturer\n\n# ${topic} in depth\n\nText.\n`;
		const files = [
			{ path: 'lectures/Lecture01.md', text: lecture('01', 'Introduction') },
			{ path: 'lectures/Lecture02.md', text: lecture('02', 'Data types') },
			{ path: 'lectures/Lecture03.md', text: lecture('03', 'Loops') },
		];
		const index = '# Course\n\n## Lectures\n\n- [Lecture 01](lectures/Lecture01.md)\n- [Lecture 02](lectures/Lecture02.md)\n- [Lecture 03](lectures/Lecture03.md)\n';
		const result = importPlan({ index: { path: 'README.md', text: index }, files }, { fileName: 'course.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Lecture 1', 'Introduction'],
			['Lecture 2', 'Data types'],
			['Lecture 3', 'Loops'],
		]);
		// The heading that titles the page leaves it; the course's name stays.
		expect(result.phases[1]!.body).not.toContain('Lecture 02');
		expect(result.phases[1]!.body).toContain('Programming with Python');
	});

	it('takes the `#` heading under the notes quoted atop a page for its title, the notes kept where they are', () => {
		const files = [
			{ path: 'chapter1/chapter1.md', text: '> [!IMPORTANT]\n> Study time: 2 days\n\n# Chapter 1 Introduction\n\n## 1.1 Terms\n\nText.\n' },
			{ path: 'chapter2/chapter2.md', text: '# Chapter 2 Linear models\n\n## 2.1 Basic form\n\nText.\n' },
			// A quote followed by text is the page's opening, not a note over its title.
			{ path: 'chapter3/chapter3.md', text: '> A quote.\n\nText.\n\n# Chapter 3 Trees\n\nMore.\n' },
		];
		const index = '- [Chapter 1 Introduction](chapter1/chapter1.md)\n- [Chapter 2 Linear models](chapter2/chapter2.md)\n- [Chapter 3 Trees](chapter3/chapter3.md)\n';
		const result = importPlan({ index: { path: '_sidebar.md', text: index }, files }, { fileName: 'book.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Introduction', 'Linear models', 'Trees']);
		expect(result.phases[0]!.body).toMatch(/^> \\?\[!IMPORTANT\]\n> Study time: 2 days\n\n## 1\.1 Terms\n/);
		expect(result.phases[2]!.body).toContain('Chapter 3 Trees');
	});

	it('titles pages that all open with their index label alone ("# Week 1") by that label, not by their files\' names', () => {
		const page = (n: number, what: string) => `---\ndescription: About ${what}\n---\n\n# Week ${n}\n\n## ${what}\n\nText.\n`;
		const files = [
			{ path: 'material/material-week1.md', text: page(1, 'Thinking like a programmer') },
			{ path: 'material/week-2.md', text: page(2, 'Python basics') },
			{ path: 'material/week-2-extension.md', text: '# Extensions\n\nMore.\n' },
			{ path: 'exercises/untitled.md', text: page(1, 'Scratch') },
			{ path: 'exercises/week-2.md', text: page(2, 'Variables') },
		];
		const index = '# Table of contents\n\n## Material\n\n* [Week 1](material/material-week1.md)\n* [Week 2](material/week-2.md)\n  * [Extensions](material/week-2-extension.md)\n\n## Exercises\n\n* [Week 1](exercises/untitled.md)\n* [Week 2](exercises/week-2.md)\n';
		const result = importPlan({ index: { path: 'SUMMARY.md', text: index }, files }, { fileName: 'book.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Week 1', 'Week 2', 'Extensions', 'Week 1', 'Week 2']);
		// Named after their part, as the labels come again in each: "Week 2" heads a group of its own (its page and
		// the page under it), inside Material, which names it.
		expect(result.phases.map((p) => p.id)).toEqual(['material-week-1', 'material-week-2', 'extensions', 'exercises-week-1', 'exercises-week-2']);
		expect(result.phases[0]!.body).not.toMatch(/^# Week 1/m);
		// GitBook shows a page's frontmatter description under its title: it leads the page. Other sites keep it for search engines.
		expect(result.phases[0]!.body).toMatch(/^About Thinking like a programmer\n\n## Thinking like a programmer\n/);
		const listed = importPlan({ index: { path: 'README.md', text: index.replace('# Table of contents', '# Course') }, files }, { fileName: 'book.md', order: 0, track: 'backend' });
		expect(listed.phases[0]!.body).not.toContain('About');
	});

	it('makes a folder holding all of its chapter\'s lessons ("L03/code/") the chapter\'s group, not a group inside it', () => {
		const lesson = (path: string) => ({ path, text: `# ${path}\n\nText.\n` });
		const result = importFolder('Deep learning', [lesson('L03/code/perceptron.md'), lesson('L03/code/vectorization.md'), lesson('L18/dcgan.md'), lesson('L18/optional/wgan.md'), lesson('L18/optional/wgan-gp.md')]);
		expect(result.roadmap['groups']).toEqual([
			{ id: 'lesson-3', title: 'Lesson 3' },
			{ id: 'lesson-18', title: 'Lesson 18' },
			{ id: 'optional', title: 'Optional', parent: 'lesson-18' },
		]);
		expect(result.phases.map((p) => p.data['group'])).toEqual(['lesson-3', 'lesson-3', 'lesson-18', 'optional', 'optional']);
	});

	it('writes the words of titles made from names as the lessons write them: "Intro to CSS", "JavaScript basics"', () => {
		const result = importFolder('foundations', [
			{ path: 'css_foundations/intro_to_css.md', text: '### Introduction\n\nCSS styles HTML. Write CSS in a `style.css` file.\n' },
			{ path: 'css_foundations/the_cascade.md', text: '### Introduction\n\nThe cascade decides which CSS rule wins.\n' },
			{ path: 'javascript_basics/variables.md', text: '### Introduction\n\nJavaScript has `let`. JavaScript runs in browsers.\n' },
			{ path: 'javascript_basics/functions.md', text: '### Introduction\n\nFunctions in JavaScript; it is fun, it is.\n' },
			// Written in lower case as often as not: left as the name spells it.
			{ path: 'misc/it_and_git.md', text: '### Introduction\n\nIT people use git. IT is fun; git it, it is.\n' },
			{ path: 'misc/other.md', text: '### Introduction\n\nx\n' },
		]);
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Intro to CSS', 'The cascade', 'Functions', 'Variables', 'It and git', 'Other']);
		expect((result.roadmap['groups'] as Array<{ title: string }>).map((g) => g.title)).toEqual(['CSS foundations', 'JavaScript basics', 'Misc']);
	});

	it('makes a folder inside a chapter folder that holds several lessons a group inside the chapter\'s', () => {
		const result = importFolder('foundations', [
			{ path: 'html_css/flexbox/flexbox_axes.md', text: '# Axes\n\nx\n' },
			{ path: 'html_css/flexbox/flexbox_intro.md', text: '# Intro\n\nx\n' },
			{ path: 'html_css/overview/welcome.md', text: '# Welcome\n\nx\n' },
			{ path: 'javascript/loops.md', text: '# Loops\n\nx\n' },
		]);
		expect(result.roadmap['groups']).toEqual([
			{ id: 'html-css', title: 'Html css' },
			{ id: 'flexbox', title: 'Flexbox', parent: 'html-css' },
		]);
		// A folder of one lesson is no group: that lesson is a phase like the others.
		expect(result.phases.map((p) => [p.data['title'], p.data['group']])).toEqual([
			['Axes', 'flexbox'],
			['Intro', 'flexbox'],
			['Welcome', 'html-css'],
			['Loops', undefined],
		]);
	});

	it('makes a folder inside a chapter folder named as a unit ("Week_3/Day_2/"), or beside such folders ("Week_3/Weekend/"), a group even with one lesson in it', () => {
		const result = importFolder('bootcamp', [
			{ path: 'Week_3/Day_1/Express.md', text: '# Express\n\nx\n' },
			{ path: 'Week_3/Day_1/Web_Servers.md', text: '# Web servers\n\nx\n' },
			{ path: 'Week_3/Day_2/CRUD.md', text: '# CRUD\n\nx\n' },
			{ path: 'Week_3/Weekend/jQuery.md', text: '# jQuery\n\nx\n' },
			{ path: 'Week_4/Intro.md', text: '# Intro\n\nx\n' },
			{ path: 'Week_4/extra/Tips.md', text: '# Tips\n\nx\n' },
		]);
		expect(result.roadmap['groups']).toEqual([
			{ id: 'week-3', title: 'Week 3', duration: { min: 1, max: 1, unit: 'week' } },
			{ id: 'day-1', title: 'Day 1', duration: { min: 1, max: 1, unit: 'day' }, parent: 'week-3' },
			{ id: 'day-2', title: 'Day 2', duration: { min: 1, max: 1, unit: 'day' }, parent: 'week-3' },
			{ id: 'weekend', title: 'Weekend', parent: 'week-3' },
			{ id: 'week-4', title: 'Week 4', duration: { min: 1, max: 1, unit: 'week' } },
		]);
		// A folder of one lesson that no unit word names, beside no such folder, stays no group.
		expect(result.phases.map((p) => [p.data['title'], p.data['group']])).toEqual([
			['Express', 'day-1'],
			['Web servers', 'day-1'],
			['CRUD', 'day-2'],
			['jQuery', 'weekend'],
			['Tips', 'week-4'],
			['Intro', 'week-4'],
		]);
	});

	it('orders a folder\'s files by the places their frontmatter states (`sidebar_position`, `weight`, `nav_order`), else by name', () => {
		const doc = (title: string, place: string) => `---\ntitle: ${title}\n${place}\n---\n\nAbout ${title}.\n`;
		const result = importFolder('JavaScript', [
			{ path: 'closures.md', text: doc('Closures', 'sidebar_position: 3') },
			{ path: 'intro.md', text: doc('Introduction', 'sidebar_position: 1') },
			{ path: 'variables.md', text: doc('Variables', 'sidebar_position: 2') },
			{ path: 'workshops/b-async.md', text: doc('Async', 'weight: 10') },
			{ path: 'workshops/a-dom.md', text: doc('DOM', '') },
		]);
		// The "workshops" folder has a file without a place: its files stay in name order.
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Introduction', 'Variables', 'Closures', 'DOM', 'Async']);
	});

	it('reads the character references in a frontmatter title as the site showed them (`&mdash;` is "—", `&amp;` "&")', () => {
		const doc = (title: string) => `---\ntitle: ${title}\n---\n\nAbout it.\n`;
		const result = importFolder('Systems', [
			{ path: 'a.md', text: doc('Friday&mdash;Two consistent algorithms') },
			{ path: 'b.md', text: doc('Logs &amp; metrics') },
			{ path: 'c.md', text: doc('Vec<T> & friends') },
		]);
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Friday—Two consistent algorithms', 'Logs & metrics', 'Vec<T> & friends']);
	});

	it('titles Docusaurus docs that open with a section by their frontmatter, and leaves out their MDX imports and components', () => {
		const doc = (title: string, opening: string) => `---\ntitle: ${title}\nsidebar_label: ${title}\n---\n\nimport InDocAd from './_components/InDocAd';\n\n## ${opening}\n\nAbout ${title}.\n\n<InDocAd />\n\n<Tabs>\n\nKept text.\n\n</Tabs>\n\n## Practice\n\nList<String> stays, and so does <Greeting /> in a sentence.\n\n| Problem | Try it |\n| --- | --- |\n| Two sum | <LocalButton name="two-sum"/> |\n`;
		const result = importFolder('Algorithms', [
			{ path: 'array.md', text: doc('Array cheatsheet', 'Introduction') },
			{ path: 'graph.md', text: doc('Graph cheatsheet', 'Introduction') },
			{ path: 'oop.md', text: doc('Object-oriented programming', 'Sample questions') },
		]);
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Array cheatsheet', 'Graph cheatsheet', 'Object-oriented programming']);
		const oop = result.phases[2]!.body;
		expect(oop).toMatch(/^## Sample questions\n\nAbout Object-oriented programming\.\n\nKept text\.\n\n## Practice\n/);
		expect(oop).toContain('List\\<String> stays, and so does \\<Greeting /> in a sentence.');
		// Alone in a table cell, a component is no text either.
		expect(oop).toMatch(/\| Two sum +\| +\|/);
		const notes = result.notes.join('\n');
		expect(notes).toContain('(oop.md:6) removed an MDX import or export');
		expect(notes).toContain('removed the MDX component <InDocAd />');
		expect(notes).toContain('removed the MDX component <Tabs>: it belongs to the site the plan was written for (its content is kept)');
	});

	it('shows the images an MDX page writes as JSX: imported, required (Docusaurus) or from the site root, with the text after them', () => {
		const text = [
			'# Tools', '', "import shot from './img/shot.png';", '',
			'<img src={shot} alt="Imported" />', '',
			'<Image\n  src={ shot }\n  alt="Imported again"\n  width="1000"\n/>', '',
			"<img src={require('!file-loader!./img/parts.png').default} alt=\"The parts\" style={{width: '70%'}} />", '',
			"<img\n  src={useBaseUrl('/img/logo.png')}\n  alt=\"Logo\"\n/>\nThe logo.", '',
			'<img src={unknown} alt="Unknown" />', '',
			"> <img src={require('./img/quoted.png').default} />", '',
			":::note Exercise\nArrange the boxes:\n\n<img src={require('./img/boxes.png').default}/>\n:::", '',
		].join('\n');
		const files = [{ path: 'tools.mdx', text }, { path: 'more.mdx', text: '# More\n\nText.\n' }];
		const result = importPlan({ index: { path: '.waymark-index.md', text: '# Course\n' }, files, assets: ['img/shot.png', 'img/parts.png', 'img/logo.png', 'img/quoted.png', 'img/boxes.png'] }, { fileName: 'folder.md', order: 0, track: 'backend' });
		const page = result.phases.find((phase) => phase.data['title'] === 'Tools')!.body;
		expect(page).toContain('![Imported](./images/shot.png)');
		expect(page).toContain('![Imported again](./images/shot.png)');
		expect(page).toContain('![The parts](./images/parts.png)');
		expect(page).toContain('![Logo](./images/logo.png)\\\nThe logo.');
		expect(page).toContain('> ![](./images/quoted.png)');
		// In a docs site's aside too, which is read again from its lines.
		expect(page).toContain('> Arrange the boxes:\n>\n> ![](./images/boxes.png)');
		// An expression it cannot read leaves the image as HTML reads it.
		expect(page).not.toContain('Unknown](');
	});

	it("keeps an MDX schedule drawn by components: tags around its week headings go, and rows written as attributes become each week's table", () => {
		const text = [
			"import {LectureRow, LectureDivider, LectureTable} from '@site/src/components/Lectures'", '',
			'# Calendar', '', '<LectureTable defaultType="Lesson">', '',
			'<LectureDivider>', '### Week 01', '</LectureDivider>', '',
			'<LectureRow\n    date="22/09/2025" time="16:00-17:30"\n    topic="L01 Introduction"\n    pdf="https://example.org/l01.pdf"\n/>', '',
			"<LectureRow date='24/09/2025' topic='L02 First steps' video='https://youtu.be/x' />", '',
			'<LectureDivider>', '### Week 02', '</LectureDivider>', '',
			'<LectureRow date="29/09/2025" topic="L03 Variables" teacher="" />', '',
			'</LectureTable>', '',
			'<Card title="Source API" href="/docs/source-api" description="Content sources" />', '',
			'<Card title="Search" href="/docs/search" description="Searching" />', '',
		].join('\n');
		const result = importPlan({ index: { path: 'lessons.mdx', text } }, { fileName: 'lessons.mdx', order: 0, track: 'backend' });
		expect(result.phases.map((phase) => phase.data['label'])).toEqual(['Week 1', 'Week 2']);
		expect(result.phases[0]!.body.trim()).toBe(
			[
				'| Date       | Time        | Topic            | Pdf                                | Video                       |',
				'| ---------- | ----------- | ---------------- | ---------------------------------- | --------------------------- |',
				'| 22/09/2025 | 16:00-17:30 | L01 Introduction | [pdf](https://example.org/l01.pdf) |                             |',
				'| 24/09/2025 |             | L02 First steps  |                                    | [video](https://youtu.be/x) |',
			].join('\n'),
		);
		// One row alone in its week is that week's lesson, as the page has more of them; an attribute no row fills is no column.
		expect(result.phases[1]!.body.trim()).toMatch(/^\| Date {7}\| Topic {9}\|\n\| -{10} \| -{13} \|\n\| 29\/09\/2025 \| L03 Variables \|\n\n/);
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).not.toContain('Lecture');
		// Cards with a title and a link are shown by them, as before (here naming a page the plan lacks), not as a table.
		expect(result.phases[1]!.body).toContain('Source API (original link: `/docs/source-api`) — Content sources');
	});

	it("drops an MDX page's comments whole, over several blocks or inside a line, as its site hides them; code keeps its own", () => {
		const text = [
			'# Calendar', '', '## Week 1: Basics', '', 'Intro. {/* moved */} Next.', '',
			'{/* <LectureRow\n    date="08/10/2025"\n    topic="Cancelled"\n/> */}', '',
			'{/* Old plan\n\n- lesson A\n- lesson B */}', '', '```js\nconst a = {/* kept */};\n```', '',
			'## Week 2: Loops', '', 'Loops.', '',
		].join('\n');
		const result = importPlan({ index: { path: 'lessons.mdx', text } }, { fileName: 'lessons.mdx', order: 0, track: 'backend' });
		const week1 = result.phases[0]!.body;
		expect(week1).not.toMatch(/Cancelled|Old plan|lesson A|moved/);
		expect(week1).toContain('Intro.');
		expect(week1).toContain('const a = {/* kept */};');
		expect(result.phases.map((phase) => phase.data['label'])).toEqual(['Week 1', 'Week 2']);
	});

	it("shows a docs site's components as the site shows them: asides (and HTML's) as alerts, accordions as sections to open, link cards as links, labels in bold", () => {
		const text = [
			'# Course', '', '## Week 1: Setup', '',
			'<Aside type="caution" title="Before you start">', '', 'Back up your **files**.', '', '</Aside>', '',
			'<Tip>', 'Use a terminal.', '</Tip>', '',
			'<Accordion title="Solution">', '', 'Run `ls`.', '', '</Accordion>', '',
			'<Tabs>', '<TabItem label="npm">', '', 'npm install', '', '</TabItem>', '</Tabs>', '',
			'<LinkCard title="Shell basics" href="https://example.org/shell" description="A short guide" />', '',
			// Named like an element the HTML parser reads by its own rules, a component is that element.
			'<Iframe />', '', '### After the frame', '', 'Text.', '',
			// An HTML aside (a Notion callout) is a note.
			'<aside>', '💡 Review before the quiz.', '</aside>', '', 'A sidebar goes in an <aside> at the right.', '',
			'## Week 2: Use', '', 'More.', '',
		].join('\n');
		const body = phasesOfText(text).phases[0]!.body;
		expect(body).toContain('> \\[!CAUTION]\n>\n> **Before you start**\n>\n> Back up your **files**.');
		expect(body).toContain('> \\[!TIP]\n>\n> Use a terminal.');
		expect(body).toMatch(/<details>\n\s*<summary>Solution<\/summary>[\s\S]*Run `ls`\.[\s\S]*<\/details>/);
		expect(body).toContain('**npm**\n\nnpm install');
		expect(body).toContain('[Shell basics](https://example.org/shell) — A short guide');
		expect(body).toContain('## After the frame\n\nText.');
		expect(body).toContain('> \\[!NOTE]\n>\n> 💡 Review before the quiz.');
		expect(body).toMatch(/^A sidebar goes in an .*at the right\.$/m);
		expect(body).not.toMatch(/NOTE\][^\n]*at the right/);
	});

	it('writes in what an MDX page takes from its frontmatter ("# {frontMatter.title}"), as its site did', () => {
		const doc = (title: string) => `---\ntitle: ${title}\nminutes: 20\n---\n\n# {frontMatter.title}\n\nWhat {frontMatter.title} is, in {frontMatter.minutes} minutes: {frontMatter.missing}.\n`;
		const result = importFolder('Primes', [
			{ path: '00-check.mdx', text: doc('Check if prime') },
			{ path: '01-sieve.mdx', text: doc('Sieve methods') },
		]);
		expect(result.phases.map((p) => [p.data['title'], p.body])).toEqual([
			['Check if prime', 'What Check if prime is, in 20 minutes: \\{frontMatter.missing}.'],
			['Sieve methods', 'What Sieve methods is, in 20 minutes: \\{frontMatter.missing}.'],
		]);
	});

	it('leads links to an HTML anchor in the text (`<span id>`, `<a name>`) to the heading of its section', () => {
		const result = importFolder('Flexbox', [
			{ path: '01-intro.md', text: '# Intro\n\n## Flex items\n\n<span id="item-check">An item is a child of a flex container.</span>\n\n## Knowledge check\n\n- [What is a flex item?](#item-check)\n- [Where is the axis?](02-axes.md#main-axis)\n- [Nowhere](#missing)\n' },
			{ path: '02-axes.md', text: '# Axes\n\n## Directions\n\n<a name="main-axis"></a>The main axis runs along the row.\n' },
		], 'flexbox');
		const intro = result.phases.find((p) => p.id === 'intro')!.body;
		expect(intro).toContain('[What is a flex item?](#flex-items)');
		expect(intro).toContain('## Flex items {/* #flex-items */}');
		expect(intro).toContain('[Where is the axis?](/roadmaps/flexbox/axes/#directions)');
		expect(intro).toMatch(/Nowhere.*original link: `#missing`/);
		expect(result.notes.join('\n')).toContain('links to #item-check lead to the heading above it');
	});

	it('links a Quarto cross-reference to a figure ("@fig-plot") as "Figure 1", to the section holding the image', () => {
		const result = importFolder('Stats', [
			{ path: '01-intro.qmd', text: '# Intro\n\nAs @fig-fit shows, and @fig-missing does not.\n' },
			{ path: '02-models.qmd', text: '# Models\n\n## Data\n\n![Raw](raw.png){#fig-raw}\n\n## Fitting\n\n![A fit](fit.png){#fig-fit width=50%}\n\nSee @fig-raw.\n' },
		], 'stats');
		const body = (id: string) => result.phases.find((p) => p.id === id)!.body;
		expect(body('intro')).toContain('As [Figure 2](/roadmaps/stats/models/#fitting) shows, and @fig-missing does not.');
		expect(body('models')).toContain('See [Figure 1](#data).');
	});

	it('numbers the figures of code chunks labelled "fig-" with the others, linking those the page shows', () => {
		const chunk = (label: string, options: string, code: string) => `\`\`\`{r}\n#| label: ${label}\n${options}${code}\n\`\`\`\n`;
		const result = importFolder('Plots', [
			{ path: '01-intro.qmd', text: '# Intro\n\nSee @fig-diagram, @fig-hidden, @fig-plot and @fig-last.\n' },
			{
				path: '02-plots.qmd',
				text: `# Plots\n\n## Diagram\n\n${chunk('fig-diagram', '#| echo: false\n', 'knitr::include_graphics("d.png")')}\n## Hidden\n\n${chunk('fig-hidden', '#| echo: false\n', 'plot(1)')}\n## Plot\n\n${chunk('fig-plot', '', 'plot(2)')}\n## Last\n\n![Last](last.png){#fig-last}\n`,
			},
		], 'plots');
		expect(result.phases.find((p) => p.id === 'intro')!.body).toContain(
			'See [Figure 1](/roadmaps/plots/plots/#diagram), Figure 2, [Figure 3](/roadmaps/plots/plots/#plot) and [Figure 4](/roadmaps/plots/plots/#last).',
		);
	});

	it('imports one document of a folder alone: numbered files beside it that it does not link are other plans, not its lessons', () => {
		const sections = '# Notes\n\n## Setup\n\nInstall.\n\n## Practice\n\nDaily.\n\n## Review\n\nWeekly.\n';
		const files = [
			{ path: '001_other-plan.md', text: '# Other\n\n## Week 1\n\nA.\n' },
			{ path: '002_third-plan.md', text: '# Third\n\n## Week 1\n\nB.\n' },
		];
		const alone = importPlan({ index: { path: '000_notes.md', text: sections }, files }, { fileName: 'notes.md', order: 0, track: 'backend' });
		expect(alone.phases.map((p) => p.data['title'])).toEqual(['Setup', 'Practice', 'Review']);
		const asFolder = importPlan({ index: { path: 'README.md', text: sections }, files }, { fileName: 'notes.md', order: 0, track: 'backend' });
		expect(asFolder.phases.map((p) => p.data['title'])).toEqual(['Other', 'Third']);
	});
});


describe('the repository a plan folder is a clone of', () => {
	it('reads the origin remote and the branch or detached commit of a clone', () => {
		expect(originUrl('[remote "fork"]\n\turl = https://github.com/me/x\n[remote "origin"]\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n\turl = https://github.com/o/r.git\n')).toBe('https://github.com/o/r.git');
		expect(originUrl('[core]\n\tbare = false\n')).toBeNull();
		expect(headRef('ref: refs/heads/feature/x\n')).toBe('feature/x');
		expect(headRef('0123456789abcdef0123456789abcdef01234567\n')).toBe('0123456789abcdef0123456789abcdef01234567');
		expect(headRef('garbage')).toBeNull();
	});

	it('gives GitHub and GitLab addresses for a folder of the repository, and none for other hosts', () => {
		expect(repositoryAddresses('https://token@github.com/o/r.git', 'main', '')).toEqual({ name: 'github.com/o/r', file: 'https://github.com/o/r/blob/main/', folder: 'https://github.com/o/r/tree/main/' });
		expect(repositoryAddresses('ssh://git@gitlab.com/group/sub/r.git', 'feature/x', 'week 1')).toMatchObject({ file: 'https://gitlab.com/group/sub/r/-/blob/feature/x/week%201/' });
		expect(repositoryAddresses('git@github.com:o/r', 'main', 'docs')!.folder).toBe('https://github.com/o/r/tree/main/docs/');
		for (const remote of ['/srv/git/r.git', 'https://example.org/o/r.git', 'https://github.com/o']) expect(repositoryAddresses(remote, 'main', '')).toBeNull();
	});
});

describe('links between the plan\'s files', () => {
	it('leads a link to a folder renamed since to the one folder beside it opening with the same word and number', () => {
		const find = findPlanFile(['Semana_04_(01-05_Dic_2025)/README.md', 'Semana_05_(08-12_Dic)/README.md', 'Semana_05_(08-12_Dic)_v2/README.md', 'notas/Semana_04/a.md'].map((path) => ({ path })));
		expect(find('Semana_04_(1-5_Dic_2025)')?.path).toBe('Semana_04_(01-05_Dic_2025)/README.md');
		// Two folders open so: no guess.
		expect(find('Semana_05_(8-12_Dic)')).toBeNull();
		// Files are not folders, and a folder is matched only beside the link's place.
		expect(find('Semana_04_(1-5_Dic_2025).md')).toBeNull();
		expect(find('otras/Semana_04')).toBeNull();
	});

	it('leads a link to a page as its site serves it: a Jekyll collection\'s document without its folder\'s underscore, a page under the name a docs site is served at', () => {
		const find = findPlanFile(['_2026/shell.md', 'chapter1/3.mdx', 'chapter1/10.mdx', 'chapter1/2.mdx', 'chapter1/figures/a.md', 'lessons/intro.md', 'intro.md'].map((path) => ({ path })));
		expect(find('2026/shell')?.path).toBe('_2026/shell.md');
		expect(find('course/chapter1/3')?.path).toBe('chapter1/3.mdx');
		// A folder without an index, so served, is served at its first page.
		expect(find('course/chapter1')?.path).toBe('chapter1/2.mdx');
		// A folder the plan has is read as it is, and only one folder is dropped.
		expect(find('lessons/setup')).toBeNull();
		expect(find('docs/course/chapter1/3')).toBeNull();
		expect(find('../intro.md')).toBeNull();
		// A folder the plan lacks, before a page at its root, is a page that is not there, not the root's.
		expect(find('week-02/intro.md')).toBeNull();
	});
});

describe('reading a plan folder', () => {
	it("reads a folder from the log its README links, whose headings label a week of days or more where the README's label none", () => {
		withImportFolders((dir, content, fresh) => {
			const plan = join(dir, 'challenge');
			const days = (count: number) => Array.from({ length: count }, (_, i) => `### Day ${i + 1}: January ${i + 3}\n\nCoded.\n`).join('\n');
			writeFiles(plan, {
				'README.md': "# I've joined the Challenge\n\n## Contents\n\n* [Rules](rules.md)\n* [Log](log.md)\n\n## If you've decided to join\n\nFork it.\n\n## Note\n\nHave fun.\n",
				'rules.md': '# Rules\n\nCode daily.\n',
				'log.md': `# My Log\n\n${days(7)}`,
			});
			const written = () => readdirSync(join(content, 'roadmaps', 'challenge')).length - 1;
			expect(runImport([plan, '--id', 'challenge', '--out', content], dir, silent)).toBe(0);
			expect(readFileSync(join(content, 'roadmaps', 'challenge', 'index.mdx'), 'utf8')).toMatch(/^title: "My Log"$/m);
			expect(written()).toBe(7);
			// A template's examples are no log: the README stays the plan.
			fresh();
			writeFiles(plan, { 'log.md': `# My Log\n\n${days(2)}` });
			expect(runImport([plan, '--id', 'challenge', '--out', content], dir, silent)).toBe(0);
			expect(readFileSync(join(content, 'roadmaps', 'challenge', 'index.mdx'), 'utf8')).toMatch(/^title: "I've joined the Challenge"$/m);
		});
	});

	it('titles a folder without README by the one file beside its lesson folders that links them', () => {
		withImportFolders((dir, content, fresh) => {
			const plan = join(dir, 'curso');
			writeFiles(plan, {
				'00_INDICE.md': '# Programa de IA\n\n- [Semana 1](./Semana_01/)\n- [Semana 2](./Semana_02/)\n',
				'Semana_01/README.md': '# Semana 1\n\n- [ ] Leer el tema 1\n',
				'Semana_01/notas.md': '# Notas\n\nTexto.\n',
				'Semana_02/README.md': '# Semana 2\n\n- [ ] Leer el tema 2\n',
			});
			const title = () => /^title: "(.*)"$/m.exec(readFileSync(join(content, 'roadmaps', 'curso', 'index.mdx'), 'utf8'))![1];
			expect(runImport([plan, '--id', 'curso', '--out', content], dir, silent)).toBe(0);
			expect(title()).toBe('Programa de IA');
			// A file that links none of them is a lesson like the others, and titles nothing.
			fresh();
			writeFiles(plan, { '00_INDICE.md': '# Programa de IA\n\nSin enlaces.\n' });
			expect(runImport([plan, '--id', 'curso', '--out', content], dir, silent)).toBe(0);
			expect(title()).toBe('Curso');
		});
	});

	it("reads an Obsidian vault from its map of content, the one file linking every numbered note, when the README links none", () => {
		withImportFolders((dir, content, fresh) => {
			const plan = join(dir, 'vault');
			const vault = {
				'README.md': '# DevOps vault\n\nOpen this folder in Obsidian, then start at `Map`.\n',
				'Map.md': '# Map of the course\n\n| # | Note |\n|---|---|\n| 00 | [[00 - Start Here]] |\n| — | [[Glossary]] |\n| 01 | [[Class 01 - Docker]] |\n| 02 | [[Class 02 - Git]] |\n',
				'Glossary.md': '# Glossary\n\nSee [[Class 01 - Docker]] and [[Class 02 - Git]].\n',
				'00 - Start Here.md': '# Start here\n\nInstall Obsidian.\n',
				'Class 01 - Docker.md': '# Docker\n\nSee [[Glossary]].\n',
				'Class 02 - Git.md': '# Git\n\nSee [[Map]].\n',
			};
			writeFiles(plan, vault);
			expect(runImport([plan, '--id', 'vault', '--out', content], dir, silent)).toBe(0);
			const folder = join(content, 'roadmaps', 'vault');
			expect(readFileSync(join(folder, 'index.mdx'), 'utf8')).toMatch(/^title: "Map of the course"$/m);
			const titles = readdirSync(folder).filter((name) => name !== 'index.mdx' && name.endsWith('.mdx')).map((name) => readFileSync(join(folder, name), 'utf8')).sort((a, b) => Number(/^order: (\d+)$/m.exec(a)![1]) - Number(/^order: (\d+)$/m.exec(b)![1])).map((text) => /^title: "(.*)"$/m.exec(text)![1]);
			expect(titles).toEqual(['Start here', 'Glossary', 'Docker', 'Git']);
			// A README that links a note is the index, as ever.
			fresh();
			writeFiles(plan, { 'README.md': '# DevOps vault\n\nStart at [[Map]].\n' });
			expect(runImport([plan, '--id', 'vault', '--out', content], dir, silent)).toBe(0);
			expect(readFileSync(join(content, 'roadmaps', 'vault', 'index.mdx'), 'utf8')).toMatch(/^title: "DevOps vault"$/m);
		});
	});

	it("reads a vault's subject folder without README from the note that links every other note beside it, its headings over lists of links the groups", () => {
		withImportFolders((dir, content) => {
			const plan = join(dir, 'Networks');
			writeFiles(plan, {
				'-overview.md': '# Lectures\n- [[Layers]]\n- [[Routing]]\n# Seminars\n- [[Net Seminar 1]]\n- [[Net Seminar 2]]\n# Labs\n- [[Sockets Lab]]\n',
				'Layers.md': '# Layers\n\nThe OSI model.\n',
				'Routing.md': '# Routing\n\nTables and hops.\n',
				'Net Seminar 1.md': '# Seminar I\n\nSubnets.\n',
				'Net Seminar 2.md': '# Seminar II\n\nCIDR.\n',
				'Sockets Lab.md': '# Sockets\n\nA chat server.\n',
				'_attachments/Sketch.excalidraw.md': '# Excalidraw Data\n\nDrawing.\n',
			});
			expect(runImport([plan, '--id', 'net', '--out', content], dir, silent)).toBe(0);
			const folder = join(content, 'roadmaps', 'net');
			const phases = readdirSync(folder).filter((name) => name !== 'index.mdx' && name.endsWith('.mdx')).map((name) => readFileSync(join(folder, name), 'utf8')).sort((a, b) => Number(/^order: (\d+)$/m.exec(a)![1]) - Number(/^order: (\d+)$/m.exec(b)![1]));
			expect(phases.map((text) => [/^title: "(.*)"$/m.exec(text)![1], /^group: (.*)$/m.exec(text)?.[1]])).toEqual([
				['Layers', 'lectures'],
				['Routing', 'lectures'],
				['Seminar I', 'seminars'],
				['Seminar II', 'seminars'],
				['Sockets Lab', 'labs'],
			]);
			// Its headings are its parts: none of them titles the plan, which the folder's name does ("-overview" says less).
			expect(readFileSync(join(folder, 'index.mdx'), 'utf8')).toMatch(/^title: "Networks"$/m);
		});
	});

	it('reads a folder without README from the file whose unit headings label its numbered folders, those folders\' lessons in each unit\'s group', () => {
		withImportFolders((dir, content) => {
			const plan = join(dir, 'kurs');
			writeFiles(plan, {
				'lehrplan.md': '# Python-Kurs\n\n## Woche 1 – Grundlagen\n\n- `print()`\n\n## Woche 2 – Schleifen\n\n- `for`\n',
				'info.md': '# Info\n\nFür alle.\n',
				'woche-1/lektion.md': '# Erste Schritte\n\nText.\n',
				'woche-1/quiz.md': '# Quiz zu Woche 1\n\nFragen.\n',
				'woche-2/lektion.md': '# Schleifen üben\n\nText.\n',
				'woche-2/quiz.md': '# Quiz zu Woche 2\n\nFragen.\n',
			});
			expect(runImport([plan, '--id', 'kurs', '--out', content], dir, silent)).toBe(0);
			const folder = join(content, 'roadmaps', 'kurs');
			const overview = readFileSync(join(folder, 'index.mdx'), 'utf8');
			expect(overview).toMatch(/^title: "Python-Kurs"$/m);
			expect([...overview.matchAll(/^ {4}label: "(.*)"$/gm)].map((m) => m[1])).toEqual(['Woche 1', 'Woche 2']);
			// Each week's heading opens its group, the week folder's lessons after it.
			expect(readFileSync(join(folder, 'grundlagen.mdx'), 'utf8')).toMatch(/^group: grundlagen$/m);
			expect(readFileSync(join(folder, 'erste-schritte.mdx'), 'utf8')).toMatch(/^group: grundlagen$/m);
			expect(readFileSync(join(folder, 'schleifen-ueben.mdx'), 'utf8')).toMatch(/^group: schleifen$/m);
		});
	});

	it('reads a folder holding symbolic links: one to itself or to nowhere is skipped, a linked folder read once, where it is', () => {
		withImportFolders((dir, content) => {
			const plan = join(dir, 'plan');
			const shared = join(dir, 'shared');
			writeFiles(plan, { 'README.md': '# Plan\n\n- [Week 1](week-1/README.md)\n- [Week 2](week-2/README.md)\n- [Setup](common/setup.md)\n', 'week-1/README.md': '# Shell\n\nx\n', 'week-2/README.md': '# Git\n\ny\n' });
			writeFiles(shared, { 'setup.md': '# Setup\n\nInstall things.\n' });
			symlinkSync('bird.jpg', join(plan, 'bird.jpg'));
			symlinkSync('missing.png', join(plan, 'week-1', 'gone.png'));
			symlinkSync('..', join(plan, 'week-2', 'up'));
			symlinkSync('week-1', join(plan, 'current'));
			symlinkSync(shared, join(plan, 'common'));
			symlinkSync(shared, join(plan, 'common-again'));
			const lines: string[] = [];
			expect(runImport([plan, '--id', 'plan', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			expect(readdirSync(join(content, 'roadmaps', 'plan')).toSorted()).toEqual(['git.mdx', 'index.mdx', 'setup.mdx', 'shell.mdx']);
		});
	});

	it('reads a course repository with thousands of code files: only Markdown and images count towards the limit', () => {
		withImportFolders((dir, content) => {
			const plan = join(dir, 'plan');
			mkdirSync(join(plan, 'code'), { recursive: true });
			writeFileSync(join(plan, 'README.md'), '# Plan\n\n## Week 1: Shell\n\nx\n\n## Week 2: Git\n\ny\n');
			for (let i = 0; i < 5001; i++) writeFileSync(join(plan, 'code', `example-${i}.py`), '');
			expect(runImport([plan, '--out', content], dir, silent)).toBe(0);
			expect(readdirSync(join(content, 'roadmaps', 'plan')).sort()).toEqual(['git.mdx', 'index.mdx', 'shell.mdx']);
		});
	});

	it('reports a few of each kind of change per file, so that no kind hides behind many of another', () => {
		withImportFolders((dir, content) => {
			const plan = join(dir, 'plan');
			mkdirSync(plan, { recursive: true });
			const badges = Array.from({ length: 6 }, (_, i) => `![badge ${i}](https://img.example/${i}.svg)`).join(' ');
			writeFileSync(join(plan, 'README.md'), `# Plan\n\n${badges}\n\n<script>alert(1)</script>\n\n## Week 1: Shell\n\nx\n\n## Week 2: Git\n\ny\n`);
			const lines: string[] = [];
			expect(runImport([plan, '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			const report = lines.join('\n');
			expect(report.match(/remote image "https:\/\/img\.example\/\d\.svg" became a link/g)).toHaveLength(3);
			expect(report).toContain('… and 3 more like these');
			expect(report).toMatch(/removed a <script> element and its content/);
		});
	});

	it('reads an MkDocs site from its nav, given the site\'s folder or its docs folder: pages in nav order, sections as groups, site_name the title', () => {
		withImportFolders((dir, content, fresh) => {
			const site = join(dir, 'site');
			writeFiles(site, {
				'mkdocs.yml':
					'site_name: CS自学指南\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\nnav:\n  - 前言: index.md\n  - 必学工具:\n      - Vim: tools/vim.md\n      - tools/git.md\n  - About: https://example.org/about\n',
				'README.md': '# The repository\n\nHow to build the site.\n',
				'docs/index.md': '# 前言\n\n这是一本自学指南。\n',
				'docs/tools/vim.md': '# Vim\n\n编辑器。\n',
				'docs/tools/git.md': '# Git\n\n版本控制。\n',
				// A page the nav leaves out is not a phase, even with a name that sorts first.
				'docs/tools/a-draft.md': '# Draft\n',
			});
			for (const folder of [site, join(site, 'docs')]) {
				fresh();
				expect(runImport([folder, '--id', 'csdiy', '--out', content], dir, silent)).toBe(0);
				const roadmap = join(content, 'roadmaps', 'csdiy');
				// The home page the nav lists first is the overview.
				expect(readdirSync(roadmap).sort()).toEqual(['git.mdx', 'index.mdx', 'vim.mdx']);
				const overview = readFileSync(join(roadmap, 'index.mdx'), 'utf8');
				expect(overview).toContain('这是一本自学指南。');
				expect(overview).toContain('title: "CS自学指南"');
				expect(overview).toMatch(/groups:\n  - id: [\w-]+\n    title: "必学工具"/);
				expect(readFileSync(join(roadmap, 'git.mdx'), 'utf8')).toContain('title: "Git"');
			}
		});
	});

	it('reads a Docusaurus site as its autogenerated sidebar: categories named and placed by _category_ files, docs by sidebar_position or number prefix', () => {
		withImportFolders((dir, content, fresh) => {
			const site = join(dir, 'site');
			writeFiles(site, {
				'docusaurus.config.ts':
					"import type {Config} from '@docusaurus/types';\nconst config: Config = {\n  tagline: `A ${'course'}`,\n  themeConfig: { navbar: { title: 'Home' } },\n  title: 'DevOps in Seven Weeks',\n};\nexport default config;\n",
				'README.md': '# The repository\n\nnpm start\n',
				'docs/intro.md': '---\nsidebar_position: 1\n---\n\n# Course intro\n\nWelcome.\n',
				'docs/basics/_category_.json': '{ "label": "Introduction to DevOps", "position": 2, "link": { "type": "generated-index" } }',
				// Named like its folder, but the category file links a generated index: an ordinary doc.
				'docs/basics/basics.md': '---\nsidebar_position: 2\ntitle: Culture\n---\n\nPeople first.\n',
				'docs/basics/loop.md': '---\nsidebar_position: 1\nsidebar_label: The loop\n---\n\n# The DevOps loop\n\nPlan, build, run.\n',
				'docs/basics/_shared.mdx': 'A partial other pages import.\n',
				'docs/basics/later.md': '---\ndraft: true\n---\n\n# Not yet\n',
				'docs/deploy/_category_.yml': 'label: Deployment\nposition: 3\n',
				// The category's page by Docusaurus's convention, and docs placed by their number prefixes.
				'docs/deploy/index.md': '# Deploying\n\nWhat this part covers.\n',
				'docs/deploy/10-rollback.md': '# Rollback\n\nUndo.\n',
				'docs/deploy/2-release.md': '# Release\n\nShip.\n',
				'docs/deploy/notes.md': '# Notes\n\nUnplaced: after the placed ones.\n',
				'docs/3-setup.md': '# Setup\n\nInstall.\n',
			});
			fresh();
			expect(runImport([site, '--id', 'devops', '--out', content], dir, silent)).toBe(0);
			const roadmap = join(content, 'roadmaps', 'devops');
			const field = (id: string, key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(readFileSync(join(roadmap, `${id}.mdx`), 'utf8'))?.[1];
			const phases = readdirSync(roadmap).filter((name) => name !== 'index.mdx').map((name) => name.replace('.mdx', ''));
			const inOrder = phases.sort((a, b) => Number(field(a, 'order')) - Number(field(b, 'order'))).map((id) => `${field(id, 'title')}|${field(id, 'group') ?? ''}`);
			expect(inOrder).toEqual([
				'"Course intro"|',
				'"The DevOps loop"|introduction-devops',
				'"Culture"|introduction-devops',
				// Places 3 and 3: in name order.
				'"Setup"|',
				'"Deploying"|deployment',
				'"Release"|deployment',
				'"Rollback"|deployment',
				'"Notes"|deployment',
			]);
			const overview = readFileSync(join(roadmap, 'index.mdx'), 'utf8');
			expect(overview).toContain('title: "DevOps in Seven Weeks"');
			expect(overview).toMatch(/groups:\n  - id: introduction-devops\n    title: "Introduction to DevOps"\n  - id: deployment\n    title: "Deployment"\n/);
			// Given the docs folder, with the configuration beside it, the same but for the source's name.
			fresh();
			expect(runImport([join(site, 'docs'), '--id', 'devops', '--out', content], dir, silent)).toBe(0);
			expect(readFileSync(join(roadmap, 'index.mdx'), 'utf8')).toBe(overview.replace('file: "site.md"', 'file: "docs.md"'));
			// A docs folder alone, its site's configuration elsewhere: its category files show what it is.
			cpSync(join(site, 'docs'), join(dir, 'course'), { recursive: true });
			fresh();
			expect(runImport([join(dir, 'course'), '--id', 'devops', '--out', content], dir, silent)).toBe(0);
			expect(readFileSync(join(roadmap, 'index.mdx'), 'utf8')).toMatch(/groups:\n  - id: introduction-devops\n    title: "Introduction to DevOps"\n  - id: deployment\n/);
		});
	});

	it('links a file the site does not publish to its place in the repository the plan\'s folder is a clone of', () => {
		withImportFolders((dir, content, fresh) => {
			const clone = join(dir, 'clone');
			writeFiles(clone, {
				'.git/config': '[core]\n\tbare = false\n[remote "upstream"]\n\turl = https://github.com/someone/else.git\n[remote "origin"]\n\turl = git@github.com:Course-Org/ml-course.git\n',
				'.git/HEAD': 'ref: refs/heads/main\n',
				'course/README.md': '# Course\n\n## Week 1: Regression\n\nRun [the solution](01/solution.py#L3), read [the data](data/) and [the notes](notes.txt).\n\n## Week 2: Trees\n\nSee [week 1](#week-1-regression).\n',
				'course/01/solution.py': 'print(1)\n',
				'course/data/train.csv': 'x,y\n',
			});
			expect(runImport([join(clone, 'course'), '--id', 'ml', '--out', content], dir, silent)).toBe(0);
			const regression = readFileSync(join(content, 'roadmaps', 'ml', 'regression.mdx'), 'utf8');
			expect(regression).toContain('[the solution](https://github.com/Course-Org/ml-course/blob/main/course/01/solution.py#L3)');
			expect(regression).toContain('[the data](https://github.com/Course-Org/ml-course/tree/main/course/data)');
			// A file the folder does not hold leads nowhere: text, as before.
			expect(regression).toContain('the notes (original link: `notes.txt`)');
			expect(readFileSync(join(content, 'roadmaps', 'ml', 'trees.mdx'), 'utf8')).toContain('[week 1](/roadmaps/ml/regression/)');
			// Outside a clone of a repository whose addresses are known, the file is copied with the roadmap, and a folder is text.
			writeFileSync(join(clone, '.git/config'), '[remote "origin"]\n\turl = /srv/git/course.git\n');
			fresh();
			expect(runImport([join(clone, 'course'), '--id', 'ml', '--out', content], dir, silent)).toBe(0);
			expect(readFileSync(join(content, 'roadmaps', 'ml', 'regression.mdx'), 'utf8')).toContain('Run [the solution](/roadmaps/ml/files/solution.py#L3), read the data (original link: `data/`)');
		});
	});

	it('puts into an mdBook\'s chapters the files its include links name, whole, by lines or by anchor, but none from outside the book', () => {
		withImportFolders((dir, content) => {
			const book = join(dir, 'book');
			writeFiles(book, {
				'book.toml': '[book]\ntitle = "Loops"\n',
				'listings/main.rs': 'fn main() {\n    // ANCHOR: print\n    println!("hi");\n    // ANCHOR_END: print\n}\n',
				'listings/output.txt': '$ cargo run\nhi\n',
				'src/SUMMARY.md': '# Summary\n\n- [Start](start.md)\n- [Run](run.md)\n',
				'src/start.md': '# Start\n\n```rust\n{{#rustdoc_include ../listings/main.rs:print}}\n```\n\n```rust\n{{#include ../listings/main.rs:1:1}}\n```\n\n```rust\n{{#include ../listings/main.rs:gone}}\nfn stub() {}\n```\n',
				'src/run.md': '# Run\n\n```console\n{{#include ../listings/output.txt}}\n```\n\n```text\n{{#include ../../secret.txt}}\n```\n',
			});
			writeFileSync(join(dir, 'secret.txt'), 'not part of the book\n');
			expect(runImport([join(book, 'src'), '--id', 'loops', '--out', content], dir, silent)).toBe(0);
			const phase = (id: string) => readFileSync(join(content, 'roadmaps', 'loops', `${id}.mdx`), 'utf8');
			expect(phase('start')).toContain('```rust\nprintln!("hi");\n```\n\n```rust\nfn main() {\n```');
			// An anchor the file lacks puts in nothing, as mdBook does.
			expect(phase('start')).toContain('```rust\n\nfn stub() {}\n```');
			expect(phase('run')).toContain('```console\n$ cargo run\nhi\n```');
			expect(phase('run')).toContain('{{#include ../../secret.txt}}');
			// book.toml names the book; its table of contents is headed "Summary", as mdBook's guide suggests.
			expect(readFileSync(join(content, 'roadmaps', 'loops', 'index.mdx'), 'utf8')).toContain('title: "Loops"');
		});
	});

	it('reads a book given by its repository from the folder its book.toml or .gitbook.yaml names, not from the repository\'s README', () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'gitbook'), {
				'README.md': '# Repository\n\n## Setup\n\nText.\n\n## Deploy\n\nText.\n\n## Licence\n\nText.\n',
				'.gitbook.yaml': 'root: ./docs/\nstructure:\n  readme: README.md\n  summary: SUMMARY.md\n',
				'docs/README.md': '# Networks\n\nA course.\n',
				'docs/SUMMARY.md': '# Table of contents\n\n* [Networks](README.md)\n* [Sockets](sockets.md)\n* [HTTP](http.md)\n',
				'docs/sockets.md': '# Sockets\n\nText.\n',
				'docs/http.md': '# HTTP\n\nText.\n',
			});
			expect(runImport([join(dir, 'gitbook'), '--id', 'networks', '--out', content], dir, silent)).toBe(0);
			expect(readdirSync(join(content, 'roadmaps', 'networks')).sort()).toEqual(['http.mdx', 'index.mdx', 'sockets.mdx']);
			expect(readFileSync(join(content, 'roadmaps', 'networks', 'index.mdx'), 'utf8')).toContain('title: "Networks"');
		});
		withImportFolders((dir, content) => {
			const repo = join(dir, 'book');
			writeFiles(repo, {
				'README.md': '# The Loops Book\n\n## Requirements\n\nmdBook.\n\n## Building\n\nRun `mdbook build`.\n\n## Contributing\n\nSee CONTRIBUTING.md.\n',
				'book.toml': '[book]\ntitle = "Loops"\nsrc = "chapters"\n',
				'chapters/SUMMARY.md': '# Summary\n\n- [Start](start.md)\n- [Run](run.md)\n',
				'chapters/start.md': '# Start\n\nText.\n',
				'chapters/run.md': '# Run\n\nText.\n',
			});
			expect(runImport([repo, '--id', 'loops', '--out', content], dir, silent)).toBe(0);
			expect(readdirSync(join(content, 'roadmaps', 'loops')).sort()).toEqual(['index.mdx', 'run.mdx', 'start.mdx']);
			expect(readdirSync(join(content, 'sources'))).toContain('book.md');
		});
	});

	it("reads a repository's Docsify site from its folder, its sidebar's lines over lists as parts, its pages linked without .md", () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'nlp'), {
				'requirements.txt': 'torch\n',
				'docs/index.html': '<script>window.$docsify = { loadSidebar: true }</script><script src="//cdn.jsdelivr.net/npm/docsify@4"></script>\n',
				'docs/README.md': '# NLP 入门\n\n本项目面向初学者。\n',
				'docs/_sidebar.md': [
					'篇章1-前言',
					'* [1.0-环境配置](./p1/1.0-环境配置.md)',
					'* [1.1-兴起](./p1/1.1-兴起.md)',
					'',
					'[篇章2-原理](./p2/2.0-前言)',
					'* [2.1-图解attention](./p2/2.1-图解attention.md)',
					'* [2.2-图解transformer](./p2/2.2-图解transformer.md)',
					'',
				].join('\n'),
				'docs/p1/1.0-环境配置.md': '# 环境配置\n\n文字。\n',
				'docs/p1/1.1-兴起.md': '# 兴起\n\n文字。\n',
				'docs/p2/2.0-前言.md': '# 前言\n\n文字。\n',
				'docs/p2/2.1-图解attention.md': '# 图解Attention\n\n文字。\n',
				'docs/p2/2.2-图解transformer.md': '# 图解transformer\n\n文字。\n',
			});
			expect(runImport([join(dir, 'nlp'), '--id', 'nlp', '--out', content], dir, silent)).toBe(0);
			const roadmap = join(content, 'roadmaps', 'nlp');
			const phases = readdirSync(roadmap).filter((f) => f !== 'index.mdx').map((f) => readFileSync(join(roadmap, f), 'utf8'));
			expect(phases).toHaveLength(5);
			const index = readFileSync(join(roadmap, 'index.mdx'), 'utf8');
			expect(index).toContain('title: "NLP 入门"');
			expect(index).toContain('title: "篇章1-前言"');
			expect(index).toContain('title: "篇章2-原理"');
			expect(phases.filter((phase) => /^group: /m.test(phase))).toHaveLength(5);
		});
	});

	it("reads a GitBook from the table of contents and first page its .gitbook.yaml's structure names, from its root", () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'gitbook'), {
				'README.md': '# Repository\n\n## Setup\n\nText.\n\n## Licence\n\nText.\n',
				'.gitbook.yaml': 'root: ./docs/\nstructure:\n  readme: course/welcome.md\n  summary: course/toc.md\n',
				'docs/course/welcome.md': '# Networks\n\nA course about networks.\n',
				'docs/course/toc.md': '# Table of contents\n\n* [HTTP](http.md)\n* [Sockets](sockets.md)\n',
				'docs/course/sockets.md': '# Sockets\n\nText.\n',
				'docs/course/http.md': '# HTTP\n\nText.\n',
			});
			expect(runImport([join(dir, 'gitbook'), '--id', 'networks', '--out', content], dir, silent)).toBe(0);
			const roadmap = join(content, 'roadmaps', 'networks');
			expect(readdirSync(roadmap).sort()).toEqual(['http.mdx', 'index.mdx', 'sockets.mdx']);
			expect(readFileSync(join(roadmap, 'http.mdx'), 'utf8')).toContain('order: 1');
			expect(readFileSync(join(roadmap, 'index.mdx'), 'utf8')).toMatch(/title: "Networks"[^]*A course about networks\./);
		});
	});

	it("reads a HonKit or GitBook 3 book from the root and structure its book.json names (a table of contents called README.md)", () => {
		withImportFolders((dir, content) => {
			writeFiles(join(dir, 'book'), {
				'README.md': '# Repository\n\n## Setup\n\nText.\n\n## Licence\n\nText.\n',
				'book.json': '{\n  "title": "Networks",\n  "root": "./source/",\n  "structure": { "readme": "index.md", "summary": "README.md" }\n}\n',
				'source/index.md': '# Networks\n\nA course about networks.\n',
				'source/README.md': '# Table of contents\n\n* [HTTP](http/README.md)\n* [Sockets](sockets/README.md)\n',
				'source/sockets/README.md': '# Sockets\n\nText.\n',
				'source/http/README.md': '# HTTP\n\nText.\n',
			});
			expect(runImport([join(dir, 'book'), '--id', 'networks', '--out', content], dir, silent)).toBe(0);
			const roadmap = join(content, 'roadmaps', 'networks');
			expect(readdirSync(roadmap).sort()).toEqual(['http.mdx', 'index.mdx', 'sockets.mdx']);
			expect(readFileSync(join(roadmap, 'index.mdx'), 'utf8')).toMatch(/title: "Networks"[^]*A course about networks\./);
		});
	});

	it('leads links to a heading\'s own ID ("### Setup steps {#install}", as MkDocs, VitePress and Docusaurus write one) to that heading', () => {
		const text = '# Plan\n\n## Week 1: Basics\n\nSee [the setup](#install).\n\n## Week 2: More\n\n### Setup steps {#install}\n\nText.\n';
		const result = importMarkdown(text, { fileName: 'plan.md', order: 0, id: 'plan', track: 'backend' });
		expect(result.phases[0]!.body).toContain('[the setup](/roadmaps/plan/more/#install)');
		expect(result.phases[1]!.body).toContain('## Setup steps {/* #install */}');
	});

	it('puts into a file the Markdown files of the plan its include tags name (GitBook, Jinja, MkDocs include-markdown, Jekyll include_relative), headings shifted by heading-offset, but none from outside the plan nor in code', () => {
		withImportFolders((dir, content) => {
			const plan = join(dir, 'course');
			writeFiles(plan, {
				'README.md': '# Networks\n\n- [Week 1: Basics](exercises/01/tasks.md)\n- [Week 2: Labs](labs/week-02.md)\n',
				'exercises/intro.md': 'Do the tasks **in order**.\n',
				'exercises/01/tasks.md': '# Tasks\n\n{% include \u201d../intro.md\u201d %}\n\n```jinja\n{% include "../intro.md" %}\n```\n\n{% include "../../../secret.md" %}\n',
				'labs/week-02.md': '# Lab\n\n- Setup:\n\n  {% include-markdown "../_code/Week 2/README.md" heading-offset=1 %}\n\n{% include_relative steps.md %}\n',
				'labs/steps.md': 'Jekyll puts these steps in.\n',
				'_code/Week 2/README.md': '# Week 2 setup\n\nInstall it.\nThen run it.\n',
			});
			writeFileSync(join(dir, 'secret.md'), 'not part of the plan\n');
			const logged: string[] = [];
			expect(runImport([plan, '--id', 'net', '--out', content], dir, { log: (line) => logged.push(line), error: () => {} })).toBe(0);
			const phase = (id: string) => readFileSync(join(content, 'roadmaps', 'net', `${id}.mdx`), 'utf8');
			expect(phase('basics')).toContain('Do the tasks **in order**.\n\n```jinja\n{% include "../intro.md" %}\n```');
			expect(phase('basics')).not.toContain('secret');
			expect(logged.join('\n')).toContain('left out the include of "../../../secret.md": it names no file of the plan\'s folder');
			// The included page's "#" heading is one level deeper, and its lines stay in the list item.
			// (The lab's own "# Lab" is its title, so its page's sections start at "##".)
			expect(phase('labs')).toContain('- Setup:\n\n  ## Week 2 setup\n\n  Install it.\n  Then run it.');
			expect(phase('labs')).toContain('Jekyll puts these steps in.');
		});
	});

	it("puts a Docsify embed's Markdown into the page: a path, or the address of a file of the plan's own repository, read in its clone", () => {
		withImportFolders((dir, content) => {
			const clone = join(dir, 'clone');
			writeFiles(clone, {
				'.git/config': '[remote "origin"]\n\turl = https://github.com/Book-Org/ml-notes.git\n',
				'.git/HEAD': 'ref: refs/heads/master\n',
				'README.md': '# ML Notes\n\nWorked derivations for the textbook.\n',
				'docs/index.html': '<script>window.$docsify = { loadSidebar: true }</script><script src="//cdn.jsdelivr.net/npm/docsify"></script>\n',
				'docs/_sidebar.md': '- [Chapter 1](chapter1/chapter1.md)\n- [Chapter 2](chapter2/chapter2.md)\n',
				'docs/README.md': "[filename](https://raw.githubusercontent.com/book-org/ML-Notes/refs/heads/master/README.md ':include')\n",
				'docs/chapter1/chapter1.md': "# Chapter 1\n\n[notes](../shared/notes.md ':include')\n\n[code](../shared/notes.md ':include :type=code')\n\n[other](https://raw.githubusercontent.com/someone/else/main/README.md ':include')\n",
				'docs/chapter2/chapter2.md': '# Chapter 2\n\nText.\n',
				'docs/shared/notes.md': 'Shared notes.\n',
			});
			expect(runImport([join(clone, 'docs'), '--id', 'ml', '--out', content], dir, silent)).toBe(0);
			const roadmap = join(content, 'roadmaps', 'ml');
			expect(readFileSync(join(roadmap, 'index.mdx'), 'utf8')).toMatch(/title: "ML Notes"[^]*Worked derivations for the textbook\./);
			const chapter = readFileSync(join(roadmap, 'chapter-1.mdx'), 'utf8');
			expect(chapter).toContain('Shared notes.');
			// An embed of code, or of another repository's file, stays a link.
			expect(chapter).toContain('[code]');
			expect(chapter).toContain('[other](https://raw.githubusercontent.com/someone/else/main/README.md');
		});
	});

	it("titles a Docsify site whose home has no heading by the name its index.html gives it (window.$docsify's name)", () => {
		withImportFolders((dir, content) => {
			const site = join(dir, 'docs');
			writeFiles(site, {
				'index.html': "<html><head><title>x</title></head><body><div id=app></div><script>\n  window.$docsify = {\n    name: '<b>Pumpkin</b> Notes',\n    loadSidebar: true,\n  }\n</script><script src=\"//cdn.jsdelivr.net/npm/docsify@4\"></script></body></html>\n",
				'_sidebar.md': '- [Chapter 1](chapter1.md)\n- [Chapter 2](chapter2.md)\n',
				'README.md': 'Derivations the textbook leaves out.\n',
				'chapter1.md': '# Chapter 1\n\nText.\n',
				'chapter2.md': '# Chapter 2\n\nText.\n',
			});
			expect(runImport([site, '--id', 'notes', '--out', content], dir, silent)).toBe(0);
			expect(readFileSync(join(content, 'roadmaps', 'notes', 'index.mdx'), 'utf8')).toContain('title: "Pumpkin Notes"');
		});
	});

	it('names a GitBook after its book.json title, not its table of contents\' "Summary" heading', () => {
		withImportFolders((dir, content) => {
			const book = join(dir, 'book');
			writeFiles(book, {
				'book.json': '{ "title": "Shell in a Week", "plugins": [] }\n',
				'SUMMARY.md': '# Summary\n\n* [Files](files.md)\n* [Pipes](pipes.md)\n',
				'files.md': '# Files\n\nls, cp, mv.\n',
				'pipes.md': '# Pipes\n\ngrep and sort.\n',
			});
			expect(runImport([book, '--out', content], dir, silent)).toBe(0);
			expect(readFileSync(join(content, 'roadmaps', 'shell-in-a-week', 'index.mdx'), 'utf8')).toContain('title: "Shell in a Week"');
		});
	});

	it('reads a Jupyter Book from its _toc.yml: the root page, then each part\'s chapters and their sections; its _config.yml title names it', () => {
		withImportFolders((dir, content) => {
			const book = join(dir, 'book');
			writeFiles(book, {
				'_config.yml': 'title: Data Science in Practice\nauthor: A. Writer\n',
				'_toc.yml':
					'format: jb-book\nroot: intro\nparts:\n  - caption: Basics\n    chapters:\n      - file: basics/python\n        sections:\n          - file: basics/numpy\n      - file: basics/plots\n  - caption: Projects\n    chapters:\n      - file: project\n      - url: https://example.org/data\n        title: Datasets\n',
				'intro.md': '# Welcome\n\nWhat the book covers.\n',
				'basics/python.md': '# Python\n\nThe language.\n',
				'basics/numpy.md': '# NumPy\n\nArrays.\n',
				// A chapter written as a notebook, named without its extension like the others.
				'basics/plots.ipynb': JSON.stringify({ nbformat: 4, metadata: {}, cells: [{ cell_type: 'markdown', source: ['# Plots\n', '\n', 'Lines and bars.'] }] }),
				'project.md': '# A project\n\nPut it together.\n',
			});
			expect(runImport([book, '--id', 'ds', '--out', content], dir, silent)).toBe(0);
			const roadmap = join(content, 'roadmaps', 'ds');
			const phase = (id: string) => readFileSync(join(roadmap, `${id}.mdx`), 'utf8');
			expect(readFileSync(join(roadmap, 'index.mdx'), 'utf8')).toMatch(/^---\ntitle: "Data Science in Practice"\n[\s\S]*groups:\n  - id: basics\n    title: "Basics"\n  - id: projects\n    title: "Projects"\n  - id: python\n    title: "Python"\n    parent: basics\n/);
			expect([phase('welcome'), phase('python'), phase('numpy'), phase('plots'), phase('project')].map((text) => /order: (\d+)/.exec(text)![1])).toEqual(['1', '2', '3', '4', '5']);
			expect(phase('plots')).toContain('Lines and bars.');
			expect(phase('numpy')).toContain('group: python');
		});
	});

	it("reads a repository's Jupyter Book from the one folder a level down holding its _toc.yml and _config.yml, not the repository's files in name order", () => {
		withImportFolders((dir, content) => {
			const repository = join(dir, 'repository');
			writeFiles(repository, {
				'README.md': '# lecture-python\n\nThe source of the lectures.\n',
				'_notebooks/README.md': '# The notebooks\n\nBuilt from the lectures.\n',
				'lectures/_config.yml': 'title: Python Programming\n',
				'lectures/_toc.yml': 'format: jb-book\nroot: intro\nparts:\n  - caption: Introduction\n    chapters:\n      - file: setup\n      - file: basics\n  - caption: Data\n    chapters:\n      - file: pandas\n',
				'lectures/intro.md': '# Welcome\n\nWhat the lectures cover.\n',
				'lectures/setup.md': '# Setting up\n\nInstall Python.\n',
				'lectures/basics.md': '# Basics\n\nNames and values.\n',
				'lectures/pandas.md': '# Pandas\n\nTables.\n',
			});
			expect(runImport([repository, '--id', 'py', '--out', content], dir, silent)).toBe(0);
			const roadmap = join(content, 'roadmaps', 'py');
			expect(readFileSync(join(roadmap, 'index.mdx'), 'utf8')).toMatch(/^---\ntitle: "Python Programming"\n[\s\S]*groups:\n  - id: introduction\n    title: "Introduction"\n  - id: data\n    title: "Data"\n---/);
			expect(readdirSync(roadmap).sort()).toEqual(['basics.mdx', 'index.mdx', 'pandas.mdx', 'setting-up.mdx', 'welcome.mdx']);
		});
	});

	it('reads a MyST project from its myst.yml: project.toc\'s files in order, each title over children a group, patterns their pages in name order, links no pages (but the overview\'s); project.title names it', () => {
		withImportFolders((dir, content) => {
			const book = join(dir, 'book');
			writeFiles(book, {
				'myst.yml':
					'version: 1\nproject:\n  title: Machine Structures\n  toc:\n    - file: index.md\n    - title: "L02 Numbers"\n      children:\n        - file: numbers/binary.md\n        - file: numbers/twos.md\n    - title: "L03-L04 C"\n      children:\n        - title: "L03 C Basics"\n          children:\n            - pattern: c/basics-*.md\n    - file: reference.md\n      title: Green card\n    - url: https://example.org/forum\n      title: Forum\nsite:\n  template: book-theme\n',
				'README.md': '# machine-structures\n\nThe source of the notes.\n',
				'index.md': '# Welcome\n\nWhat the notes cover.\n',
				'numbers/binary.md': '# Binary\n\nBits.\n',
				'numbers/twos.md': '# Negatives\n\nSigned.\n',
				'c/basics-10.md': '# Syntax\n\nBraces.\n',
				'c/basics-2.md': '# Variables\n\nTypes.\n',
				'reference.md': '# RV32I\n\nOpcodes.\n',
			});
			expect(runImport([book, '--id', 'ms', '--out', content], dir, silent)).toBe(0);
			const roadmap = join(content, 'roadmaps', 'ms');
			const phase = (id: string) => readFileSync(join(roadmap, `${id}.mdx`), 'utf8');
			expect(readFileSync(join(roadmap, 'index.mdx'), 'utf8')).toMatch(/^---\ntitle: "Machine Structures"\n[\s\S]*groups:\n  - id: l02-numbers\n    title: "L02 Numbers"\n  - id: l03-l04-c\n    title: "L03-L04 C"\n  - id: l03-c-basics\n    title: "L03 C Basics"\n    parent: l03-l04-c\n---\n\nWhat the notes cover.\n\n- \[Forum\]\(https:\/\/example.org\/forum\)\n$/);
			expect(['binary', 'negatives', 'variables', 'syntax', 'green-card'].map((id) => /order: (\d+)/.exec(phase(id))![1])).toEqual(['1', '2', '3', '4', '5']);
			expect(['binary', 'variables', 'green-card'].map((id) => /group: (.*)/.exec(phase(id))?.[1])).toEqual(['l02-numbers', 'l03-c-basics', undefined]);
		});
	});

	it('reads a Quarto book from its _quarto.yml: its chapters in order, each part (a title or a page) a group of its chapters, then its appendices; book.title names it', () => {
		withImportFolders((dir, content) => {
			const book = join(dir, 'book');
			writeFiles(book, {
				'_quarto.yml': 'project:\n  type: book\nbook:\n  title: "R in Practice"\n  chapters:\n    - index.qmd\n    - intro.qmd\n    - part: whole-game.qmd\n      chapters:\n        - visualize.qmd\n        - transform.Rmd\n    - part: "Programming"\n      chapters:\n        - functions.qmd\n  appendices:\n    - base-r.qmd\nformat: html\n',
				// The repository's front page, beside the book's home page that the table of contents lists.
				'README.md': '# r-in-practice\n\nThe source of the book.\n',
				'index.qmd': '# Welcome {.unnumbered}\n\nWhat the book covers.\n',
				'intro.qmd': '---\ntitle: "Introduction"\n---\n\nRead @sec-functions first.\n\n{{< include _setup.qmd >}}\n',
				'_setup.qmd': 'Install R.\n',
				'whole-game.qmd': '# Whole game {#sec-whole-game .unnumbered}\n\nThe tools.\n',
				'visualize.qmd': '# Visualize\n\n```{r}\n#| label: plot\nplot(cars)\n```\n',
				'transform.Rmd': '# Transform\n\n```{r setup, include=FALSE}\nlibrary(dplyr)\n```\n\nFilter rows.\n',
				'functions.qmd': '# Functions {#sec-functions}\n\nWrite them.\n',
				'base-r.qmd': '# Base R\n\nThe basics.\n',
			});
			expect(runImport([book, '--id', 'rp', '--out', content], dir, silent)).toBe(0);
			const roadmap = join(content, 'roadmaps', 'rp');
			const phase = (id: string) => readFileSync(join(roadmap, `${id}.mdx`), 'utf8');
			const overview = readFileSync(join(roadmap, 'index.mdx'), 'utf8');
			// The home page the table of contents lists is the overview, the README beside it left out.
			expect(overview).toMatch(/^---\ntitle: "R in Practice"\n[\s\S]*groups:\n(?:  - id: (?:whole-game|programming|appendices)\n    title: "(?:Whole game|Programming|Appendices)"\n){3}---\n\nWhat the book covers.\n$/);
			expect(['introduction', 'whole-game', 'visualize', 'transform', 'functions', 'base-r'].map((id) => /order: (\d+)/.exec(phase(id))![1])).toEqual(['1', '2', '3', '4', '5', '6']);
			expect(['whole-game', 'transform', 'functions', 'base-r'].map((id) => /group: (.*)/.exec(phase(id))?.[1])).toEqual(['whole-game', 'whole-game', 'programming', 'appendices']);
			expect(phase('introduction')).toContain('Read [Functions](/roadmaps/rp/functions/) first.\n\nInstall R.');
			expect(phase('visualize')).toContain('```r\nplot(cars)\n```');
			expect(phase('transform')).not.toContain('library(dplyr)');
		});
	});

	it('reads a Quarto website from its sidebar: links, sections of links, its title from the sidebar when the website has none', () => {
		withImportFolders((dir, content) => {
			const site = join(dir, 'site');
			writeFiles(site, {
				'_quarto.yml': 'project:\n  type: website\nwebsite:\n  sidebar:\n    title: "Stat 101"\n    contents:\n      - href: index.qmd\n        text: Home\n      - href: syllabus.qmd\n        text: Syllabus\n      - text: "---"\n      - section: "Course notes"\n        contents:\n          - notes/unit1.qmd\n          - href: notes/unit2.qmd\n      - contents: auto\n      - href: https://example.org/forum\n        text: Forum\n',
				'index.qmd': '---\ntitle: "Stat 101"\n---\n\nWelcome.\n',
				'syllabus.qmd': '---\ntitle: Syllabus\n---\n\nGrades.\n',
				'notes/unit1.qmd': '---\ntitle: "Unit 1: Sampling"\n---\n\nSamples.\n',
				'notes/unit2.qmd': '# Unit 2: Inference\n\nTests.\n',
			});
			expect(runImport([site, '--id', 'stat', '--out', content], dir, silent)).toBe(0);
			const roadmap = join(content, 'roadmaps', 'stat');
			expect(readFileSync(join(roadmap, 'index.mdx'), 'utf8')).toMatch(/^---\ntitle: "Stat 101"\n[\s\S]*groups:\n  - id: course-notes\n    title: "Course notes"\n/);
			expect(readdirSync(roadmap).sort()).toEqual(['index.mdx', 'syllabus.mdx', 'unit-1-sampling.mdx', 'unit-2-inference.mdx']);
			expect(readFileSync(join(roadmap, 'unit-2-inference.mdx'), 'utf8')).toMatch(/order: 3\n[\s\S]*group: course-notes/);
		});
	});

	it('reads the pages a Quarto sidebar lists by pattern, in name order: a glob at any depth, a folder, auto', () => {
		withImportFolders((dir, content) => {
			const site = join(dir, 'site');
			writeFiles(site, {
				'_quarto.yml': 'website:\n  title: Course\n  sidebar:\n    contents:\n      - index.qmd\n      - section: Lectures\n        contents: "lectures/*.qmd"\n      - section: Labs\n        contents:\n          - auto: labs\n',
				'index.qmd': '---\ntitle: Course\n---\n\nWelcome.\n',
				'lectures/10-end.qmd': '# End\n\nx\n',
				'lectures/01-intro.qmd': '# Intro\n\nx\n',
				'lectures/2-middle.qmd': '# Middle\n\nx\n',
				'labs/lab-1.qmd': '# Lab one\n\nx\n',
				'extra.qmd': '# Extra\n\nNot in the sidebar.\n',
			});
			expect(runImport([site, '--id', 'course', '--out', content], dir, silent)).toBe(0);
			const roadmap = join(content, 'roadmaps', 'course');
			const placeOf = (id: string) => /order: (\d+)\n[\s\S]*group: (\S+)/.exec(readFileSync(join(roadmap, `${id}.mdx`), 'utf8'))!.slice(1).join(' ');
			expect(['intro', 'middle', 'end', 'lab-one'].map(placeOf)).toEqual(['1 lectures', '2 lectures', '3 lectures', '4 labs']);
			expect(existsSync(join(roadmap, 'extra.mdx'))).toBe(false);
		});
	});

	it('leads an anchor another site or editor wrote for a heading (accents dropped, underscores, an emoji left out) to the one heading of those letters and digits', () => {
		const text = [
			'# Plan',
			'',
			'## Week 1: Basics',
			'',
			'See [the first pole](#pole-1-comprehension), [design](#5.5_responsive_design), [the overview](#-roadmap-overview) and [set up](#set_up).',
			'',
			'### Pôle 1 : compréhension',
			'',
			'A.',
			'',
			'### 5.5 Responsive design',
			'',
			'B.',
			'',
			'## Week 2: More',
			'',
			'### 🗺️ Roadmap Overview',
			'',
			'### Set up',
			'',
			'### Setup',
			'',
			'x',
			'',
		].join('\n');
		const result = importMarkdown(text, { fileName: 'plan.md', order: 0, id: 'plan', track: 'backend' });
		const basics = result.phases[0]!.body;
		expect(basics).toContain('[the first pole](#pôle-1--compréhension), [design](#55-responsive-design), [the overview](/roadmaps/plan/more/#️-roadmap-overview)');
		// Two headings read "setup": the link names neither.
		expect(basics).toContain('set up (original link: `#set_up`)');
	});

	it('keeps the anchor of a heading that shares a linked heading\'s text, or its anchor, explicit too, so that the site numbers neither anew', () => {
		const text = '# Plan\n\n## Week 1: Basics\n\nSee [the first](#missing-values).\n\n### Missing values\n\nA.\n\n### Missing values\n\nB.\n\n## Week 2: More\n\nx\n';
		const result = importMarkdown(text, { fileName: 'plan.md', order: 0, id: 'plan', track: 'backend' });
		expect(result.phases[0]!.body).toContain('## Missing values {/* #missing-values */}\n\nA.\n\n## Missing values {/* #missing-values-1 */}');
		// So do headings of other texts that make the same anchor ("B-Trees" and "B+ Trees" are both "b-trees").
		const trees = importMarkdown(text.replace('### Missing values\n\nA.', '### B-Trees\n\nA.').replace('### Missing values\n\nB.', '### B+ Trees\n\nB.').replace('#missing-values', '#b-trees'), { fileName: 'plan.md', order: 0, id: 'plan', track: 'backend' });
		expect(trees.phases[0]!.body).toContain('## B-Trees {/* #b-trees */}\n\nA.\n\n## B+ Trees {/* #b-trees-1 */}');
	});

	it('copies the images Astro can read, and gives the alt text for a file that only has an image\'s name (a web page saved as .png)', () => {
		withImportFolders((dir, content) => {
			const plan = join(dir, 'plan');
			writeFiles(plan, {
				'images/settings.png': '<!DOCTYPE html>\n<html lang="en"><body>Page not found</body></html>\n',
				'README.md': '# Plan\n\n## Week 1: Setup\n\n![A pebble](images/pebble.png)\n\n![The settings window](images/settings.png)\n\n## Week 2: Use\n\nx\n',
			});
			cpSync(join(repoRoot, 'tests/fixtures/import/day-course/images/pebble.png'), join(plan, 'images', 'pebble.png'));
			const output: string[] = [];
			expect(runImport([plan, '--out', content], dir, { log: (line) => output.push(line), error: (line) => output.push(line) })).toBe(0);
			expect(readdirSync(join(content, 'roadmaps', 'plan', 'images'))).toEqual(['pebble.png']);
			const setup = readFileSync(join(content, 'roadmaps', 'plan', 'setup.mdx'), 'utf8');
			expect(setup).toContain('![A pebble](./images/pebble.png)');
			expect(setup).toContain('The settings window');
			expect(setup).not.toContain('settings.png)');
			expect(output.join('\n')).toContain('the image "images/settings.png" is not an image file');
		});
	});

	it('copies the files of the plan its links lead to (notes, data) with the roadmap and links to the copy, but no file larger than a roadmap carries, a web page or script, or a file outside the plan', () => {
		withImportFolders((dir, content) => {
			const plan = join(dir, 'plan');
			writeFiles(plan, {
				'modules/intro/notes.pdf': '%PDF-1.4 notes\n',
				'modules/intro/data.csv': 'a,b\n1,2\n',
				'modules/DATA.CSV': 'c\n',
				'modules/intro/lab.ipynb': JSON.stringify({ cells: [{ cell_type: 'markdown', metadata: {}, source: ['# Lab\n'] }], metadata: {}, nbformat: 4, nbformat_minor: 5 }),
				'modules/intro/demo.html': '<p>demo</p>\n',
				'modules/intro/demo.js': 'alert(1);\n',
				LICENSE: 'MIT License\n',
				'README.md': '# Plan\n\n[MIT](LICENSE)\n\n## Week 1: Setup\n\nRun [the notebook](modules/intro/lab.ipynb). [Notes](/modules/intro/notes.pdf), [the data](modules/intro/data.csv#row=2), [more](modules/DATA.CSV), [a demo](modules/intro/demo.html), [its script](modules/intro/demo.js), [the big one](modules/intro/big.zip), [outside](../other.pdf)\n\n## Week 2: Use\n\n[Notes again](modules/intro/notes.pdf)\n',
			});
			writeFileSync(join(dir, 'other.pdf'), '%PDF-1.4 other\n');
			writeFileSync(join(plan, 'modules/intro/big.zip'), Buffer.alloc(10_000_001));
			const output: string[] = [];
			expect(runImport([plan, '--out', content], dir, { log: (line) => output.push(line), error: (line) => output.push(line) })).toBe(0);
			// A file without an extension is text a host serves as such once named .txt.
			expect(readdirSync(join(content, 'roadmaps', 'plan', 'files')).sort()).toEqual(['DATA-2.CSV', 'LICENSE.txt', 'data.csv', 'lab.ipynb', 'notes.pdf']);
			expect(readFileSync(join(content, 'roadmaps', 'plan', 'index.mdx'), 'utf8')).toContain('[MIT](/roadmaps/plan/files/LICENSE.txt)');
			expect(readFileSync(join(content, 'roadmaps', 'plan', 'files', 'notes.pdf'), 'utf8')).toBe('%PDF-1.4 notes\n');
			const setup = readFileSync(join(content, 'roadmaps', 'plan', 'setup.mdx'), 'utf8');
			expect(setup).toContain('Run [the notebook](/roadmaps/plan/files/lab.ipynb). [Notes](/roadmaps/plan/files/notes.pdf), [the data](/roadmaps/plan/files/data.csv#row=2), [more](/roadmaps/plan/files/DATA-2.CSV)');
			expect(setup).toContain('a demo (original link: `modules/intro/demo.html`), its script (original link: `modules/intro/demo.js`)');
			expect(setup).toContain('the big one (original link: `modules/intro/big.zip`)');
			expect(setup).toContain('outside (original link: `../other.pdf`)');
			expect(readFileSync(join(content, 'roadmaps', 'plan', 'use.mdx'), 'utf8')).toContain('[Notes again](/roadmaps/plan/files/notes.pdf)');
			expect(output.join('\n')).toContain('the link to "modules/intro/big.zip" leads to a file of 10 MB, larger than the 10 MB a roadmap carries, so it is now text naming it');
			expect(output.join('\n')).toContain('the link to "modules/intro/demo.js" leads to a file a browser would run as the site\'s own (a web page or script), which the site does not serve, so it is now text naming it');
		});
	});

	it('reads a book folder from its table of contents, SUMMARY.md, before the README it lists first as its home page', () => {
		withImportFolders((dir, content) => {
			const book = join(dir, 'book');
			writeFiles(book, {
				// The changelog it lists is about the repository: no phase.
				'SUMMARY.md': '# Summary\n\n* [Introduction](README.md)\n* [Setup](setup.md)\n* [Basics](basics.md)\n* [Changes](CHANGELOG.md)\n',
				'CHANGELOG.md': '# Changelog\n\n- 1.0\n',
				'README.md': '# My Book\n\nWhat this book teaches.\n',
				'setup.md': '# Setup\n\nInstall.\n',
				'basics.md': '# Basics\n\nLearn.\n',
			});
			expect(runImport([book, '--out', content], dir, silent)).toBe(0);
			// The README's title is the book's: the table of contents is headed "Summary".
			expect(readdirSync(join(content, 'roadmaps', 'my-book')).sort()).toEqual(['basics.mdx', 'index.mdx', 'setup.mdx']);
			expect(readFileSync(join(content, 'roadmaps', 'my-book', 'index.mdx'), 'utf8')).toContain('What this book teaches.');
		});
	});
});

describe('the track an import joins', () => {
	const plan = '# Plan\n\n## Week 1: Shell\n\nx\n\n## Week 2: Git\n\ny\n';
	const importWith = (args: string[], tracks: boolean) => {
		const dir = mkdtempSync(join(tmpdir(), 'waymark-track-'));
		const content = join(dir, 'content');
		cpSync(join(repoRoot, 'content', 'topics'), join(content, 'topics'), { recursive: true });
		if (tracks) cpSync(join(repoRoot, 'content', 'tracks'), join(content, 'tracks'), { recursive: true });
		writeFileSync(join(dir, 'plan.md'), plan);
		const code = runImport([join(dir, 'plan.md'), '--out', content, ...args], dir, silent);
		const loaded = checkContent(content, dir);
		rmSync(dir, { recursive: true, force: true });
		return { code, loaded };
	};

	it('joins the only track there is, or the one --track names', () => {
		const { code, loaded } = importWith([], true);
		expect(code).toBe(0);
		expect(loaded.content.roadmaps[0]!.data.track).toBe('backend');
	});

	it('writes a track file for a new --track, and makes one when there are none', () => {
		const named = importWith(['--track', 'data-science'], true);
		expect(named.code).toBe(0);
		expect(named.loaded.content.tracks.map((t) => t.id).sort()).toEqual(['backend', 'data-science']);
		const none = importWith([], false);
		expect(none.code).toBe(0);
		expect(none.loaded.content.tracks.map((t) => t.id)).toEqual(['imported']);
		expect(none.loaded.problems).toEqual([]);
	});
});

describe('what a reader of an imported roadmap sees', () => {
	it('gets a summary from the overview\'s first paragraph, shown once', () => {
		const result = importMarkdown('# Plan\n\nA short plan that takes you from the shell to shipping services.\n\n## Week 1: Shell\n\nx\n\n## Week 2: Git\n\ny\n', { fileName: 'p.md', order: 0, track: 'backend' });
		expect(result.roadmap['summary']).toBe('A short plan that takes you from the shell to shipping services.');
		const body = result.files.find((f) => f.path.endsWith('index.mdx'))!.text.split('\n---\n')[1];
		expect(body).not.toContain('takes you from the shell');
	});

	it('takes the summary from under the title, not from a notice written above it', () => {
		const notice = '**Version 2 of this course is being deployed this month, so pardon the mess meanwhile.**';
		const result = importMarkdown(`${notice}\n\n# Plan\n\nA short plan that takes you from the shell to shipping services.\n\n## Week 1: Shell\n\nx\n\n## Week 2: Git\n\ny\n`, { fileName: 'p.md', order: 0, track: 'backend' });
		expect(result.roadmap['summary']).toBe('A short plan that takes you from the shell to shipping services.');
		// With nothing to say under the title, what is above it still is the summary.
		const above = importMarkdown('A short plan that takes you from the shell to shipping services.\n\n# Plan\n\n## Week 1: Shell\n\nx\n\n## Week 2: Git\n\ny\n', { fileName: 'p.md', order: 0, track: 'backend' });
		expect(above.roadmap['summary']).toBe('A short plan that takes you from the shell to shipping services.');
	});

	it('leaves inline HTML out of the summary: a cover image linked before the first sentence is not words', () => {
		const result = importMarkdown('# Plan\n\n<a href="https://example.org/book"><img align="right" src="https://example.org/cover.png" alt="Cover"/></a>The course is divided into three parts of four weeks.\n\n## Week 1: Shell\n\nx\n\n## Week 2: Git\n\ny\n', { fileName: 'p.md', order: 0, track: 'backend' });
		expect(result.roadmap['summary']).toBe('The course is divided into three parts of four weeks.');
	});

	it('takes no summary from a row of badges: their words are alt text, in Markdown or HTML', () => {
		const badges = '[![GitHub issues](https://img.shields.io/github/issues/o/r)](https://github.com/o/r/issues) [![GitHub stars](https://img.shields.io/github/stars/o/r)](https://github.com/o/r) ![Downloads](https://img.shields.io/github/downloads/o/r/total)';
		const license = '<a rel="license" href="https://creativecommons.org/licenses/by-nc-sa/4.0/"><img alt="知识共享许可协议" src="https://img.shields.io/badge/license-CC"/></a>';
		const result = importPlan(
			{
				index: { path: '_sidebar.md', text: '- [Shell](shell.md)\n- [Git](git.md)\n' },
				files: [
					{ path: 'README.md', text: `${badges}\n${license}\n\n# Terminal Basics\n\nTwo weeks of shell and Git for people who have never used a terminal.\n` },
					{ path: 'shell.md', text: '# Shell\n\nx\n' },
					{ path: 'git.md', text: '# Git\n\ny\n' },
				],
			},
			{ fileName: 'terminal.md', order: 0, track: 'backend' },
		);
		expect(result.roadmap['summary']).toBe('Two weeks of shell and Git for people who have never used a terminal.');
	});

	it('gets a summary from a paragraph without spaces between words, cut at a sentence end when long', () => {
		const zh = importMarkdown('# 计划\n\n这份计划写给从未写过程序的人，每天学习两小时，四周完成。\n\n## 第1周：基础\n\nx\n\n## 第2周：函数\n\ny\n', { fileName: 'p.md', order: 0, track: 'backend' });
		expect(zh.roadmap['summary']).toBe('这份计划写给从未写过程序的人，每天学习两小时，四周完成。');
		const sentence = '这一句话说明计划的一个部分，内容足够长，用来检验摘要只保留完整的句子。';
		const long = importMarkdown(`# 计划\n\n${sentence.repeat(8)}\n\n## 第1周：基础\n\nx\n\n## 第2周：函数\n\ny\n`, { fileName: 'p.md', order: 0, track: 'backend' });
		expect(long.roadmap['summary']).toBe(sentence.repeat(Math.floor(240 / sentence.length)));
	});

	it('takes headings that give the units\' word a placeholder, just before the first unit, as units too', () => {
		const tiers = importMarkdown('# Guide\n\n## Junior\n\n### Tier X - Math Prep\n\na\n\n### Tier 0 - Bootcamp\n\nb\n\n### Tier 1 - Getting Started\n\nc\n\n### Tier 2 - Expertise\n\ne\n\n## Other\n\n### Tier list\n\nd\n', { fileName: 'p.md', order: 0, track: 'backend' });
		expect(tiers.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			[undefined, 'Tier X - Math Prep'],
			['Tier 0', 'Bootcamp'],
			['Tier 1', 'Getting Started'],
			['Tier 2', 'Expertise'],
		]);
	});

	it('reads list items that are links around label and title, the link kept as the page\'s first line', () => {
		const course = importMarkdown('# Hello Python\n\n### Curso\n\n- [Introducción](https://v.example/a)\n- [Lección 1 - Configuración](https://v.example/a?t=850)\n- [Lección 2 - Hola Mundo](https://v.example/a?t=1518)\n- [Próximos pasos](https://v.example/a?t=9)\n', { fileName: 'p.md', order: 0, track: 'backend' });
		expect(course.phases.map((p) => [p.data['label'], p.data['title'], p.body])).toEqual([
			['Lección 1', 'Configuración', '[Configuración](https://v.example/a?t=850)'],
			['Lección 2', 'Hola Mundo', '[Hola Mundo](https://v.example/a?t=1518)'],
		]);
	});

	it('takes a labelled "#" heading for the title unless another "#" heading has its unit word', () => {
		const log = importMarkdown('# Week 1 タスクリスト\n\n### Day 1: HTML基礎\n\n- [x] 構造\n\n### Day 2: CSS基礎\n\n- [ ] 構文\n', { fileName: 'p.md', order: 0, track: 'backend' });
		expect(log.roadmap['title']).toBe('Week 1 タスクリスト');
		expect(log.phases.map((p) => p.data['label'])).toEqual(['Day 1', 'Day 2']);
		const weeks = importMarkdown('# Week 1: Basics\n\nx\n\n# Week 2: More\n\ny\n', { fileName: 'p.md', order: 0, track: 'backend' });
		expect(weeks.phases.map((p) => p.data['title'])).toEqual(['Basics', 'More']);
	});

	it('gets Latin page IDs for Cyrillic titles, and the source\'s own words for a length', () => {
		const result = importMarkdown('## Этап 1: Командная строка (2 недели)\n\nтекст\n\n## Этап 2: Сети (3 недели)\n\nтекст\n', { fileName: 'p.md', order: 0, track: 'backend' });
		expect(result.phases.map((p) => [p.id, p.data['label'], p.data['duration']])).toEqual([
			['komandnaya-stroka', 'Этап 1 (2 недели)', { min: 2, max: 2, unit: 'week' }],
			['seti', 'Этап 2 (3 недели)', { min: 3, max: 3, unit: 'week' }],
		]);
	});

	it('keeps what the author left empty: a heading with nothing under it, a table of a header row; drops a heading whose units left', () => {
		const source = '# Plan\n\n### Learn the shell and Git by doing, at your own pace.\n\n## Ranking\n\n#### Are you taking part? See the ranking.\n\n#### [ranking.example](https://ranking.example)\n\n## Team\n\n| [![](https://img.example/a.png)](https://github.com/ann) | [![](https://img.example/b.png)](https://github.com/bob) |\n| :-: | :-: |\n\n## Weeks\n\n### Week 1: Shell\n\nx\n\n### Week 2: Git\n\ny\n';
		const result = importMarkdown(source, { fileName: 'p.md', order: 0, track: 'backend' });
		const overview = result.files.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect(overview).toContain('## Ranking');
		expect(overview).toContain('#### Are you taking part? See the ranking.');
		expect(overview).toContain('#### [ranking.example](https://ranking.example)');
		// An image without alt text that is a link's text leaves the link's address as its text.
		expect(overview).toMatch(/\| \[github\.com\/ann\]\(https:\/\/github\.com\/ann\) \| \[github\.com\/bob\]\(https:\/\/github\.com\/bob\) \|\n\| :-+: \| :-+: \|/);
		expect(overview).not.toContain('## Weeks');
		// The tagline, a heading written as a sentence, is the summary and the overview's lede.
		expect(result.roadmap['summary']).toBe('Learn the shell and Git by doing, at your own pace.');
		expect(overview).not.toContain('### Learn the shell');
		const asked = importMarkdown('# Plan\n\n## Why would you learn the shell and Git at all?\n\nBecause.\n\n## Week 1: Shell\n\nx\n\n## Week 2: Git\n\ny\n', { fileName: 'p.md', order: 0, track: 'backend' });
		expect(asked.roadmap['summary']).toBe('Shell and Git');
	});

	it('titles a phase or group written with inline HTML or a link by its text, as GitHub shows it', () => {
		const plan = phasesOfText('# Plan\n\n## Part 1: [Basics](./basics/)\n\n### Day 1: <span style="color:red">Red Team</span> vs. <span style="color:blue">Blue Team</span>\n\nx\n\n### Day 2: Using `Box<T>` and Rc<T>\n\ny\n\n## Part 2: <b>Practice</b>\n\n### Day 3: Build\n\nz\n\n### Day 4: Ship\n\nw\n');
		expect(plan.phases.map((p) => p.data['title'])).toEqual(['Red Team vs. Blue Team', 'Using Box<T> and Rc<T>', 'Build', 'Ship']);
		expect(plan.phases[0]!.id).toBe('red-team-blue');
		expect((plan.roadmap['groups'] as Array<{ title: string }>).map((g) => g.title)).toEqual(['Part 1: Basics', 'Part 2: Practice']);
	});

	it('proposes, for a plan with no paragraph to summarise it, what it covers in its own words and language', () => {
		const summaryOf = (text: string) => importMarkdown(text, { fileName: 'p.md', order: 0, track: 'backend' }).roadmap['summary'];
		expect(summaryOf('# 学习计划\n\n## 第1周：基础\n\nx\n\n## 第2周：循环\n\ny\n\n## 第3周：函数\n\nz\n')).toBe('基础、循环和函数');
		expect(summaryOf('# Plan\n\n## Frontend\n\n### Week 1: HTML\n\nx\n\n### Week 2: CSS\n\ny\n\n## Backend\n\n### Week 3: SQL\n\nz\n\n### Week 4: APIs\n\nw\n')).toBe('Frontend and Backend');
		// As many as fit 240 characters, then an ellipsis.
		const weeks = Array.from({ length: 40 }, (_, i) => `## Week ${i + 1}: The topic of week number ${i + 1}\n\nx\n`).join('\n');
		const long = String(summaryOf(`# Plan\n\n${weeks}`));
		expect(long.length).toBeLessThanOrEqual(240);
		expect(long).toMatch(/^The topic of week number 1, The topic of week number 2, .*, and …$/);
	});

	it('takes a linked file\'s opening heading for its title when it adds only the unit\'s label or number', () => {
		const result = importPlan(
			{
				index: { path: 'README.md', text: '# Book\n\n| # | Chapter |\n| - | - |\n| 01 | [Values](ch1/README.md) |\n| 02 | [NLP 基础](ch2/README.md) |\n' },
				files: [
					{ path: 'ch1/README.md', text: '# #01 VALUES\n\n## Exercise\n\nx\n' },
					{ path: 'ch2/README.md', text: '# 第二章 NLP 基础\n\n## 2.1 词\n\ny\n' },
				],
			},
			{ fileName: 'book.md', order: 0, track: 'backend' },
		);
		expect(result.phases.map((p) => [p.data['title'], p.body.split('\n')[0]])).toEqual([
			['Values', '## Exercise'],
			['NLP 基础', '## 2.1 词'],
		]);
	});

	it('reads an HTML banner as GitHub shows it: its heading is the title (not repeated), its paragraph the summary, not a row of links', () => {
		const source = '<h1 align="center"><strong>MLOps Zoomcamp</strong></h1>\n\n<p align="center"><a href="https://x.example">Follow me on X</a> • <a href="https://blog.example">Read the blog</a> • <a href="https://hf.example">Hugging Face</a></p>\n\n<p align="center">MLOps is becoming a must-know skill for every engineer who ships models.</p>\n\n## Quick links\n\n- a\n\n## Week 1: Intro\n\nx\n\n## Week 2: Deploy\n\ny\n';
		const result = importMarkdown(source, { fileName: 'p.md', order: 0, track: 'backend' });
		expect(result.roadmap['title']).toBe('MLOps Zoomcamp');
		expect(result.roadmap['summary']).toBe('MLOps is becoming a must-know skill for every engineer who ships models.');
		const overview = result.files.find((f) => f.path.endsWith('index.mdx'))!.text.split('\n---\n')[1]!;
		expect(overview).not.toContain('MLOps Zoomcamp');
		expect(overview).toContain('\n## Quick links\n');
	});

	it('keeps HTML alone on a line a block of its own', () => {
		const result = importMarkdown('## Day 1: A\n\na\n\n<iframe src="https://video.example/x"></iframe>\n\nb\n\n## Day 2: B\n\nc\n', { fileName: 'p.md', order: 0, track: 'backend' });
		expect(result.phases[0]!.body).toBe('a\n\n[https://video.example/x](https://video.example/x)\n\nb');
	});
});

describe('commitment', () => {
	it('reads weekly hours in the summary paragraph too, in any language', () => {
		const result = importMarkdown('# План\n\nПлан для тех, кто хочет работать с сервером. Рассчитан примерно на 6 часов в неделю.\n\n## Этап 1: Основы\n\nx\n\n## Этап 2: Сеть\n\ny\n', { fileName: 'p.md', order: 0, track: 'backend' });
		expect(result.roadmap['commitment']).toMatchObject({ hoursPerWeek: { min: 6, max: 6 } });
	});
	it('keeps the text of a commitment stated in a quote with a link, not its Markdown', () => {
		const source = '# Plan\n\n> I studied about 8-12 hours a day, for months. My story: [Why I studied](https://example.com/story)\n\n## Part 1: Basics\n\nx\n\n## Part 2: More\n\ny\n';
		const result = importMarkdown(source, { fileName: 'p.md', order: 0, track: 'backend' });
		expect(result.roadmap['commitment']).toEqual({ hoursPerDay: { min: 8, max: 12 }, note: 'I studied about 8-12 hours a day, for months. My story: Why I studied.' });
	});
	it('reads a commitment line by line within a paragraph, keeping bold and code', () => {
		const source = '# Plan\n\nSome intro that is long enough to be the summary of this plan.\n\nFirst line.\nPlan on **10 hours per week** with `git`.\n\n## Part 1: Basics\n\nx\n\n## Part 2: More\n\ny\n';
		const result = importMarkdown(source, { fileName: 'p.md', order: 0, track: 'backend' });
		expect(result.roadmap['commitment']).toEqual({ hoursPerWeek: { min: 10, max: 10 }, note: 'Plan on **10 hours per week** with `git`.' });
	});
	it('reads the declared duration under a "Duration" heading, from the paragraph right under it', () => {
		const plan = (section: string) => `# Plan\n\nA curriculum of free courses for anyone who wants to learn the subject.\n\n${section}\n\n## Part 1: Basics\n\nx\n\n## Part 2: More\n\ny\n`;
		const options = { fileName: 'p.md', order: 0, track: 'backend' };
		expect(importMarkdown(plan('### Duration\nIt is possible to finish within about 2 years if you devote roughly 20 hours/week.'), options).roadmap['duration']).toEqual({ min: 2, max: 2, unit: 'year' });
		expect(importMarkdown(plan('### Duración\n\nUnos 8 meses.\n\n### Otros'), options).roadmap['duration']).toEqual({ min: 8, max: 8, unit: 'month' });
		// The label as a run-in heading: bold, then a full stop.
		expect(importMarkdown(plan('**Duration**. It is possible to finish within about 2 years if you devote roughly 20 hours/week.'), options).roadmap['duration']).toEqual({ min: 2, max: 2, unit: 'year' });
		expect(importMarkdown(plan('Duration. It is possible to finish within about 2 years.'), options).roadmap['duration']).toBeNull();
		// A section about time that states no length, and a length under another heading, declare none.
		expect(importMarkdown(plan('### Duration of the course\n\nIt may take longer than a regular course.\n\nTry 1 ~ 2 hours every day for 3 months.'), options).roadmap['duration']).toBeNull();
		expect(importMarkdown(plan('### Durable storage\n\nKeep it for 2 years.'), options).roadmap['duration']).toBeNull();
	});
	it("reads the declared duration from a two-column table's row labelled as a length", () => {
		const plan = (table: string) => `# Plan\n\nA bootcamp for anyone who wants to learn data engineering.\n\n${table}\n\n## Month 1: Basics\n\nx\n\n## Month 2: More\n\ny\n`;
		const options = { fileName: 'p.md', order: 0, track: 'backend' };
		expect(importMarkdown(plan('| **Aspect** | **Details** |\n| --- | --- |\n| **Duration** | 4 Months (Jan 2026 - April 2026) |\n| **Audience** | Engineers |'), options).roadmap['duration']).toEqual({ min: 4, max: 4, unit: 'month' });
		// A table of more columns is a schedule, whose rows time its parts.
		expect(importMarkdown(plan('| Part | Duration | Topic |\n| --- | --- | --- |\n| Intro | 2 weeks | Setup |'), options).roadmap['duration']).toBeNull();
	});
});

describe('what real plans write', () => {
	const options = { fileName: 'p.md', order: 0, track: 'backend' };
	it('takes frontmatter out of the text, and its title for the roadmap\'s when there is no # heading', () => {
		const result = importMarkdown('---\ntitle: Rust in 4 Weeks\nsidebar_position: 1\n---\n\nA plan to learn Rust in four weeks of evenings, with a project at the end of each week.\n\n## Week 1: Basics\n\n- a\n\n## Week 2: Ownership\n\n- b\n', options);
		expect(result.roadmap).toMatchObject({ title: 'Rust in 4 Weeks', duration: { min: 4, max: 4, unit: 'week' } });
		// The copy of the source keeps it; the pages do not show it.
		const pages = (files: Array<{ path: string; text: string }>) => files.filter((f) => f.path.startsWith('roadmaps/')).map((f) => f.text).join('\n');
		expect(pages(result.files)).not.toContain('sidebar_position');
		expect(pages(importMarkdown('+++\ntitle = "X"\n+++\n\n## Week 1: A\n\nx\n\n## Week 2: B\n\ny\n', options).files)).not.toContain('title = ');
	});

	it('takes several # headings under a frontmatter title for the document\'s parts, the first one too', () => {
		const days = ['Lunes 1 de septiembre', 'Martes 2 de septiembre', 'Miércoles 3 de septiembre'];
		const result = importMarkdown(`---\ntitle: Plan de la semana 1\n---\n\nCada día, teoría y práctica.\n\n${days.map((day) => `# ${day}\n\n- Leer\n- Practicar\n`).join('\n')}`, options);
		expect(result.roadmap['title']).toBe('Plan de la semana 1');
		expect(result.phases.map((p) => p.data['title'])).toEqual(days);
		// One # heading is the title, whatever the frontmatter says.
		expect(importMarkdown('---\ntitle: notes\n---\n\n# Rust in 4 Weeks\n\n## Week 1: Basics\n\n- a\n\n## Week 2: Ownership\n\n- b\n', options).roadmap['title']).toBe('Rust in 4 Weeks');
	});

	it('reads TOML frontmatter (`+++`, as Hugo sites write it) as it reads YAML: its title names the roadmap', () => {
		const result = importMarkdown('+++\ntitle = "Go in 2 Weeks"\nweight = 1\n+++\n\n## Week 1: Basics\n\n- a\n\n## Week 2: Concurrency\n\n- b\n', options);
		expect(result.roadmap).toMatchObject({ title: 'Go in 2 Weeks' });
	});

	it('reads TOML frontmatter after blank lines, as Hugo and Zola do', () => {
		const result = importMarkdown('\n\n+++\ntitle = "Go in 2 Weeks"\n+++\n\n## Week 1: Basics\n\n- a\n\n## Week 2: Concurrency\n\n- b\n', options);
		expect(result.roadmap).toMatchObject({ title: 'Go in 2 Weeks' });
		expect(result.files.filter((f) => f.path.endsWith('.mdx')).map((f) => f.text).join('\n')).not.toContain('+++');
	});

	it('keeps TeX math as GitHub shows it, inline math written between two dollars; a plan using dollars otherwise keeps them as text', () => {
		const tex = importMarkdown('## Week 1: Softmax\n\nLet $x_i$ be a logit, $ \\frac{a}{b} $ a ratio, in $O(1)$。\n\n$$\n\\text{softmax}(x)_i = \\frac{e^{x_i}}{\\sum_{j}e^{x_j}}\n$$\n\n## Week 2: More\n\n`$code$` stays code.\n', options);
		expect(tex.phases.map((p) => p.body)).toEqual([
			'Let $$x_i$$ be a logit, $$\\frac{a}{b}$$ a ratio, in $$O(1)$$。\n\n$$\n\\text{softmax}(x)_i = \\frac{e^{x_i}}{\\sum_{j}e^{x_j}}\n$$',
			'`$code$` stays code.',
		]);
		for (const phase of tex.phases) expect(mdxProblems(phase.body, `${phase.id}.mdx`, 1)).toEqual([]);
		// Money, shell variables around code, a regular expression: no TeX, and nothing they hold is lost to a pair of dollars.
		for (const text of ['It costs $5 and $10 a month, $x$ aside.', 'Put *$HOME/bin* in your `$PATH` now.', "Use r'end$' or r'love$' to match."]) {
			const [phase] = importMarkdown(`## Week 1: A\n\n${text}\n\n## Week 2: B\n\n$$\nx^2\n$$\n`, options).phases;
			expect(phase!.body).toBe(text);
		}
	});

	it('keeps a section the reader opens (<details>) as one, its summary and Markdown inside', () => {
		const [loops] = importMarkdown('## Week 1: Loops\n\nWrite a loop.\n\n<details>\n<summary>Solution</summary>\n\n```js\nfor (const x of xs) log(x);\n```\n\nIt prints **each** item.\n</details>\n\n<details><summary>On <em>Linux</em></summary>\n\n- apt install node\n\n</details>\n\n## Week 2: More\n\ny\n', options).phases;
		expect(loops!.body).toBe('Write a loop.\n\n<details>\n  <summary>Solution</summary>\n\n  ```js\n  for (const x of xs) log(x);\n  ```\n\n  It prints **each** item.\n</details>\n\n<details>\n  <summary>On *Linux*</summary>\n\n  - apt install node\n</details>');
		expect(mdxProblems(loops!.body, 'loops.mdx', 1)).toEqual([]);
	});

	it('reads ranges written with a tilde, and Chinese week ranges', () => {
		const label = (p: { data: Record<string, unknown> }) => [p.data['label'], p.data['title'], p.data['duration']];
		expect(importMarkdown('## Week 1~2: Basics\n\nx\n\n## Week 3~4: Project\n\ny\n', options).phases.map(label)).toEqual([
			['Week 1-2', 'Basics', { min: 2, max: 2, unit: 'week' }],
			['Week 3-4', 'Project', { min: 2, max: 2, unit: 'week' }],
		]);
		expect(importMarkdown('## 第1-2周：基础\n\nx\n\n## 第3-4周：进阶\n\ny\n\n## 第5周：项目\n\nz\n', options).phases.map(label)).toEqual([
			['第1-2周', '基础', { min: 2, max: 2, unit: 'week' }],
			['第3-4周', '进阶', { min: 2, max: 2, unit: 'week' }],
			['第5周', '项目', { min: 1, max: 1, unit: 'week' }],
		]);
		expect(parseHoursPerDay('invest 1 ~ 2 hours every day')).toEqual({ min: 1, max: 2 });
	});

	it('shows a title with links or code as text, its links kept as the first line of the page', () => {
		const result = importMarkdown('## Week 1: [HTML](https://developer.mozilla.org/docs/Web/HTML) basics\n\n- a\n\n## Week 2: `git` workflows\n\n- b\n', options);
		expect(result.phases.map((p) => [p.id, p.data['title'], p.body])).toEqual([
			['html-basics', 'HTML basics', '[HTML](https://developer.mozilla.org/docs/Web/HTML) basics\n\n- a'],
			['git-workflows', 'git workflows', '- b'],
		]);
		// A link to no address, a placeholder for a page to come, is its words alone: no line repeats the title.
		const placeholders = importMarkdown('# Plan\n\n## [Setup]()\n\n- [Git]()\n\n## [Languages]()\n\n- [Python](https://python.org)\n\n## [Tooling]()\n\n- Linting\n', options);
		expect(placeholders.phases.map((p) => [p.data['title'], p.body])).toEqual([
			['Setup', '- Git'],
			['Languages', '- [Python](https://python.org)'],
			['Tooling', '- Linting'],
		]);
	});

	it('takes a course\'s title from its cell up to a line break, and a summary with its line breaks as spaces', () => {
		const table = importMarkdown('# Plan\n\nWritten by Jane Doe  \nProfessor of Statistics  \nUniversity of Somewhere, for new students.\n\nCourses | Duration | Effort\n:-- | :-- | :--\n[Calculus 1A](https://a.example/c)<br>[alternative](https://b.example/c) | 13 weeks | 6-10 hours/week\n[Linear Algebra](https://a.example/l) | 10 weeks | 8 hours/week\n', options);
		expect(table.phases.map((p) => [p.id, p.data['title']])).toEqual([['calculus-1a', 'Calculus 1A'], ['linear-algebra', 'Linear Algebra']]);
		expect(table.phases[0]!.body).toContain('alternative');
		expect(table.roadmap['summary']).toBe('Written by Jane Doe Professor of Statistics University of Somewhere, for new students.');
	});

	it('takes a course\'s title from the first of links that follow it apart or in parentheses, and keeps them all on the page', () => {
		const table = importMarkdown('# Plan\n\nCourses | Duration\n:-- | :--\n[Calculus 1A](https://a.example/c) ([alternative](https://b.example/c)) | 13 weeks\n[Circuits](https://a.example/s) [alternative 1](https://b.example/s) [alternative 2](https://c.example/s) | 10 weeks\n[HTML](https://a.example/h), [CSS](https://a.example/k) | 2 weeks\n[Big Data](https://a.example/b) (Specialization) | 9 weeks\n', options);
		expect(table.phases.map((p) => p.data['title'])).toEqual(['Calculus 1A', 'Circuits', 'HTML, CSS', 'Big Data (Specialization)']);
		expect(table.phases[1]!.body).toContain('[alternative 2](https://c.example/s)');
	});
});

describe('language', () => {
	const prose = (text: string) => [parseMarkdown(text)];
	it('tells the language from the script, or from the small words of Latin-script text, and says nothing when unsure', () => {
		expect(detectLanguage(prose('# 学习计划\n\n每天学习 Git 和 Docker。\n\n```bash\ngit init my-learning && echo done\n```'))).toBe('zh');
		expect(detectLanguage(prose('プログラミングに触れてみる。Gitの基本を学ぶ。'))).toBe('ja');
		expect(detectLanguage(prose('파이썬 기초를 배웁니다.'))).toBe('ko');
		expect(detectLanguage(prose('Командная строка и основы сети.'))).toBe('ru');
		expect(detectLanguage(prose('Основи командного рядка і мережі.'))).toBe('uk');
		// One Ukrainian word in a row of links to translations makes no Ukrainian plan, nor does Bulgarian's ъ.
		expect(detectLanguage(prose('[English](README.md) · [Українська](README-uk.md) · [Русский](README-ru.md)\n\nКомандная строка и основы сети для тех, кто хочет работать с сервером.'))).toBe('ru');
		expect(detectLanguage(prose('Командният ред и основите на мрежата за всеки, който иска да работи със сървър.'))).toBe('bg');
		expect(detectLanguage(prose('Командна линија и основе мреже за све који желе да раде са сервером, корак по корак и још.'))).toBe('sr');
		// A translation keeps its commands and names in Latin letters: a quarter of the letters in Thai is Thai.
		expect(detectLanguage(prose('ติดตั้ง Docker Compose และ Kubernetes ด้วย kubectl apply และ helm install'))).toBe('th');
		// A few French small words in Romanian make no French plan.
		expect(detectLanguage(prose('Acest plan este pentru cei care vor să învețe programarea web de la zero, cu un proiect în fiecare săptămână și exerciții care se pot face acasă sau la birou.'))).toBe('ro');
		expect(detectLanguage(prose('Aprende los fundamentos de la programación y el desarrollo web con proyectos para el portafolio, en un plan de veinte semanas con clases por la tarde y prácticas de la semana.'))).toBe('es');
		expect(detectLanguage(prose('Learn the basics of the web and the tools you need to build and ship your first projects, with a plan for each week that you can follow at your own pace in the evenings.'))).toBe('en');
		expect(detectLanguage(prose('Docker, Kubernetes, Terraform.'))).toBeNull();
		// Arabic script by the letters each language adds to it.
		expect(detectLanguage(prose('این برنامه برای کسانی است که می‌خواهند از صفر صفحه‌های وب بسازند.'))).toBe('fa');
		expect(detectLanguage(prose('هذه الخطة لمن يريد أن يتعلم تطوير الويب من البداية خلال ثمانية أسابيع.'))).toBe('ar');
		expect(detectLanguage(prose('یہ منصوبہ ان لوگوں کے لیے ہے جو ویب بنانا سیکھنا چاہتے ہیں۔'))).toBe('ur');
		expect(detectLanguage(prose('תוכנית לימודים לפיתוח אתרים בשמונה שבועות.'))).toBe('he');
		expect(detectLanguage(prose('แผนการเรียนพัฒนาเว็บแปดสัปดาห์'))).toBe('th');
		expect(detectLanguage(prose('आठ सप्ताह में वेब विकास सीखने की योजना।'))).toBe('hi');
		expect(detectLanguage(prose('Kế hoạch học lập trình web cho người mới bắt đầu, với các bài tập của mỗi tuần và những dự án để bạn có thể làm trong thời gian rảnh khi đã học xong một chương.'))).toBe('vi');
		// Vietnamese by its own letters too, between the English names of what it teaches.
		expect(detectLanguage(prose('Thành thạo cấu trúc điều khiển: if, loop, function, array. Bài tập: LeetCode Easy, Codeforces 800 rating, Input → Xử lý → Output.'))).toBe('vi');
		expect(detectLanguage(prose('Notes from the Hội An workshop on Docker and Kubernetes, with the steps to deploy the web services of the team and how to test them in the cloud for the first time.'))).toBe('en');
		expect(detectLanguage(prose('Bu plan web geliştirmeyi sıfırdan öğrenmek isteyenler için hazırlandı ve her hafta bir proje ile ilerliyor, çok daha fazla pratik için de ek kaynaklar var ve bu kaynaklar ücretsiz olarak sunuluyor.'))).toBe('tr');
		// Turkish by its own letters too: its notes join their small words to the words they follow.
		expect(detectLanguage(prose('• Dil nedir? → Ses temelli iletişim sistemi, ortak ses–anlam uzlaşması.\n\n• Yapı bakımından → Eklemeli dil (göz → gözlük → gözlükçü).\n\n• İlk yazılı belge: Çoğur Yazıtı.'))).toBe('tr');
		expect(detectLanguage(prose('Notes from the İstanbul workshop on Docker and Kubernetes, with the steps to deploy the web services of the team and how to test them in the cloud for the first time.'))).toBe('en');
		expect(detectLanguage(prose('Rencana belajar ini untuk kamu yang ingin menjadi pengembang web dari nol, dengan proyek di setiap minggu dan latihan yang bisa dikerjakan di rumah atau di kantor pada malam hari.'))).toBe('id');
		expect(detectLanguage(prose('Ten plan jest dla osób, które chcą nauczyć się tworzenia stron od zera, z projektem na każdy tydzień i ćwiczeniami do zrobienia w domu po pracy, a także z listą materiałów do nauki.'))).toBe('pl');
		expect(detectLanguage(prose('Dit plan is voor wie het maken van websites van de grond af wil leren, met een project voor elke week en oefeningen die je thuis kunt doen, en het is gratis voor iedereen die wil beginnen.'))).toBe('nl');
	});

	it('tells the language of a terse checklist, with half the small words of prose but hardly any of another language\'s', () => {
		const week = (n: number) => `#### Tydzień ${n}: Podstawy\n\n- [ ] **Lekcja ${n}:** alfabet, liczby, zaimki, rodzajniki\n- [ ] **Słownictwo:** rodzina, kolory, zawody, pogoda, jedzenie\n- [ ] **Dialog:** rozmowa na dworcu, droga do hotelu, zakupy, restauracja, poczta, apteka, kino, bank, lotnisko, muzeum, park, szkoła, biblioteka, piekarnia, kawiarnia, targ, stadion, teatr, basen, szpital, urząd, policja, taksówka, autobus, tramwaj, pociąg, rower, samochód\n- [ ] **Wymowa:** samogłoski i spółgłoski, akcent, rytm, intonacja\n- [ ] **Test:** podsumowanie oraz powtórka (cel: 70%+)\n`;
		expect(detectLanguage(prose(`# Plan nauki\n\n${[1, 2, 3, 4, 5].map(week).join('\n')}`))).toBe('pl');
		const woche = (n: number) => `### Woche ${n}: Modul ${n}\n\n- **Vorbereitung**: Kapitel lesen, Videos schauen, Notizen\n- **Präsenz**: Grundlagen, Installation, Programme, Übungen, Fragen\n- **Nachbearbeitung**: Reflexion und Projektarbeit zur Vertiefung\n`;
		expect(detectLanguage(prose(`# Kursablauf\n\n${[1, 2, 3, 4, 5].map(woche).join('\n')}`))).toBe('de');
	});

	it('writes the language of a plan that is not in English, and asks to check it', () => {
		const result = phasesOfText('# Plan de estudios\n\nUn plan para aprender el desarrollo web desde cero, con los proyectos de cada semana y la práctica que se hace en casa por la tarde.\n\n## Semana 1: HTML\n\nLa estructura de una página y los formularios.\n\n## Semana 2: CSS\n\nLos selectores y el diseño de la página con una rejilla.\n');
		expect(result.roadmap['language']).toBe('es');
		expect(result.toFill.find((f) => f.field === 'language')!.note).toContain('check');
		expect(phasesOfText('# Plan\n\n## Week 1: HTML\n\nThe structure of a page and the forms you need for the first project of the week.\n\n## Week 2: CSS\n\nSelectors and the layout of the page on a grid, and how to make it work on a phone.\n').roadmap['language']).toBeUndefined();
	});
});

describe('links with no words', () => {
	it('names a link that shows nothing (an icon font\'s empty span, or "[](…)") by where it leads', () => {
		const result = phasesOfText('# Plan\n\n## Week 1: Tipos\n\n| Tema | Videos |\n| --- | --- |\n| Tipos de datos | <a href="https://youtu.be/7gcAhGDe1jk"><span class="fa fa-solid fa-video" aria-hidden="true"></span></a> |\n\n## Week 2: Listas\n\nVer [](https://www.example.org/listas/) y [![](img/x.png)](https://example.org/y).\n');
		expect(result.phases[0]!.body).toContain('[youtu.be/7gcAhGDe1jk](https://youtu.be/7gcAhGDe1jk)');
		expect(result.phases[1]!.body).toContain('[example.org/listas](https://www.example.org/listas/)');
		expect(result.phases[1]!.body).not.toContain('[example.org/y]');
	});

	it('leaves out a link that shows nothing beside one with words to the same place', () => {
		const result = phasesOfText('# Plan\n\n## Week 1: Team\n\n| Author |\n| --- |\n| [](https://example.org/ari)[Ari](https://example.org/ari) |\n\n## Week 2: More\n\nText.\n');
		expect(result.phases[0]!.body).toContain('| [Ari](https://example.org/ari) |');
	});
});

describe('titles and trailing breaks', () => {
	it('leaves the emoji around a phase title out of it, and keeps a title that is only emoji', () => {
		const result = phasesOfText('# Plan\n\n## Week 1: 🚀 Getting started\n\nx\n\n## Week 2: Packaging 📦\n\ny\n\n## Week 3: 🎉\n\nz\n');
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Getting started', 'Packaging', '🎉']);
	});

	it('leaves a skin tone or a flag\'s tags out of a title with the emoji they colour', () => {
		const result = phasesOfText('# Plan\n\n## Week 1: 👐🏻 Tipos de datos\n\nx\n\n## Week 2: 👩🏽‍🏫 Funciones\n\ny\n\n## Week 3: Listas 🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}\n\nz\n');
		expect(result.phases.map((p) => p.data['title'])).toEqual(['Tipos de datos', 'Funciones', 'Listas']);
	});

	const options = { fileName: 'p.md', order: 0, track: 'backend' };
	it('takes the first heading for the title when it is a # heading, even when later # headings are sections', () => {
		const result = importMarkdown('# 🐍 Thirty Days\n\n| Day | Topic |\n| --- | --- |\n| 1 | Start |\n| 2 | Lists |\n\n# Day 1 notes\n\ntext\n', options);
		expect(result.roadmap['title']).toBe('Thirty Days');
	});

	it('takes no numbered part for the title: "# 1. Ruby" before "# 2. Go" is a part like it', () => {
		const result = importMarkdown('# 1. 学習（Ruby）\n\n## 準備\n\n- a\n\n# 2. 学習（Go）\n\n## 初級\n\n- b\n\n# 3. 学習（AWS）\n\n## 中級\n\n- c\n', options);
		expect(result.phases.map((p) => [p.id, p.data['title']])).toEqual([
			['section-1', '学習（Ruby）'],
			['section-2', '学習（Go）'],
			['section-3', '学習（AWS）'],
		]);
		// Chinese writes no space after the number ("# 1.技术复习", "# 2、技术学习"): the same parts.
		const unspaced = importMarkdown('# 1.技术复习\n\n## 1.1.语言\n\n- [ ] a\n\n# 2、技术学习\n\n- [ ] b\n\n# 3.技术项目\n\n- [ ] c\n', options);
		expect(unspaced.roadmap['title']).not.toBe('1.技术复习');
		expect(unspaced.phases.map((p) => p.data['title'])).toEqual(['技术复习', '技术学习', '技术项目']);
	});

	it("titles a plan nothing in it titles by its file's name, unless that is a README's or a digest", () => {
		const plan = '### 一、基础阶段(2-4周)\n\n- a\n\n### 二、中级阶段(3-5周)\n\n- b\n\n### 三、高级阶段(4周)\n\n- c\n';
		const named = importMarkdown(plan, { fileName: 'python学习路线.md', order: 0, track: 'backend' });
		expect(named.roadmap['title']).toBe('Python学习路线');
		expect(named.roadmap['source']).toEqual({ file: 'python学习路线.md', title: 'python学习路线.md' });
		for (const fileName of ['README.md', 'bcc1a57cc4ae6b9.txt']) expect(importMarkdown(plan, { fileName, order: 0, track: 'backend' }).roadmap['title']).toMatch(/^TODO/);
	});

	it('titles a README nothing titles by the repository its links to its own files by GitHub address name, as GitHub does', () => {
		const row = (n: number, file: string) => `| ${n} | บทที่ ${n} | [โค้ด](https://github.com/Kong/Learning-Python/blob/main/Phase1/${file}) |`;
		const text = ['## เอกสาร', '', '- [Python](https://example.org/python)', '', '## เนื้อหา', '', '| ลำดับ | หัวข้อ | โค้ด |', '|---|---|---|', row(1, 'EP1.py'), row(2, 'EP2.py'), row(3, 'EP3.py'), ''].join('\n');
		const options = { fileName: 'README.md', order: 0, track: 'backend' };
		const readme = (folderFiles: string[]) => importPlan({ index: { path: 'README.md', text }, folderFiles }, options).roadmap['title'];
		expect(readme(['README.md', 'Phase1/EP1.py', 'Phase1/EP2.py', 'Phase1/EP3.py'])).toBe('Learning Python');
		// Links to another repository's files say nothing of this one's name.
		expect(readme(['README.md'])).toMatch(/^TODO/);
	});

	it("titles a repository's front page by the '#' heading that names the repository, when a notice heads it first", () => {
		const row = (n: number) => `| ${n} | [Class ${n}](https://github.com/jh/t81_558_deep_learning/blob/master/class_${n}.md) |`;
		const text = (notice: string) =>
			[`# ${notice}`, '', 'Current students should refer to the PyTorch version.', '', '# T81 558: Applications of Deep Neural Networks', '', 'Instructor: Jeff Heaton', '', '# Syllabus', '', '| Class | Content |', '|---|---|', row(1), row(2), row(3), ''].join('\n');
		const options = { fileName: 'README.md', order: 0, track: 'backend' };
		const files = [1, 2, 3].map((n) => ({ path: `class_${n}.md`, text: `# Class ${n}\n\nText ${n}.\n` }));
		const readme = (notice: string) => importPlan({ index: { path: 'README.md', text: text(notice) }, files, folderFiles: ['README.md', ...files.map((f) => f.path)] }, options);
		const { roadmap, files: written } = readme('Important Note');
		expect(roadmap['title']).toBe('T81 558: Applications of Deep Neural Networks');
		// The title's own text opens the page; the notice keeps its heading and only its text.
		const overview = written.find((f) => f.path.endsWith('index.mdx'))!.text;
		expect(overview.indexOf('Instructor: Jeff Heaton')).toBeLessThan(overview.indexOf('## Important Note'));
		// A first heading that names the repository as well is the title, as the first heading is.
		expect(readme('Deep Learning notes').roadmap['title']).toBe('Deep Learning notes');
	});

	it('takes an opening bold line, or the banner image it opens with, for the title where no heading titles it', () => {
		const options = { fileName: 'p.md', order: 0, track: 'backend' };
		const units = '## Week 1: Intro\n\nx\n\n## Week 2: Deploy\n\ny\n';
		const bold = importMarkdown(`**GDBTutorial**\n\nA tutorial that makes GDB easier to learn for students.\n\n${units}`, options);
		expect(bold.roadmap['title']).toBe('GDBTutorial');
		expect(bold.files.find((f) => f.path.endsWith('index.mdx'))!.text).not.toContain('**GDBTutorial**');
		expect(importMarkdown(`<div align="center"><img src="img/banner.png" alt="LLM Course"></div>\n\n${units}`, options).roadmap['title']).toBe('LLM Course');
		// An image described by its file name, a bold sentence, or a # heading after the banner: not this.
		const readme = { ...options, fileName: 'README.md' };
		expect(importMarkdown(`[![Banner](https://example.org/new-banner.png)](https://example.org)\n\n${units}`, readme).roadmap['title']).toMatch(/^TODO/);
		expect(importMarkdown(`**This plan is a work in progress.**\n\n${units}`, readme).roadmap['title']).toMatch(/^TODO/);
		expect(importMarkdown(`![Python logo](logo.png)\n\n# Learn Python\n\n${units}`, options).roadmap['title']).toBe('Learn Python');
	});

	it('takes an opening HTML banner heading for the title, leaving the # sections to the overview', () => {
		const result = importMarkdown('<div align="center">\n<h3>Open Curriculum</h3>\n</div>\n\n# Contents\n\n- intro\n\n# Curriculum\n\n## Week 1: Shell\n\nx\n\n## Week 2: Git\n\ny\n', options);
		expect(result.roadmap['title']).toBe('Open Curriculum');
		expect(result.files.find((f) => f.path.endsWith('index.mdx'))!.text).toContain('## Contents');
	});

	it('drops a line break that ends a paragraph, blank text after it too', () => {
		const result = importMarkdown('## Day 1: A\n\n<sub>By <a href="https://example.org">Ann</a><br> </sub>\n\n## Day 2: B\n\nc\n', options);
		expect(result.phases[0]!.body).toBe('By [Ann](https://example.org)');
	});
});

describe('field lines', () => {
	const options = { fileName: 'p.md', order: 0, track: 'backend' };
	it('separates "Label: value" lines of prose, but not inside code or after a hard break', () => {
		const result = importMarkdown('## Week 1: HTTP\n\nTime Estimate: 1 week\nKey Topics: verbs\n\n```http\nHost: example.org\nAccept: text/html\n```\n\nAuthor: Ann<br>Edition: Second\n\n## Week 2: TLS\n\nx\n', options);
		expect(result.phases[0]!.body).toBe('Time Estimate: 1 week\n\nKey Topics: verbs\n\n```http\nHost: example.org\nAccept: text/html\n```\n\nAuthor: Ann\\\nEdition: Second');
	});
	it('reads no field from code: a Kubernetes manifest\'s `resources:` and a `Goal:` in indented code stay code', () => {
		const manifest = '```yaml\ncontainers:\n  - name: web\n    resources:\n      limits:\n        cpu: 200m\n```';
		const result = importMarkdown(`## Week 1: Pods\n\nApply it:\n\n${manifest}\n\n    Goal: indented code\n\nResources:\n\n- [Pods](https://kubernetes.io/docs/concepts/workloads/pods/)\n\n## Week 2: Services\n\nx\n`, options);
		expect(result.phases[0]!.data['resources']).toEqual(['[Pods](https://kubernetes.io/docs/concepts/workloads/pods/)']);
		expect(result.phases[0]!.data['goal']).toBeUndefined();
		expect(result.phases[0]!.body).toBe(`Apply it:\n\n${manifest}\n\n\`\`\`\nGoal: indented code\n\`\`\``);
	});

	it('reads goals, estimates, projects and resources labelled in other languages, with a full-width colon too', () => {
		const result = importMarkdown(
			'## Semana 1: HTTP\n\n**Objetivo:** entender HTTP\n\nDuración: 2 semanas\n\n- Recursos: [MDN](https://developer.mozilla.org/es/)\n\n## Semana 2: TLS\n\n**目标：** 掌握 TLS\n\n- 项目: 一个 HTTPS 服务器\n',
			options,
		);
		expect(result.phases.map((p) => [p.data['goal'], p.data['duration'], p.data['resources'] ?? p.data['projects']])).toEqual([
			['entender HTTP', { min: 2, max: 2, unit: 'week' }, ['[MDN](https://developer.mozilla.org/es/)']],
			['掌握 TLS', { min: 1, max: 1, unit: 'week' }, [{ title: '一个 HTTPS 服务器' }]],
		]);
		const persian = importMarkdown('## هفته ۱: HTTP\n\n**هدف:** شناخت HTTP\n\n- منابع: [MDN](https://developer.mozilla.org/fa/)\n\n## هفته ۲: TLS\n\nمدت: ۲ هفته\n\n- پروژه: یک سرور HTTPS\n', options);
		expect(persian.phases.map((p) => [p.data['label'], p.data['goal'], p.data['duration'], p.data['resources'] ?? p.data['projects']])).toEqual([
			['هفته ۱', 'شناخت HTTP', { min: 1, max: 1, unit: 'week' }, ['[MDN](https://developer.mozilla.org/fa/)']],
			['هفته ۲', undefined, { min: 2, max: 2, unit: 'week' }, [{ title: 'یک سرور HTTPS' }]],
		]);
	});

	it('names parts titled only in other scripts by their labels, and lists their phases in the summary when the parts are titled alike', () => {
		const result = importMarkdown('# Week 1 タスクリスト\n\n### Day 1: HTML基礎\n\nx\n\n### Day 2: CSS基礎\n\ny\n\n# Week 2 タスクリスト\n\n### Day 1: React基礎\n\nz\n\n### Day 2: Next.js基礎\n\nw\n', { fileName: 'tasklist.md', order: 0, track: 'backend' });
		expect((result.roadmap['groups'] as Array<Record<string, unknown>>).map((g) => [g['id'], g['label']])).toEqual([['week-1', 'Week 1'], ['week-2', 'Week 2']]);
		expect(result.roadmap['summary']).toBe('HTML基礎、CSS基礎、React基礎、Next.js基礎');
	});

	it('proposes no summary from a sentence that introduces a list, nor from a labelled note; a summary that is all its section says stays there too', () => {
		const overviewOf = (result: ReturnType<typeof importMarkdown>) => result.files.find((f) => f.path.endsWith('index.mdx'))!.text;
		const options = { fileName: 'p.md', order: 0, track: 'backend' };
		const units = '## Semaine 1 : HTML\n\nx\n\n## Semaine 2 : CSS\n\ny\n';
		const introducing = importMarkdown(`# Plan\n\nÀ la fin de cette formation, l'apprenant sera capable de :\n\n- créer une page\n- la publier\n\nUne formation de six semaines pour apprendre à créer des sites web accessibles.\n\n${units}`, options);
		expect(introducing.roadmap['summary']).toBe('Une formation de six semaines pour apprendre à créer des sites web accessibles.');
		expect(overviewOf(introducing)).toContain("l'apprenant sera capable de :");
		const noted = importMarkdown(`# Plan\n\n**Note:** this plan is a work in progress and some links may be out of date.\n\nA six-week course that teaches you to build accessible websites from scratch.\n\n${units}`, options);
		expect(noted.roadmap['summary']).toBe('A six-week course that teaches you to build accessible websites from scratch.');
		const sectioned = importMarkdown(`# Plan\n\n## Overview\n\nA six-week course that teaches you to build accessible websites from scratch.\n\n---\n\n## Goal\n\nShip a site.\n\n${units}`, options);
		expect(sectioned.roadmap['summary']).toBe('A six-week course that teaches you to build accessible websites from scratch.');
		expect(overviewOf(sectioned)).toMatch(/## Overview\n\nA six-week course/);
	});

	it('takes the roadmap\'s declared length from a "Duration:" line of the overview, and no summary from a list of fields', () => {
		const result = importMarkdown(
			'# Plan de estudios\n\n## Información general\n\n**Duración**: 20 semanas (7 meses)\n**Nivel**: Principiante a intermedio\n**Modalidad**: Teórico-práctico con proyectos semanales\n\n## Semana 1: HTML\n\nx\n\n## Semana 2: CSS\n\ny\n',
			options,
		);
		expect(result.roadmap['duration']).toEqual({ min: 20, max: 20, unit: 'week' });
		expect(result.roadmap['summary']).not.toContain('Duración');
	});

	it("takes no part's length for the whole: a label stating different lengths in the overview times its modules", () => {
		const overview = ['#### Module 1: Basics', '- **Duration:** 1-2 weeks', '#### Module 2: Java', '- **Duration:** 3-4 weeks', '**Estimated time:** 6-9 months (full-time)'];
		expect(statedTotalDuration(overview)).toEqual({ min: 6, max: 9, unit: 'month' });
		expect(statedTotalDuration(overview.slice(0, 4))).toBeNull();
		// The whole's length stated twice, in the introduction and again at the end, is still the whole's.
		expect(statedTotalDuration(['**Duration:** 12 weeks', 'Text.', '**Duration:** 12 weeks'])).toEqual({ min: 12, max: 12, unit: 'week' });
	});

	it('reads a length label that says it is an estimate or the whole, in any language', () => {
		const declared = (line: string) => importMarkdown(`# Plan\n\n${line}\n\n## Week 1: A\n\nx\n\n## Week 2: B\n\ny\n`, options).roadmap['duration'];
		const months = { min: 3, max: 6, unit: 'month' };
		expect(declared('**预计总时长**: 3-6 个月')).toEqual(months);
		expect(declared('- 学习周期：3-6个月')).toEqual(months);
		expect(declared('**예상 기간**: 3-6개월')).toEqual(months);
		expect(declared('学習期間：3〜6ヶ月')).toEqual(months);
		expect(declared('**Estimated total duration**: 3-6 months')).toEqual(months);
		expect(declared('Gesamtdauer: 3-6 Monate')).toEqual(months);
		expect(declared('**รวมเวลาโดยประมาณ: 3-6 เดือน**')).toEqual(months);
		expect(declared('**Ước tính thời gian:** 3-6 tháng (học toàn thời gian)')).toEqual(months);
		// Time alone is as often a date or a daily time as a length.
		expect(declared('Time: 3-6 months')).toBeNull();
		expect(declared('时间：2024年3月')).toBeNull();
	});
});
