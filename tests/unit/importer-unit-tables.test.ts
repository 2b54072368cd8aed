// Tables of units as plans in any language write them: which column titles a row, and when a table is the plan.
import { describe, expect, it } from 'vitest';
import { importMarkdown, importPlan } from '../../src/lib/importer/index.ts';

const options = { fileName: 'README.md', order: 0, id: 'plan', track: 'backend' };
const titles = (phases: ReadonlyArray<{ data: Record<string, unknown> }>) => phases.map((p) => `${p.data['label'] ?? ''}|${p.data['title']}`);

describe('tables of units', () => {
	it('titles a row by its words, not by a column of links that all read alike', () => {
		const thai = [
			'# Python',
			'',
			'| ลำดับที่ | หัวข้อ | โค้ดประกอบการสอน |',
			'|:---:|:---:|:---:|',
			'| 1 | แนะนำเนื้อหา | - |',
			'| 2 | แสดงผลข้อมูล (Output) | [ดูโค้ด](https://example.com/EP2.py) |',
			'| 3 | ตัวแปร (Variable) | [ดูโค้ด](https://example.com/EP3.py) |',
			'| 4 | คำสั่งเงื่อนไข | [ดูโค้ด](https://example.com/EP4.py) |',
			'',
		].join('\n');
		expect(titles(importMarkdown(thai, options).phases).map((t) => t.split('|')[1])).toEqual(['แนะนำเนื้อหา', 'แสดงผลข้อมูล (Output)', 'ตัวแปร (Variable)', 'คำสั่งเงื่อนไข']);
		// A column linking each row's own course still titles it ("Code | Course | Duration").
		const courses = '# Plan\n\n| Code | Course | Duration |\n| --- | --- | --- |\n| CS1 | [Python](https://a.example/py) | 4 weeks |\n| CS2 | [Java](https://a.example/java) | 6 weeks |\n';
		expect(importMarkdown(courses, options).phases.map((p) => p.data['title'])).toEqual(['Python', 'Java']);
	});

	it('numbers the rows under a header that says "number" without making it a unit word ("No 1")', () => {
		const table = (header: string) => `# Python\n\n| ${header} | Topic |\n| --- | --- |\n| 1 | Intro |\n| 2 | Variables |\n| 3 | Loops |\n`;
		for (const header of ['No.', 'Nr.', 'S.No', 'Número', 'Lp.', '序号', 'ลำดับที่']) {
			expect(titles(importMarkdown(table(header), options).phases), header).toEqual(['|Intro', '|Variables', '|Loops']);
		}
		expect(titles(importMarkdown(table('Lesson'), options).phases)).toEqual(['Lesson 1|Intro', 'Lesson 2|Variables', 'Lesson 3|Loops']);
	});

	it('keeps a row whose link leads to no file of the plan as a phase, and names the link in the report', () => {
		const readme = [
			'# 30 Days Of Go',
			'',
			'| # Day | Topics |',
			'| --- | --- |',
			'| 01 | [Setup](./01_Day_Setup/01_day_setup.md) |',
			'| 02 | [Slices and Maps](./02_Day_Slices/02_day_slices_and_maps.md) |',
			'| 03 | [Structs](./03_Day_Structs/03_day_structs.md) |',
			'',
		].join('\n');
		// The second day's file has another name than the README's link to it.
		const files = ['01_Day_Setup/01_day_setup.md', '02_Day_Slices/02_day_slices.md', '03_Day_Structs/03_day_structs.md'].map((path, i) => ({ path, text: `# Day ${i + 1}\n\nText of day ${i + 1}.\n` }));
		const plan = importPlan({ index: { path: 'README.md', text: readme }, files }, options);
		expect(titles(plan.phases)).toEqual(['Day 1|Setup', 'Day 2|Slices and Maps', 'Day 3|Structs']);
		expect(plan.notes.filter((note) => note.includes('"./02_Day_Slices/02_day_slices_and_maps.md" leads to no file of the plan'))).toHaveLength(1);
	});

	it('takes a table of numbered lessons for the plan over the two homework files it links apart', () => {
		const readme = [
			'# Programování v Pythonu',
			'',
			'| Lekce | Datum | Obsah lekce | Odkaz na materiály |',
			'| --- | --- | --- | --- |',
			...['Úvod, slicing', 'Funkce, slovníky', 'Slovníky, GitHub', 'Objektově orientované programování', 'Datum a čas', 'JSON a API'].map((topic, i) => `| ${i + 1} | 2024-0${i + 1}-07 | ${topic} | [odkaz](https://example.com/${i + 1}) |`),
			'',
			'## Domácí úkoly',
			'',
			'- [První domácí úkol](ukol_1.md)',
			'- [Druhý domácí úkol](ukol_2.md)',
			'',
		].join('\n');
		const files = [1, 2].map((n) => ({ path: `ukol_${n}.md`, text: `# Zadání úkolu ${n}\n\nText.\n` }));
		const plan = importPlan({ index: { path: 'README.md', text: readme }, files }, options);
		expect(plan.phases.map((p) => p.data['title'])).toEqual(['Úvod, slicing', 'Funkce, slovníky', 'Slovníky, GitHub', 'Objektově orientované programování', 'Datum a čas', 'JSON a API']);
		// As many files as the table has rows, or more than half as many, are the plan's lessons.
		const more = [1, 2, 3].map((n) => ({ path: `ukol_${n}.md`, text: `# Zadání úkolu ${n}\n\nText.\n` }));
		const linked = readme.replace('- [Druhý domácí úkol](ukol_2.md)', '- [Druhý domácí úkol](ukol_2.md)\n- [Třetí domácí úkol](ukol_3.md)');
		expect(importPlan({ index: { path: 'README.md', text: linked }, files: more }, options).phases).toHaveLength(3);
	});

	it('reads cells of raw HTML as the text they show: a label, then on its own line the dates its week runs', () => {
		const row = (week: string, date: string, topics: string[], lab: string) =>
			`| <p>${week}<br>${date}</p> | <ul>${topics.map((t) => `<li><a href="https://a.example/${t.length}">${t}</a></li>`).join('')}</ul> | <ul><li>${lab}</li></ul> |`;
		const readme = [
			'# Module',
			'',
			'| Semaine / Date | Theory | Practice |',
			'| --- | --- | --- |',
			row('SEM 01', '04.09.2023', ['Git basics', 'Branches'], 'First repository'),
			row('SEM 02', '11.09.2023', ['Merging'], 'Conflicts'),
			row('SEM 03', '18.09.2023', ['Rebasing'], 'History'),
			'',
		].join('\n');
		const plan = importMarkdown(readme, options);
		expect(titles(plan.phases)).toEqual(['Sem 1 (04.09.2023)|Git basics, Branches', 'Sem 2 (11.09.2023)|Merging', 'Sem 3 (18.09.2023)|Rebasing']);
		expect(plan.phases.map((p) => p.data['duration'])).toEqual(Array(3).fill({ min: 1, max: 1, unit: 'week' }));
		// A title on the label's second line, not dates, is the row's title: the line break sets it apart from the label.
		const titled = readme.replace(/<br>(\d+)\.09\.2023/g, (_, day: string) => `<br>Topic ${Number(day)}`);
		expect(titles(importMarkdown(titled, options).phases)).toEqual(['Sem 1|Topic 4', 'Sem 2|Topic 11', 'Sem 3|Topic 18']);
	});

	it("reads a label's word that abbreviates the unit word its column's header names as that unit, and only there", () => {
		const table = (header: string, labels: string[], more = '') =>
			['# Plan', '', `| ${header} | Topic |${more ? ` ${more} |` : ''}`, `| --- | --- |${more ? ' --- |' : ''}`, ...labels.map((label, i) => `| ${label} | Topic ${i + 1} |${more ? ` ${more} |` : ''}`), ''].join('\n');
		const read = (md: string) => importMarkdown(md, options).phases.map((p) => [p.data['label'] ?? null, p.data['kind'], p.data['duration']]);
		const week = { min: 1, max: 1, unit: 'week' };
		expect(read(table('Semaine / Date', ['SEM 01', 'SEM 02', 'SEM 03']))).toEqual([['Sem 1', 'week', week], ['Sem 2', 'week', week], ['Sem 3', 'week', week]]);
		expect(read(table('Woche', ['Wo. 1', 'Wo. 2']))).toEqual([['Wo. 1', 'week', week], ['Wo. 2', 'week', week]]);
		// Under "Semester", a word no kind is known for, "Sem 1" names no unit: the rows are the table's steps, as before.
		expect(read(table('Semester', ['Sem 1', 'Sem 2', 'Sem 3'], '6 months'))).toEqual(Array(3).fill([null, 'step', { min: 6, max: 6, unit: 'month' }]));
		expect(() => importMarkdown(table('Semester', ['Sem 1', 'Sem 2', 'Sem 3']), options)).toThrow(/no phases found/);
	});

	it('puts a row that pauses the schedule, one text across the table and no number, with the week above it', () => {
		const readme = [
			'# Module',
			'',
			'| Week | Theory | Practice |',
			'| --- | --- | --- |',
			'| Week 1 | Git basics | First repository |',
			'| Week 2 | Merging | Conflicts |',
			'| 02.10.2023-13.10.2023 | Holidays | Holidays |',
			'| Week 3 | Rebasing | History |',
			'',
		].join('\n');
		const plan = importMarkdown(readme, options);
		expect(titles(plan.phases)).toEqual(['Week 1|Git basics', 'Week 2|Merging', 'Week 3|Rebasing']);
		expect(plan.phases[1]!.body).toContain('02.10.2023-13.10.2023');
		expect(plan.phases[1]!.body).toContain('Holidays');
		// A row without a number that says different things in its cells is no pause: the table is no schedule of weeks.
		expect(() => importMarkdown(readme.replace('| Holidays | Holidays |', '| Project | Demo |'), options)).toThrow(/no phases found/);
	});
});
