// Lengths that a language says in words of its own, without a number: the Arabic and Hebrew dual and "one week", and
// numbers written as words ("two weeks", "zwei Wochen", "две недели").
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/lib/importer/durations.ts';
import { importMarkdown } from '../../src/lib/importer/index.ts';

describe('lengths in words', () => {
	it('reads the dual as two of a unit and a unit with the word for one as one', () => {
		expect(parseDuration('التأسيس الصحيح (أسبوعان)')).toEqual({ min: 2, max: 2, unit: 'week' });
		expect(parseDuration('شهرين')).toEqual({ min: 2, max: 2, unit: 'month' });
		expect(parseDuration('(أسبوع واحد)')).toEqual({ min: 1, max: 1, unit: 'week' });
		expect(parseDuration('מבוא (שבועיים)')).toEqual({ min: 2, max: 2, unit: 'week' });
		expect(parseDuration('חודש אחד')).toEqual({ min: 1, max: 1, unit: 'month' });
		// With the article it names the weeks of a schedule ("the two weeks"), and an adverb ("weekly") is no length.
		expect(parseDuration('الأسبوعين الأولين')).toBeNull();
		expect(parseDuration('أسبوعيا')).toBeNull();
	});

	it("takes them out of a phase's title into its length", () => {
		const plan = importMarkdown('# خطة\n\n## المرحلة 0: التأسيس الصحيح (أسبوعان)\n\nنص.\n\n## المرحلة 1: تعلم Backend (3-4 أسابيع)\n\nنص.\n\n## المرحلة 2: DevOps الأساسي (أسبوع واحد)\n\nنص.\n', { fileName: 'plan.md', order: 0, track: 'backend' });
		expect(plan.phases.map((p) => [p.data['title'], p.data['duration']])).toEqual([
			['التأسيس الصحيح', { min: 2, max: 2, unit: 'week' }],
			['تعلم Backend', { min: 3, max: 4, unit: 'week' }],
			['DevOps الأساسي', { min: 1, max: 1, unit: 'week' }],
		]);
	});

	it('reads numbers written as words before the same language\'s unit words', () => {
		const cases: Array<[string, number, number, string]> = [
			['two weeks', 2, 2, 'week'],
			['Two to three months', 2, 3, 'month'],
			['a two-week sprint', 2, 2, 'week'],
			['zwei Wochen', 2, 2, 'week'],
			['in einem Monat', 1, 1, 'month'],
			['deux semaines', 2, 2, 'week'],
			['dos a tres semanas', 2, 3, 'week'],
			['duas semanas', 2, 2, 'week'],
			['um mês', 1, 1, 'month'],
			['tre settimane', 3, 3, 'week'],
			['две недели', 2, 2, 'week'],
			['пять недель', 5, 5, 'week'],
			['dwa lata', 2, 2, 'year'],
			['on iki hafta', 12, 12, 'week'],
			['dua minggu', 2, 2, 'week'],
			['دو هفته', 2, 2, 'week'],
			['दो महीने', 2, 2, 'month'],
			// Arabic and Hebrew from three on, in either gender; Korean native numbers before their counters; Thai.
			['ثلاثة أسابيع', 3, 3, 'week'],
			['ثلاث سنوات', 3, 3, 'year'],
			['ثلاثة إلى أربعة أسابيع', 3, 4, 'week'],
			['שלושה שבועות', 3, 3, 'week'],
			['שלוש שנים', 3, 3, 'year'],
			['두 달', 2, 2, 'month'],
			['세 주', 3, 3, 'week'],
			['열두 달', 12, 12, 'month'],
			['สอง สัปดาห์', 2, 2, 'week'],
		];
		for (const [text, min, max, unit] of cases) expect(parseDuration(text), text).toEqual({ min, max, unit });
		expect(parseDuration('at least two weeks')).toEqual({ min: 2, unit: 'week' });
	});

	it('reads no number word before a unit word of another language, in a word, or in a rate', () => {
		// "due" is two in Italian, "on" ten in Turkish, "once" eleven in Spanish.
		expect(parseDuration('Review on day one')).toBeNull();
		expect(parseDuration('Homework due week')).toBeNull();
		expect(parseDuration('Once weeks are planned')).toBeNull();
		expect(parseDuration('someone days')).toBeNull();
		expect(parseDuration('one day a week')).toBeNull();
		// "once a month" in Korean, Monday ("day two") in Hebrew, and the end of "twenty-two weeks" in Thai.
		expect(parseDuration('한 달에 한 번')).toBeNull();
		expect(parseDuration('יום שני')).toBeNull();
		expect(parseDuration('ยี่สิบสอง สัปดาห์')).toBeNull();
	});

	it("takes a length in words out of a phase's title and reads the plan's declared length", () => {
		const plan = importMarkdown('# Plan en trois mois\n\n## Semaine 1 : Bases (deux semaines)\n\nTexte.\n\n## Semaine 2 : Projet\n\nTexte.\n', { fileName: 'plan.md', order: 0, track: 'backend' });
		expect(plan.phases[0]!.data['title']).toBe('Bases');
		expect(plan.phases[0]!.data['duration']).toEqual({ min: 2, max: 2, unit: 'week' });
		expect(plan.roadmap['duration']).toEqual({ min: 3, max: 3, unit: 'month' });
	});
});
