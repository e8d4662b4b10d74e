import {
	foldTrace,
	isProfile,
	normalize as fold,
	type Profile
} from '../../src/lib/domain/arabic/normalize';
import type { Command } from '../command';

/** `--profile P` or `--profile=P` taken out of `args`; the rest is the text. */
function parse(args: string[]): { profile: string; words: string[] } | string {
	let profile = 'standard';
	const words: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--profile') {
			const next = args[++i];
			if (next === undefined) return '--profile needs a value';
			profile = next;
		} else if (arg.startsWith('--profile=')) profile = arg.slice('--profile='.length);
		else words.push(arg);
	}
	return { profile, words };
}

export const normalize: Command = {
	name: 'normalize',
	usage: 'normalize [--profile strict|standard|lenient] TEXT',
	summary: 'print TEXT as grading compares it, with the folds that changed it (JSON)',
	async run(args) {
		const parsed = parse(args);
		if (typeof parsed === 'string') {
			console.error(`fahm normalize: ${parsed}`);
			return 2;
		}
		if (!isProfile(parsed.profile)) {
			console.error(
				`fahm normalize: no profile "${parsed.profile}"; use strict, standard or lenient`
			);
			return 2;
		}
		if (parsed.words.length === 0) {
			console.error('fahm normalize: give the text to normalize');
			return 2;
		}
		const input = parsed.words.join(' ');
		const profile: Profile = parsed.profile;
		const result = {
			input,
			profile,
			output: fold(input, profile),
			folds: foldTrace(input, profile)
		};
		console.log(JSON.stringify(result, null, '\t'));
		return 0;
	}
};
