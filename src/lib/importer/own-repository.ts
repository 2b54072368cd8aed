/**
 * Plans written as a repository often link their own files by their GitHub address
 * ("https://github.com/owner/plan/blob/main/Lessons/Loops.md") rather than by a relative path. Those files are the
 * plan's pages here: such links are made relative, so that they lead to the pages, and the index that links them
 * can be read as one; a link whose file does not become a page keeps its address (see rewriteLinks). The repository
 * is the one whose addresses (of links and images) name at least two of the plan's files; a plan imported from a folder of it
 * ("foundations/") is found under that folder's path.
 */
import type { Image, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { safeDecode } from './links.ts';
import type { ImportNote } from './markdown/notes.ts';
import type { PlanFile } from './plan.ts';

declare module 'mdast' {
	interface LinkData {
		/** The GitHub address a link had before it was made relative: where it leads if its file is no page. */
		repositoryUrl?: string;
	}
}

const REPOSITORY_FILE = /^https?:\/\/(?:www\.)?github\.com\/([^/]+\/[^/]+)\/(?:blob|tree)\/[^/]+\/([^?#]*)[^#]*(#.*)?$/i;

interface RepositoryLink {
	link: Link;
	file: PlanFile;
	repository: string;
	/** The repository as the link writes it, letter case kept. */
	written: string;
	segments: string[];
	anchor: string;
}

/** The plan's repository ("owner/name", lower-cased) and the folder of it that the plan is. */
export interface OwnRepository {
	repository: string;
	prefix: string[];
	/** Its name as the links write it ("Learning-Python"). */
	name: string;
}

/**
 * Makes the links to the plan's own files by their GitHub address relative, keeping the address for rewriteLinks;
 * returns the repository, or null when no two links name plan files.
 */
export function ownRepositoryLinks(files: readonly PlanFile[], fileAt: (path: string) => PlanFile | null, isAsset: (path: string) => boolean): OwnRepository | null {
	const links: RepositoryLink[] = [];
	// Images it shows by address name its files too: lessons that link no file by address may show their figures so.
	const images: Array<{ repository: string; segments: string[] }> = [];
	for (const file of files) {
		visit(file.tree, (node) => {
			if (node.type === 'link') {
				const match = REPOSITORY_FILE.exec(node.url);
				if (match) links.push({ link: node, file, repository: match[1]!.toLowerCase(), written: match[1]!, segments: match[2]!.split('/').filter(Boolean).map(safeDecode), anchor: match[3] ?? '' });
			} else if (node.type === 'image') {
				const match = REPOSITORY_IMAGE.exec(node.url);
				if (match) images.push({ repository: (match[1] ?? match[2])!.toLowerCase(), segments: match[3]!.split('/').map(safeDecode) });
			}
		});
	}
	// Each address's repository and the folder of it the plan is: the fewest leading segments that leave a plan file.
	const places = new Map<string, Set<string>>();
	for (const { repository, segments } of [...links, ...images]) {
		for (let skip = 0; skip < segments.length; skip++) {
			const path = segments.slice(skip).join('/');
			const target = fileAt(path)?.path ?? (isAsset(path) ? path : null);
			if (!target) continue;
			const key = `${repository} ${segments.slice(0, skip).join('/')}`;
			places.set(key, (places.get(key) ?? new Set()).add(target));
			break;
		}
	}
	const [own] = [...places].filter(([, targets]) => targets.size >= 2).sort(([, a], [, b]) => b.size - a.size);
	if (!own) return null;
	const [repository, folder] = own[0].split(' ') as [string, string];
	const prefix = folder ? folder.split('/') : [];
	const rewritten = new Map<PlanFile, number>();
	for (const { link, file, repository: named, segments, anchor } of links) {
		if (named !== repository || prefix.some((segment, i) => segments[i] !== segment)) continue;
		const path = segments.slice(prefix.length);
		if (!fileAt(path.join('/'))) continue;
		link.data = { ...link.data, repositoryUrl: link.url };
		link.url = `/${path.map(encodeURIComponent).join('/')}${anchor}`;
		rewritten.set(file, (rewritten.get(file) ?? 0) + 1);
	}
	for (const [file, count] of rewritten) {
		const links = count === 1 ? '1 link names' : `${count} links name`;
		(file.notes ??= []).push({ message: `${links} this plan's own files by their GitHub address (github.com/${repository}): they lead to those files' pages, or stay on GitHub where a file is not imported` });
	}
	const name = (links.find((link) => link.repository === repository)?.written ?? repository).split('/')[1]!;
	return { repository, prefix, name };
}

// An image file as GitHub serves it: its page ("…/blob/main/x.png", often with "?raw=true"), or its bytes
// ("…/raw/main/x.png", "raw.githubusercontent.com/owner/name/main/x.png").
const REPOSITORY_IMAGE = /^https?:\/\/(?:(?:www\.)?github\.com\/([^/]+\/[^/]+)\/(?:blob|raw)|raw\.githubusercontent\.com\/([^/]+\/[^/]+))\/[^/]+\/([^?#]+)(?:\?raw=true)?$/i;

/**
 * Images that the plan shows from its own repository by their GitHub address (an infographic per day) are its own
 * files: they become relative, so that they are copied and shown like the images it names by path, not links to
 * GitHub.
 */
export function ownRepositoryImages(tree: Root, own: OwnRepository, readable: ReadonlySet<string>, notes: ImportNote[]): void {
	let count = 0;
	visit(tree, 'image', (image: Image) => {
		const match = REPOSITORY_IMAGE.exec(image.url);
		if (!match || (match[1] ?? match[2])!.toLowerCase() !== own.repository) return;
		const segments = match[3]!.split('/').map(safeDecode);
		if (own.prefix.some((segment, i) => segments[i] !== segment)) return;
		const path = segments.slice(own.prefix.length).join('/');
		if (!readable.has(path)) return;
		image.url = `/${segments.slice(own.prefix.length).map(encodeURIComponent).join('/')}`;
		count++;
	});
	if (count > 0) notes.push({ message: `${count === 1 ? '1 image' : `${count} images`} shown by GitHub address (github.com/${own.repository}) ${count === 1 ? 'is one of' : 'are'} this plan's own files: copied and shown as its images` });
}
