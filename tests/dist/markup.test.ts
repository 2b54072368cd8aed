// Markup of the built site that no browser complains about but that loses what the page meant.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';

const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

describe('built markup', () => {
	it('writes each attribute once per element (a browser keeps the first: a second class is lost)', () => {
		const duplicates = pages.flatMap((file) => {
			const found: string[] = [];
			parse(readFileSync(join('dist', file), 'utf8'), {
				sourceCodeLocationInfo: true,
				onParseError: (error) => {
					if (error.code === 'duplicate-attribute') found.push(`${file}:${error.startLine}:${error.startCol}`);
				},
			});
			return found;
		});
		expect(pages.length).toBeGreaterThan(20);
		expect(duplicates).toEqual([]);
	});

	// Astro's compiler adds a scope class to elements whose attributes are spread ({...attributes}), even in components
	// without styles, and it can replace the element's own classes (roadmap cards lost their title's size). The site
	// scopes styles by data attribute, so such a class is always that mistake: attributes are written one by one.
	it('carries no stray Astro scope classes', () => {
		const stray = pages.filter((file) => /class="[^"]*\bastro-[a-z0-9]{8}\b/.test(readFileSync(join('dist', file), 'utf8')));
		expect(stray).toEqual([]);
	});
});
