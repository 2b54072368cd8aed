// Minimal static file server for e2e tests: serves a built site the way a static host does
// (directory index.html, 404.html for unknown paths). Usage: node serve-static.ts <dir> <port>
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'dist', port = '4329'] = process.argv.slice(2);
const root = resolve(dir);
const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
};

function fileFor(pathname: string): string | null {
	const path = normalize(join(root, decodeURIComponent(pathname)));
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
	const file = fileFor(pathname);
	const status = file ? 200 : 404;
	const body = file ?? join(root, '404.html');
	response.writeHead(status, { 'content-type': types[extname(body)] ?? 'application/octet-stream' });
	createReadStream(body).pipe(response);
}).listen(Number(port), '127.0.0.1');
