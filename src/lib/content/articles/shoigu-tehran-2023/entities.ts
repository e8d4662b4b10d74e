import type { Entity } from '../../schema';

/** People, places, organisations and agreements the article names. Tokens link here by id. */
export const entities = [
	{
		id: 'shoigu',
		type: 'person',
		name: 'سيرغي شويغو',
		nameEn: 'Sergei Shoigu',
		role: 'Russian Minister of Defence',
		note: 'Russia’s defence minister from 2012 to May 2024.'
	},
	{
		id: 'ashtiani',
		type: 'person',
		name: 'محمد رضا اشتياني',
		nameEn: 'Mohammad-Reza Ashtiani',
		role: 'Iranian Minister of Defence (Shoigu’s Iranian counterpart)'
	},
	{
		id: 'ahmadian',
		type: 'person',
		name: 'علي أكبر أحمديان',
		nameEn: 'Ali Akbar Ahmadian',
		role: 'Secretary of Iran’s Supreme National Security Council'
	},
	{ id: 'russia', type: 'country', name: 'روسيا', nameEn: 'Russia' },
	{ id: 'iran', type: 'country', name: 'إيران', nameEn: 'Iran' },
	{ id: 'tehran', type: 'city', name: 'طهران', nameEn: 'Tehran', note: 'The capital of Iran.' },
	{ id: 'usa', type: 'country', name: 'الولايات المتحدة', nameEn: 'the United States' },
	{ id: 'germany', type: 'country', name: 'ألمانيا', nameEn: 'Germany' },
	{ id: 'france', type: 'country', name: 'فرنسا', nameEn: 'France' },
	{ id: 'britain', type: 'country', name: 'بريطانيا', nameEn: 'Britain' },
	{ id: 'europe', type: 'region', name: 'أوروبا', nameEn: 'Europe' },
	{ id: 'middle-east', type: 'region', name: 'الشرق الأوسط', nameEn: 'the Middle East' },
	{
		id: 'novosti',
		type: 'agency',
		name: 'وكالة نوفوستي',
		nameEn: 'RIA Novosti',
		note: 'Russian state news agency.'
	},
	{
		id: 'snsc',
		type: 'organization',
		name: 'المجلس الأعلى للأمن القومي الإيراني',
		nameEn: 'Supreme National Security Council of Iran'
	},
	{
		id: 'irgc',
		type: 'organization',
		name: 'الحرس الثوري الإيراني',
		nameEn: 'Islamic Revolutionary Guard Corps (IRGC)'
	},
	{
		id: 'irgc-aerospace-force',
		type: 'organization',
		name: 'القوات الجوية الفضائية',
		nameEn: 'IRGC Aerospace Force'
	},
	{
		id: 'jcpoa',
		type: 'agreement',
		name: 'خطة العمل الشاملة المشتركة',
		nameEn: 'Joint Comprehensive Plan of Action (JCPOA, the 2015 Iran nuclear deal)'
	}
] satisfies Entity[];
