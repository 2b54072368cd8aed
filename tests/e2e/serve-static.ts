// Minimal static file server for e2e tests: serves a built site the way a static host does (directory index.html,
// 404.html for unknown paths).
// Usage: node serve-static.ts <dir> <port> [--base /sub/] [--headers public/_headers]
//   --base     serve the site under this path, as GitHub Pages serves a project site; anything outside it is a 404
//   --headers  send the headers a Netlify/Cloudflare Pages `_headers` file gives each path of the site
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normalizeBase, withoutBase } from '../../src/lib/urls.ts';
import { headersFor, parseHeadersFile } from './host-headers.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { base: { type: 'string' }, headers: { type: 'string' } } });
const [dir = 'dist', port = '4329'] = positionals;
const root = resolve(dir);
const base = normalizeBase(values.base);
const headerRules = values.headers ? parseHeadersFile(readFileSync(values.headers, 'utf8')) : [];
const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
};

function fileFor(sitePath: string): string | null {
	const path = normalize(join(root, decodeURIComponent(sitePath)));
	if (!path.startsWith(root)) return null;
	for (const candidate of [path, join(path, 'index.html')]) {
		try {
			if (statSync(candidate).isFile()) return candidate;
		} catch {
			// try the next candidate
		}
	}
	return null;
}

createServer((request, response) => {
	const { pathname } = new URL(request.url ?? '/', 'http://localhost');
	const sitePath = withoutBase(pathname, base);
	const file = sitePath === null ? null : fileFor(sitePath);
	const body = file ?? join(root, '404.html');
	response.writeHead(file ? 200 : 404, { ...headersFor(headerRules, sitePath ?? pathname), 'content-type': types[extname(body)] ?? 'application/octet-stream' });
	createReadStream(body).pipe(response);
}).listen(Number(port), '127.0.0.1');
