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
			{ en: 'It follows أعرب ... عن.', ar: 'تأتي بعد «أعرب ... عن».' },
			{
				en: 'p2 has a related word in Shoigu’s own words: مستعدون, “(we are) ready”.',
				ar: 'في الفقرة 2 كلمة قريبة منها بكلام شويغو نفسه: «مستعدون».'
			}
		],
		accepted: [
			{
				text: 'استعداد',
				feedback: {
					en: 'Right: p1, عن استعداد بلاده, “his country’s readiness”.',
					ar: 'صحيح: الفقرة 1: «عن استعداد بلاده».'
				}
			},
			{
				text: 'الاستعداد',
				feedback: {
					en: 'Right: p1 has it without ال, because it is followed by بلاده: استعداد بلاده.',
					ar: 'صحيح: وردت في الفقرة 1 بلا «ال» لأنها مضافة إلى «بلاده»: «استعداد بلاده».'
				}
			},
			{
				text: 'استعداد بلاده',
				feedback: {
					en: 'Right: p1, “his country’s readiness”.',
					ar: 'صحيح: الفقرة 1، أي جاهزية بلاده.'
				}
			},
			{
				text: 'مستعدون',
				credit: 0,
				feedback: {
					en: 'مستعدون is “(we are) ready”, Shoigu’s word in p2. The question asks for the noun “readiness” in p1: استعداد.',
					ar: '«مستعدون» اسم فاعل بمعنى جاهزون، وهي كلمة شويغو في الفقرة 2. والسؤال يطلب المصدر في الفقرة 1: «استعداد».'
				}
			}
		],
		explanation: {
			en: 'p1: أعرب ... عن استعداد بلاده لمزيد من العمل المشترك: استعداد (Form X verbal noun of ع-د-د) is readiness, being prepared. p2 repeats the idea in Shoigu’s words with the participle مستعدون, “(we are) ready”.',
			ar: 'في الفقرة 1: «أعرب ... عن استعداد بلاده لمزيد من العمل المشترك»: «استعداد» مصدر الفعل «استعدّ» (وزن استفعل، الجذر ع-د-د)، أي التهيّؤ والجاهزية. وتكرر الفقرة 2 المعنى بكلام شويغو باسم الفاعل «مستعدون».'
		},
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
		hints: [
			{ en: 'مكثّف comes from كثيف, “dense, thick”.', ar: '«مكثّف» من «كثيف»، أي المتراكم الكثير.' }
		],
		options: [
			{
				id: 'intensive',
				text: 'بصورة نشطة ومتواصلة',
				correct: true,
				feedback: {
					en: 'Right: مكثّف is “intensive”: the dialogue is active and frequent.',
					ar: 'صحيح: «مكثّف» أي كثير ومتواصل: الحوار نشيط ومتكرر.'
				}
			},
			{
				id: 'slow',
				text: 'ببطء وحذر',
				correct: false,
				feedback: {
					en: 'The opposite: Shoigu notes it بكل سرور, “with great pleasure”, and speaks of cooperation at a new level (p3).',
					ar: 'بل العكس: يذكره شويغو «بكل سرور»، ويتحدث عن تعاون بلغ مستوى جديداً (الفقرة 3).'
				}
			},
			{
				id: 'secret',
				text: 'بصورة سرّية',
				correct: false,
				feedback: {
					en: 'Nothing here is about secrecy: مكثّف is about how much and how often, not how openly.',
					ar: 'لا علاقة لهذا بالسرية: «مكثّف» يصف الكثرة والتواتر، لا العلنية.'
				}
			},
			{
				id: 'now-and-then',
				text: 'من حين إلى آخر',
				correct: false,
				feedback: {
					en: 'That is “now and then”; مكثّف means the opposite, dense and frequent.',
					ar: 'هذا معنى «من حين إلى آخر»، و«مكثّف» عكسه: كثير متواتر.'
				}
			}
		],
		explanation: {
			en: 'p2: ونشير بكل سرور إلى أن الحوار الروسي الإيراني يتطور اليوم بشكلٍ مكثّف: مكثّف (Form II participle of ك-ث-ف, “dense”) means intensive; بشكل + an adjective makes an adverb, “intensively”.',
			ar: 'في الفقرة 2: «ونشير بكل سرور إلى أن الحوار الروسي الإيراني يتطور اليوم بشكلٍ مكثّف»: «مكثّف» (اسم مفعول من «كثّف»، الجذر ك-ث-ف) معناه الكثير المتواصل، و«بشكل» + صفة تؤدي معنى الحال: يتطور تطوراً مكثّفاً.'
		},
		evidence: ['p2.s1']
	}
];
