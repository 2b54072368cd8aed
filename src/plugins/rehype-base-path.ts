import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/urls.ts';

// Attributes whose value is one URL. Links and images are the ones Markdown writes; MDX authors may write others.
const URL_ATTRIBUTES = ['href', 'src', 'poster'];

/** '/roadmaps/x/' is a site path; '//host/x' is another host, 'x/' and '#x' are relative. */
const isSitePath = (value: unknown): value is string => typeof value === 'string' && value.startsWith('/') && !value.startsWith('//');

/** An MDX element written as JSX in a body (`<a href="/x/">`); its attributes are a list, not hast properties. */
interface MdxJsxElement {
	type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
	attributes: Array<{ type: string; name?: string; value?: unknown }>;
}

/**
 * Content links between pages as site paths (`/roadmaps/x/y/`, as the importer writes them and authors do), so that
 * the same content builds for any base path. This serves them under the site's `base`: with base `/sub/`, a link to
 * `/roadmaps/x/` becomes `/sub/roadmaps/x/`. Relative links and other hosts are left as they are.
 */
export default function rehypeBasePath({ base }: { base: string }) {
	return (tree: Root) => {
		if (base === '/') return;
		visit(tree, (node) => {
			if (node.type === 'element') {
				for (const name of URL_ATTRIBUTES) {
					const value = node.properties[name];
					if (isSitePath(value)) node.properties[name] = withBase(value, base);
				}
			} else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				for (const attribute of (node as unknown as MdxJsxElement).attributes) {
					if (attribute.type === 'mdxJsxAttribute' && URL_ATTRIBUTES.includes(attribute.name ?? '') && isSitePath(attribute.value)) {
						attribute.value = withBase(attribute.value, base);
					}
				}
			}
		});
	};
}
