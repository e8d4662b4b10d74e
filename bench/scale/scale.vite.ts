/**
 * The app's own Vite config plus synthetic lessons in the catalogue, for the reader's scale check
 * (measures/reader-scale.ts). Built as a scratch copy (FAHM_KIT_DIR, FAHM_BUILD_DIR under
 * bench/.tmp): the shipped build never holds them. Each synthetic lesson is the seed lesson's
 * paragraphs repeated (synthetic.ts), made while prerendering, so its reader page and its lesson
 * file are built exactly as a real lesson's are.
 */
import type { Plugin } from 'vite';
import { mergeConfig } from 'vitest/config';
import appConfig from '../../vite.config';
import { SCALE_SEED, SCALE_SIZES, scaleLessonId } from './sizes';

const PREFIX = 'virtual:fahm-scale/';
const CATALOGUE = /src\/lib\/content\/index\.ts$/u;
const MODULES = 'const modules: Record<string, () => Promise<LessonModule>> = {';

function syntheticLessons(): Plugin {
	return {
		name: 'fahm-scale-lessons',
		enforce: 'pre',
		resolveId(id) {
			return id.startsWith(PREFIX) ? `\0${id}` : undefined;
		},
		load(id) {
			if (!id.startsWith(`\0${PREFIX}`)) return undefined;
			const words = Number(id.slice(PREFIX.length + 1));
			const seed = JSON.stringify(SCALE_SEED);
			const lessonId = JSON.stringify(scaleLessonId(words));
			return [
				`import { loadLesson } from '$lib/content';`,
				`import { scaledLesson } from ${JSON.stringify(new URL('./synthetic.ts', import.meta.url).pathname)};`,
				`const seed = await loadLesson(${seed});`,
				`if (!seed) throw new Error('scale check: no lesson ' + ${seed});`,
				`export const lesson = scaledLesson(seed, ${lessonId}, ${words});`
			].join('\n');
		},
		transform(code, id) {
			if (!CATALOGUE.test(id)) return undefined;
			// Fail loudly if the catalogue changed shape, rather than measure no synthetic lesson.
			if (!code.includes(MODULES)) throw new Error(`scale check: ${id} no longer has "${MODULES}"`);
			const entries = SCALE_SIZES.map(
				(words) => `\n\t${JSON.stringify(scaleLessonId(words))}: () => import('${PREFIX}${words}'),`
			).join('');
			return code.replace(MODULES, MODULES + entries);
		}
	};
}

export default mergeConfig(appConfig, { plugins: [syntheticLessons()] });
