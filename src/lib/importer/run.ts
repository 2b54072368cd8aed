/**
 * `npm run import -- <file.md> [--id <roadmap-id>] [--out <content dir>] [--force]`: reads a Markdown plan,
 * writes a roadmap folder, checks it and says what is left to fill in. Returns the exit code.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { slug } from '../../schemas/common.ts';
import { checkContent } from '../content-check.ts';
import { formatProblem } from '../friendly-errors.ts';
import { decodeBytes } from './decode.ts';
import { ImportError, importMarkdown, type ImportResult } from './index.ts';

export const USAGE = 'usage: npm run import -- <file.md> [--id <roadmap-id>] [--out <content dir>] [--force]';

export interface Io {
	log: (line: string) => void;
	error: (line: string) => void;
}

const ENCODING_NAMES = { cp1252: 'cp1252 (Windows Latin-1)', 'mac-roman': 'Mac Roman' } as const;

export function runImport(argv: readonly string[], cwd = process.cwd(), io: Io = { log: console.log, error: console.error }): number {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			allowPositionals: true,
			options: { id: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
		});
	} catch (error) {
		io.error(`${(error as Error).message}\n${USAGE}`);
		return 1;
	}
	const { positionals, values } = parsed;
	if (values.help) {
		io.log(USAGE);
		return 0;
	}
	if (positionals.length !== 1) {
		io.error(USAGE);
		return 1;
	}
	const input = resolve(cwd, positionals[0]!);
	const out = resolve(cwd, values.out ?? 'content');
	// Paths as checkContent shows them (relative to cwd), and as people read them (absolute when outside cwd).
	const show = (path: string) => relative(cwd, path) || path;
	const pretty = (path: string) => (show(path).startsWith('..') ? path : show(path));
	if (!existsSync(input)) {
		io.error(`${pretty(input)} does not exist.\n${USAGE}`);
		return 1;
	}
	if (values.id !== undefined && !slug.safeParse(values.id).success) {
		io.error(`--id "${values.id}" is not a valid ID: use lower-case letters, digits and single hyphens, at most 48 characters (e.g. "full-time").`);
		return 1;
	}

	const decoded = decodeBytes(readFileSync(input));
	const existing = checkContent(out, cwd).content;
	const orderOf = (id: string) => existing.roadmaps.find((r) => r.id === id)?.data.order;
	const nextOrder = Math.max(-1, ...existing.roadmaps.map((r) => r.data.order)) + 1;
	let result: ImportResult;
	try {
		const options = { fileName: basename(input), id: values.id, order: nextOrder, topics: existing.topics.map((t) => ({ id: t.id, name: t.data.name, aliases: t.data.aliases })) };
		result = importMarkdown(decoded.text, options);
		// Replacing a roadmap keeps its place on the home page.
		const previousOrder = orderOf(result.roadmapId);
		if (values.force && previousOrder !== undefined && previousOrder !== nextOrder) result = importMarkdown(decoded.text, { ...options, order: previousOrder });
	} catch (error) {
		if (!(error instanceof ImportError)) throw error;
		io.error(`✖ ${pretty(input)}: ${error.message}. Nothing was written.`);
		return 1;
	}

	const roadmapDir = join(out, 'roadmaps', result.roadmapId);
	const sourcePath = join(out, 'sources', result.sourceFile);
	if (!values.force) {
		if (existsSync(roadmapDir) && readdirSync(roadmapDir).length > 0) {
			io.error(`✖ ${pretty(roadmapDir)}/ already exists; nothing was written. Re-run with --force to replace its files, or choose another ID with --id <roadmap-id>.`);
			return 1;
		}
		if (existsSync(sourcePath) && readFileSync(sourcePath, 'utf8') !== result.text) {
			io.error(`✖ ${pretty(sourcePath)} already exists with different text; nothing was written. Re-run with --force to replace it.`);
			return 1;
		}
	}

	io.log(`Importing ${pretty(input)} as roadmap "${result.roadmapId}"`);
	if (decoded.decodedAs) io.log(`  Encoding: the file is not UTF-8; it was read as ${decoded.decodedAs}.`);
	if (result.repaired) {
		io.log(`  Mojibake repaired: the text was UTF-8 misread as ${ENCODING_NAMES[result.repaired.encoding]} (${result.repaired.sequences} garbled sequences fixed). The repaired text is what was copied to sources/.`);
	}
	io.log(`  ${result.phases.length} phases, split at ${result.pattern}`);

	// Replacing: files of the previous import that this one does not write would linger as stray phases.
	if (values.force && existsSync(roadmapDir)) {
		for (const name of readdirSync(roadmapDir)) if (name.endsWith('.mdx')) rmSync(join(roadmapDir, name));
	}
	io.log('\nFiles written:');
	const written = new Set<string>();
	for (const file of result.files) {
		const path = join(out, file.path);
		if (existsSync(path) && readFileSync(path, 'utf8') === file.text) {
			io.log(`  ${pretty(path)} (unchanged)`);
		} else {
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, file.text);
			io.log(`  ${pretty(path)}`);
		}
		written.add(show(path));
	}

	const problems = checkContent(out, cwd).problems.filter((p) => written.has(p.file) || p.file === show(roadmapDir));
	io.log(problems.length === 0 ? '\n✔ The written files pass every content check.' : `\n✖ ${problems.length} problem${problems.length === 1 ? '' : 's'} in the written files:`);
	for (const problem of problems) io.error(`  ${formatProblem(problem)}`);

	const suggested = result.suggestions.filter((s) => s.topics.length > 0);
	if (suggested.length > 0) {
		io.log('\nTopic suggestions (names found in the text; not written — copy the ones that fit into `topics:`):');
		for (const s of suggested) io.log(`  ${s.phase}: [${s.topics.join(', ')}]`);
	}
	const fileOf = (path: string) => pretty(join(out, path));
	const required = result.toFill.filter((t) => !t.optional);
	const optional = result.toFill.filter((t) => t.optional);
	io.log('\nYou still need to fill in:');
	for (const t of required) io.log(`  ${fileOf(t.file)}  ${t.field}: ${t.note}`);
	if (optional.length > 0) {
		io.log('\nWorth checking (optional):');
		for (const t of optional) io.log(`  ${fileOf(t.file)}  ${t.field}: ${t.note}`);
	}
	if (result.notes.length > 0) {
		io.log('\nNotes:');
		for (const note of result.notes) io.log(`  ${note.replace(/^roadmaps\//, `${pretty(join(out, 'roadmaps'))}/`)}`);
	}
	io.log(`\nAfter editing, check again with: ${values.out ? `WAYMARK_CONTENT_DIR=${pretty(out)} ` : ''}npm run check:content`);
	return problems.length === 0 ? 0 : 1;
}
