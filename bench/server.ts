import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve as resolvePath, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipped } from './lib/assets';

/** The script that runs hostBuild in a process of its own, and the folder tsx is installed from. */
const SERVE_BUILD = fileURLToPath(new URL('./serve-build.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the app: `npm run build`, or with `config` a scratch build under that Vite config (and
 * `env`, e.g. FAHM_KIT_DIR and FAHM_BUILD_DIR), Vite's own bin run directly. Shows the output only
 * when it fails, so the bench report stays readable.
 */
export async function buildApp(
	root: string,
	options: { config?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<void> {
	const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	const [command, args] =
		options.config === undefined
			? ['npm', ['run', 'build']]
			: [process.execPath, [vite, 'build', '--config', options.config]];
	const child = spawn(command, args, {
		cwd: root,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, ...options.env }
	});
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const code = await exited(child);
	const what =
		options.config === undefined ? 'npm run build' : `vite build --config ${options.config}`;
	if (code !== 0) throw new Error(`${what} failed (exit ${code}):\n${output}`);
}

/** What a static host sends a file as, by extension; anything else is sent as bytes. */
const TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2'
};

/** One file of the build as the host keeps it: its body, and gzip -9 of it where that is smaller. */
export interface HostedFile {
	type: string;
	body: Buffer;
	gzip?: Buffer;
}

/**
 * Every file under `dir`, by its address (`/ar/read/x.html`), gzipped once at level 9 where that
 * makes it smaller, as a static host serves a prerendered site (and as lib/assets.ts counts it).
 */
export function loadSite(dir: string): Map<string, HostedFile> {
	const files = new Map<string, HostedFile>();
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) {
				walk(path);
				continue;
			}
			const body = readFileSync(path);
			const type = TYPES[extname(entry.name).toLowerCase()] ?? 'application/octet-stream';
			const gzip = gzipped(body);
			const address = `/${relative(dir, path).split(sep).join('/')}`;
			files.set(address, gzip.byteLength < body.byteLength ? { type, body, gzip } : { type, body });
		}
	};
	walk(dir);
	return files;
}

/**
 * The file an address names, as SvelteKit's static adapter lays pages out: the file itself, else
 * `<path>.html` (`/read/x`, `/ar`), else `<path>/index.html` (`/`). The query is not part of it.
 */
export function fileFor<T>(files: ReadonlyMap<string, T>, url: string): T | undefined {
	let path: string;
	try {
		path = decodeURIComponent(new URL(url, 'http://host').pathname);
	} catch {
		return undefined;
	}
	const bare = path.replace(/\/+$/u, '');
	return files.get(bare) ?? files.get(`${bare}.html`) ?? files.get(`${bare}/index.html`);
}

export interface StaticHost {
	/** e.g. http://127.0.0.1:41234 */
	baseUrl: string;
	stop: () => Promise<void>;
}

/**
 * Serves a build folder on a free port of 127.0.0.1 from this process, as a static host or a CDN
 * serves a prerendered site: each file compressed once, before the first request (`vite preview`
 * gzips each response as it sends it, up to half a core of two while a page loads). Immutable
 * assets are sent cacheable for a year, everything else to be checked again, as SvelteKit advises.
 */
export async function hostBuild(dir: string): Promise<StaticHost> {
	if (!existsSync(join(dir, 'index.html')))
		throw new Error(`${dir} holds no built site (no index.html): build the app first`);
	const files = loadSite(dir);
	const server = createServer((request, response) => {
		const file =
			request.method === 'GET' || request.method === 'HEAD'
				? fileFor(files, request.url ?? '/')
				: undefined;
		if (!file) {
			response.writeHead(request.method === 'GET' || request.method === 'HEAD' ? 404 : 405, {
				'content-type': 'text/plain; charset=utf-8'
			});
			response.end(`${request.method} ${request.url}: not in ${dir}`);
			return;
		}
		const gzip = file.gzip && /\bgzip\b/u.test(String(request.headers['accept-encoding'] ?? ''));
		const body = gzip ? file.gzip! : file.body;
		response.writeHead(200, {
			'content-type': file.type,
			'content-length': body.byteLength,
			'cache-control': request.url?.startsWith('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache',
			vary: 'accept-encoding',
			...(gzip ? { 'content-encoding': 'gzip' } : {})
		});
		response.end(request.method === 'HEAD' ? undefined : body);
	});
	const port = await new Promise<number>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			resolve(typeof address === 'object' && address !== null ? address.port : 0);
		});
	});
	const stop = () =>
		new Promise<void>((resolve) => {
			server.closeAllConnections();
			server.close(() => resolve());
		});
	return { baseUrl: `http://127.0.0.1:${port}`, stop };
}

/**
 * hostBuild in a process of its own (serve-build.ts), as a real host is: the bench's own work
 * (Lighthouse reading its trace, Playwright) never holds up a response.
 */
export async function serveBuild(dir: string): Promise<StaticHost> {
	const child = spawn(process.execPath, ['--import', 'tsx', SERVE_BUILD, resolvePath(dir)], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	// However this process ends, the server must not keep running.
	const killNow = () => child.kill('SIGKILL');
	process.once('exit', killNow);
	const stop = async () => {
		process.off('exit', killNow);
		if (child.exitCode !== null || child.signalCode !== null) return;
		const done = exited(child);
		child.kill('SIGTERM');
		await done;
	};
	let output = '';
	try {
		const baseUrl = await new Promise<string>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error('gave no address within 30 s')), 30_000);
			child.stdout?.on('data', (chunk: Buffer) => {
				output += chunk.toString();
				const address = /^(http:\/\/127\.0\.0\.1:\d+)$/mu.exec(output)?.[1];
				if (address) {
					clearTimeout(timer);
					resolve(address);
				}
			});
			child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
			child.once('exit', (code) => {
				clearTimeout(timer);
				reject(new Error(`ended (exit ${code})`));
			});
		});
		return { baseUrl, stop };
	} catch (error) {
		await stop();
		throw new Error(`serving ${dir}: ${(error as Error).message}:\n${output}`, { cause: error });
	}
}

function exited(child: ChildProcess): Promise<number | null> {
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (code) => resolve(code));
	});
}
