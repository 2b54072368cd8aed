import { htmlScanner } from '../html/scan.ts';
import { closestMatch } from '../checks/suggest.ts';
import { formatManifest } from '../build/url-manifest.ts';

/**
 * Heading anchors are published like URLs: a link to `/roadmaps/x/y/#postgresql` is pasted into a discussion, and
 * the heading's wording may change later. content/published-anchors.txt lists every anchor a build has published,
 * one `/roadmaps/<roadmap>/<phase>/#<id>` a line; a build that no longer lands one on a heading fails.
 */
export const ANCHORS_HEADER = [
	'# Heading anchors this site has published. Every later build must keep each one on a heading of its page: the heading',
	'# keeps the ID (`## New wording {/* #old-id */}`) or lists it as a former ID (`{/* #new-id, #old-id */}`).',
	'# Written by the build; commit it. Remove a line only to retire an anchor on purpose.',
].join('\n');

/** A heading of a roadmap or phase body on a built page: one that shows an anchor link. */
export interface BodyHeading {
	id: string;
	/** 2 for `##`. */
	depth: number;
	/** The text the heading shows. */
	text: string;
	/** IDs of elements inside the heading (its former IDs): a link to one lands on the heading too. */
	aliases: string[];
}

/** Scan callbacks that collect a page's body headings as the tokenizer passes them (see bodyHeadings). */
export function bodyHeadingCollector() {
	const headings: BodyHeading[] = [];
	let inWrapper = false;
	let current: { heading: BodyHeading; tag: string } | null = null;
	return {
		headings,
		startTag(name: string, attributes: Record<string, string>) {
			const id = attributes['id'];
			if (current) {
				if (id !== undefined) current.heading.aliases.push(id);
			} else if (inWrapper && /^h[2-4]$/.test(name) && id !== undefined) {
				current = { heading: { id, depth: Number(name[1]), text: '', aliases: [] }, tag: name };
			}
			inWrapper = name === 'div' && (attributes['class'] ?? '').split(/\s+/).includes('heading-wrapper');
		},
		text(text: string) {
			if (current) current.heading.text += text;
		},
		endTag(name: string) {
			if (current?.tag !== name) return;
			headings.push({ ...current.heading, text: current.heading.text.replace(/\s+/g, ' ').trim() });
			current = null;
		},
	};
}

/**
 * The body headings of a built page: the h2–h4 that src/plugins/rehype-heading-links.ts wrapped with an anchor link,
 * which it does only to Markdown bodies. Read in one streaming pass (the link check reads them in its own pass).
 */
export function bodyHeadings(html: string): BodyHeading[] {
	const collector = bodyHeadingCollector();
	htmlScanner(collector).end(html);
	return collector.headings;
}

/** A page whose body headings' anchors are published: a roadmap overview or a phase. */
export interface AnchorPage {
	/** The content file the body is written in, as shown to the author. */
	file: string;
	headings: BodyHeading[];
}

/** `/roadmaps/x/y/#id` for every heading of these pages, keyed by the page's URL. */
export function publishedAnchors(pages: ReadonlyMap<string, AnchorPage>): string[] {
	return [...pages].flatMap(([url, page]) => page.headings.map((heading) => `${url}#${heading.id}`));
}

export function formatAnchorManifest(anchors: Iterable<string>): string {
	return formatManifest(anchors, ANCHORS_HEADER);
}

export interface DroppedAnchor {
	/** The manifest line, `/roadmaps/x/y/#id`. */
	anchor: string;
	file: string;
	fix: string;
}

const markerOf = (ids: string[]) => `{/* ${ids.map((id) => `#${id}`).join(', ')} */}`;

/**
 * Anchors in the manifest that no heading of their page has any more, neither as its ID nor as a former ID, each with
 * the marker that would keep it. A page that moved (an alias of a renamed phase) is followed through `redirects`;
 * an anchor whose page is gone is left to the URL check, which names the alias to add.
 */
export function droppedAnchors(manifest: readonly string[], pages: ReadonlyMap<string, AnchorPage>, redirects: ReadonlyMap<string, string>, manifestFile: string): DroppedAnchor[] {
	const published = new Set(manifest);
	const dropped: DroppedAnchor[] = [];
	for (const anchor of manifest) {
		const hash = anchor.indexOf('#');
		if (hash === -1) continue;
		const url = anchor.slice(0, hash);
		const id = anchor.slice(hash + 1);
		const pageUrl = pages.has(url) ? url : redirects.get(url);
		const page = pageUrl === undefined ? undefined : pages.get(pageUrl);
		if (!page || page.headings.some((h) => h.id === id || h.aliases.includes(id))) continue;
		// The heading that replaced it is most likely one whose anchor was never published: the reworded one.
		const fresh = page.headings.filter((h) => !published.has(`${pageUrl}#${h.id}`));
		const match = fresh.find((h) => h.id === closestMatch(id, fresh.map((f) => f.id))) ?? (fresh.length === 1 ? fresh[0] : undefined);
		const retire = `if the section is gone on purpose, delete the line from ${manifestFile}`;
		const fix = match
			? `if “${match.text}” is the reworded heading, end it with ${markerOf([id])} to keep the old anchor as its ID (\`${'#'.repeat(match.depth)} ${match.text} ${markerOf([id])}\`), or with ${markerOf([match.id, ...match.aliases, id])} to keep both; ${retire}`
			: `end the heading that replaced it with ${markerOf([id])} to keep the old anchor as its ID, or with {/* #its-id, #${id} */} to keep both${fresh.length > 0 ? ` (new headings: ${fresh.map((h) => `“${h.text}” #${h.id}`).join(', ')})` : ''}; ${retire}`;
		dropped.push({ anchor, file: page.file, fix });
	}
	return dropped;
}
