// Units headed by a label alone whose text opens with a heading that names them ("## Day 3" then "### Functions").
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../src/lib/importer/index.ts';

const options = { fileName: 'plan.md', order: 0, track: 'backend' } as const;
const labelsAndTitles = (text: string) => importMarkdown(text, options).phases.map((p) => [p.data['label'], p.data['title']]);

describe('a label heading titled by the heading under it', () => {
	it('takes the title from the heading each unit opens with, and leaves that heading out of the body', () => {
		const plan = importMarkdown('# 30 Days\n\n## Day 1\n\n### Variables and types\n\nValues.\n\n## Day-2\n\n### Loops (2 hours)\n\nLoop.\n\n#### Practice\n\nDo.\n\n## Day 3\n\n### **Functions**\n\nCall.\n', options);
		expect(plan.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Day 1', 'Variables and types'],
			['Day 2', 'Loops'],
			['Day 3', 'Functions'],
		]);
		expect(plan.phases[1]!.data['effortHours']).toEqual({ min: 2, max: 2 });
		expect(plan.phases[0]!.body).not.toContain('Variables and types');
		expect(plan.phases[1]!.body).toContain('Practice');
		expect(plan.toFill.filter((f) => f.field === 'title')).toEqual([]);
	});

	it('leaves a log\'s repeated section headings in the body: they name no day', () => {
		const day = (n: number) => `## Day ${n}\n\n### Today's progress\n\nWorked on ${n}.\n\n### Thoughts\n\nGood.\n`;
		expect(labelsAndTitles(`# 100 Days\n\n${[1, 2, 3].map(day).join('\n')}`)).toEqual([
			['Day 1', 'Day 1'],
			['Day 2', 'Day 2'],
			['Day 3', 'Day 3'],
		]);
	});

	it('leaves them all when only a few of the label-only units open with a heading of their own', () => {
		const days = ['### Notes\n\nA.', 'Prose.', '### Tasks\n\nB.', 'Prose.', 'Prose.'].map((text, i) => `## Day ${i + 1}\n\n${text}\n`);
		expect(labelsAndTitles(`# Log\n\n${days.join('\n')}`).map(([, title]) => title)).toEqual(['Day 1', 'Day 2', 'Day 3', 'Day 4', 'Day 5']);
	});

	it('leaves units whose text opens with prose, or with one of several headings as high, as they are; one unit alone says nothing', () => {
		const text = '# Plan\n\n## Week 1\n\nIntro first.\n\n### Basics\n\nRead.\n\n## Week 2\n\n### Morning\n\nA.\n\n### Afternoon\n\nB.\n\n## Week 3: Titled\n\n### Extra\n\nC.\n\n## Week 4\n\n### Loops\n\nD.\n';
		expect(labelsAndTitles(text)).toEqual([
			['Week 1', 'Week 1'],
			['Week 2', 'Week 2'],
			['Week 3', 'Titled'],
			['Week 4', 'Week 4'],
		]);
	});
});
