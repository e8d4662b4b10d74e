/** One `fahm` command. `run` prints its own output and returns the process exit code. */
export interface Command {
	name: string;
	/** The command with its arguments, as the usage line shows it. */
	usage: string;
	summary: string;
	run(args: string[]): Promise<number>;
}
