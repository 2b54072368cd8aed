/**
 * Plans often write their units as bold lines instead of headings ("**Week 1: HTML & CSS**" on a line of its own), or
 * as plain lines over their lists ("Day 1" or "Module 1 — Les bases du web" over "- Séance 1 : …"). Such a line, when
 * the same unit word repeats like unit headings do, becomes a heading one level below the section it is in, so that
 * the heading rules read it as what it is. A collapsible section folding headings becomes a
 * heading above them likewise (promoteFoldedSections).
 */
import type { Heading, Paragraph, Root, RootContent, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { htmlScanner } from '../../html/scan.ts';
import { type CalendarDate, DATED_WORD, termWeeks, weekOfDates } from '../dates.ts';
import { htmlFolds } from '../markdown/html-folds.ts';
import type { ImportNote } from '../markdown/notes.ts';
import { labelOf, parseUnitLabel, type UnitLabel, wordKey } from './label.ts';

/** A paragraph that is one bold span (blank text around it aside). */
export function boldLine(node: Paragraph): boolean {
	const content = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
	return content.length === 1 && content[0]!.type === 'strong';
}

/**
 * A paragraph of one plain line that opens with a unit word and its number ("Day 1", "Module 2 — Frontend (4
 * séances)"): not a sentence, nor a link, which other rules read.
 */
function plainLabelLine(node: Paragraph): UnitLabel | null {
	if (!titleLine(node)) return null;
	const line = toString(node).trim();
	const label = parseUnitLabel(line);
	return label?.kind && line.endsWith(label.rest.trim()) ? label : null;
}

/** A paragraph of one short plain line that is no sentence and no link: a title, where a list follows it. */
function titleLine(node: RootContent): node is Paragraph {
	if (node.type !== 'paragraph') return false;
	const line = toString(node).trim();
	return !line.includes('\n') && line.length <= 100 && !/[.。!?！？]$/.test(line) && !node.children.some((c) => c.type === 'link');
}

export function promotePseudoHeadings(tree: Root): void {
	// Plain lines count only where no heading is a unit's already: in a plan of unit headings, "Step 1: …" is text.
	const labelledHeadings = tree.children.some((node) => node.type === 'heading' && node.depth > 1 && parseUnitLabel(toString(node))?.word);
	const candidates = tree.children.flatMap((node, index) => {
		if (node.type !== 'paragraph') return [];
		const label = boldLine(node) ? parseUnitLabel(toString(node)) : labelledHeadings ? null : plainLabelLine(node);
		return label?.word ? [{ index, label, plain: !boldLine(node) }] : [];
	});
	// Plain lines, three or more, number their units in order, as headings need not; a number written twice running
	// (a log's "Day 63" entered again) is still in order, so long as the numbers rise.
	const numbered = (r: typeof candidates) => !r.some((c) => c.plain) || (r.length >= 3 && r.at(-1)!.label.number > r[0]!.label.number && r.every((c, k) => k === 0 || c.label.number >= r[k - 1]!.label.number));
	const run = [...Map.groupBy(candidates, (c) => wordKey(c.label)).values()]
		.filter((r) => (r[0]!.label.kind ? r.length >= 2 : r.length >= 3) && numbered(r))
		.sort((a, b) => b.length - a.length)[0];
	if (!run) return;
	// Depths from the headings the author wrote, before any bold line becomes one.
	const depths = run.map(({ index }) => Math.min(6, (tree.children.slice(0, index).findLast((n): n is Heading => n.type === 'heading')?.depth ?? 1) + 1));
	for (const [k, { index, plain }] of run.entries()) {
		const paragraph = tree.children[index] as Paragraph;
		// A plain line keeps all it says, its bold words too ("**Weeks 1-2 track**: Introduction to Web Design").
		const strong = plain ? undefined : paragraph.children.find((c) => c.type === 'strong');
		const children = strong?.type === 'strong' ? strong.children : paragraph.children;
		const heading: Heading = { type: 'heading', depth: depths[k] as Heading['depth'], children, ...(paragraph.position ? { position: paragraph.position } : {}) };
		tree.children[index] = heading;
	}
	if (!run.every((c) => c.plain)) {
		closingSections(tree, run.map((c) => c.index), depths);
		return;
	}
	// After plain unit lines, a plain line over a list ("Ressources recommandées", "Évaluation") is a section beside them,
	// not the last unit's text.
	const depth = depths.at(-1)!;
	for (let index = run.at(-1)!.index + 1; index < tree.children.length - 1 && tree.children[index]!.type !== 'heading'; index++) {
		const node = tree.children[index]!;
		if (titleLine(node) && tree.children[index + 1]!.type === 'list') tree.children[index] = { type: 'heading', depth: depth as Heading['depth'], children: node.children, ...(node.position ? { position: node.position } : {}) };
	}
}

/** The bold words a paragraph opens with and the text after them, a colon between them dropped ("**Daily Practice**: …"). */
function boldLead(node: RootContent): { lead: Strong['children']; text: Paragraph['children'] } | null {
	if (node.type !== 'paragraph' || node.children[0]?.type !== 'strong') return null;
	const [strong, ...text] = node.children;
	const lead = structuredClone(strong.children);
	const last = lead.at(-1);
	if (last?.type === 'text') last.value = last.value.replace(/\s*[:：]\s*$/, '');
	const first = text[0];
	if (first?.type === 'text') text[0] = { ...first, value: first.value.replace(/^\s*[:：]?\s*/, '') };
	return { lead, text: text.filter((c) => !(c.type === 'text' && c.value === '')) };
}

/**
 * Bold unit lines, each section of the author's headings holding some: a paragraph led by the same bold words
 * ("**Daily Practice**: …") closing two sections or more of two unit lines or more, after their last unit line, while
 * no bold-led paragraph stands between unit lines, is a standing part of those sections beside their units, not the
 * last unit's text (as a heading at the units' level after the last unit is): it becomes a heading at the units' depth
 * over its text.
 */
function closingSections(tree: Root, unitLines: readonly number[], depths: readonly number[]): void {
	// The unit lines are headings by now: a unit ends at the next heading of its depth or above.
	const nextHeading = (from: number, depth = 6) => {
		const at = tree.children.findIndex((n, i) => i > from && n.type === 'heading' && n.depth <= depth);
		return at < 0 ? tree.children.length : at;
	};
	const between = unitLines.some((line, k) => k < unitLines.length - 1 && unitLines[k + 1] === nextHeading(line, depths[k]) && tree.children.slice(line + 1, unitLines[k + 1]).some((n) => boldLead(n)));
	if (between) return;
	// The last unit line of each section is one that the next unit line does not end, after another in the section (a
	// section of one such line, "**Semanas 1-2**" under "### Módulo 1", has no units beside which anything stands); its
	// text up to any heading.
	const closers = unitLines.flatMap((line, k) => {
		if (unitLines.includes(nextHeading(line, depths[k])) || k === 0 || nextHeading(unitLines[k - 1]!, depths[k - 1]) !== line) return [];
		const at = tree.children.slice(line + 1, nextHeading(line)).findIndex((n) => boldLead(n));
		return at < 0 ? [] : [{ index: line + 1 + at, depth: depths[k]! }];
	});
	const key = (index: number) => toString({ type: 'paragraph', children: boldLead(tree.children[index]!)!.lead }).trim().toLocaleLowerCase();
	const repeated = [...Map.groupBy(closers, (c) => key(c.index)).values()].filter((list) => list.length >= 2).flat();
	for (const { index, depth } of repeated.sort((a, b) => b.index - a.index)) {
		const node = tree.children[index] as Paragraph;
		const { lead, text } = boldLead(node)!;
		const heading: Heading = { type: 'heading', depth: depth as Heading['depth'], children: lead, ...(node.position ? { position: node.position } : {}) };
		tree.children.splice(index, 1, heading, ...(text.length ? [{ type: 'paragraph', children: text } satisfies Paragraph] : []));
	}
}

/** The summary of an HTML block that only opens a collapsible section (`<details><summary>Basics</summary>`), else null. */
function foldSummary(html: string): string | null {
	let opened = false;
	let closed = false;
	let inSummary = false;
	let summary = '';
	let outside = '';
	const scanner = htmlScanner({
		startTag: (name) => {
			if (name === 'details') opened = true;
			if (name === 'summary') inSummary = true;
		},
		endTag: (name) => {
			if (name === 'details') closed = true;
			if (name === 'summary') inSummary = false;
		},
		text: (text) => {
			if (inSummary) summary += text;
			else outside += text;
		},
	});
	scanner.end(html);
	return opened && !closed && !outside.trim() && summary.trim() ? summary.replace(/\s+/g, ' ').trim() : null;
}

/** The index of the top-level HTML block that closes the collapsible section opened at `start`, or -1. */
function foldEnd(children: readonly RootContent[], start: number): number {
	let open = 0;
	const scanner = htmlScanner({ startTag: (name) => void (name === 'details' && open++), endTag: (name) => void (name === 'details' && open--) });
	for (let index = start; index < children.length; index++) {
		const child = children[index]!;
		if (child.type !== 'html') continue;
		scanner.write(child.value);
		// (Closing what the summary's line opened too: "<summary>…</summary><p>" … "</p></details>".)
		if (open <= 0) return /^\s*(?:<\/[a-z]+>\s*)*<\/details>\s*$/i.test(child.value) ? index : -1;
	}
	return -1;
}

/**
 * Runs of a plan's units folded into collapsible sections, `<details><summary>Basics</summary>` on a line of its own
 * before their headings and `</details>` on one after them, two or more in one section, are the parts of that section
 * that GitHub shows under their summaries: each opening becomes a heading one level above the headings it holds,
 * titled by the summary, and its closing tag goes. Folds without headings whose summaries are units of one kind
 * ("<summary><b>Week 1: Basics</b></summary>", "Week 2 …"), two or more in one section, are those units: each
 * becomes a heading one level below the section's; so do folds summarised by the dates of a week each ("Jan-14 -
 * Jan-20", rising), labelled by their week of the term as a dated table's rows are. Folds written in HTML alone
 * read as those in Markdown (html-folds.ts). A section's only fold collapses the section's own text ("Toggle
 * section" under "## LLM Fundamentals"), and one without headings or a unit's summary (an exercise's solution) is a
 * collapsible section. A promoted fold's section, and those of the headings it holds, end where the fold closed: what
 * follows it is the enclosing section's, as GitHub shows it below the fold.
 */
export function promoteFoldedSections(tree: Root, notes: ImportNote[]): void {
	htmlFolds(tree, notes, (summaries) => summaries.every((summary) => parseUnitLabel(summary)?.kind || weekOfDates(summary)));
	// Folds inside the folds just promoted (a phase's weeks) are read once their phase is a heading.
	while (promoteFolds(tree));
}

declare module 'mdast' {
	interface HeadingData {
		/** Where the collapsible section a heading was promoted from closed (source offset): its section ends there. */
		foldEnd?: number;
	}
}

// The key of folds summarised by a week's dates, beside those of unit words.
const DATED = ' dated';

/** One pass of promoteFoldedSections over the tree's top level; whether it promoted any fold. */
function promoteFolds(tree: Root): boolean {
	const folds: Array<{ start: number; end: number; depth: number; within: number; summary: string; unit: string | null; dated: CalendarDate | null }> = [];
	for (let start = 0; start < tree.children.length; start++) {
		const node = tree.children[start]!;
		const summary = node.type === 'html' ? foldSummary(node.value) : null;
		const end = summary === null ? -1 : foldEnd(tree.children, start);
		if (end < 0) continue;
		const depths = tree.children.slice(start + 1, end).flatMap((n) => (n.type === 'heading' ? [n.depth] : []));
		const label = depths.length === 0 ? parseUnitLabel(summary!) : null;
		const dated = depths.length === 0 && !label?.kind ? weekOfDates(summary!) : null;
		const unit = label?.kind ? wordKey(label) : dated ? DATED : null;
		if (unit === null && (depths.length === 0 || Math.min(...depths) < 2)) continue;
		const section = tree.children.findLastIndex((n, i) => i < start && n.type === 'heading');
		const sectionDepth = section < 0 ? 1 : (tree.children[section] as Heading).depth;
		const depth = unit !== null ? Math.min(sectionDepth + 1, 6) : Math.min(...depths) - 1;
		const within = unit !== null ? section : tree.children.findLastIndex((n, i) => i < start && n.type === 'heading' && n.depth <= depth);
		folds.push({ start, end, depth, within, summary: summary!, unit, dated });
		start = end;
	}
	// Folds of units count among their own kind: a solution's fold beside two weeks' is none of them.
	const parts = [...Map.groupBy(folds, (fold) => `${fold.within} ${fold.unit ?? ''}`).values()].filter((list) => list.length >= 2).flatMap((list) => {
		if (list[0]!.unit !== DATED) return list.map((fold) => ({ ...fold, title: fold.summary }));
		const weeks = termWeeks(list.map((fold) => fold.dated!));
		return weeks ? list.map((fold, k) => ({ ...fold, title: `${labelOf(DATED_WORD, weeks[k]!)} (${fold.summary})` })) : [];
	});
	for (const { start, end, depth, title } of parts.sort((a, b) => b.start - a.start)) {
		const { position } = tree.children[start]!;
		// The closing tag goes, but the section still ends there: what follows the fold is the enclosing section's.
		const foldEnd = tree.children[end]!.position?.end.offset;
		tree.children.splice(end, 1);
		const data = foldEnd === undefined ? {} : { data: { foldEnd } };
		tree.children[start] = { type: 'heading', depth: depth as Heading['depth'], children: [{ type: 'text', value: title }], ...(position ? { position } : {}), ...data };
	}
	return parts.length > 0;
}
