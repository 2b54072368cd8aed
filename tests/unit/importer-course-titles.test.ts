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

describe("a course's name and a unit label as each file's frontmatter title", () => {
	/** A folder of slide decks, each titled in its frontmatter by `title(week)`, whose first slide says its topic. */
	const decks = (title: (week: number) => string) =>
		importPlan(
			{
				index: { path: '.waymark-index.md', text: '# Urban data\n' },
				files: ['Data Science with LLMs', 'Reproducible Research'].map((topic, i) => ({ path: `week${i + 1}_slides.md`, text: `---\ntitle: "${title(i + 1)}"\n---\n\n# ${topic}\n\n## Spring 2026\n\nText.\n\n# Part 1\n\nMore.\n` })),
			},
			{ fileName: 'folder.md', order: 0, track: 'backend' },
		);

	it('titles each unit by its file\'s own "#" heading, with a note, when the files\' titles differ only in their numbers', () => {
		const result = decks((week) => `USP 410/510 Urban Data Science - Week ${week}`);
		expect(result.phases.map((p) => [p.data['label'], p.data['title']])).toEqual([
			['Week 1', 'Data Science with LLMs'],
			['Week 2', 'Reproducible Research'],
		]);
		expect(result.phases[0]!.body).not.toContain('# Data Science with LLMs');
		expect(result.notes.join('\n')).toContain('left out the frontmatter title that 2 files share but for a number (USP 410/510 Urban Data Science - Week 1)');
	});

	it('keeps frontmatter titles that are a unit word and a number alone, or that differ in words', () => {
		expect(decks((week) => `Homework ${week}`).phases.map((p) => p.data['title'])).toEqual(['Homework 1', 'Homework 2']);
		expect(decks((week) => ['Urban Data', 'City Maps'][week - 1]!).phases.map((p) => p.data['title'])).toEqual(['Urban Data', 'City Maps']);
	});
});
