import { describe, expect, it } from 'vitest';
import { testFixtures } from '../../src/lib/importer/test-fixtures.ts';

describe('testFixtures', () => {
	it('takes the Markdown files of a test folder beside code for its tests\' inputs, and no other', () => {
		const lessons = ['lint/TOP004_headings/tests/valid.md', 'lint/TOP004_headings/tests/_guides/invalid.md', 'javascript/testing/tests.md', 'courses/tests/README.md', 'unit-testing/test/notes.md'];
		const files = [...lessons, 'lint/TOP004_headings/TOP004_headings.js', 'unit-testing/notes.txt', 'courses/images/a.png'];
		// (A lesson on testing, and a test folder beside no code, "courses/tests/", stay lessons.)
		expect(testFixtures(lessons, files)).toEqual(['lint/TOP004_headings/tests/valid.md', 'lint/TOP004_headings/tests/_guides/invalid.md']);
	});
});
