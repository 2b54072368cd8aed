// `npm run build:imports`: imports every plan of tests/fixtures/import/ into a fresh .work/imported/content/ with
// the importer `npm run import` runs, then builds that content as it was written into .work/imported-dist/. No hand
// edit comes between the two: what the importer writes must build as-is.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { runImport } from '../../src/lib/importer/run.ts';
import { fixturesDir, importedContentDir, importedOutDir, importedPlans } from './plans.ts';

const root = resolve(import.meta.dirname, '..', '..');
const content = join(root, importedContentDir);

rmSync(dirname(content), { recursive: true, force: true });
mkdirSync(content, { recursive: true });
// Imported phases name topics of the shared taxonomy, as they would in a real content folder.
cpSync(join(root, 'content', 'topics'), join(content, 'topics'), { recursive: true });

const failed: string[] = [];
for (const { fixture, id } of importedPlans) {
	const output: string[] = [];
	const io = { log: (line: string) => output.push(line), error: (line: string) => output.push(line) };
	const code = runImport([join(fixturesDir, fixture), '--id', id, '--out', importedContentDir], root, io);
	if (code === 0) {
		console.log(`✔ imported ${fixturesDir}/${fixture} as ${id}`);
		continue;
	}
	failed.push(fixture);
	console.error(`\n✖ npm run import -- ${fixturesDir}/${fixture} --id ${id} exited with ${code}:\n${output.join('\n')}\n`);
}
if (failed.length > 0) {
	console.error(`✖ ${failed.length} of ${importedPlans.length} imports failed (${failed.join(', ')}); nothing was built.`);
	process.exit(1);
}

const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts')], {
	cwd: root,
	stdio: 'inherit',
	env: { ...process.env, WAYMARK_CONTENT_DIR: importedContentDir, WAYMARK_OUT_DIR: importedOutDir },
});
process.exit(build.status ?? 1);
