import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { phaseSchema, roadmapSchema } from '../../schemas/roadmap.ts';
import { roleSchema } from '../../schemas/role.ts';
import { topicSchema } from '../../schemas/topic.ts';
import { trackSchema } from '../../schemas/track.ts';
import { placeholderProblems } from './placeholders.ts';
import { type FieldPattern, inlineMarkdownUrlProblems, PHASE_INLINE_MARKDOWN_FIELDS, ROADMAP_INLINE_MARKDOWN_FIELDS } from './inline-markdown-urls.ts';
import { type ContentSet, crossReferenceProblems, type InvalidEntry, invalidEntryTopicProblems, type UnloadedIds } from './cross-references.ts';
import { type ContentProblem, problemsFromZod, showValue } from './friendly-errors.ts';
import { MissingFrontmatterError, parseContentFile, type StoredYaml } from './frontmatter.ts';
import { type BodyCheck, checkBody, codeBlockLines } from './mdx-check.ts';
import { imageFileProblem } from './image-file.ts';
import type { FileMemo } from '../build/file-memo.ts';
import { fixMojibake, mojibakeScore } from './mojibake.ts';
import { slug } from '../../schemas/common.ts';

export interface CheckResult {
	problems: ContentProblem[];
	filesChecked: number;
	content: ContentSet;
}

/** Where a file that is not UTF-8 goes wrong, and why: UTF-16 (Windows "Unicode") or a legacy 8-bit encoding. */
function encodingProblem(bytes: Uint8Array): { line: number; message: string } {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return { line: 1, message: 'file is UTF-16 (its first bytes are a UTF-16 byte-order mark), not UTF-8' };
	}
	// The lenient decoder marks each invalid byte with U+FFFD; the first one is where the author should look.
	const lenient = new TextDecoder('utf-8').decode(bytes);
	const line = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))).split('\n').length;
	return { line, message: 'file is not valid UTF-8 (probably saved as Latin-1 or Windows-1252)' };
}

const YAML_FIX = 'check indentation, colons and quotes; quote strings that contain `: ` or start with a special character';
/** Fixes for YAML errors whose cause is certain, by the yaml library's error code. */
const YAML_FIXES: Record<string, string> = {
	DUPLICATE_KEY: 'a field may appear only once: delete or merge the repeated one',
	TAB_AS_INDENT: 'indent with spaces, not tabs',
};

const listDir = (dir: string) => {
	try {
		return readdirSync(dir).sort();
	} catch {
		return [];
	}
};

/** The file a body's image URL names, read as Astro reads it (decoded, relative to the body's file). */
function imageFilePath(file: string, url: string): string {
	const path = url.split(/[?#]/)[0]!;
	try {
		return resolve(dirname(file), decodeURI(path));
	} catch {
		return resolve(dirname(file), path);
	}
}

export interface CheckOptions {
	/** Whether to parse MDX bodies too; without them, only frontmatter and cross-references are checked. */
	bodies?: boolean;
	/** The body checks' problems from the run before, by file, position and body: a build parses only changed bodies. */
	bodyChecks?: FileMemo<BodyCheck>;
	/** YAML parsed by the run before (see parseContentFile): a build parses only changed frontmatter. */
	storedYaml?: FileMemo<StoredYaml>;
	/** Whether a `TODO` placeholder left by `npm run new` or `npm run import` is a problem: a draft may hold one, a build not. */
	placeholders?: boolean;
}

/**
 * Reads every file under the content folder and reports all problems in all files in one pass:
 * encoding, YAML syntax, schema, slugs, then cross-references between files.
 * Paths in problems are shown relative to `displayRoot`.
 */
export function checkContent(contentDir: string, displayRoot = process.cwd(), { bodies = true, bodyChecks, storedYaml, placeholders = false }: CheckOptions = {}): CheckResult {
	const problems: ContentProblem[] = [];
	const content: ContentSet = { roadmaps: [], phases: [], topics: [], roles: [], tracks: [] };
	const unloaded: Required<UnloadedIds> = { roadmaps: [], phases: [], topics: [], roles: [], tracks: [] };
	const invalid: InvalidEntry[] = [];
	let filesChecked = 0;
	const display = (path: string) => relative(displayRoot, path) || path;

	function load<T>(path: string, kind: 'mdx' | 'yaml', schema: z.ZodType<T>, id: string, inlineMarkdownFields: readonly FieldPattern[] = []) {
		filesChecked++;
		const file = display(path);
		const bytes = readFileSync(path);
		let text: string;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			problems.push({ file, ...encodingProblem(bytes), column: 1, field: '', fix: 're-save the file as UTF-8 (`npm run import` repairs legacy encodings)' });
			return undefined;
		}
		if (text.trim() === '') {
			problems.push({ file, line: 1, column: 1, field: '', message: 'file is empty', fix: `fill it in (\`npm run new\` writes a valid skeleton) or delete it` });
			return undefined;
		}
		let parsed;
		try {
			parsed = parseContentFile(text, kind, storedYaml);
		} catch (error) {
			if (!(error instanceof MissingFrontmatterError)) throw error;
			problems.push({ file, line: 1, column: 1, field: '', message: error.message, fix: error.fix });
			return undefined;
		}
		if (mojibakeScore(text) > 0) {
			// A code block shows text as a program printed it (a notebook's output of a data file): garbled characters
			// there are the data's, not a file saved in the wrong encoding.
			const verbatim = kind === 'mdx' ? codeBlockLines(parsed.body, parsed.bodyStartLine) : new Set<number>();
			const lines = text.split('\n').map((line, i) => (verbatim.has(i + 1) ? '' : line));
			const mojibake = mojibakeScore(lines.join('\n'));
			if (mojibake > 0) {
				const index = Math.max(0, lines.findIndex((l) => mojibakeScore(l) > 0));
				const garbled = lines[index]!.trim();
				// Showing the repaired line tells the author what the garbled characters were meant to be.
				const repaired = fixMojibake(garbled);
				const retype = repaired.encoding ? `retype the line as: ${repaired.text}` : 'retype the garbled characters';
				problems.push({ file, line: index + 1, column: 1, field: '', message: `text looks like mojibake (UTF-8 decoded as cp1252 or Mac Roman, ${mojibake} telltale sequences)`, got: showValue(garbled), fix: `${retype} (or run \`npm run import -- <original file>\`)` });
			}
		}
		for (const syntax of parsed.syntaxErrors) {
			problems.push({ file, ...syntax.position, field: '', message: `YAML syntax error: ${syntax.message}`, fix: YAML_FIXES[syntax.code] ?? YAML_FIX });
		}
		if (kind === 'mdx' && bodies) {
			const check = () => checkBody(parsed.body, file, parsed.bodyStartLine);
			const body = bodyChecks ? bodyChecks.get(`${file}\0${parsed.bodyStartLine}\0${parsed.body}`, check) : check();
			problems.push(...body.problems);
			for (const image of body.localImages) {
				const found = imageFileProblem(imageFilePath(path, image.url));
				if (found) problems.push({ file, line: image.line, column: image.column, field: '(body)', ...found, got: image.url });
			}
		}
		if (parsed.syntaxErrors.length > 0) return undefined;
		problems.push(...inlineMarkdownUrlProblems(parsed.data, inlineMarkdownFields, file, parsed.positionOf));
		if (placeholders) problems.push(...placeholderProblems(parsed.data, file, parsed.positionOf));
		const idCheck = slug.safeParse(id);
		if (!idCheck.success) {
			problems.push({ file, line: 1, column: 1, field: '(file name)', message: `ID "${id}" ${idCheck.error.issues[0]!.message}`, got: JSON.stringify(id), fix: 'rename the file or folder' });
		}
		const result = schema.safeParse(parsed.data);
		if (!result.success) {
			problems.push(...problemsFromZod(result.error, parsed.data, schema, file, parsed.positionOf));
			// Its topic references are still checked, so that one run reports everything wrong with the file.
			invalid.push({ id, file, data: parsed.data, positionOf: parsed.positionOf });
			return undefined;
		}
		return { id, file, data: result.data, positionOf: parsed.positionOf };
	}

	const roadmapsDir = join(contentDir, 'roadmaps');
	for (const roadmapId of listDir(roadmapsDir)) {
		const dir = join(roadmapsDir, roadmapId);
		if (!statSync(dir).isDirectory()) continue;
		const files = listDir(dir).filter((f) => f.endsWith('.mdx'));
		if (!files.includes('index.mdx')) {
			problems.push({ file: display(dir), line: 1, column: 1, field: '', message: 'roadmap folder has no index.mdx', fix: `add ${display(join(dir, 'index.mdx'))} (\`npm run new -- roadmap ${roadmapId}\`)` });
			unloaded.roadmaps.push(roadmapId);
		}
		for (const name of files) {
			const path = join(dir, name);
			if (name === 'index.mdx') {
				const entry = load(path, 'mdx', roadmapSchema, roadmapId, ROADMAP_INLINE_MARKDOWN_FIELDS);
				if (entry) content.roadmaps.push(entry);
				else unloaded.roadmaps.push(roadmapId);
			} else {
				const entry = load(path, 'mdx', phaseSchema, name.replace(/\.mdx$/, ''), PHASE_INLINE_MARKDOWN_FIELDS);
				if (entry) content.phases.push({ ...entry, roadmap: roadmapId });
				else unloaded.phases.push(`${roadmapId}/${name.replace(/\.mdx$/, '')}`);
			}
		}
	}
	const loadYamlFolder = <T>(folder: 'topics' | 'roles' | 'tracks', schema: z.ZodType<T>) =>
		listDir(join(contentDir, folder))
			.filter((f) => f.endsWith('.yaml'))
			.flatMap((name) => {
				const id = name.replace(/\.yaml$/, '');
				const entry = load(join(contentDir, folder, name), 'yaml', schema, id);
				if (!entry) unloaded[folder].push(id);
				return entry ? [entry] : [];
			});
	content.topics.push(...loadYamlFolder('topics', topicSchema));
	content.roles.push(...loadYamlFolder('roles', roleSchema));
	content.tracks.push(...loadYamlFolder('tracks', trackSchema));
	for (const roadmap of content.roadmaps) {
		if (!existsSync(join(contentDir, 'sources', roadmap.data.source.file))) {
			problems.push({ file: roadmap.file, ...(roadmap.positionOf?.(['source', 'file']) ?? { line: 1, column: 1 }), field: 'source.file', message: 'original document not found', got: JSON.stringify(roadmap.data.source.file), fix: `put the document in ${display(join(contentDir, 'sources'))}/ or correct the file name` });
		}
	}
	problems.push(...crossReferenceProblems(content, unloaded), ...invalidEntryTopicProblems(invalid, content, unloaded));
	return { problems, filesChecked, content };
}
