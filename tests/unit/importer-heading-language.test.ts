// A plan's language when its lists name their topics in English under headings in the author's own language.
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../src/lib/importer/index.ts';

const options = { fileName: 'plan.md', order: 0, track: 'backend' };
const topics = (names: string) => names.split(', ').map((name) => `- ${name}`).join('\n');

describe("the headings' language", () => {
	it('decides when the running text, mostly the English names of topics, cannot', () => {
		const plan = [
			'# План обучения',
			'',
			'### Фаза 1: Основы веб-разработки (1-2 месяца)',
			'',
			topics('Internet Fundamentals, HTTP Methods, Status Codes, Request Headers, Domain Names, Web Hosting, DNS Resolution, Browser Rendering Engines, Semantic HTML Elements, Accessibility Attributes'),
			'',
			'### Фаза 2: CSS и основы стилизации (2-3 месяца)',
			'',
			topics('Selectors, Specificity, Box Model, Flexbox Layout, Grid Layout, Media Queries, Custom Properties, Transitions, Keyframe Animations, Preprocessors'),
			'',
			'### Фаза 3: JavaScript основы (3-4 месяца)',
			'',
			topics('Variables, Data Types, Closures, Event Loop, Promises, Async Functions, Modules, Prototypes, Iterators, Generators'),
			'',
		].join('\n');
		const result = importMarkdown(plan, options);
		expect(result.roadmap['language']).toBe('ru');
		expect(importMarkdown('# Plan\n\n## Week 1: HTML\n\nThe structure of a page and the forms you need for the first project of the week.\n\n## Week 2: CSS\n\nSelectors and the layout of the page on a grid, and how to make it work on a phone.\n', options).roadmap['language']).toBeUndefined();
	});
});
