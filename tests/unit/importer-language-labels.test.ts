// Unit labels as languages beyond English write them: Indonesian's ordinal prefix ("Minggu ke-3"), and unit words of
// Polish and Indonesian that name a kind ("Etap", "Moduł", "Pekan").
import { describe, expect, it } from 'vitest';
import { parseUnitLabel } from '../../src/lib/importer/detect/label.ts';
import { parseDate } from '../../src/lib/importer/dates.ts';
import { parseDuration } from '../../src/lib/importer/durations.ts';
import { importMarkdown } from '../../src/lib/importer/index.ts';

describe('unit labels in other languages', () => {
	it('reads the Indonesian ordinal "ke-" between a unit word and its number, and keeps it in the label', () => {
		expect(parseUnitLabel('Minggu ke-3: CSS')).toMatchObject({ kind: 'week', number: 3, text: 'Minggu ke-3', rest: 'CSS' });
		expect(parseUnitLabel('Pertemuan Ke-2 - Git')).toMatchObject({ kind: 'lesson', number: 2, text: 'Pertemuan ke-2', rest: 'Git' });
		expect(parseUnitLabel('Hari ke 1: Pengenalan')).toMatchObject({ kind: 'day', number: 1, rest: 'Pengenalan' });
		const plan = importMarkdown('# Silabus\n\n## Minggu ke-1: HTML Dasar\n\n- a\n\n## Minggu ke-2: CSS Dasar\n\n- b\n\n## Minggu ke-3: JavaScript\n\n- c\n', { fileName: 'plan.md', order: 0, track: 't' });
		expect(plan.phases.map((p) => [p.data['label'], p.data['title'], p.data['duration']])).toEqual([
			['Minggu ke-1', 'HTML Dasar', { min: 1, max: 1, unit: 'week' }],
			['Minggu ke-2', 'CSS Dasar', { min: 1, max: 1, unit: 'week' }],
			['Minggu ke-3', 'JavaScript', { min: 1, max: 1, unit: 'week' }],
		]);
	});

	it('knows the kind of Polish and Indonesian unit words, and Indonesian "pekan" as a length', () => {
		expect(parseUnitLabel('Etap 1: Podstawy')).toMatchObject({ kind: 'phase', number: 1 });
		expect(parseUnitLabel('Moduł 2: Sieci')).toMatchObject({ kind: 'module', number: 2 });
		expect(parseUnitLabel('Pekan 4: React')).toMatchObject({ kind: 'week', number: 4 });
		expect(parseDuration('Dasar (2 pekan)')).toEqual({ min: 2, max: 2, unit: 'week' });
	});

	it("reads Czech dates, spaced, and counts a dated schedule's weeks in the plan's own word for week", () => {
		expect(parseDate('2. 9.')).toMatchObject({ year: null });
		expect(parseDate('2. 9. 2025')).toMatchObject({ year: 2025, weekday: 1 });
		expect(parseDate('3. 4')).toBeNull();
		const rows = [['2. 9.', 'Úvod do předmětu'], ['4. 9.', 'Proměnné a výrazy'], ['9. 9.', 'Podmínky a cykly']];
		const czech = `# Programování\n\nPředmět učí základy programování v jazyce Python, přednášky a cvičení jsou každý týden v učebně.\n\n| Datum | Téma |\n| --- | --- |\n${rows.map(([d, t]) => `| ${d} | ${t} |`).join('\n')}\n`;
		expect(importMarkdown(czech, { fileName: 'plan.md', order: 0, track: 't' }).phases.map((p) => p.data['label'])).toEqual(['Týden 1 (2. 9. – 4. 9.)', 'Týden 2 (9. 9.)']);
		const arabic = '# مقرر البرمجة\n\nيتعلم الطلاب في هذا المقرر أساسيات البرمجة بلغة بايثون من خلال المحاضرات والتمارين الأسبوعية.\n\n| التاريخ | الموضوع |\n| --- | --- |\n| 2025-09-01 | مقدمة |\n| 2025-09-03 | المتغيرات |\n| 2025-09-08 | الشروط |\n';
		expect(importMarkdown(arabic, { fileName: 'plan.md', order: 0, track: 't' }).phases.map((p) => p.data['label'])).toEqual(['الأسبوع 1 (2025-09-01 – 2025-09-03)', 'الأسبوع 2 (2025-09-08)']);
	});

	it('reads abbreviated week words before a number as weeks, and nowhere else', () => {
		// "Sem" is a week only where the context names the word it abbreviates (a table's "Semaine"): "Sem 1" is a
		// semester in English and Indian curricula.
		expect(parseUnitLabel('SEM 01')).toMatchObject({ word: 'SEM', kind: null, number: 1 });
		expect(parseUnitLabel('SEM 01', 'Semaine')).toMatchObject({ word: 'Semaine', kind: 'week', number: 1, text: 'Sem 1', rest: '' });
		expect(parseUnitLabel('Sem. 4 - Funciones', 'Semana')).toMatchObject({ kind: 'week', number: 4, text: 'Sem. 4', rest: 'Funciones' });
		expect(parseUnitLabel('Sem. 4 - Funciones')?.kind ?? null).toBeNull();
		expect(parseUnitLabel('Sem 1', 'Semester')?.kind ?? null).toBeNull();
		// One letter abbreviates nothing here ("S 1"), nor does a word the context's word does not begin with.
		expect(parseUnitLabel('S 1', 'Semaine')?.kind ?? null).toBeNull();
		expect(parseUnitLabel('Sem 1', 'Woche')?.kind ?? null).toBeNull();
		expect(parseUnitLabel('Wk. 3: Loops')).toMatchObject({ kind: 'week', number: 3, text: 'Wk. 3', rest: 'Loops' });
		expect(parseUnitLabel('Wk 12')).toMatchObject({ kind: 'week', number: 12 });
		// A full stop after any other word is no label's; an abbreviation after its number, or touching it, is no unit.
		expect(parseUnitLabel('Fig. 3 shows it')?.kind ?? null).toBeNull();
		expect(parseUnitLabel('1. Sem')?.kind ?? null).toBeNull();
		expect(parseUnitLabel('Sem1')?.kind ?? null).toBeNull();
		const plan = importMarkdown('# Plan\n\n## Wk. 1: HTML\n\n- a\n\n## Wk. 2: CSS\n\n- b\n\n## Wk. 3: JS\n\n- c\n', { fileName: 'plan.md', order: 0, track: 't' });
		expect(plan.phases.map((p) => [p.data['label'], p.data['title'], p.data['duration']])).toEqual([
			['Wk. 1', 'HTML', { min: 1, max: 1, unit: 'week' }],
			['Wk. 2', 'CSS', { min: 1, max: 1, unit: 'week' }],
			['Wk. 3', 'JS', { min: 1, max: 1, unit: 'week' }],
		]);
		// Headings and list items "Sem 1", "Sem 2" have no header to say what they abbreviate: numbered steps.
		const steps = [['Sem 1', 'Mathematics', 'step', null], ['Sem 2', 'Physics', 'step', null], ['Sem 3', 'Chemistry', 'step', null]];
		const read = (md: string) => importMarkdown(md, { fileName: 'plan.md', order: 0, track: 't' }).phases.map((p) => [p.data['label'], p.data['title'], p.data['kind'], p.data['duration'] ?? null]);
		expect(read('# Plan\n\n## Sem 1: Mathematics\n\n- Calculus\n\n## Sem 2: Physics\n\n- Mechanics\n\n## Sem 3: Chemistry\n\n- Organic\n')).toEqual(steps);
		expect(read('# Plan\n\n- Sem 1: Mathematics\n- Sem 2: Physics\n- Sem 3: Chemistry\n')).toEqual(steps);
	});
});
