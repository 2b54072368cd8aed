// `npm run new -- roadmap|phase|role|topic|track <id> [--roadmap <id>] [--track <id>]`: writes a valid skeleton and checks it.
// A phase ID is "<roadmap>/<phase>". Existing files are never overwritten.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/checks/content-check.ts';
import { contentDir } from '../src/lib/build/content-dir.ts';
import { formatProblem } from '../src/lib/checks/friendly-errors.ts';
import { scaffold, scaffoldKinds, type ScaffoldKind } from '../src/lib/scaffold.ts';
import { slug } from '../src/schemas/common.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { roadmap: { type: 'string' }, track: { type: 'string' } } });
const [kind, id] = positionals as [string | undefined, string | undefined];
const usage = 'usage: npm run new -- roadmap|phase|role|topic|track <id>   (a phase ID is <roadmap>/<phase>; a roadmap takes --track <id>, a role --roadmap <id>)';

if (!kind || !scaffoldKinds.includes(kind as ScaffoldKind) || !id) {
	console.error(usage);
	process.exit(1);
}
const parts = kind === 'phase' ? id.split('/') : [id];
if ((kind === 'phase' && parts.length !== 2) || parts.some((part) => !slug.safeParse(part).success)) {
	console.error(`"${id}" is not a valid ID: use lower-case letters, digits and hyphens${kind === 'phase' ? ', as <roadmap>/<phase>' : ''}.\n${usage}`);
	process.exit(1);
}

const { content } = checkContent(contentDir);
const roadmapOfPhase = kind === 'phase' ? parts[0]! : undefined;
if (roadmapOfPhase && !content.roadmaps.some((r) => r.id === roadmapOfPhase)) {
	console.error(`No roadmap "${roadmapOfPhase}" in ${relative(process.cwd(), contentDir)}/roadmaps/. Create it first: npm run new -- roadmap ${roadmapOfPhase}`);
	process.exit(1);
}
// A new roadmap goes into the track named, else the first one (the home page's first section).
const track = values.track ?? [...content.tracks].sort((a, b) => a.data.order - b.data.order)[0]?.id;
if (kind === 'roadmap' && !track) {
	console.error(`No track in ${relative(process.cwd(), contentDir)}/tracks/, and every roadmap belongs to one. Create it first: npm run new -- track <id>`);
	process.exit(1);
}
const files = scaffold(kind as ScaffoldKind, id, {
	nextRoadmapOrder: Math.max(-1, ...content.roadmaps.map((r) => r.data.order)) + 1,
	nextPhaseOrder: Math.max(0, ...content.phases.filter((p) => p.roadmap === roadmapOfPhase).map((p) => p.data.order)) + 1,
	nextTrackOrder: Math.max(-1, ...content.tracks.map((t) => t.data.order)) + 1,
	roadmap: values.roadmap ?? content.roadmaps[0]?.id,
	track,
});
const clash = files.find((file) => existsSync(join(contentDir, file.path)));
if (clash || (kind === 'roadmap' && existsSync(join(contentDir, 'roadmaps', id)) && readdirSync(join(contentDir, 'roadmaps', id)).length > 0)) {
	console.error(`${relative(process.cwd(), join(contentDir, clash?.path ?? `roadmaps/${id}`))} already exists; nothing was written.`);
	process.exit(1);
}
for (const file of files) {
	const path = join(contentDir, file.path);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, file.text);
	console.log(`✔ wrote ${relative(process.cwd(), path)}`);
}
const written = new Set(files.map((f) => relative(process.cwd(), join(contentDir, f.path))));
const problems = checkContent(contentDir).problems.filter((p) => written.has(p.file));
for (const problem of problems) console.error(formatProblem(problem));
console.log(problems.length === 0 ? 'The skeleton is valid. Replace every TODO, then run npm run check:content.' : '');
process.exit(problems.length === 0 ? 0 : 1);
