import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { createProcessor } from '@mdx-js/mdx';
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Heading, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { explicitIdOf, explicitIdsOf, setExplicitId } from '../../src/lib/anchors/explicit-id.ts';
import { type AnchorPage, bodyHeadings, droppedAnchors, formatAnchorManifest, publishedAnchors } from '../../src/lib/anchors/published-anchors.ts';
import { formatProblem } from '../../src/lib/checks/friendly-errors.ts';
import { toMdx } from '../../src/lib/importer/markdown/serialize.ts';
import { mdxProblems } from '../../src/lib/checks/mdx-check.ts';
import { parseManifest } from '../../src/lib/build/url-manifest.ts';
import rehypeHeadingLinks from '../../src/plugins/rehype-heading-links.ts';
import remarkExplicitHeadingIds from '../../src/plugins/remark-explicit-heading-ids.ts';

/** An MDX body rendered to HTML by the plugins astro.config.mjs gives the build, in the same order. */
async function render(mdx: string): Promise<string> {
	let html = '';
	const capture = () => (tree: HastRoot) => {
		html = toHtml(tree);
	};
	const processor = createProcessor({ remarkPlugins: [remarkGfm, remarkExplicitHeadingIds], rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks, capture] });
	// rehypeHeadingIds reads MDX text differently from Markdown text: the file must be an .mdx file, as content is.
	await processor.process(new VFile({ path: 'body.mdx', value: mdx }));
	return html;
}

/** The headings of an MDX body as the MDX parser gives them (with their markers), as the importer holds them. */
const headingsOf = (mdx: string) => (createProcessor().parse(mdx) as Root).children.filter((node): node is Heading => node.type === 'heading');

const heading = (text: string): Heading => ({ type: 'heading', depth: 2, children: [{ type: 'text', value: text }] });

describe('explicit heading IDs: the importer’s helpers', () => {
	it('setExplicitId appends the marker the MDX serializer writes, and the build gives the heading that ID', async () => {
		const postgres = heading('PostgreSQL 16');
		setExplicitId(postgres, 'postgresql');
		const mdx = toMdx({ type: 'root', children: [postgres] });
		expect(mdx).toBe('## PostgreSQL 16 {/* #postgresql */}\n');
		expect(await render(mdx)).toContain('<h2 id="postgresql">PostgreSQL 16</h2>');
		expect(explicitIdOf(headingsOf(mdx)[0]!)).toBe('postgresql');
	});

	it('writes former IDs after the ID, and replaces a marker the heading already has', async () => {
		const reworded = heading('New wording');
		setExplicitId(reworded, 'first-try');
		setExplicitId(reworded, 'new-wording', ['old-wording']);
		const mdx = toMdx({ type: 'root', children: [reworded] });
		expect(mdx).toBe('## New wording {/* #new-wording, #old-wording */}\n');
		expect(explicitIdsOf(headingsOf(mdx)[0]!)).toEqual({ id: 'new-wording', aliases: ['old-wording'] });
		expect(await render(mdx)).toContain('<h2 id="new-wording"><span id="old-wording"></span>New wording</h2>');
	});

	it('explicitIdOf is null for a heading without a marker, or whose comment is not one', () => {
		const [plain, comment, markerInside] = headingsOf('## Plain\n\n## Noted {/* a note */}\n\n## A {/* #a */} b\n');
		expect(explicitIdOf(plain!)).toBeNull();
		expect(explicitIdOf(comment!)).toBeNull();
		expect(explicitIdOf(markerInside!)).toBeNull();
	});
});

describe('remark-explicit-heading-ids', () => {
	it('gives the heading its explicit ID and removes the marker from its text, its link and its copy button', async () => {
		const html = await render('## PostgreSQL *16* {/* #postgresql */}\n\nText.\n');
		expect(html).toContain('<h2 id="postgresql">PostgreSQL <em>16</em></h2>');
		expect(html).toContain('href="#postgresql"');
		expect(html).toContain('Link to “PostgreSQL 16”');
		expect(html).not.toContain('/*');
	});

	it('puts an empty element with each former ID first inside the heading, so the old anchor lands on it without JS', async () => {
		const html = await render('### Reworded {/* #reworded, #old-one, #older-one */}\n');
		expect(html).toContain('<h3 id="reworded"><span id="old-one"></span><span id="older-one"></span>Reworded</h3>');
		expect(html).toContain('Link to “Reworded”');
	});

	it('leaves headings without a marker to rehypeHeadingIds, as before', async () => {
		const html = await render('## A GFM table\n\n## A GFM table\n');
		expect(html).toContain('<h2 id="a-gfm-table">A GFM table</h2>');
		expect(html).toContain('<h2 id="a-gfm-table-1">A GFM table</h2>');
	});
});

describe('heading ID checks (part of the content check)', () => {
	const check = (body: string) => mdxProblems(body, 'content/roadmaps/x/y.mdx', 8).map(formatProblem);

	it('accepts explicit and former IDs', () => {
		expect(check('## PostgreSQL 16 {/* #postgresql */}\n\n## New {/* #new, #old */}\n\n## Другое {/* #другое */}\n')).toEqual([]);
	});

	it('reports an ID not written as a heading ID, with the spelling that works', () => {
		expect(check('Intro.\n\n## PostgreSQL {/* #PostgreSQL */}\n')).toEqual([
			'content/roadmaps/x/y.mdx:10:15  (body)  "#PostgreSQL" is not a heading ID  (got: {/* #PostgreSQL */})  fix: write it as `#postgresql` (lower case, hyphens, no punctuation): `## Title {/* #id */}`, or `{/* #id, #former-id */}` to keep a former anchor',
		]);
		expect(check('## A {/* #a, b */}\n')[0]).toContain('"b" is not a heading ID');
		expect(check('## A {/* # */}\n')[0]).toContain('fix: write an ID after the #');
	});

	it('reports a marker that does not end its heading', () => {
		expect(check('## A {/* #a */} and more\n')).toEqual([expect.stringContaining('y.mdx:8:6  (body)  a heading ID must end its heading')]);
	});

	it('reports an explicit ID another heading of the page already has, from its text or its marker', () => {
		expect(check('## Setup\n\n## Install {/* #setup */}\n')).toEqual([
			expect.stringContaining('y.mdx:10:12  (body)  heading ID "#setup" is already the ID made from the text of the heading “Setup” (line 8)'),
		]);
		expect(check('## One {/* #same */}\n\n## Two {/* #other, #same */}\n')).toHaveLength(2);
	});
});

describe('bodyHeadings', () => {
	it('reads the headings of a body (those with an anchor link), their text, level and former IDs, and nothing else', async () => {
		const body = await render('## Setup\n\n### Deep *dive* {/* #deep, #dive */}\n\n#### Four\n\n##### Five\n');
		const page = `<main><h1>Title</h1><h2 id="topics">Topics</h2><div class="prose">${body}</div><section id="projects"><h2 id="x-projects">Projects</h2></section></main>`;
		expect(bodyHeadings(page)).toEqual([
			{ id: 'setup', depth: 2, text: 'Setup', aliases: [] },
			{ id: 'deep', depth: 3, text: 'Deep dive', aliases: ['dive'] },
			{ id: 'four', depth: 4, text: 'Four', aliases: [] },
		]);
	});
});

describe('the anchor manifest', () => {
	const pages = new Map<string, AnchorPage>([
		['/roadmaps/r/databases/', { file: 'content/roadmaps/r/databases.mdx', headings: [
			{ id: 'postgresql', depth: 2, text: 'PostgreSQL', aliases: [] },
			{ id: 'caching-layers', depth: 2, text: 'Caching layers', aliases: ['redis'] },
			{ id: 'mongo-db', depth: 3, text: 'Mongo DB', aliases: [] },
		] }],
		['/roadmaps/r/', { file: 'content/roadmaps/r/index.mdx', headings: [{ id: 'intro', depth: 2, text: 'Intro', aliases: [] }] }],
	]);
	const redirects = new Map([['/roadmaps/r/data-stores/', '/roadmaps/r/databases/']]);
	const dropped = (manifest: string[]) => droppedAnchors(manifest, pages, redirects, 'content/published-anchors.txt');

	it('keeps an anchor that is a heading’s ID or former ID, also through a renamed page’s redirect', () => {
		expect(dropped(['/roadmaps/r/databases/#postgresql', '/roadmaps/r/databases/#redis', '/roadmaps/r/data-stores/#postgresql', '/roadmaps/r/#intro'])).toEqual([]);
	});

	it('reports a dropped anchor with the page, the file and the marker for the reworded heading', () => {
		expect(dropped(['/roadmaps/r/databases/#postgresql', '/roadmaps/r/databases/#caching-layers', '/roadmaps/r/databases/#mongodb'])).toEqual([
			{
				anchor: '/roadmaps/r/databases/#mongodb',
				file: 'content/roadmaps/r/databases.mdx',
				fix: 'if “Mongo DB” is the reworded heading, end it with {/* #mongodb */} to keep the old anchor as its ID (`### Mongo DB {/* #mongodb */}`), or with {/* #mongo-db, #mongodb */} to keep both; if the section is gone on purpose, delete the line from content/published-anchors.txt',
			},
		]);
	});

	it('without a likely heading, names the new headings; a page that is gone is left to the URL check', () => {
		const [only, ...rest] = dropped(['/roadmaps/r/databases/#postgresql', '/roadmaps/r/databases/#sharding', '/roadmaps/r/gone/#x', '/roadmaps/r/#intro']);
		expect(rest).toEqual([]);
		expect(only!.anchor).toBe('/roadmaps/r/databases/#sharding');
		expect(only!.fix).toContain('end the heading that replaced it with {/* #sharding */}');
		expect(only!.fix).toContain('(new headings: “Caching layers” #caching-layers, “Mongo DB” #mongo-db)');
	});

	it('lists every heading of every page once, sorted, under its header, and parses back', () => {
		const anchors = publishedAnchors(pages);
		expect(anchors).toEqual(['/roadmaps/r/databases/#postgresql', '/roadmaps/r/databases/#caching-layers', '/roadmaps/r/databases/#mongo-db', '/roadmaps/r/#intro']);
		const text = formatAnchorManifest([...anchors, '/roadmaps/r/#intro']);
		expect(text).toMatch(/^# Heading anchors this site has published/);
		expect(parseManifest(text)).toEqual([...anchors].sort());
	});
});
