/** Writes an MDX file: YAML frontmatter in the style of the hand-made content, then the body. */
import { Document, isMap, isScalar, isSeq, Scalar, visit } from 'yaml';

// Short maps and lists read best on one line: `duration: { min: 1, max: 3, unit: month }`, `topics: []`.
const FLOW_KEYS = new Set(['duration', 'effortHours', 'hoursPerDay', 'daysPerWeek', 'hoursPerWeek', 'topics', 'stacks', 'aliases', 'requires']);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Frontmatter as YAML text (no fences). Prose is double-quoted; IDs and enum values stay plain. */
export function toYaml(data: Record<string, unknown>): string {
	const doc = new Document(data);
	visit(doc, {
		Pair(_, pair) {
			if (isScalar(pair.key) && FLOW_KEYS.has(String(pair.key.value)) && (isMap(pair.value) || isSeq(pair.value))) pair.value.flow = true;
		},
		Scalar(key, node) {
			if (key !== 'key' && typeof node.value === 'string' && !SLUG.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
		},
	});
	return doc.toString({ lineWidth: 0, flowCollectionPadding: true }).trimEnd();
}

export function toMdx(data: Record<string, unknown>, body: string): string {
	const text = body.trim();
	return `---\n${toYaml(data)}\n---\n${text ? `\n${text}\n` : ''}`;
}
