import { describe, expect, it } from 'vitest';
import { measureFidelity, sourceUnits, words } from '../../src/lib/build/fidelity.ts';

describe('fidelity measurement', () => {
	it('splits a Markdown source into units without syntax', () => {
		expect(sourceUnits('# 🚀 Title\n\n---\n- **Bold** item\n  1. [Link](../x.md) sub\n- [ ] task\n> quote\n📌')).toEqual([
			'🚀 Title',
			'Bold item',
			'Link sub',
			'task',
			'quote',
		]);
	});

	it('reads the Markdown as GFM: table cells and item text are units, code, raw HTML and image alt text are not', () => {
		const source = [
			'| Course | Effort |',
			'| --- | --- |',
			'| [Gates](https://x.example) | 5 hours/week |',
			'',
			'```js',
			'const a = { b: 1 };',
			'```',
			'',
			'<div align="center"><h1>Banner</h1></div>',
			'',
			'1. First item',
			'   wraps here',
			'',
			'   A second paragraph',
			'   of two lines.',
			'',
			'Press <kbd>Ctrl</kbd> ![logo](./logo.png) now',
		].join('\n');
		expect(sourceUnits(source)).toEqual(['Course', 'Effort', 'Gates', '5 hours/week', 'First item wraps here', 'A second paragraph', 'of two lines.', 'Press Ctrl now']);
	});

	it('ignores case, punctuation and emoji when comparing words', () => {
		expect(words('Node.js (advanced) — 6–8h 🚀')).toEqual(['node', 'js', 'advanced', '6', '8h']);
		expect(words('Day 05, 0.5 h, 00')).toEqual(['day', '5', '0', '5', 'h', '0']);
	});

	it('counts a unit as found only when one page has all its words', () => {
		const report = measureFidelity(['Event loop', 'Worker threads', 'Memory leaks'], ['Event loop and Worker', 'threads, memory']);
		expect(report.found).toBe(1);
		expect(report.missing).toEqual(['Worker threads', 'Memory leaks']);
		expect(report.ratio).toBeCloseTo(1 / 3);
	});
});
