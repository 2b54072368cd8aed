// "#" headings that are a label alone and repeat with rising numbers are the document's parts, not its title.
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../src/lib/importer/index.ts';

describe('labels alone at the top level', () => {
	it('leave the title to what else names the plan', () => {
		const text = '# Block 1\n\n## Einführung\n\n### Woche 1: Variablen\n\nText.\n\n### Woche 2: Schleifen\n\nText.\n\n# Block 2\n\n## Datenbanken\n\n### Woche 3: SQL\n\nText.\n';
		const plan = importMarkdown(text, { fileName: 'lehrplan.md', order: 0, track: 'backend' });
		expect(plan.roadmap['title']).toBe('Lehrplan');
		expect(plan.phases.map((p) => p.data['title'])).toEqual(['Variablen', 'Schleifen', 'SQL']);
		// One alone still titles the plan.
		expect(importMarkdown('# Block 1\n\n### Woche 1: Variablen\n\nText.\n\n### Woche 2: Schleifen\n\nText.\n', { fileName: 'lehrplan.md', order: 0, track: 'backend' }).roadmap['title']).toBe('Block 1');
	});
});
