/** Vocabulary in context: the meaning a word has in its sentence, beyond the seed set's items. */
import type { QuestionInput } from '../../../question-schema';

export const vocabularyQuestions: QuestionInput[] = [
	{
		id: 'voc-readiness',
		kind: 'short-answer',
		skill: 'vocabulary-in-context',
		tier: 1,
		answerLanguage: 'ar',
		prompt: {
			ar: 'اكتب الكلمة الواردة في الفقرة الأولى التي تعني «الجاهزية».',
			en: 'Write the word in paragraph 1 that means “readiness”.'
		},
		hints: [
			'It follows أعرب ... عن.',
			'p2 has a related word in Shoigu’s own words: مستعدون, “(we are) ready”.'
		],
		accepted: [
			{ text: 'استعداد', feedback: 'Right: p1, عن استعداد بلاده, “his country’s readiness”.' },
			{
				text: 'الاستعداد',
				feedback: 'Right: p1 has it without ال, because it is followed by بلاده: استعداد بلاده.'
			},
			{ text: 'استعداد بلاده', feedback: 'Right: p1, “his country’s readiness”.' },
			{
				text: 'مستعدون',
				credit: 0,
				feedback:
					'مستعدون is “(we are) ready”, Shoigu’s word in p2. The question asks for the noun “readiness” in p1: استعداد.'
			}
		],
		explanation:
			'p1: أعرب ... عن استعداد بلاده لمزيد من العمل المشترك: استعداد (Form X verbal noun of ع-د-د) is readiness, being prepared. p2 repeats the idea in Shoigu’s words with the participle مستعدون, “(we are) ready”.',
		evidence: ['p1.s1', 'p2.s1']
	},
	{
		id: 'voc-intensive',
		kind: 'single-choice',
		skill: 'vocabulary-in-context',
		tier: 2,
		prompt: {
			ar: 'قال شويغو إن الحوار الروسي الإيراني «يتطور اليوم بشكلٍ مكثّف». ما معنى «بشكلٍ مكثّف» هنا؟',
			en: 'Shoigu said that Russian-Iranian dialogue «يتطور اليوم بشكلٍ مكثّف». What does «بشكلٍ مكثّف» mean here?'
		},
		hints: ['مكثّف comes from كثيف, “dense, thick”.'],
		options: [
			{
				id: 'intensive',
				text: 'بصورة نشطة ومتواصلة',
				correct: true,
				feedback: 'Right: مكثّف is “intensive”: the dialogue is active and frequent.'
			},
			{
				id: 'slow',
				text: 'ببطء وحذر',
				correct: false,
				feedback:
					'The opposite: Shoigu notes it بكل سرور, “with great pleasure”, and speaks of cooperation at a new level (p3).'
			},
			{
				id: 'secret',
				text: 'بصورة سرّية',
				correct: false,
				feedback:
					'Nothing here is about secrecy: مكثّف is about how much and how often, not how openly.'
			},
			{
				id: 'now-and-then',
				text: 'من حين إلى آخر',
				correct: false,
				feedback: 'That is “now and then”; مكثّف means the opposite, dense and frequent.'
			}
		],
		explanation:
			'p2: ونشير بكل سرور إلى أن الحوار الروسي الإيراني يتطور اليوم بشكلٍ مكثّف: مكثّف (Form II participle of ك-ث-ف, “dense”) means intensive; بشكل + an adjective makes an adverb, “intensively”.',
		evidence: ['p2.s1']
	}
];
