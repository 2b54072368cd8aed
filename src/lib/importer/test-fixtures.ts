/**
 * A repository that holds code keeps its tests beside it, and their Markdown files are the inputs the tests read (a
 * markdownlint rule's `tests/valid.md`, `tests/missing_heading.md`), not lessons: left out of the plan, with a note.
 */

// The folders a project's tests and their inputs are kept in, by the names test runners look for.
const TEST_FOLDER = /^(?:tests?|__tests__|specs?|fixtures|__fixtures__|testdata|test[-_]data)$/i;
// Source code: a file a program is written in, not a document, data or an image.
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py|rb|go|rs|java|kts?|php|cs|c|cc|cpp|h|hpp|swift|scala|exs?|lua|pl|sh)$/i;

/** The paths among `lessons` that lie in a test folder whose own folder holds code (among `files`, every file of the plan). */
export function testFixtures(lessons: readonly string[], files: readonly string[]): string[] {
	const foldersWithCode = new Set(files.filter((path) => SOURCE_FILE.test(path)).map((path) => path.split('/').slice(0, -1).join('/')));
	return lessons.filter((path) => {
		const folders = path.split('/').slice(0, -1);
		return folders.some((name, i) => TEST_FOLDER.test(name) && foldersWithCode.has(folders.slice(0, i).join('/')));
	});
}
