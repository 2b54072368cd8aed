import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface PageWeight {
	/** Gzipped bytes of the HTML document (inline scripts and styles included). */
	html: number;
	/** Gzipped bytes of linked stylesheets. */
	css: number;
	/** Gzipped bytes of JavaScript run at page load: inline scripts, external modules and their static imports. */
	js: number;
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Follows a module's static imports inside the built site (Pagefind's lazy `import()` is not followed). */
function moduleClosure(siteDir: string, url: string, seen: Set<string>) {
	if (seen.has(url)) return;
	const file = join(siteDir, url);
	if (!existsSync(file)) return;
	seen.add(url);
	const code = readFileSync(file, 'utf8');
	for (const [, spec] of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
		if (spec!.startsWith('.') || spec!.startsWith('/')) moduleClosure(siteDir, posix.resolve(posix.dirname(url), spec!), seen);
	}
}

/** What a reader's browser downloads to show a built page, before any interaction. */
export function pageWeight(siteDir: string, pageUrl: string): PageWeight {
	const htmlFile = join(siteDir, pageUrl, pageUrl.endsWith('/') ? 'index.html' : '');
	const html = readFileSync(htmlFile, 'utf8');
	const elements: Element[] = [];
	visit(fromHtml(html) as Root, 'element', (element: Element) => void elements.push(element));
	const attribute = (element: Element, name: string) => (typeof element.properties[name] === 'string' ? (element.properties[name] as string) : undefined);
	const css = elements
		.filter((element) => element.tagName === 'link' && (element.properties['rel'] as string[] | undefined)?.includes('stylesheet'))
		.reduce((sum, link) => sum + gz(readFileSync(join(siteDir, attribute(link, 'href')!))), 0);
	const scripts = elements.filter((element) => element.tagName === 'script');
	const modules = new Set<string>();
	for (const script of scripts) {
		const src = attribute(script, 'src');
		if (src !== undefined) moduleClosure(siteDir, src, modules);
	}
	const inline = scripts.filter((script) => attribute(script, 'src') === undefined).map((script) => script.children.map((child) => (child.type === 'text' ? child.value : '')).join(''));
	const js = [...modules].reduce((sum, url) => sum + gz(readFileSync(join(siteDir, url))), inline.length ? gz(inline.join('\n')) : 0);
	return { html: gz(html), css, js };
}
