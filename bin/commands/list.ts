import { lessonIds } from '../../src/lib/content/index';
import type { Command } from '../command';

export const list: Command = {
	name: 'list',
	usage: 'list',
	summary: 'print the lesson ids, one a line',
	async run() {
		for (const id of lessonIds) console.log(id);
		return 0;
	}
};
