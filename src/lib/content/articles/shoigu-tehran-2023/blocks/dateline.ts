import type { Block } from '../../../schema';

/** dateline: طهران – وكالات… */
export const dateline = {
	id: 'dateline',
	kind: 'dateline',
	sentences: [
		{
			id: 'dateline.s1',
			translation: 'Tehran – agencies',
			tokens: [
				{
					kind: 'word',
					text: 'طهران',
					ws: ' ',
					vocalized: 'طَهْرَانُ',
					lemma: 'tahran',
					role: 'diptote (foreign name): no tanwin',
					roleAr: 'علم أعجمي ممنوع من الصرف، فلا يُنوَّن',
					entity: 'tehran',
					note: 'A dateline has no sentence around it; the word is read here as a nominative (citation form).',
					noteAr:
						'سطر المكان والمصدر لا تحيط به جملة، فقُرئت الكلمة هنا مرفوعةً على صورتها حين تُذكر مفردة.'
				},
				{ kind: 'punct', text: '–', ws: ' ' },
				{
					kind: 'word',
					text: 'وكالات',
					ws: '',
					vocalized: 'وَكَالَاتٌ',
					lemma: 'wakala',
					role: 'sound feminine plural of وَكَالَة: "(news) agencies", i.e. wire reports',
					roleAr: 'جمع مؤنث سالم مفرده «وَكَالَة»: وكالات الأنباء، أي أن الخبر مأخوذ من تقاريرها'
				}
			]
		}
	]
} satisfies Block;
