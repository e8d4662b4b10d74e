import { gzipSync } from 'node:zlib';

/**
 * Whether a response is JavaScript or CSS, from its Content-Type, else its file extension.
 * `<link rel="modulepreload">` fetches do not always say "script" as a resource type, so the
 * type is read off the response itself.
 */
export function assetKind(url: string, contentType: string | undefined): 'js' | 'css' | undefined {
	const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
	if (type === 'text/css') return 'css';
	if (type === 'text/javascript' || type === 'application/javascript') return 'js';
	const path = new URL(url).pathname;
	if (/\.m?js$/u.test(path)) return 'js';
	if (/\.css$/u.test(path)) return 'css';
	return undefined;
}

/** The body gzipped at level 9, as a compressing host sends it (and the bench's server does). */
export function gzipped(body: Uint8Array): Buffer {
	return gzipSync(body, { level: 9 });
}

/**
 * Bytes after gzip at level 9. Counted from the body, so the figure does not depend on how the
 * server encodes it.
 */
export function gzipBytes(body: Uint8Array): number {
	return gzipped(body).byteLength;
}

/**
 * Bytes a static host sends for a file: gzip -9 of the body, or the body itself when gzip does not
 * make it smaller (woff2, png and other files compressed already, which hosts send as they are).
 */
export function transferBytes(body: Uint8Array): number {
	return Math.min(body.byteLength, gzipBytes(body));
}

/** A set of files (a service worker's precache) raw, as sent over the wire, and counted. */
export function sumBodies(bodies: readonly Uint8Array[]): {
	raw: number;
	transfer: number;
	files: number;
} {
	let raw = 0;
	let transfer = 0;
	for (const body of bodies) {
		raw += body.byteLength;
		transfer += transferBytes(body);
	}
	return { raw, transfer, files: bodies.length };
}
