import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

/** The machine a result came from: timings only compare between runs on the same kind. */
export interface Machine {
	cpu: string;
	cores: number;
	memoryBytes: number;
	platform: string;
	node: string;
	chromium: string;
}

export function describeMachine(chromium: string): Machine {
	const cpu = cpus();
	return {
		cpu: cpu[0]?.model.trim() ?? 'unknown',
		cores: cpu.length,
		memoryBytes: totalmem(),
		platform: `${process.platform} ${process.arch}`,
		node: process.version,
		chromium
	};
}

/** The commit measured (read-only git), or "unknown" outside a git checkout. */
export function gitCommit(root: string): string {
	try {
		return execFileSync('git', ['rev-parse', 'HEAD'], {
			cwd: root,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		}).trim();
	} catch {
		return 'unknown';
	}
}
