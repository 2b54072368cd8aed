/**
 * Hugging Face's doc-builder keeps a course's or library's table of contents in `_toctree.yml`, one per language
 * folder (`chapters/en/_toctree.yml`, `docs/source/en/_toctree.yml`): a list of `{ title, sections }`, each section a
 * page (`local: chapter1/2`, its path without extension, and its `title`) or a `{ title, sections }` of its own.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readYamlValue, toMarkdown, type NavEntry, type SiteNav } from './site-nav.ts';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

/** The entries of a `_toctree.yml`, or null when it lists no page. */
export function docBuilderNav(tocText: string): SiteNav | null {
	const entries = (value: unknown): NavEntry[] =>
		(Array.isArray(value) ? value : []).flatMap((entry): NavEntry[] => {
			if (!entry || typeof entry !== 'object') return [];
			const fields = entry as Record<string, unknown>;
			const url = text(fields['local']);
			const children = entries(fields['sections']);
			if (!url && children.length === 0) return [];
			return [{ title: text(fields['title']), ...(url ? { url } : {}), ...(children.length ? { children } : {}) }];
		});
	const toc = entries(readYamlValue(tocText));
	return toc.some(function hasPage(entry): boolean { return entry.url !== undefined || (entry.children ?? []).some(hasPage); }) ? { pagesDir: '.', tableOfContents: toMarkdown(toc) } : null;
}

// doc-builder builds English unless told otherwise: a repository's other language folders are its translations.
const DEFAULT_LANGUAGE = 'en';

/**
 * The folder whose `_toctree.yml` a folder is read from: itself, else its English one, at most three folders down
 * (`chapters/en`, `docs/source/en`), the shallowest; null when there is none.
 */
export function docBuilderFolder(folder: string): string | null {
	let level = [folder];
	for (let depth = 0; depth <= 3 && level.length > 0; depth++) {
		const found = level.find((dir) => (depth === 0 || basename(dir) === DEFAULT_LANGUAGE) && existsSync(join(dir, '_toctree.yml')));
		if (found) return found;
		level = level.flatMap((dir) => readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules').map((entry) => join(dir, entry.name)));
	}
	return null;
}
