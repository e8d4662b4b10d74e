import { lessonIds, loadLesson, loadQuestionSets } from '../../src/lib/content/index';
import { toBundle } from '../../src/lib/interop/bundle';
import type { Command } from '../command';

export const exportLesson: Command = {
	name: 'export',
	usage: 'export <article-id>',
	summary:
		'print a lesson and its question sets as a JSON bundle (static/schema/lesson-bundle.schema.json)',
	async run([id, ...rest]) {
		if (!id || rest.length > 0) {
			console.error('fahm export: give one article id; `fahm list` prints them');
			return 2;
		}
		const lesson = await loadLesson(id);
		if (!lesson) {
			console.error(`fahm export: no lesson "${id}". Lessons: ${lessonIds.join(', ')}`);
			return 1;
		}
		console.log(JSON.stringify(toBundle(lesson, await loadQuestionSets(id)), null, '\t'));
		return 0;
	}
};
