import { describe, expect, it } from 'vitest';
import { measureFidelity, sourceUnits, words } from '../../src/lib/fidelity.ts';

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

	it('ignores case, punctuation and emoji when comparing words', () => {
		expect(words('Node.js (advanced) — 6–8h 🚀')).toEqual(['node', 'js', 'advanced', '6', '8h']);
	});

	it('counts a unit as found only when one page has all its words', () => {
		const report = measureFidelity(['Event loop', 'Worker threads', 'Memory leaks'], ['Event loop and Worker', 'threads, memory']);
		expect(report.found).toBe(1);
		expect(report.missing).toEqual(['Worker threads', 'Memory leaks']);
		expect(report.ratio).toBeCloseTo(1 / 3);
	});
});
