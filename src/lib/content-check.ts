import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { phaseSchema, roadmapSchema } from '../schemas/roadmap.ts';
import { roleSchema } from '../schemas/role.ts';
import { topicSchema } from '../schemas/topic.ts';
import { type ContentSet, crossReferenceProblems } from './cross-references.ts';
import { type ContentProblem, problemsFromZod } from './friendly-errors.ts';
import { MissingFrontmatterError, parseContentFile } from './frontmatter.ts';
import { mdxProblems } from './mdx-check.ts';
import { mojibakeScore } from './mojibake.ts';
import { slug } from '../schemas/common.ts';

export interface CheckResult {
	problems: ContentProblem[];
	filesChecked: number;
	content: ContentSet;
}

const listDir = (dir: string) => {
	try {
		return readdirSync(dir).sort();
	} catch {
		return [];
	}
};

/**
 * Reads every file under the content folder and reports all problems in all files in one pass:
 * encoding, YAML syntax, schema, slugs, then cross-references between files.
 * Paths in problems are shown relative to `displayRoot`.
 */
export function checkContent(contentDir: string, displayRoot = process.cwd()): CheckResult {
	const problems: ContentProblem[] = [];
	const content: ContentSet = { roadmaps: [], phases: [], topics: [], roles: [] };
	let filesChecked = 0;
	const display = (path: string) => relative(displayRoot, path) || path;

	function load<T>(path: string, kind: 'mdx' | 'yaml', schema: z.ZodType<T>, id: string) {
		filesChecked++;
		const file = display(path);
		const bytes = readFileSync(path);
		let text: string;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			problems.push({ file, line: 1, column: 1, field: '', message: 'file is not valid UTF-8', fix: 're-save the file as UTF-8 (`npm run import` repairs legacy encodings)' });
			return undefined;
		}
		if (text.trim() === '') {
			problems.push({ file, line: 1, column: 1, field: '', message: 'file is empty', fix: `fill it in (\`npm run new\` writes a valid skeleton) or delete it` });
			return undefined;
		}
		const mojibake = mojibakeScore(text);
		if (mojibake > 0) {
			const line = text.split('\n').findIndex((l) => mojibakeScore(l) > 0) + 1;
			problems.push({ file, line, column: 1, field: '', message: `text looks like mojibake (UTF-8 decoded as cp1252 or Mac Roman, ${mojibake} telltale sequences)`, fix: 'run `npm run import -- <original file>` to repair it, or retype the garbled characters' });
		}
		let parsed;
		try {
			parsed = parseContentFile(text, kind);
		} catch (error) {
			if (!(error instanceof MissingFrontmatterError)) throw error;
			problems.push({ file, line: 1, column: 1, field: '', message: error.message, fix: 'start the file with `---`, the fields, and `---`' });
			return undefined;
		}
		for (const syntax of parsed.syntaxErrors) {
			problems.push({ file, ...syntax.position, field: '', message: `YAML syntax error: ${syntax.message}`, fix: 'check indentation, colons and quotes; quote strings that contain `: ` or start with a special character' });
		}
		if (kind === 'mdx') problems.push(...mdxProblems(parsed.body, file, parsed.bodyStartLine));
		if (parsed.syntaxErrors.length > 0) return undefined;
		const idCheck = slug.safeParse(id);
		if (!idCheck.success) {
			problems.push({ file, line: 1, column: 1, field: '(file name)', message: `ID "${id}" ${idCheck.error.issues[0]!.message}`, got: JSON.stringify(id), fix: 'rename the file or folder' });
		}
		const result = schema.safeParse(parsed.data);
		if (!result.success) {
			problems.push(...problemsFromZod(result.error, parsed.data, schema, file, parsed.positionOf));
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
		}
		for (const name of files) {
			const path = join(dir, name);
			if (name === 'index.mdx') {
				const entry = load(path, 'mdx', roadmapSchema, roadmapId);
				if (entry) content.roadmaps.push(entry);
			} else {
				const entry = load(path, 'mdx', phaseSchema, name.replace(/\.mdx$/, ''));
				if (entry) content.phases.push({ ...entry, roadmap: roadmapId });
			}
		}
	}
	for (const name of listDir(join(contentDir, 'topics')).filter((f) => f.endsWith('.yaml'))) {
		const entry = load(join(contentDir, 'topics', name), 'yaml', topicSchema, name.replace(/\.yaml$/, ''));
		if (entry) content.topics.push(entry);
	}
	for (const name of listDir(join(contentDir, 'roles')).filter((f) => f.endsWith('.yaml'))) {
		const entry = load(join(contentDir, 'roles', name), 'yaml', roleSchema, name.replace(/\.yaml$/, ''));
		if (entry) content.roles.push(entry);
	}
	for (const roadmap of content.roadmaps) {
		if (!existsSync(join(contentDir, 'sources', roadmap.data.source.file))) {
			problems.push({ file: roadmap.file, ...(roadmap.positionOf?.(['source', 'file']) ?? { line: 1, column: 1 }), field: 'source.file', message: 'original document not found', got: JSON.stringify(roadmap.data.source.file), fix: `put the document in ${display(join(contentDir, 'sources'))}/ or correct the file name` });
		}
	}
	problems.push(...crossReferenceProblems(content));
	return { problems, filesChecked, content };
}
