import type { AstroConfig } from 'astro';
import { codeToHtml, type ShikiTransformer } from 'shiki';
import { expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { TOKENIZE_TIME_LIMIT_MS } from '../../src/plugins/shiki-time-limit.ts';

it('the site highlights code with a time limit per line that a busy machine does not reach', async () => {
	const { shikiConfig } = config.markdown as AstroConfig['markdown'];
	const limits: Array<number | undefined> = [];
	const record: ShikiTransformer = {
		tokens() {
			limits.push(this.options.tokenizeTimeLimit);
		},
	};
	const html = await codeToHtml('const x: number = 1;', { lang: 'ts', theme: shikiConfig.theme, transformers: [...shikiConfig.transformers, record] });
	expect(limits).toEqual([TOKENIZE_TIME_LIMIT_MS]);
	// Tokenized whole: the number and the semicolon are coloured apart.
	expect(html).toMatch(/> 1<\/span><span style="color:#E6EDF3">;<\/span>/);
});
