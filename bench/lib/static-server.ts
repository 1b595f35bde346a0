import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentType, isCompressible } from './wire';

export interface Resolved {
	status: 200 | 301 | 404;
	/** File served (absent for a redirect or a 404 without 404.html). */
	file?: string;
	location?: string;
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** How a static host maps a URL path onto the built site: `x/` → `x/index.html`, `x` → `x/` (301), else 404.html. */
export function resolvePath(root: string, urlPath: string): Resolved {
	const path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
	const target = normalize(join(root, path));
	if (target !== root && !target.startsWith(root + sep)) return { status: 404 };
	if (isFile(target)) return { status: 200, file: target };
	if (isFile(join(target, 'index.html'))) {
		return path.endsWith('/') ? { status: 200, file: join(target, 'index.html') } : { status: 301, location: `${path}/` };
	}
	const notFound = join(root, '404.html');
	return isFile(notFound) ? { status: 404, file: notFound } : { status: 404 };
}

/** Headers of the `/*` block of a Netlify-style `_headers` file (the site ships one in public/). */
export function parseHeadersFile(text: string): Record<string, string> {
	const headers: Record<string, string> = {};
	let inAll = false;
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			inAll = line.trim() === '/*';
			continue;
		}
		const colon = line.indexOf(':');
		if (inAll && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
	}
	return headers;
}

/** A tiny static host on 127.0.0.1 (random port) that gzips text like a production server would. */
export async function startStaticServer(root: string): Promise<{ url: string; close(): Promise<void> }> {
	const headersFile = join(root, '_headers');
	const extra = isFile(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : {};
	const server = createServer((request, response) => {
		const resolved = resolvePath(root, new URL(request.url ?? '/', 'http://host').pathname);
		if (resolved.status === 301) {
			response.writeHead(301, { Location: resolved.location! }).end();
			return;
		}
		if (!resolved.file) {
			response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
			return;
		}
		const type = contentType(resolved.file);
		let body: Buffer = readFileSync(resolved.file);
		const headers: Record<string, string> = { ...extra, 'Content-Type': type };
		if (isCompressible(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
			body = gzipSync(body);
			headers['Content-Encoding'] = 'gzip';
			headers.Vary = 'Accept-Encoding';
		}
		response.writeHead(resolved.status, { ...headers, 'Content-Length': String(body.length) }).end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
