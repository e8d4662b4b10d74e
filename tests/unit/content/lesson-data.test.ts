import { describe, expect, it } from 'vitest';
import {
	lessonDataPath,
	lessonDataPreload,
	lessonQuestionsPath
} from '../../../src/lib/content/lesson-data';

describe('lessonDataPreload', () => {
	it('preloads the lesson file of the reader and the practice pages, relative to the page', () => {
		const tag = (route: string, path: string) =>
			lessonDataPreload(route, { id: 'shoigu-tehran-2023' }, path, '0.1.0-x');
		expect(tag('/read/[id]', '/read/shoigu-tehran-2023')).toBe(
			'<link rel="preload" as="fetch" href="../lessons/0.1.0-x/shoigu-tehran-2023.json" crossorigin="anonymous">'
		);
		expect(tag('/practice/[id]/vocabulary', '/ar/practice/shoigu-tehran-2023/vocabulary')).toBe(
			'<link rel="preload" as="fetch" href="../../../lessons/0.1.0-x/shoigu-tehran-2023.json" crossorigin="anonymous">'
		);
	});

	it('preloads the question sets too on the pages that ask them', () => {
		const tag = (route: string, path: string) =>
			lessonDataPreload(route, { id: 'shoigu-tehran-2023' }, path, '0.1.0-x');
		const quiz = tag('/practice/[id]/quiz', '/ar/practice/shoigu-tehran-2023/quiz');
		expect(quiz).toContain('href="../../../lessons/0.1.0-x/shoigu-tehran-2023.json"');
		expect(quiz).toContain('href="../../../lessons/0.1.0-x/questions/shoigu-tehran-2023.json"');
		const woven = tag('/practice/[id]', '/practice/shoigu-tehran-2023');
		expect(woven).toContain(`href="..${lessonDataPath('shoigu-tehran-2023', '0.1.0-x')}"`);
		expect(woven).toContain(`href="..${lessonQuestionsPath('shoigu-tehran-2023', '0.1.0-x')}"`);
		expect(tag('/read/[id]', '/read/shoigu-tehran-2023')).not.toContain('questions');
	});

	it('adds nothing to a page that opens no lesson', () => {
		expect(lessonDataPreload('/', {}, '/', 'r')).toBe('');
		expect(lessonDataPreload('/review', {}, '/ar/review', 'r')).toBe('');
		expect(lessonDataPreload(null, {}, '/missing', 'r')).toBe('');
		expect(lessonDataPreload('/teach/edit', { id: 'x' }, '/teach/edit', 'r')).toBe('');
	});

	it('writes an address that cannot break out of its attribute', () => {
		const tag = lessonDataPreload('/read/[id]', { id: 'a"b' }, '/read/a"b', 'r&1');
		expect(tag).not.toContain('a"b');
		expect(tag).toContain('href="../lessons/r%261/a%22b.json"');
	});
});
