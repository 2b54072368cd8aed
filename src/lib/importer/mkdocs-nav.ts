/**
 * An MkDocs site (`mkdocs.yml`): its pages live in `docs_dir`, its `nav` orders them under section titles, and
 * `site_name` names it. The nav becomes a table of contents in Markdown, which the importer reads like mdBook's
 * SUMMARY.md: "- 必学工具:" over "- Vim: 必学工具/Vim.md" is "- 必学工具" over "  - [Vim](必学工具/Vim.md)".
 */
import type { List, ListItem, PhrasingContent, Root } from 'mdast';
import { parse } from 'yaml';
import { toMdx } from './markdown/serialize.ts';

export interface MkdocsSite {
	/** The folder of the pages, relative to the configuration's ("docs"). */
	docsDir: string;
	siteName?: string;
	/** The nav as a Markdown list of links, or null when the configuration has no nav (pages then go in name order). */
	tableOfContents: string | null;
}

type NavEntry = string | { [title: string]: string | NavEntry[] };

/** Reads `mkdocs.yml`; null when it is not YAML with a map at its root. */
export function readMkdocsConfig(text: string): MkdocsSite | null {
	let config: unknown;
	try {
		// Material for MkDocs configurations name Python objects (`!!python/name:…`): unknown tags read as strings.
		config = parse(text, { logLevel: 'silent' });
	} catch {
		return null;
	}
	if (!config || typeof config !== 'object' || Array.isArray(config)) return null;
	const fields = config as Record<string, unknown>;
	const siteName = typeof fields['site_name'] === 'string' ? fields['site_name'].trim() : '';
	const nav = Array.isArray(fields['nav']) ? (fields['nav'] as NavEntry[]) : null;
	return {
		docsDir: typeof fields['docs_dir'] === 'string' ? fields['docs_dir'] : 'docs',
		...(siteName ? { siteName } : {}),
		tableOfContents: nav ? toMdx({ type: 'root', children: [navList(nav)] } satisfies Root) : null,
	};
}

function navList(entries: readonly NavEntry[]): List {
	return { type: 'list', ordered: false, spread: false, children: entries.flatMap(navItem) };
}

/** A page ("x.md", titled by its own heading as MkDocs does; "Title: x.md") or a section ("Title:" and its entries). */
function navItem(entry: NavEntry): ListItem[] {
	const item = (children: PhrasingContent[], nested?: List): ListItem => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }, ...(nested ? [nested] : [])] });
	const link = (title: string, url: string): PhrasingContent => ({ type: 'link', url, children: title ? [{ type: 'text', value: title }] : [] });
	if (typeof entry === 'string') return [item([link('', entry)])];
	if (!entry || typeof entry !== 'object') return [];
	return Object.entries(entry).map(([title, value]) => (Array.isArray(value) ? item([{ type: 'text', value: title }], navList(value)) : item([link(title, String(value))])));
}
