import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../tests/e2e/chromium';

/** Every Chromium launched here and not yet closed, so an interrupted bench leaves none behind. */
const running = new Set<DebuggableChromium>();

/** Profiles a closed Chromium was still writing to when we tried to remove them. */
const leftovers = new Set<string>();

/** Removes a profile folder; true when it is gone. Chromium's helpers may still be writing. */
function removeProfile(profile: string): boolean {
	try {
		rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
		return true;
	} catch {
		return false;
	}
}

/**
 * Closes whatever launchDebuggable started and is still running, then removes the profiles that
 * could not be removed at close. Returns those that still cannot be (for the bench to name).
 */
export async function closeAllDebuggable(): Promise<string[]> {
	await Promise.all([...running].map((chromium) => chromium.close()));
	for (const profile of leftovers) if (removeProfile(profile)) leftovers.delete(profile);
	return [...leftovers];
}

export interface DebuggableChromium {
	/** The DevTools port Lighthouse connects to. */
	port: number;
	close: () => Promise<void>;
}

/**
 * Starts Chromium with a DevTools port for Lighthouse, on a throwaway profile. It stays in our
 * process group, so a Ctrl-C in the terminal reaches it too, and is killed if this process exits.
 */
export async function launchDebuggable(executable: string): Promise<DebuggableChromium> {
	const profile = mkdtempSync(join(tmpdir(), 'fahm-bench-chromium-'));
	const child = spawn(
		executable,
		[...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	const killNow = () => child.kill('SIGKILL');
	process.once('exit', killNow);
	const close = async () => {
		running.delete(handle);
		process.off('exit', killNow);
		if (child.exitCode === null && child.signalCode === null) {
			// SIGTERM lets the browser end and reap its renderer and GPU children itself.
			const exited = new Promise((resolve) => child.once('exit', () => resolve(true)));
			child.kill('SIGTERM');
			const timeout = new Promise((resolve) => setTimeout(() => resolve(false), 5000));
			if (!(await Promise.race([exited, timeout]))) child.kill('SIGKILL');
		}
		// A helper process may still be writing the profile after the browser has exited: the
		// figure measured is good all the same, so try again when the bench ends instead of failing.
		if (!removeProfile(profile)) leftovers.add(profile);
	};
	const handle: DebuggableChromium = { port: 0, close };
	running.add(handle);
	try {
		const port = await new Promise<number>((resolve, reject) => {
			let stderr = '';
			const timer = setTimeout(
				() => reject(new Error(`Chromium gave no DevTools port:\n${stderr}`)),
				30_000
			);
			const onData = (chunk: Buffer) => {
				stderr += chunk.toString();
				const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//u.exec(stderr);
				if (!match) return;
				clearTimeout(timer);
				child.stderr?.off('data', onData);
				resolve(Number(match[1]));
			};
			child.stderr?.on('data', onData);
			child.once('exit', (code) => {
				clearTimeout(timer);
				reject(new Error(`Chromium exited (${code}) before listening:\n${stderr}`));
			});
		});
		// Keep draining stderr, or Chromium blocks once the pipe fills.
		child.stderr?.resume();
		handle.port = port;
		return handle;
	} catch (error) {
		await close();
		throw error;
	}
}
