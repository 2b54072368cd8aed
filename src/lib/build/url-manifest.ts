/**
 * Published URLs are a promise: once a URL is in the committed manifest, every later build must still serve it
 * (as a page or as a redirect from an alias). Heading anchors are kept the same way (src/lib/anchors/published-anchors.ts).
 */

export function parseManifest(text: string): string[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('#'));
}

const URLS_HEADER = '# URLs this site has published. Every later build must keep serving each one (directly or through an alias).\n# Written by the build; commit it. Remove a line only to retire a URL on purpose.';

/** A manifest file: its header comment, then each entry once, sorted, so that a diff shows only what was added. */
export function formatManifest(entries: Iterable<string>, header = URLS_HEADER): string {
	return `${header}\n${[...new Set(entries)].sort().join('\n')}\n`;
}

export interface DroppedUrl {
	url: string;
	fix: string;
}

/** URLs in the manifest that the new build no longer serves, each with the alias that would keep it alive. */
export function droppedUrls(manifest: string[], served: Set<string>, manifestFile: string): DroppedUrl[] {
	return manifest
		.filter((url) => !served.has(url))
		.map((url) => {
			const phase = /^\/roadmaps\/([^/]+)\/([^/]+)\/$/.exec(url);
			const roadmap = /^\/roadmaps\/([^/]+)\/$/.exec(url);
			const fix = phase
				? `if the phase was renamed, add \`aliases: [${phase[2]}]\` to the renamed phase's file in content/roadmaps/${phase[1]}/ (or, if the roadmap was renamed, \`aliases: [${phase[1]}]\` to its index.mdx)`
				: roadmap
					? `if the roadmap was renamed, add \`aliases: [${roadmap[1]}]\` to its new content/roadmaps/<id>/index.mdx`
					: `restore the page, or delete the line from ${manifestFile} to retire the URL on purpose`;
			return { url, fix };
		});
}
