// Unit labels as languages beyond English write them: Indonesian's ordinal prefix ("Minggu ke-3"), and unit words of
// Polish and Indonesian that name a kind ("Etap", "Moduł", "Pekan").
import { describe, expect, it } from 'vitest';
import { parseUnitLabel } from '../../src/lib/importer/detect/label.ts';
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
});
