import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SITE_LANGUAGE } from '../lib/model/model.ts';

/**
 * Builds the Pagefind search index into `dist/pagefind/` as the last step of `astro build`,
 * so that `dist/` is never published without its index. Any indexing error fails the build.
 */
export default function pagefindIntegration(): AstroIntegration {
	return {
		name: 'waymark:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				try {
					const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: SITE_LANGUAGE });
					if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
					const { page_count, errors: indexErrors } = await index.addDirectory({ path: outDir });
					if (indexErrors.length > 0) throw new Error(`Pagefind failed to index: ${indexErrors.join('; ')}`);
					if (page_count === 0) throw new Error('Pagefind found no pages to index (is data-pagefind-body missing?)');
					const { errors: writeErrors } = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
					if (writeErrors.length > 0) throw new Error(`Pagefind failed to write its index: ${writeErrors.join('; ')}`);
					logger.info(`Indexed ${page_count} pages for search.`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
