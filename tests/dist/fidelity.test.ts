// Runs after `npm run build`: every unit of every source document must appear on a built page of its roadmap.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainText } from '../../src/lib/build/built-site.ts';
import { measureFidelity, sourceUnits } from '../../src/lib/build/fidelity.ts';
import { parseContentFile } from '../../src/lib/checks/frontmatter.ts';

const THRESHOLD = 0.99;
const roadmapsDir = 'content/roadmaps';

function builtPages(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => mainText(readFileSync(join(dir, file), 'utf8')));
}

const roadmaps = readdirSync(roadmapsDir).map((id) => {
	const { data } = parseContentFile(readFileSync(join(roadmapsDir, id, 'index.mdx'), 'utf8'), 'mdx');
	return { id, source: (data as { source: { file: string } }).source.file };
});

describe('fidelity of the published roadmaps to their sources', () => {
	it.each(roadmaps)('$id publishes at least 99% of $source', ({ id, source }) => {
		const units = sourceUnits(readFileSync(join('content/sources', source), 'utf8'));
		const pages = builtPages(join('dist/roadmaps', id));
		expect(pages.length, `dist/roadmaps/${id}/ has no pages: run npm run build first`).toBeGreaterThan(0);
		const report = measureFidelity(units, pages);
		console.log(`${id}: ${report.found}/${report.total} units (${(report.ratio * 100).toFixed(1)}%) of ${source}`);
		expect(report.missing, `units of ${source} missing from /roadmaps/${id}/`).toEqual(
			report.ratio >= THRESHOLD ? report.missing : [],
		);
	});
});
