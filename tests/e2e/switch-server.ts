/**
 * A static server for a production build that can switch to another build on the same origin,
 * as a host does when a new release is deployed: the update test serves release A, then B.
 * Prerendered pages are found as the static host finds them (`/read` is `read.html`).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff'
};

async function isFile(path: string): Promise<boolean> {
	return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

export class SwitchServer {
	/** The build directory served now. */
	dir: string;
	readonly #server: Server;

	constructor(dir: string) {
		this.dir = dir;
		this.#server = createServer((request, response) => {
			void this.#serve(request.url ?? '/').then(
				(file) => {
					if (!file) {
						response.writeHead(404).end('not found');
						return;
					}
					// No HTTP caching: the service worker alone decides what is kept.
					response.writeHead(200, {
						'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
						'cache-control': 'no-cache'
					});
					createReadStream(file).pipe(response);
				},
				() => response.writeHead(500).end()
			);
		});
	}

	async #serve(url: string): Promise<string | undefined> {
		const path = normalize(decodeURIComponent(new URL(url, 'http://x').pathname));
		if (path.includes('..')) return undefined;
		const base = join(this.dir, path);
		for (const file of [base, join(base, 'index.html'), `${base.replace(/\/$/u, '')}.html`])
			if (await isFile(file)) return file;
		return undefined;
	}

	listen(port: number): Promise<void> {
		return new Promise((resolve) => this.#server.listen(port, '127.0.0.1', resolve));
	}

	close(): Promise<void> {
		return new Promise((resolve) => this.#server.close(() => resolve()));
	}
}
