// Lesson pages that all open by naming their course before their label: the label and its title are the unit's.
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../src/lib/importer/index.ts';

const options = { fileName: 'README.md', order: 0, id: 'plan', track: 'backend' };
const topics = ['HTML & CSS Dasar', 'CSS Lanjutan & JavaScript Dasar', 'React.js Dasar'];
const plan = (course: (n: number) => string) =>
	importPlan(
		{
			index: { path: 'README.md', text: `# Mentor\n\n${topics.map((_, i) => `- [Minggu ${i + 1}](minggu-${i + 1}.md)`).join('\n')}\n` },
			files: topics.map((topic, i) => ({ path: `minggu-${i + 1}.md`, text: `# ${course(i)} - Minggu ${i + 1}: ${topic}\n\n## Senin\n\nMateri.\n` })),
		},
		options,
	);

describe("a course's name before each page's label", () => {
	it('leaves the title the words after the label, with a note, when every page names the same course', () => {
		const shared = plan(() => 'Rancangan Pembelajaran Mentor');
		expect(shared.phases.map((p) => [p.data['label'], p.data['title']])).toEqual(topics.map((topic, i) => [`Minggu ${i + 1}`, topic]));
		// The page's heading titled it: its sections move up, and no lead repeats the course.
		expect(shared.phases[0]!.body).toMatch(/^## Senin/m);
		expect(shared.phases[0]!.body).not.toContain('Rancangan');
		expect(shared.notes.join('\n')).toContain('left out the course name that opens the title of each of 3 pages before its label (Rancangan Pembelajaran Mentor)');
	});

	it('keeps titles whole when the pages name different courses', () => {
		const different = plan((i) => ['Frontend', 'Styling', 'React'][i]!);
		expect(different.phases.map((p) => p.data['title'])).toEqual(topics.map((topic, i) => `${['Frontend', 'Styling', 'React'][i]} - Minggu ${i + 1}: ${topic}`));
	});
});
