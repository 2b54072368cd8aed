// Offline reading: what a saved roadmap consists of, and the caches the service worker keeps. Shared by the build
// (the per-roadmap lists, the worker's configuration) and the browser (saving, checking and removing a roadmap).
import { printUrl, withBase } from '../urls.ts';

/** The service worker's runtime caches (its precache of the app shell is Workbox's own). */
export const OFFLINE_CACHES = {
	/** Pages and other documents, network first so that a new build replaces them. */
	pages: 'waymark-pages',
	/** Hashed build assets under /_astro/ (images, scripts, styles): immutable, so cache first. */
	assets: 'waymark-assets',
	/** Pagefind's index, entry, WebAssembly and result fragments: served from cache, refreshed in the background. */
	search: 'waymark-search',
} as const;

/** What "Save for offline" fetches for a roadmap: `/offline/<roadmap>.json`. */
export interface OfflineList {
	roadmap: string;
	title: string;
	/** The roadmap's pages: overview, every phase, printable version (from the model). */
	pages: string[];
	/** Same-site files those pages use (their images, styles and scripts), found in the built pages. */
	files: string[];
	/** Pagefind's files any offline search needs, shared by every saved roadmap: all of /pagefind/ but its prebuilt UIs and result fragments. */
	search: string[];
	/**
	 * Pagefind's result fragments (one per page) of this roadmap's pages. Only these: a library's fragments grow with
	 * its pages (10,000 files at 200 roadmaps), and offline a result can only lead to a saved page anyway.
	 */
	fragments: string[];
	/** Bytes of everything listed, as stored on the server. */
	bytes: number;
	/** Hash of everything listed: when it changes, a new build changed the roadmap and a saved copy is refreshed. */
	version: string;
}

export const offlineListUrl = (roadmap: string) => withBase(`/offline/${roadmap}.json`);
/** The page the service worker shows for a page that is neither online nor saved. */
export const offlinePageUrl = () => withBase('/offline/');

/** A roadmap's pages, the part of its offline list the model knows; the build adds the files and search index. */
export function offlinePages(roadmap: { id: string; url: string; phases: ReadonlyArray<{ url: string }> }): string[] {
	return [roadmap.url, ...roadmap.phases.map((phase) => phase.url), printUrl(roadmap.id)];
}

/** Pagefind's own search UIs are not used by the site's search (src/scripts/search.ts), so they stay online only. */
export const isOfflineSearchFile = (path: string) => !/(^|\/)pagefind-(component-|modular-)?ui\.(js|css)$/.test(path);

/** A result fragment, saved only with the roadmap whose page it describes (see OfflineList.fragments). */
export const isSearchFragment = (path: string) => path.endsWith('.pf_fragment');

/**
 * The files a tag makes its page load, as written: images (src, srcset), media and posters, stylesheets and scripts.
 * Links are not loads: a saved roadmap keeps its own pages, not every page they link to.
 */
export function pageLoads(name: string, attributes: Record<string, string | undefined>): Array<string | undefined> {
	const srcset = (attributes['srcset'] ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
	if (name === 'img' || name === 'source') return [attributes['src'], ...srcset];
	if (name === 'video' || name === 'audio') return [attributes['src'], attributes['poster']];
	if (name === 'script') return [attributes['src']];
	if (name === 'link' && attributes['rel']?.split(/\s+/).includes('stylesheet')) return [attributes['href']];
	return [];
}
