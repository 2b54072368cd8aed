/**
 * The plans of tests/fixtures/import/, one per shape the importer recognises, with the roadmap ID each is imported
 * as. build-imported.ts imports and builds them; tests/e2e/imported.spec.ts reads the result.
 */
export const fixturesDir = 'tests/fixtures/import';
export const importedContentDir = '.work/imported/content';
export const importedOutDir = '.work/imported-dist';

export const importedPlans = [
	{ fixture: 'course-table', id: 'course-table', shape: 'tables of units with prerequisites and an elective section' },
	{ fixture: 'checklist-plan', id: 'checklist-plan', shape: 'repeated sections with nested checklists' },
	{ fixture: 'day-course', id: 'day-course', shape: 'an index linking one Markdown file per day' },
	{ fixture: 'book-toc', id: 'book-toc', shape: 'a book whose table of contents (SUMMARY.md) links its chapters and their pages' },
	{ fixture: 'notebook-course', id: 'notebook-course', shape: 'a README linking Jupyter notebooks, with text and image outputs' },
	{ fixture: 'russian-plan', id: 'russian-plan', shape: 'unit headings in Cyrillic with durations in Russian' },
	{ fixture: 'chinese-plan', id: 'chinese-plan', shape: 'unit headings in Chinese, with durations in full-width brackets' },
	{ fixture: 'persian-plan', id: 'persian-plan', shape: 'unit headings in Persian, written right to left, numbered in Persian digits' },
	{ fixture: 'numbered-steps', id: 'numbered-steps', shape: 'numbered list items that state a duration' },
] as const;
