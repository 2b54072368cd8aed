/**
 * MkDocs sites style what they show with Python-Markdown's attribute lists ("[Start](intro.md){ .md-button }",
 * "## Setup {: #setup .wide }", also kramdown's, Pandoc's and Goldmark's, Hugo's: "## Setup {id=\"setup\"}", and Hugging Face
 * doc-builder's heading IDs, "## Setup[[setup]]") and Material's icon shortcodes (":material-robot:",
 * ":octicons-arrow-right-24:"). GitHub shows both as text; they name classes and icons of the site the plan was written
 * for, so the importer leaves them out, with a note.
 */
import type { Nodes, Parents, Root, Text } from 'mdast';
import { slug } from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ImportNote } from './notes.ts';

// Material for MkDocs' icon sets: Material Design, Octicons, Font Awesome, Simple Icons.
const ICON = /:(?:material|octicons|fontawesome|simple)-[a-z0-9-]+:/g;
// "{ .md-button .md-button--primary }", "{: #id .class key=value }": braces around attributes.
const BRACES = /\{(:?)[ \t]*([^{}\n]*?)[ \t]*\}/g;
const TOKEN = /[^\s"']+(?:"[^"]*"|'[^']*')?/g;
// Pandoc writes "-" for ".unnumbered" ("# Preface {-}", as bookdown books do).
const ATTRIBUTE = /^(?:-|[.#][A-Za-z_][\w-]*|[A-Za-z_][\w-]*=(?:"[^"]*"|'[^']*'|\S+))$/;
// Blocks that end where their text ends: an attribute list there belongs to the block.
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Whether braces hold an attribute list: only attributes, and a class or an ID unless written "{: …}" or right after
 * an image or link, which Pandoc sizes with key=value pairs alone (`![Logo](logo.png){width="20"}`).
 */
function isAttributeList(colon: string, inside: string, afterMedia = false): boolean {
	// Quoted values may hold spaces (`fig-alt="A scatter plot"`).
	const tokens = inside.match(TOKEN) ?? [];
	if (inside.replace(TOKEN, '').trim() !== '') return false;
	return tokens.length > 0 && tokens.every((token) => ATTRIBUTE.test(token)) && (colon === ':' || afterMedia || tokens.some((token) => /^(?:[.#]|-$|id=)/.test(token)));
}

// "#setup" in "{: #setup .wide }"; Goldmark's (Hugo's) "{id=\"setup\"}" says the same.
const ID = /(?:^|[ \t])(?:#([A-Za-z_][\w-]*)|id=(?:"([^"]*)"|'([^']*)'|([^\s"']+)))/;
/** The ID an attribute list gives, if any. */
const idOf = (inside: string) => {
	const found = ID.exec(inside);
	return found ? (found[1] ?? found[2] ?? found[3] ?? found[4]) : undefined;
};

// doc-builder writes the ID against the title's last word, as a slug (`## Setup[[setup]]`); brackets after a space or
// alone, or around a capital, are words (JavaScript's internal slots: `## [[Prototype]]`, `## Super: internals, [[HomeObject]]`).
const BRACKETED_ID = /(?<=\S|^)\[\[([a-z0-9][a-z0-9_.-]*)\]\][ \t]*$/;

const UNNUMBERED = /(?<=^|[ \t])(?:-|\.unnumbered)(?=[ \t]|$)/g;

/** Gives a heading or an image the ID an attribute list set, as a site's HTML would carry it. */
export const withId = (node: Nodes, id: string) => void (node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } });

// Pandoc's "alt" attribute of an image (The Carpentries' lessons), or Quarto's "fig-alt".
const ALT = /(?:^|[ \t])(?:fig-)?alt=(?:"([^"]*)"|'([^']*)'|([^\s"']+))/;
const altOf = (inside: string) => {
	const found = ALT.exec(inside);
	return found ? (found[1] ?? found[2] ?? found[3]) : undefined;
};

/**
 * A text's value without its icons and the attribute lists that stand where they apply: right after an inline
 * element (an icon or what comes before the text) or at the end of its block. An ID at a heading's end, or right
 * after an image (Quarto's figure, `![Scatter](s.png){#fig-scatter}`), is given to the heading or image, so links
 * and cross-references to it still find it; an attribute list that only gives it is no loss to note.
 */
function withoutSiteMarkup(text: Text, after: Nodes | undefined, endsBlock: boolean, noted: (message: string) => void, headingId?: (id: string) => void): string {
	const afterElement = after !== undefined && after.type !== 'text';
	// Hugging Face's doc-builder writes a heading's ID in double brackets at its end (`## Setup[[setup]]`).
	let value = headingId && (after !== undefined || !text.value.startsWith('[[')) ? text.value.replace(BRACKETED_ID, (_: string, id: string) => (headingId(id), '')) : text.value;
	value = value.replace(new RegExp(`${ICON.source}(?:${BRACES.source})?`, 'g'), (found: string, colon?: string, inside?: string) => {
		const icon = found.replace(/\{.*$/, '');
		noted(`removed the icon "${icon}": it is one of the icons of the MkDocs site the plan was written for`);
		if (inside !== undefined && !isAttributeList(colon ?? '', inside)) return found.slice(icon.length);
		if (inside !== undefined) noted(`removed the attribute list "${found.slice(icon.length)}": it styles the site the plan was written for`);
		return '\uE002';
	});
	value = value.replace(BRACES, (found: string, colon: string, inside: string, offset: number, whole: string) => {
		const placed = (afterElement && offset === 0) || whole[offset - 1] === '\uE002' || (endsBlock && whole.slice(offset + found.length).trim() === '');
		if (!placed || !isAttributeList(colon, inside, offset === 0 && (after?.type === 'image' || after?.type === 'link'))) return found;
		// An image without words of its own (`![](fig/tree.svg){alt='A directory tree'}`) takes the alt text Pandoc reads
		// from its attributes; words it has are its caption, which the page keeps instead.
		const alt = offset === 0 && after?.type === 'image' && !after.alt ? altOf(inside) : undefined;
		if (alt !== undefined && after?.type === 'image') after.alt = alt;
		if (alt !== undefined && ALT.exec(inside)?.[0].trim() === inside.trim()) return '';
		const id = idOf(inside);
		const giveId = offset > 0 ? headingId : after?.type === 'image' ? (figure: string) => withId(after, figure) : undefined;
		if (giveId && id !== undefined) giveId(id);
		if (giveId && id !== undefined && ID.exec(inside)?.[0].trim() === inside.trim()) return '';
		// A heading's Pandoc "{-}" or ".unnumbered" (with its ID, "{#fp .unnumbered}"): the site numbers no headings.
		if (headingId && offset > 0 && inside.replace(ID, ' ').replace(UNNUMBERED, ' ').trim() === '') return '';
		noted(`removed the attribute list "${found}": it styles the site the plan was written for`);
		return '';
	});
	return value.replace(/\uE002/g, '');
}

/**
 * Removes MkDocs' attribute lists and icon shortcodes from a parsed file's text, noting each; a heading's ID
 * ("## Setup {#setup}", as VitePress and Docusaurus write it too) becomes the ID its anchors are looked up by, and an
 * image's (`{#fig-scatter}`) the ID its figure is referred to by.
 */
export function removeSiteMarkup(tree: Root, notes: ImportNote[]): void {
	// An ID names one heading: a page written twice over (doc-builder's PyTorch and TensorFlow versions of a section)
	// gives it to the first, and one its words give it anyway is left to them, as the site numbers a second such heading.
	const given = new Set<string>();
	const giveOnce = (heading: Nodes) => (id: string) => {
		if (given.has(id)) return;
		given.add(id);
		if (slug(toString(heading).replace(BRACKETED_ID, '')) !== id) withId(heading, id);
	};
	visit(tree, (node: Nodes) => {
		if (!('children' in node)) return;
		const parent = node as Parents;
		const children = parent.children as Nodes[];
		for (let i = 0; i < children.length; i++) {
			const child = children[i]!;
			if (child.type !== 'text') continue;
			const line = child.position?.start.line;
			const noted = (message: string) => notes.push({ message, ...(line ? { line } : {}) });
			const last = i === children.length - 1;
			const headingId = last && parent.type === 'heading' ? giveOnce(parent) : undefined;
			const value = withoutSiteMarkup(child, children[i - 1], last && BLOCKS.has(parent.type), noted, headingId);
			if (value === child.value) continue;
			// The spaces around the markup went with it: at the edge of its block or link, and doubled between words.
			const spaced = value.replace(/ {2,}/g, ' ');
			const trimmed = last ? (i === 0 ? spaced.trim() : spaced.trimEnd()) : i === 0 ? spaced.trimStart() : spaced;
			if (trimmed !== '') child.value = trimmed;
			else children.splice(i--, 1);
		}
	});
}
