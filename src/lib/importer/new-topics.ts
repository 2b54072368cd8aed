/**
 * Terms a plan teaches that the taxonomy lacks ("Terraform", "Helm", "Grafana"): the names it gives its own
 * sub-headings and the bold lead of its list items ("- **Terraform**: …"), when they are short names, not found in
 * content/topics/, never written in lower case (common words are), used in the text and not only as a heading, and
 * not in almost every phase (then they are a recurring heading such as "Exercises").
 */
import type { Node, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { slugify } from './slugs.ts';
import { type TopicName, wholeWord, wordFinder } from './topics.ts';

export interface ProposedTopic {
	id: string;
	name: string;
	/** IDs of the phases whose text names it. */
	phases: string[];
}

const MAX_PROPOSALS = 25;

/**
 * Short names a body gives things: its sub-headings and the bold first words of its list items. Not the label of a
 * value ("**Effort**: 6 hours/week", "**Duration:** 2 weeks") nor of a note ("> **Warning:** …", "**Note:** …").
 */
function namesIn(tree: Root): string[] {
	const names: string[] = [];
	const inNotes = new Set<Node>();
	visit(tree, 'blockquote', (quote) => visit(quote, 'strong', (strong) => void inNotes.add(strong)));
	visit(tree, (node, _index, parent) => {
		if (node.type === 'heading') names.push(toString(node));
		if (node.type !== 'strong' || parent?.type !== 'paragraph' || parent.children[0] !== node || inNotes.has(node)) return;
		// A label bolds its colon with it ("**Note:** …", "**Lernziele:** …"); a term is bold before it ("**Terraform**: …").
		if (/[:：]\s*$/u.test(toString(node))) return;
		const value = toString({ ...parent, children: parent.children.slice(1) });
		if (!/^\s*[:：]?\s*\d/u.test(value)) names.push(toString(node));
	});
	return names
		.map((n) => n.replace(/[:：.]\s*$/, '').trim())
		.filter((n) => /^\p{Lu}/u.test(n) || /[^\p{Script=Latin}\p{N}\p{P}\p{Z}]/u.test(n))
		.filter((n) => n.split(/\s+/).length <= 3 && n.length <= 32 && !/\d/.test(n) && !/[:()[\]]/.test(n));
}

/** A body's text but its headings: where a name is used, not where it heads a section ("Hint", "All done"). */
const textBesideHeadings = (tree: Root) =>
	tree.children
		.filter((node) => node.type !== 'heading')
		.map((node) => toString(node))
		.join('\n');

export function proposeTopics(phases: ReadonlyArray<{ id: string; text: string }>, trees: readonly Root[], taxonomy: readonly TopicName[]): ProposedTopic[] {
	const known = new Set(taxonomy.flatMap((t) => [t.id, slugify(t.name), ...t.aliases.map((alias) => slugify(alias))]));
	const candidates = new Map<string, string>();
	for (const tree of trees) for (const name of namesIn(tree)) if (!candidates.has(slugify(name))) candidates.set(slugify(name), name);
	const prose = trees.map(textBesideHeadings);
	const inPhases = wordFinder(phases.map((p) => p.text));
	const inProse = wordFinder(prose);
	const proposals: ProposedTopic[] = [];
	for (const [id, name] of candidates) {
		if (!id || known.has(id)) continue;
		const pattern = wholeWord(name, 'iu');
		const where = inPhases(name).filter((i) => pattern.test(phases[i]!.text)).map((i) => phases[i]!.id);
		if (where.length === 0 || (phases.length > 3 && where.length * 2 > phases.length)) continue;
		// A topic is named in the text too ("we deploy with Terraform"); a name only ever heading a section is a section's.
		if (!inProse(name).some((i) => pattern.test(prose[i]!))) continue;
		// A name keeps its capitals mid-sentence ("we deploy with Terraform"); a common word does not ("good architecture").
		const lower = name.toLocaleLowerCase();
		if (lower !== name) {
			const inLowerCase = wholeWord(lower, 'u');
			if (inPhases(lower).some((i) => inLowerCase.test(phases[i]!.text))) continue;
		}
		proposals.push({ id, name, phases: where });
	}
	return proposals.sort((a, b) => b.phases.length - a.phases.length || a.name.localeCompare(b.name)).slice(0, MAX_PROPOSALS);
}
