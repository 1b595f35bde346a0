import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
};

export function contentType(path: string): string {
	return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Text formats a web server compresses; images, fonts and Pagefind's own (already gzipped) files are sent as they are. */
export function isCompressible(type: string): boolean {
	return /^text\/|^application\/(json|geo\+json|xml|javascript)|^image\/svg\+xml/.test(type);
}

export function gzipSize(body: Uint8Array | string): number {
	return gzipSync(body).length;
}

/** Bytes of a response body on the wire: zlib gzip (default level 6) for compressible types, else the body itself. */
export function wireBytes(body: Uint8Array, type: string): number {
	return isCompressible(type) ? gzipSize(body) : body.length;
}

export const isJavaScript = (type: string) => /javascript/.test(type);
