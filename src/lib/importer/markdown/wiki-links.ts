/**
 * Wiki links, as Obsidian, Foam and Logseq notes write them: `[[Week 1 - Basics]]`, `[[Loops|the loops]]`,
 * `[[Loops#For loops]]`, `![[diagram.png]]`. A vault's map of content links its lesson notes so, by name, wherever
 * they sit in its folders. Each that names a file of the plan becomes the link or image it stands for, which the
 * importer follows like any other; one that names none stays the text it was written as, as GitHub shows it.
 */
import { fromMarkdown, findMatchingFilePath, syntax } from '@flowershow/remark-wiki-link';
import { slug } from 'github-slugger';
import type { Image, Link, Nodes, Parents, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** The micromark and mdast extensions that read wiki links; the plan's files are matched afterwards. */
export const wikiLinkSyntax = { micromark: syntax(), fromMarkdown: fromMarkdown() };

interface WikiLink {
	type: 'wikiLink' | 'embed';
	value: string;
	data?: { alias?: string };
	position?: Nodes['position'];
}

const IMAGE = /\.(?:png|jpe?g|gif|webp|avif|svg)$/i;

/**
 * The file a wiki link names. Its path is from the vault's root ("[[00-Index/Setup-Guide]]"), which may be above the
 * folder imported: without a match, it is tried without its leading folders.
 */
function matchingFile(name: string, files: readonly string[]): string | undefined {
	const segments = name.split('/');
	for (let skip = 0; skip < segments.length; skip++) {
		const found = findMatchingFilePath({ path: segments.slice(skip).join('/'), files: [...files], format: 'shortestPossible', caseInsensitive: true });
		if (found !== undefined) return found;
	}
	return undefined;
}

/**
 * Turns the wiki links of a tree parsed with `wikiLinkSyntax` into links and images to the files they name among
 * `files` (paths in the plan's folder), as Obsidian matches them: by the shortest path that is unique, in any letter
 * case, with or without ".md". The others become their source text again.
 */
export function resolveWikiLinks(tree: Root, files: readonly string[]): void {
	visit(tree, (node, index, parent: Parents | undefined) => {
		if ((node.type as string) !== 'wikiLink' && (node.type as string) !== 'embed') return undefined;
		if (parent === undefined || index === undefined) return undefined;
		const wiki = node as unknown as WikiLink;
		const [name = '', heading = ''] = wiki.value.split('#', 2);
		const path = name.trim() ? matchingFile(name.trim(), files) : undefined;
		// As written (the node's position leaves out the opening brackets).
		const written = `${wiki.type === 'embed' ? '!' : ''}[[${wiki.value}${wiki.data?.alias !== undefined ? `|${wiki.data.alias}` : ''}]]`;
		const anchor = heading ? `#${slug(heading)}` : '';
		let replacement: Link | Image | Text;
		if (!name.trim() && anchor) {
			// "[[#Setup]]": a heading of the note itself.
			replacement = { type: 'link', url: anchor, children: [{ type: 'text', value: wiki.data?.alias ?? heading }] };
		} else if (path === undefined) {
			replacement = { type: 'text', value: written };
		} else {
			const url = `/${path.split('/').map(encodeURIComponent).join('/')}${anchor}`;
			const words = wiki.data?.alias ?? wiki.value.replace('#', ' › ');
			// An embedded image has no alt text but its alias; its name says what it shows, if anything does.
			const alt = wiki.data?.alias ?? name.trim().replace(/^.*\//, '').replace(IMAGE, '');
			replacement = wiki.type === 'embed' && IMAGE.test(path) ? { type: 'image', url, alt } : { type: 'link', url, children: [{ type: 'text', value: words }] };
		}
		if (wiki.position) replacement.position = wiki.position;
		parent.children.splice(index, 1, replacement as (typeof parent.children)[number]);
		return [SKIP, index + 1];
	});
}
