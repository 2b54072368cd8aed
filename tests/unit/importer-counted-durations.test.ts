// Lengths that a language says in words of its own, without a number: the Arabic and Hebrew dual and "one week".
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
});
