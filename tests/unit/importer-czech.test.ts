// Czech plans: the language by its own letters, and its unit and calendar words.
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/lib/importer/durations.ts';
import { detectLanguage } from '../../src/lib/importer/language.ts';
import { importMarkdown } from '../../src/lib/importer/index.ts';
import { parseMarkdown } from '../../src/lib/importer/markdown/parse.ts';

describe('Czech', () => {
	it("is told by ě, ř and ů, which no other language of the importer's writes", () => {
		expect(detectLanguage([parseMarkdown('Splnění kvízu z každé lekce, odevzdání dvou domácích úkolů, účast na lekcích. Nahrávání kódu na GitHub je stejné jako ve třetí lekci.')])).toBe('cs');
		expect(detectLanguage([parseMarkdown('Zapoznanie się z podstawami składni, praktyczne ćwiczenia i testowanie w Pythonie oraz nauka komend.')])).not.toBe('cs');
	});

	it('reads its lessons, weeks and lengths', () => {
		const plan = importMarkdown('# Kurz\n\n## Lekce 1: Úvod (2 týdny)\n\nText.\n\n## Lekce 2: Funkce (1 měsíc)\n\nText.\n', { fileName: 'plan.md', order: 0, track: 'backend' });
		expect(plan.phases.map((p) => [p.data['kind'], p.data['title'], p.data['duration']])).toEqual([
			['lesson', 'Úvod', { min: 2, max: 2, unit: 'week' }],
			['lesson', 'Funkce', { min: 1, max: 1, unit: 'month' }],
		]);
		expect(parseDuration('do 2 týdnů')).toEqual({ min: 2, max: 2, unit: 'week' });
	});
});
