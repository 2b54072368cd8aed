/**
 * Turns a Markdown learning plan into a roadmap folder: index.mdx for the overview and one MDX file per phase,
 * with the frontmatter the text supports and a list of what the author still has to fill in. Pure: the caller
 * reads and writes files (see run.ts).
 */
import type { Duration } from '../../schemas/common.ts';
import type { PhaseData } from '../../schemas/roadmap.ts';
import { mdxProblems } from '../mdx-check.ts';
import { fixMojibake, type LegacyEncoding, mojibakeScore } from '../mojibake.ts';
import { type Commitment, parseCommitment, parseDuration } from './durations.ts';
import { escapeAllAngles, escapeMdx, normalizeHeadings, unlinkRelative } from './escape-mdx.ts';
import { toMdx } from './frontmatter.ts';
import { headingOf, indentOf, isEmptyish, LIST_ITEM, scanLines, stripEmoji, stripEmphasis, tidyLines } from './lines.ts';
import { extractFields, parseTitleLine } from './phase-fields.ts';
import { longSlug, shortSlug, slugify, uniqueSlug } from './slugs.ts';
import { type Split, type SplitUnit, splitPhases, type UnitWord } from './split-phases.ts';
import { suggestTopics, type TopicName } from './topics.ts';

export { parseDuration, parseHoursPerDay, parseCommitment } from './durations.ts';
export { escapeMdx, unlinkRelative, normalizeHeadings } from './escape-mdx.ts';
export { splitPhases } from './split-phases.ts';
export type { TopicName } from './topics.ts';

export interface ImportOptions {
	/** Name of the file being imported ("003_x.txt"); the source copy is `<name without extension>.md`. */
	fileName: string;
	/** Roadmap ID; by default a slug of the title (or of the file name when the document has no title). */
	id?: string | undefined;
	/** The roadmap's `order` on the home page. */
	order: number;
	/** Topics of the taxonomy, for suggestions. */
	topics?: readonly TopicName[];
}

export interface ImportedFile {
	/** Path relative to the content folder, e.g. "roadmaps/full-time/index.mdx". */
	path: string;
	text: string;
}

/** Something the importer could not take from the text, for the author to fill in or check. */
export interface ToFill {
	/** Path relative to the content folder. */
	file: string;
	field: string;
	note: string;
	/** Optional fields are worth considering; the others the author must fill in before publishing. */
	optional?: boolean;
}

export interface ImportedPhase {
	id: string;
	data: Record<string, unknown>;
	body: string;
}

export interface ImportResult {
	roadmapId: string;
	/** Encoding whose mojibake was repaired, and how many telltale sequences the text had. */
	repaired: { encoding: LegacyEncoding; sequences: number } | null;
	/** The repaired document, as copied to sources/. */
	text: string;
	sourceFile: string;
	/** How the phases were recognised. */
	pattern: string;
	roadmap: Record<string, unknown>;
	phases: ImportedPhase[];
	files: ImportedFile[];
	toFill: ToFill[];
	/** Topic IDs whose names appear in each phase's text (not written). */
	suggestions: Array<{ phase: string; topics: string[] }>;
	/** Other things worth knowing: links turned into text, bodies whose HTML had to be escaped. */
	notes: string[];
}

export class ImportError extends Error {}

const TITLE_TODO = 'TODO: the roadmap title (the source has no # heading)';
const SOURCE_TITLE_TODO = 'TODO: how the original document is titled';
const SUMMARY_TODO = 'TODO: one or two sentences describing what the source covers.';

const KIND_OF: Record<UnitWord, PhaseData['kind']> = { phase: 'phase', month: 'month', week: 'week', step: 'step', stage: 'stage', module: 'module', day: 'step' };
const CALENDAR: Partial<Record<UnitWord, Duration['unit']>> = { day: 'day', week: 'week', month: 'month' };

function kindOf(unit: SplitUnit): PhaseData['kind'] {
	const { word, extra } = unit.label;
	// "PHASE 1 (Month 1)": a phase that is one calendar month is a month.
	const single = extra && /^\(\s*(month|week)\s+\d+\s*\)$/i.exec(extra);
	if (single) return single[1]!.toLowerCase() as PhaseData['kind'];
	return word ? KIND_OF[word] : 'step';
}

/** What the label itself says about length: "Month 3" is a month, "Week 1-2" two weeks, "(Month 1)" a month. */
function labelDuration(unit: SplitUnit): Duration | null {
	const { word, number, numberTo, extra } = unit.label;
	const fromExtra = extra ? parseDuration(extra) : null;
	if (fromExtra) return fromExtra;
	const calendar = word ? CALENDAR[word] : undefined;
	if (!calendar) return null;
	const count = (numberTo ?? number) - number + 1;
	return count > 0 ? { min: count, max: count, unit: calendar } : null;
}

/** "Time Estimate: 1-3 months" and "Key Topics: …" on consecutive lines were separate lines in the source. */
function separateFieldLines(lines: readonly string[]): string[] {
	const FIELD = /^[A-Z][\w ./&()'-]{0,40}:\s+\S/;
	const plainLine = (l: string) => !isEmptyish(l) && !LIST_ITEM.test(l) && !/^\s*(?:#|>|\||`{3}|~{3})/.test(l) && indentOf(l) < 4;
	const out: string[] = [];
	lines.forEach((line, i) => {
		const previous = lines[i - 1];
		if (previous !== undefined && plainLine(previous) && plainLine(line) && FIELD.test(previous) && FIELD.test(line)) out.push('');
		out.push(line);
	});
	return out;
}

/** Drops headings whose sections are empty (their content became phases), innermost first. */
function dropEmptyHeadings(lines: readonly string[]): string[] {
	let current = [...lines];
	for (let changed = true; changed; ) {
		changed = false;
		const scanned = scanLines(current.join('\n'));
		for (let i = scanned.length - 1; i >= 0; i--) {
			const heading = headingOf(scanned[i]!);
			if (!heading) continue;
			let j = i + 1;
			while (j < scanned.length && !headingOf(scanned[j]!) && isEmptyish(scanned[j]!.text)) j++;
			const next = j < scanned.length ? headingOf(scanned[j]!) : null;
			if (j === scanned.length || (next && next.level <= heading.level)) {
				current.splice(i, 1);
				changed = true;
				break;
			}
		}
	}
	return current;
}

/** Turns body lines into safe MDX: tidy, headings from `##`, relative links as text, MDX characters escaped. */
function toBody(lines: readonly string[], file: string, notes: string[]): string {
	const tidy = tidyLines(normalizeHeadings(tidyLines([...lines])));
	const { text, references } = unlinkRelative(tidy.join('\n'));
	for (const reference of references) notes.push(`${file}: the link to "${reference}" is now plain text (that file is not part of the site)`);
	let body = escapeMdx(text);
	if (mdxProblems(body, file, 1).length > 0) {
		body = escapeMdx(escapeAllAngles(text));
		notes.push(`${file}: HTML in the text could not be read as MDX, so it is shown as text`);
	}
	return body;
}

function stripFileExtension(name: string): string {
	return name.replace(/\.[^./\\]+$/, '');
}

export function importMarkdown(input: string, options: ImportOptions): ImportResult {
	const sequences = mojibakeScore(input);
	const fixed = fixMojibake(input);
	const text = fixed.text.replace(/^\uFEFF/, '');
	const split: Split = splitPhases(text.replace(/\r\n?/g, '\n'));
	if (split.units.length === 0) {
		throw new ImportError(
			'no phases found: the importer looks for repeated headings such as "## Phase 1: …", "### Month 1: …", "#### Week 1: …" or "## Step 1: …", or numbered list items that state a duration ("1. **Programming** = 4 - 6 months", or "1. Title" with an indented "Time Estimate: 1-3 months")',
		);
	}
	const lines = split.lines.map((l) => l.text);
	const sourceFile = `${stripFileExtension(options.fileName)}.md`;
	const notes: string[] = [];
	const toFill: ToFill[] = [];

	const heading = split.title ? stripEmphasis(split.title.text) : null;
	const title = heading ? stripEmoji(heading) || heading : TITLE_TODO;
	const roadmapId = options.id ?? (slugify(heading ? title : stripFileExtension(options.fileName)) || 'imported-roadmap');
	const dir = `roadmaps/${roadmapId}`;
	const indexFile = `${dir}/index.mdx`;

	// Groups: the numbered headings the units sit under.
	const groupIds = new Set<string>();
	const droppedLines = new Set<number>();
	if (split.title) droppedLines.add(split.title.line);
	const inUnit = (line: number) => split.units.some((u) => line >= u.start && line < u.end);
	const groups = split.groups.map((group) => {
		const parsed = parseTitleLine(group.label.word ? group.heading : group.label.rest);
		const own = lines.slice(group.line + 1, group.end).map((text, k) => ({ text, line: group.line + 1 + k })).filter((l) => !inUnit(l.line));
		const firstUnit = split.units.find((u) => u.start > group.line)!.start;
		const intro = own.filter((l) => l.line < firstUnit);
		const fields = extractFields(intro.map((l) => l.text));
		const duration = parsed.duration ?? intro.map((l) => parseTitleLine(l.text).duration).find((d) => d !== null) ?? undefined;
		const goalLine = fields.goal === undefined ? undefined : intro.find((l) => !fields.body.includes(l.text))?.line;
		const rest = own.filter((l) => l.line !== goalLine && !isEmptyish(l.text));
		if (rest.length === 0) {
			droppedLines.add(group.line);
			if (goalLine !== undefined) droppedLines.add(goalLine);
		}
		const bare = group.label.word ? parseTitleLine(group.label.rest).title : parsed.title;
		const id = uniqueSlug([shortSlug(bare), longSlug(bare)], groupIds, `group-${group.label.number}`);
		return {
			id,
			title: parsed.title,
			...(fields.goal ? { summary: fields.goal } : {}),
			...(duration ? { duration } : {}),
		};
	});
	groups.forEach((group, i) => {
		if (!group.summary) toFill.push({ file: indexFile, field: `groups[${i}].summary`, note: `the text introducing "${group.title}"`, optional: true });
	});

	// Phases.
	const taken = new Set(['index', 'print']);
	const topics = options.topics ?? [];
	const suggestions: ImportResult['suggestions'] = [];
	const phases: ImportedPhase[] = split.units.map((unit, i) => {
		const titleLine = parseTitleLine(unit.rawTitle);
		const kind = kindOf(unit);
		const phaseTitle = titleLine.title || unit.label.text;
		const label = [unit.label.text, titleLine.labelSuffix].filter(Boolean).join(' ');
		const fields = extractFields([...(titleLine.leftover ? [titleLine.leftover, ''] : []), ...unit.body]);
		const duration = titleLine.duration ?? fields.duration ?? labelDuration(unit);
		const id = uniqueSlug([shortSlug(phaseTitle), longSlug(phaseTitle)], taken, `${kind}-${unit.label.number}`);
		const file = `${dir}/${id}.mdx`;
		const body = toBody(separateFieldLines(fields.body), file, notes);
		const projects = fields.projects.filter((p) => p.title).map((p) => (p.details?.length ? p : { title: p.title }));
		const data: Record<string, unknown> = {
			title: phaseTitle,
			label,
			order: i + 1,
			kind,
			...(unit.group !== undefined ? { group: groups[unit.group]!.id } : {}),
			duration,
			...(fields.hoursPerDay ? { hoursPerDay: fields.hoursPerDay } : {}),
			...(fields.priority ? { priority: fields.priority } : {}),
			...(fields.priorityNote ? { priorityNote: fields.priorityNote } : {}),
			...(titleLine.status ? { status: titleLine.status } : {}),
			...(fields.goal ? { goal: fields.goal } : {}),
			topics: [],
			...(projects.length ? { projects } : {}),
			...(fields.outcomes.length ? { outcomes: fields.outcomes.filter(Boolean) } : {}),
			...(fields.resources.length ? { resources: fields.resources.filter(Boolean) } : {}),
		};
		if (!titleLine.title) toFill.push({ file, field: 'title', note: `the source gives only "${unit.label.text}"` });
		if (duration === null) toFill.push({ file, field: 'duration', note: 'the source states no duration for this phase (null is shown as "unknown")', optional: true });
		toFill.push({ file, field: 'topics', note: 'IDs from content/topics/ that this phase teaches' });
		for (const note of titleLine.notes) toFill.push({ file, field: 'status', note, optional: true });
		const text = [phaseTitle, fields.goal ?? '', body, ...projects.map((p) => p.title), ...fields.outcomes, ...fields.resources].join('\n');
		suggestions.push({ phase: id, topics: suggestTopics(text, topics) });
		return { id, data, body };
	});

	// The overview: everything that is not a phase, without the title and the headings phases or groups replaced.
	const indexLines = dropEmptyHeadings(lines.filter((_, i) => !inUnit(i) && !droppedLines.has(i)));
	const commitment: Commitment = parseCommitment(indexLines.filter((l) => !headingOf({ text: l, inFence: false })));
	const declared = (heading ? parseDuration(heading) : null) ?? (split.container ? parseDuration(split.container.text) : null);
	const roadmap: Record<string, unknown> = {
		title,
		summary: SUMMARY_TODO,
		order: options.order,
		source: { file: sourceFile, title: heading ?? SOURCE_TITLE_TODO },
		...(Object.keys(commitment).length > 0 ? { commitment } : {}),
		duration: declared,
		...(groups.length > 0 ? { groups } : {}),
	};
	const indexBody = toBody(indexLines, indexFile, notes);
	if (!heading) {
		toFill.push({ file: indexFile, field: 'title', note: 'the source has no # heading: give the roadmap a short faithful title' });
		toFill.push({ file: indexFile, field: 'source.title', note: 'how the original document is referred to' });
	}
	toFill.unshift({ file: indexFile, field: 'summary', note: 'one or two sentences for cards, search results and link previews' });
	if (!declared) toFill.push({ file: indexFile, field: 'duration', note: 'the source declares no total duration; null makes the site sum the phases', optional: true });
	toFill.push({ file: indexFile, field: 'stacks', note: 'languages, frameworks and stacks the roadmap uses', optional: true });
	toFill.push({ file: indexFile, field: 'level / audience', note: 'only if the source says who it is for', optional: true });

	// The overview's items first, then each phase's, in phase order.
	const rank = new Map([indexFile, ...phases.map((p) => `${dir}/${p.id}.mdx`)].map((file, i) => [file, i]));
	toFill.sort((a, b) => (rank.get(a.file) ?? 0) - (rank.get(b.file) ?? 0));

	const files: ImportedFile[] = [
		{ path: `sources/${sourceFile}`, text: fixed.text },
		{ path: indexFile, text: toMdx(roadmap, indexBody) },
		...phases.map((phase) => ({ path: `${dir}/${phase.id}.mdx`, text: toMdx(phase.data, phase.body) })),
	];
	return {
		roadmapId,
		repaired: fixed.encoding ? { encoding: fixed.encoding, sequences } : null,
		text: fixed.text,
		sourceFile,
		pattern: split.pattern,
		roadmap,
		phases,
		files,
		toFill,
		suggestions,
		notes,
	};
}
