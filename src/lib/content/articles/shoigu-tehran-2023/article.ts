import type { Article } from '../../schema';
import { dateline } from './blocks/dateline';
import { headline } from './blocks/headline';
import { p1 } from './blocks/p01';
import { p2 } from './blocks/p02';
import { p3 } from './blocks/p03';
import { p4 } from './blocks/p04';
import { p5 } from './blocks/p05';
import { p6 } from './blocks/p06';
import { p7 } from './blocks/p07';
import { p8 } from './blocks/p08';
import { p9 } from './blocks/p09';
import { p10 } from './blocks/p10';
import { p11 } from './blocks/p11';
import { p12 } from './blocks/p12';
import { p13 } from './blocks/p13';

export const article = {
	id: 'shoigu-tehran-2023',
	title: 'بهدف تعزيز العلاقات العسكرية.. وزير الدفاع الروسي في إيران',
	titleEn: 'To strengthen military ties: Russian defence minister in Iran',
	language: 'ar',
	level: 'B2',
	levelNote:
		'Standard news register with long sentences, reported speech and idafa chains; most vocabulary is the core of political and military reporting.',
	levelNoteAr:
		'لغة إخبارية فصيحة معيارية، فيها جمل طويلة وكلام منقول وسلاسل إضافة؛ ومعظم مفرداتها من صميم لغة الأخبار السياسية والعسكرية.',
	source: {
		name: 'Wire report (وكالات, “agencies”), Tehran',
		date: '2023-09',
		note: 'The seed text names no outlet or date. The dateline credits news agencies and the piece quotes RIA Novosti; the month is that of Shoigu’s visit to Tehran (19–20 September 2023), not a publication date read from the text.',
		noteAr:
			'لا يذكر النص اسم الوسيلة الإعلامية ولا تاريخ النشر. وسطر المكان ينسب الخبر إلى وكالات الأنباء، والمقال ينقل عن وكالة ريا نوفوستي؛ والشهر المذكور هو شهر زيارة شويغو لطهران (19–20 أيلول/سبتمبر 2023)، لا تاريخ نشر مأخوذ من النص.',
		licence:
			'Quoted in full for language teaching; copyright remains with the original publisher. Annotations, translations and questions are Fahm’s own.'
	},
	blocks: [headline, dateline, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13]
} satisfies Article;
