// Rates and lengths as languages other than English say them: "3 días por semana" is a pace, not three days' length,
// and Turkish makes a length an adjective ("2 haftalık").
import { describe, expect, it } from 'vitest';
import { parseCommitment, parseDaysPerWeek, parseDuration, parseEffort, parseHoursPerWeek } from '../../src/lib/importer/durations.ts';
import { importMarkdown } from '../../src/lib/importer/index.ts';

describe('rates and lengths in other languages', () => {
	it('reads days a week as a rate, in any of the languages, never as a length of days', () => {
		const rates: Array<[string, number]> = [
			['3 días por semana', 3],
			['2 días a la semana', 2],
			['5 dias por semana', 5],
			['4 Tage pro Woche', 4],
			['5 jours par semaine', 5],
			['3 дня в неделю', 3],
			['3 dni w tygodniu', 3],
			['4 hari seminggu', 4],
			['haftada 5 gün', 5],
		];
		for (const [text, days] of rates) {
			expect(parseDuration(text), text).toBeNull();
			expect(parseDaysPerWeek(text), text).toEqual({ min: days, max: days });
		}
		// A length stays one.
		expect(parseDuration('Semana 1 (3 días)')).toEqual({ min: 3, max: 3, unit: 'day' });
		expect(parseCommitment(['- **Frecuencia:** 2 días por semana, 2 horas por clase'])).toMatchObject({ daysPerWeek: { min: 2, max: 2 } });
	});

	it('reads a Turkish length written as an adjective, "2 haftalık"', () => {
		expect(parseDuration('14 haftalık plan')).toEqual({ min: 14, max: 14, unit: 'week' });
		expect(parseDuration('3 aylık eğitim')).toEqual({ min: 3, max: 3, unit: 'month' });
		expect(parseDuration('1 günlük atölye')).toEqual({ min: 1, max: 1, unit: 'day' });
		const plan = importMarkdown('# Plan\n\n## Temeller (2 haftalık)\n\n- [ ] a\n\n## Web (3 haftalık)\n\n- [ ] b\n\n## Proje (1 haftalık)\n\n- [ ] c\n', { fileName: 'plan.md', order: 0, track: 't' });
		expect(plan.phases.map((p) => [p.data['title'], p.data['duration']])).toEqual([
			['Temeller', { min: 2, max: 2, unit: 'week' }],
			['Web', { min: 3, max: 3, unit: 'week' }],
			['Proje', { min: 1, max: 1, unit: 'week' }],
		]);
	});

	it("takes a plan's days a week into its commitment, not a phase's length", () => {
		const plan = importMarkdown('# Curso\n\n- **Frecuencia:** 3 días por semana\n\n## Semana 1: Variables\n\n- a\n\n## Semana 2: Bucles\n\n- b\n', { fileName: 'plan.md', order: 0, track: 't' });
		expect(plan.roadmap['commitment']).toMatchObject({ daysPerWeek: { min: 3, max: 3 } });
		expect(plan.phases.map((p) => p.data['duration'])).toEqual([{ min: 1, max: 1, unit: 'week' }, { min: 1, max: 1, unit: 'week' }]);
	});

	it('reads hours in Indonesian, Vietnamese and Czech, as an amount of study and as a weekly pace', () => {
		expect(parseEffort('HTML (10 jam)')).toEqual({ min: 10, max: 10 });
		expect(parseEffort('Vòng lặp (3 giờ)')).toEqual({ min: 3, max: 3 });
		expect(parseEffort('Cykly (4 hodiny)')).toEqual({ min: 4, max: 4 });
		expect(parseHoursPerWeek('10 jam per minggu')).toEqual({ min: 10, max: 10 });
		expect(parseHoursPerWeek('8 giờ mỗi tuần')).toEqual({ min: 8, max: 8 });
		expect(parseHoursPerWeek('6 hodin týdně')).toEqual({ min: 6, max: 6 });
		const plan = importMarkdown('# Rencana\n\n## Minggu 1: HTML (10 jam)\n\n- a\n\n## Minggu 2: CSS (8 jam)\n\n- b\n', { fileName: 'plan.md', order: 0, track: 't' });
		expect(plan.phases.map((p) => [p.data['title'], p.data['effortHours']])).toEqual([
			['HTML', { min: 10, max: 10 }],
			['CSS', { min: 8, max: 8 }],
		]);
	});
});
