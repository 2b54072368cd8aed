// Headings with inline HTML in them, as READMEs write them: anchors for a table of contents, a link to the course's site.
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../src/lib/importer/index.ts';

const options = { fileName: 'plan.md', order: 0, track: 'backend' } as const;

describe('inline HTML in headings', () => {
	it('is read as the text a reader sees: anchored week headings are units like the others', () => {
		const text = [
			'# Course',
			'## <a name="week-1"></a>Week 1: Basics\n\nRead.',
			'## <span id="week-2">Week 2: Loops</span>\n\nLoop.',
			'## Week 3: Functions <img src="icon.png" width="20">\n\nCall.',
			'## Week 4: Modules\n\nImport.',
		].join('\n\n');
		const plan = importMarkdown(text, options);
		expect(plan.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Week 1', 'Basics'],
			['Week 2', 'Loops'],
			['Week 3', 'Functions'],
			['Week 4', 'Modules'],
		]);
	});

	it('titles the roadmap by the words of a heading that links the course, in HTML or Markdown', () => {
		for (const heading of ['<a href="https://example.org/course" target="_blank">The Example Course</a>', '[The Example Course](https://example.org/course)']) {
			const plan = importMarkdown(`# ${heading}\n\nAbout.\n\n## Week 1: Basics\n\nRead.\n\n## Week 2: Loops\n\nLoop.\n`, options);
			expect(plan.roadmap['title']).toBe('The Example Course');
			expect(plan.roadmap['source']).toMatchObject({ title: 'The Example Course' });
			expect(plan.roadmapId).toBe('the-example-course');
		}
	});
});
