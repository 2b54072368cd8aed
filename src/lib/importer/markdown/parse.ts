import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Parses Markdown as GitHub renders it (tables, task lists, strikethrough, autolinks, footnotes) into mdast;
 * every node keeps its source position, so the importer can name the line a change came from.
 */
export function parseMarkdown(text: string): Root {
	return parser.parse(text);
}
