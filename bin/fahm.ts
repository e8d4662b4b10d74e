/**
 * `fahm`: Fahm's command line. Each command is one module in bin/commands; add a command by
 * adding a module and one line to `commands`.
 */
import { check } from './commands/check';
import { exportLesson } from './commands/export';
import { grade } from './commands/grade';
import { list } from './commands/list';
import { normalize } from './commands/normalize';
import { schema } from './commands/schema';
import type { Command } from './command';

const commands: Command[] = [check, list, exportLesson, schema, normalize, grade];

function usage(): string {
	const width = Math.max(...commands.map((c) => c.usage.length));
	return [
		'Usage: npm run fahm -- <command> [arguments]',
		'',
		...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`)
	].join('\n');
}

async function main(argv: string[]): Promise<number> {
	const [name, ...args] = argv;
	if (!name || name === 'help' || name === '--help' || name === '-h') {
		console.log(usage());
		return name ? 0 : 2;
	}
	const command = commands.find((c) => c.name === name);
	if (!command) {
		console.error(`fahm: unknown command "${name}"\n\n${usage()}`);
		return 2;
	}
	return command.run(args);
}

process.exitCode = await main(process.argv.slice(2));
