import { type ContentProblem, showValue } from './friendly-errors.ts';
import { srcsetUrls, urlSafety, urlScheme } from './url-safety.ts';

interface Point {
	line: number;
	column: number;
}

/** The parts of an mdast tree (as @mdx-js/mdx parses MDX, or plain Markdown) that content checks read. */
export interface MdxNode {
	type: string;
	name?: string | null;
	value?: string;
	url?: string;
	identifier?: string;
	attributes?: MdxJsxAttribute[];
	position?: { start: Point; end: Point };
	children?: MdxNode[];
}

export interface MdxJsxAttribute {
	/** `mdxJsxExpressionAttribute` is a spread, `{...props}`. */
	type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
	name?: string;
	/** A string (character references decoded), null for a bare attribute, or an expression, `name={…}`. */
	value?: string | null | { type: string; value: string };
	position?: { start: Point };
}

/** Where a problem is: file, line, column and field, from a node's start in the parsed text. */
export type Place = (start: Point) => Pick<ContentProblem, 'file' | 'line' | 'column' | 'field'>;

const LINK_FIX = 'link to an https:// page, or remove the link; the text stays';
const REMOTE_FIX = 'download the image next to the file and reference it relatively, or turn it into a link';
const UNSAFE_IMAGE_FIX = 'save the image as a file next to this one and reference it relatively (![alt](diagram.png)), or remove it';
const NO_CODE_FIX = 'remove it: roadmap content is Markdown, and no page runs code from it';

/** Elements refused whole: their attributes and contents are not checked one by one. */
const REFUSED_ELEMENTS: Record<string, Pick<ContentProblem, 'message' | 'fix'>> = {
	script: { message: '<script> would run code on every reader\'s page', fix: NO_CODE_FIX },
	...Object.fromEntries(
		['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal'].map((name) => [
			name,
			{ message: `<${name}> embeds another page or a plugin, which loads from another site`, fix: 'turn it into a link to the page: [title](https://…)' },
		]),
	),
	...Object.fromEntries(
		['base', 'link', 'meta', 'style'].map((name) => [
			name,
			{ message: `<${name}> changes the whole page (its styles, address or links) and can load from another site`, fix: 'remove it: the site styles its pages and sets their addresses' },
		]),
	),
};

// Lower-cased, so that JSX's camelCase spellings (srcSet, formAction, xlinkHref) match too.
/** Attributes holding a URL the browser follows when the reader acts on it. */
const LINK_ATTRIBUTES = new Set(['href', 'action', 'formaction', 'cite', 'longdesc', 'xlink:href', 'xlinkhref']);
/** Attributes holding URLs the browser fetches by itself, as the page loads (or, for ping, as a link is followed). */
const LOAD_ATTRIBUTES = new Set(['src', 'poster', 'data', 'background', 'lowsrc', 'dynsrc', 'codebase', 'archive', 'classid', 'manifest', 'icon', 'ping']);
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);
/** SVG elements whose href is fetched, not followed. */
const SVG_LOADERS = new Set(['image', 'use', 'feimage']);
/** CSS that fetches (url(), image-set(), @import) or runs code (old IE's expression() and behavior, XBL bindings). */
const ACTIVE_CSS = /\b(?:url|image-set|expression)\s*\(|@import|\bbehavior\s*:|-moz-binding/i;

/** A component (`<Chart>`, `<x.y>`) rather than an HTML element; the MDX syntax check reports those. */
export const isComponentName = (name: string) => /^[A-Z]/.test(name) || name.includes('.');

/**
 * What in a parsed MDX body or inline Markdown string could run code, leak a request to another site or break a
 * link: unsafe URLs (javascript:, vbscript:, data:) and URLs that do not parse, in links, images, definitions and
 * HTML attributes; <script>, event handlers and active CSS; embeds, and images, video or audio from another site.
 */
export function untrustedMarkupProblems(tree: MdxNode, place: Place): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const definitions = new Map<string, string>();
	const collect = (node: MdxNode) => {
		if (node.type === 'definition' && node.identifier !== undefined) definitions.set(node.identifier, node.url ?? '');
		node.children?.forEach(collect);
	};
	collect(tree);

	const report = (at: Point | undefined, message: string, got: string | undefined, fix: string) =>
		problems.push({ ...place(at ?? { line: 1, column: 1 }), message, got, fix });

	/** A URL in a link (followed on a click) or loaded by the page, described as `what` ("image", "src of <img>"). */
	const checkUrl = (url: string, use: 'link' | 'load', what: string, at: Point | undefined) => {
		const kind = urlSafety(url);
		if (kind === 'unsafe') {
			const scheme = urlScheme(url);
			const danger = scheme === 'data' ? 'can carry a whole page or script' : 'runs code when the reader follows it';
			report(at, `${what} has a ${scheme}: URL, which ${danger}`, showValue(url), use === 'link' ? LINK_FIX : UNSAFE_IMAGE_FIX);
		} else if (!URL.parse(url, 'http://waymark.invalid/')) {
			report(at, `${what} is not a valid URL`, showValue(url), 'correct the address (a space is written %20), or remove it');
		} else if (kind === 'remote' && use === 'load') {
			report(at, `${what} loads from another site: every reader's browser would request it there`, showValue(url), REMOTE_FIX);
		}
	};

	const checkAttribute = (element: string, attribute: MdxJsxAttribute) => {
		if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || attribute.name === undefined) return;
		const name = attribute.name.toLowerCase();
		const value = attribute.value;
		const at = attribute.position?.start;
		const what = `${attribute.name} of <${element}>`;
		if (name.startsWith('on')) {
			report(at, `event-handler attribute ${attribute.name} would run code on the reader's page`, `${attribute.name}=${showValue(value)}`, NO_CODE_FIX);
		} else if (name === 'style' && ACTIVE_CSS.test(value)) {
			report(at, `style of <${element}> can load from another site or run code`, showValue(value), 'remove the style attribute: the site styles its pages');
		} else if (SRCSET_ATTRIBUTES.has(name)) {
			for (const url of srcsetUrls(value)) checkUrl(url, 'load', what, at);
		} else if (LOAD_ATTRIBUTES.has(name) || (LINK_ATTRIBUTES.has(name) && SVG_LOADERS.has(element.toLowerCase()))) {
			checkUrl(value, 'load', what, at);
		} else if (LINK_ATTRIBUTES.has(name)) {
			checkUrl(value, 'link', what, at);
		}
	};

	const visit = (node: MdxNode) => {
		const at = node.position?.start;
		switch (node.type) {
			case 'link':
				checkUrl(node.url ?? '', 'link', 'link', at);
				break;
			case 'definition':
				checkUrl(node.url ?? '', 'link', 'link definition', at);
				break;
			case 'image':
				checkUrl(node.url ?? '', 'load', 'image', at);
				break;
			case 'imageReference': {
				// An unsafe definition is reported where it is defined; a remote one is harmless until an image uses it.
				const url = definitions.get(node.identifier ?? '');
				if (url !== undefined && urlSafety(url) === 'remote') checkUrl(url, 'load', 'image', at);
				break;
			}
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name;
				if (!name || isComponentName(name)) break;
				const refused = REFUSED_ELEMENTS[name.toLowerCase()];
				if (refused) {
					report(at, refused.message, `<${name}>`, refused.fix);
					return;
				}
				for (const attribute of node.attributes ?? []) checkAttribute(name, attribute);
				break;
			}
		}
		node.children?.forEach(visit);
	};
	visit(tree);
	return problems;
}
