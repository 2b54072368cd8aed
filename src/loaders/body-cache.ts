import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Rendered bodies live in files named by their entry's digest, not in Astro's content store: the store is bundled
 * into the build as one JavaScript module, and at 10,000 phases the HTML made it 50 MB of code for Vite to bundle
 * (a third of the build's peak memory). Files named by digest are never rewritten with other content, so a body
 * read while another process renders can only be the right one.
 */
export interface BodyCache {
	/** The file that holds (or will hold) the HTML of the body with this digest. */
	fileOf(digest: string): string;
	/** Writes the HTML to its file, which appears whole (written aside, then renamed). */
	write(digest: string, html: string): void;
	/** Deletes the files of bodies that are no longer in the store. */
	keepOnly(digests: ReadonlySet<string>): void;
}

export function bodyCache(dir: string): BodyCache {
	const fileOf = (digest: string) => join(dir, `${digest}.html`);
	return {
		fileOf,
		write(digest, html) {
			const file = fileOf(digest);
			mkdirSync(dir, { recursive: true });
			const partial = `${file}.${process.pid}.tmp`;
			writeFileSync(partial, html);
			renameSync(partial, file);
		},
		keepOnly(digests) {
			if (!existsSync(dir)) return;
			for (const name of readdirSync(dir)) {
				if (name.endsWith('.html') && !digests.has(name.slice(0, -'.html'.length))) rmSync(join(dir, name), { force: true });
			}
		},
	};
}

/** The HTML the content layer rendered for an entry; undefined when MDX's compiler renders it (see mdx-loader.ts). */
export function renderedBody(entry: { rendered?: { metadata?: Record<string, unknown> } }): string | undefined {
	const bodyFile = entry.rendered?.metadata?.['bodyFile'];
	return typeof bodyFile === 'string' ? readFileSync(bodyFile, 'utf8') : undefined;
}
