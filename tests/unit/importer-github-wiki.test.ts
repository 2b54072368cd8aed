import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/lib/importer/run.ts';
import { withImportFolders, writeFiles } from './import-folders.ts';

const fieldOf = (text: string, name: string) => new RegExp(`^${name}: "?([^"\\n]*)"?$`, 'm').exec(text)?.[1];

describe('a GitHub wiki', () => {
	it("reads a wiki's pages in its sidebar's order, its Home page the overview, links by wiki address (of any fork) leading to the pages, and leaves its footer out", () => {
		withImportFolders((dir, content) => {
			const wiki = join(dir, 'wiki');
			const page = (owner: string, name: string) => `https://github.com/${owner}/Lab101/wiki/${name}`;
			writeFiles(wiki, {
				'Home.md': `# Introduction\n\nThe lab course. Start with [the first lab](${page('ta', 'Lab-1:-Measuring')}).\n`,
				'_Sidebar.md': [
					`# [Lab 101 Home](https://ta.github.io/Lab101/)`,
					`## [Reference](${page('ta', 'Reference-Card')})`,
					'## Labs',
					`- [Lab 1 - Measuring](${page('ta', 'Lab-1:-Measuring')})`,
					`- [Lab 2 - Flow](${page('other', 'Lab-2:-Flow')})`,
					`### [Report Guidelines](${page('other', 'Report-Guidelines')})`,
					'',
				].join('\n'),
				'_Footer.md': 'Lab 101 - 2024\n',
				'Reference-Card.md': 'Units and constants.\n',
				'Lab-1:-Measuring.md': '## Objective\n\nMeasure things.\n',
				'Lab-2:-Flow.md': '## Objective\n\nWatch the flow. Write it up as [the guidelines](' + page('other', 'Report-Guidelines') + ') ask.\n',
				'Report-Guidelines.md': 'Write clearly.\n',
			});
			const lines: string[] = [];
			expect(runImport([wiki, '--id', 'lab', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			const folder = join(content, 'roadmaps', 'lab');
			const phases = readdirSync(folder).filter((name) => name !== 'index.mdx').map((name) => readFileSync(join(folder, name), 'utf8'));
			const ordered = phases.toSorted((a, b) => Number(fieldOf(a, 'order')) - Number(fieldOf(b, 'order'))).map((text) => fieldOf(text, 'title'));
			expect(ordered).toEqual(['Reference', 'Measuring', 'Flow', 'Report Guidelines']);
			const overview = readFileSync(join(folder, 'index.mdx'), 'utf8');
			expect(overview).toContain('The lab course. Start with [the first lab](/roadmaps/lab/measuring/).');
			expect(phases.find((text) => text.includes('Watch the flow'))).toContain('[the guidelines](/roadmaps/lab/report-guidelines/)');
			expect(lines.join('\n')).toContain('not lessons: _Footer.md, _Sidebar.md');
			expect(overview).toMatch(/^title: "Introduction"$/m);
		});
	});

	it('titles a wiki by its repository, as GitHub does, when its Home page\'s "#" headings are its sections', () => {
		withImportFolders((dir, content) => {
			const wiki = join(dir, 'Lab101.wiki');
			writeFiles(wiki, {
				'.git/config': '[remote "origin"]\n\turl = https://github.com/ta/Lab101.wiki.git\n',
				'.git/HEAD': 'ref: refs/heads/master\n',
				'Home.md': '# Introduction\n\nThe lab course.\n\n# Labs\n\n## [Lab 1](Lab-1)\n\nMeasuring.\n',
				'_Sidebar.md': '- [Lab 1](Lab-1)\n- [Lab 2](Lab-2)\n',
				'Lab-1.md': 'Measure things.\n',
				'Lab-2.md': 'Watch the flow.\n',
			});
			expect(runImport([wiki, '--id', 'lab', '--out', content], dir, { log: () => {}, error: () => {} })).toBe(0);
			expect(readFileSync(join(content, 'roadmaps', 'lab', 'index.mdx'), 'utf8')).toMatch(/^title: "Lab101"$/m);
		});
	});
});
