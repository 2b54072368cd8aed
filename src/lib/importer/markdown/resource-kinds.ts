import type { Link, Parents, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';

// roadmap.sh's tag of a resource's kind, written into its link's words: "[@video@How DNS works](…)".
const KIND_TAG = /^@([a-z][a-z.-]*)@/;

/**
 * A link whose words open with a resource's kind between at signs (roadmap.sh's "@article@", "@video@",
 * "@official@", "@roadmap.sh@") keeps its words without the tag, and the kind follows it as a word in brackets: "How DNS works
 * (video)", as a reading list names a resource's kind, not as a code the reader has to decode.
 */
export function resourceKinds(tree: Root): void {
	visit(tree, 'link', (link: Link, index, parent: Parents | undefined) => {
		const first = link.children[0];
		const tag = first?.type === 'text' ? KIND_TAG.exec(first.value) : null;
		if (!tag || !first || first.type !== 'text' || parent === undefined || index === undefined) return;
		first.value = first.value.slice(tag[0].length);
		(parent.children as PhrasingContent[]).splice(index + 1, 0, { type: 'text', value: ` (${tag[1]})` });
	});
}
