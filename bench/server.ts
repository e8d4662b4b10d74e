import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

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

/** A port nobody listens on right now, from the OS. */
export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address !== null ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

export interface Preview {
	baseUrl: string;
	stop: () => Promise<void>;
}

/**
 * Serves build/ with `vite preview` on a free port. Vite's own bin runs under this Node directly
 * (no npx or npm wrapper), so stopping it ends the process that holds the port.
 */
export async function startPreview(
	root: string,
	options: { config?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<Preview> {
	const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	if (!existsSync(vite)) throw new Error(`${vite} is missing: run npm ci first`);
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[
			vite,
			'preview',
			...(options.config === undefined ? [] : ['--config', options.config]),
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
			'--strictPort'
		],
		{ cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } }
	);
	// However this process ends, the server must not keep holding the port.
	const killNow = () => child.kill('SIGKILL');
	process.once('exit', killNow);
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const stop = async () => {
		process.off('exit', killNow);
		if (child.exitCode !== null || child.signalCode !== null) return;
		const done = exited(child);
		child.kill('SIGTERM');
		await done;
	};
	const baseUrl = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) break;
		try {
			if ((await fetch(baseUrl)).ok) return { baseUrl, stop };
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	await stop();
	throw new Error(`vite preview did not serve ${baseUrl} within 30 s:\n${output}`);
}

function exited(child: ChildProcess): Promise<number | null> {
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (code) => resolve(code));
	});
}
