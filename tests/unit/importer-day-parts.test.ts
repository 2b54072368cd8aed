// Courses that split each day into parts ("Day 1: Morning", "Day 1: Afternoon"): each part is a share of its day, so
// the course is as long as its days, not as its parts.
import { describe, expect, it } from 'vitest';
import { dayParts, parseUnitLabel } from '../../src/lib/importer/detect/label.ts';
import { importMarkdown, importPlan } from '../../src/lib/importer/index.ts';

const day = (min: number) => ({ min, max: min, unit: 'day' });

/** A book whose table of contents has `parts` as its part headings, each over two pages of its own. */
function bookOf(parts: readonly string[]) {
	const pages = parts.flatMap((_, i) => [`p${i}a`, `p${i}b`]);
	const summary = ['# Summary', '', ...parts.flatMap((part, i) => [`# ${part}`, '', `- [Lesson A](p${i}a.md)`, `- [Lesson B](p${i}b.md)`, ''])].join('\n');
	const result = importPlan(
		{ index: { path: 'SUMMARY.md', text: summary }, files: pages.map((name) => ({ path: `${name}.md`, text: `# Page ${name}\n\nText.\n` })) },
		{ fileName: 'book.md', order: 0, id: 'book', track: 'backend' },
	);
	return (result.roadmap['groups'] as Array<{ label?: string; title: string; duration?: unknown }>).map((g) => [g.label, g.title, g.duration]);
}

describe('parts of a day', () => {
	it("gives a book's parts of one day a share of it each, and a day without parts the whole", () => {
		expect(bookOf(['Day 1: Morning', 'Day 1: Afternoon', 'Day 2: Morning', 'Day 3: Morning', 'Day 3: Afternoon', 'Day 3: Evening'])).toEqual([
			['Day 1', 'Morning', day(0.5)],
			['Day 1', 'Afternoon', day(0.5)],
			['Day 2', 'Morning', day(1)],
			['Day 3', 'Morning', day(0.33)],
			['Day 3', 'Afternoon', day(0.33)],
			['Day 3', 'Evening', day(0.33)],
		]);
	});

	it('reads the parts of a day in the languages of the unit words, as phases too', () => {
		const lengths = (text: string) => importMarkdown(text, { fileName: 'plan.md', order: 0, track: 'backend' }).phases.map((p) => [p.data['label'], p.data['duration']]);
		expect(lengths('# 课程\n\n## 第1天 上午\n\n- a\n\n## 第1天 下午\n\n- b\n\n## 第2天 上午\n\n- c\n\n## 第2天 下午\n\n- d\n')).toEqual([
			['第1天', day(0.5)],
			['第1天', day(0.5)],
			['第2天', day(0.5)],
			['第2天', day(0.5)],
		]);
		expect(lengths('# Cours\n\n## Jour 1 (matin)\n\n- a\n\n## Jour 1 (après-midi)\n\n- b\n\n## Jour 2 : Projet\n\n- c\n')).toEqual([
			['Jour 1', day(0.5)],
			['Jour 1', day(0.5)],
			['Jour 2', day(1)],
		]);
	});

	it("reads an index's links to the parts of one day as lessons in sequence, each a share of the day", () => {
		const readme = ['# Workshop', '', '## Content', '', '- [Day 1 Morning Session](./d1-am.md)', '- [Day 1 Afternoon Session](./d1-pm.md)', '- [Day 2 Morning Session](./d2-am.md)', '- [Day 3 Morning Session](./d3-am.md)', ''].join('\n');
		const result = importPlan(
			{ index: { path: 'README.md', text: readme }, files: ['d1-am', 'd1-pm', 'd2-am', 'd3-am'].map((name) => ({ path: `${name}.md`, text: `# Notes ${name}\n\n## Agenda\n\n- item\n` })) },
			{ fileName: 'workshop.md', order: 0, id: 'workshop', track: 'backend' },
		);
		expect(result.phases.map((p) => [p.data['label'], p.data['title'], p.data['duration']])).toEqual([
			['Day 1', 'Morning Session', day(0.5)],
			['Day 1', 'Afternoon Session', day(0.5)],
			['Day 2', 'Morning Session', day(1)],
			['Day 3', 'Morning Session', day(1)],
		]);
	});

	it('splits no unit whose parts are not parts of a day, nor labels counted again apart', () => {
		// A week's page and its problems labelled alike (a course of weeks, each a group with its problem set's):
		// nothing there is part of a day.
		const week = { min: 1, max: 1, unit: 'week' };
		expect(bookOf(['Week 0', 'Week 0: Problems', 'Week 1', 'Week 1: Problems']).map(([, , duration]) => duration)).toEqual([week, week, week, week]);
		const labels = (titles: readonly string[]) => titles.map((title) => parseUnitLabel(title));
		expect(dayParts(labels(['Day 1', 'Day 1: Exercises', 'Day 2', 'Day 2: Exercises']), [0, 0, 0, 0])).toEqual([1, 1, 1, 1]);
		// A morning and an afternoon in two groups, or of two days, or two mornings, are whole days.
		expect(dayParts(labels(['Day 1: Morning', 'Day 1: Afternoon']), [0, 1])).toEqual([1, 1]);
		expect(dayParts(labels(['Day 1: Morning', 'Day 2: Afternoon']), [0, 0])).toEqual([1, 1]);
		expect(dayParts(labels(['Day 1: Morning', 'Day 1: Morning']), [0, 0])).toEqual([1, 1]);
		// A week's morning is no part of a day; a title that only opens with the word's letters is none either.
		expect(dayParts(labels(['Week 1: Morning', 'Week 1: Afternoon']), [0, 0])).toEqual([1, 1]);
		expect(dayParts(labels(['Day 1: Mornings with Rust', 'Day 1: Afternoons']), [0, 0])).toEqual([1, 1]);
	});
});
