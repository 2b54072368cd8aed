// Validates every content file and cross-reference, printing all problems at once.
// Run by `npm run check:content` and at the start of every build.
import { checkContent } from '../src/lib/checks/content-check.ts';
import { contentDir } from '../src/lib/build/content-dir.ts';
import { formatProblem } from '../src/lib/checks/friendly-errors.ts';

const { problems, filesChecked } = checkContent(contentDir, process.cwd(), { placeholders: true });
for (const problem of problems) console.error(formatProblem(problem));
const files = new Set(problems.map((p) => p.file)).size;
if (problems.length > 0) {
	console.error(`\n✖ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} of ${filesChecked} content files. Nothing was built.`);
	process.exit(1);
}
console.log(`✔ ${filesChecked} content files are valid.`);
