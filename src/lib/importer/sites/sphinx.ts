/**
 * A Sphinx site written in MyST Markdown: `conf.py` beside its root document (`index.md`), whose ```` ```{toctree} ````
 * directives list its pages in order, as its sidebar shows them: a toctree's `:caption:` heads a group of its pages,
 * and a page with toctrees of its own opens a group of the pages they list. Entries are documents named without
 * their extension, from the listing document's folder (or the site's, starting with "/"), `Title <doc>` when the
 * toctree titles them, or `:glob:` patterns (their documents in name order); links and `self` name no page.
 * reStructuredText pages (`.rst`) have no reader here: they are left out, with a note.
 */
import { matchesGlob } from 'node:path';
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { directiveParts } from '../markdown/myst.ts';
import { parseMarkdown } from '../markdown/parse.ts';
import type { NavEntry, SiteNav } from './site-nav.ts';
import { toMarkdown } from './site-nav.ts';

// The suffixes of the documents Sphinx reads with MyST (Markdown, MyST-NB's notebooks), then reStructuredText's.
const READ_SUFFIXES = ['.md', '.ipynb'];
const RST = '.rst';

interface Toctree {
	caption: string;
	entries: Array<{ title: string; target: string }>;
	glob: boolean;
}

/** The toctrees of a MyST document, in order. */
function toctreesOf(text: string): Toctree[] {
	const found: Toctree[] = [];
	visit(parseMarkdown(text), 'code', (node: Code) => {
		if (node.lang?.trim().toLowerCase() !== '{toctree}') return;
		const { options, body } = directiveParts(node.value);
		const entries = body
			.split('\n')
			.map((line) => line.trim())
			.filter((line) => line !== '' && line !== 'self')
			.map((line) => {
				const titled = /^(.*?)\s*<([^<>]+)>$/.exec(line);
				return titled ? { title: titled[1]!, target: titled[2]!.trim() } : { title: '', target: line };
			});
		found.push({ caption: options['caption'] ?? '', entries, glob: 'glob' in options });
	});
	return found;
}

const withoutSuffix = (path: string) => path.replace(/\.[^./]+$/, '');
const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '');

/** The site's pages (paths from its source folder) a toctree entry of the document at `from` names, in order. */
function documentsNamed(target: string, from: string, glob: boolean, files: readonly string[]): string[] {
	const name = (target.startsWith('/') ? target.slice(1) : `${folderOf(from)}${target}`).replace(/(^|\/)\.\//g, '$1');
	const documents = files.filter((path) => [...READ_SUFFIXES, RST].some((suffix) => path.endsWith(suffix)));
	if (glob && /[*?[]/.test(name)) return documents.filter((path) => matchesGlob(withoutSuffix(path), name)).sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
	const exact = [...READ_SUFFIXES, RST].map((suffix) => `${name}${suffix}`).find((path) => documents.includes(path));
	return exact ? [exact] : documents.includes(name) ? [name] : [];
}

/**
 * The Sphinx site whose source folder holds `files` (relative paths): its root document's toctrees, followed into
 * the pages they list, as a table of contents; null when the root document has none. `read` gives a document's text.
 */
export function sphinxSite(confPy: string, files: readonly string[], read: (path: string) => string | null): SiteNav | null {
	const rootName = /^(?:root_doc|master_doc)\s*=\s*(['"])(.+?)\1/m.exec(confPy)?.[2] ?? 'index';
	const root = `${rootName}.md`;
	const rootText = files.includes(root) ? read(root) : null;
	if (rootText === null) return null;
	const seen = new Set([root]);
	const notes: string[] = [];
	const entriesOf = (path: string, text: string): NavEntry[] =>
		toctreesOf(text).flatMap((toctree) => {
			const entries = toctree.entries.flatMap(({ title, target }): NavEntry[] => {
				if (/^[a-z][\w+.-]*:/i.test(target)) return [];
				const named = documentsNamed(target, path, toctree.glob, files);
				if (named.length === 0) notes.push(`${path}: the toctree entry "${target}" names no page of the site`);
				// A page listed again stays where it was first.
				const documents = named.filter((document) => !seen.has(document));
				return documents.flatMap((document): NavEntry[] => {
					seen.add(document);
					if (document.endsWith(RST)) {
						notes.push(`Left out ${document}: a reStructuredText page, which the importer does not read`);
						return [];
					}
					const pageText = document.endsWith('.md') ? read(document) : null;
					const children = pageText === null ? [] : entriesOf(document, pageText);
					return [{ title: documents.length === 1 ? title : '', url: document, ...(children.length > 0 ? { children } : {}) }];
				});
			});
			return toctree.caption && entries.length > 0 ? [{ title: toctree.caption.replace(/:$/, ''), children: entries }] : entries;
		});
	const entries = entriesOf(root, rootText);
	if (entries.length === 0) return null;
	const project = /^project\s*=\s*(['"])(.+?)\1/m.exec(confPy)?.[2]?.trim();
	return { pagesDir: '.', ...(project ? { siteName: project } : {}), tableOfContents: toMarkdown(entries), home: root, ...(notes.length > 0 ? { notes } : {}) };
}
