import type { Entity } from '../../schema';

/** People, places, organisations and agreements the article names. Tokens link here by id. */
export const entities = [
	{
		id: 'shoigu',
		type: 'person',
		name: 'سيرغي شويغو',
		nameEn: 'Sergei Shoigu',
		role: 'Russian Minister of Defence',
		descriptionAr: 'وزير الدفاع الروسي',
		note: 'Russia’s defence minister from 2012 to May 2024.',
		noteAr: 'كان وزيرًا للدفاع في روسيا من سنة 2012 حتى أيار (مايو) 2024.'
	},
	{
		id: 'ashtiani',
		type: 'person',
		name: 'محمد رضا اشتياني',
		nameEn: 'Mohammad-Reza Ashtiani',
		role: 'Iranian Minister of Defence (Shoigu’s Iranian counterpart)',
		descriptionAr: 'وزير الدفاع الإيراني، نظير شويغو في إيران'
	},
	{
		id: 'ahmadian',
		type: 'person',
		name: 'علي أكبر أحمديان',
		nameEn: 'Ali Akbar Ahmadian',
		role: 'Secretary of Iran’s Supreme National Security Council',
		descriptionAr: 'أمين المجلس الأعلى للأمن القومي الإيراني'
	},
	{
		id: 'russia',
		type: 'country',
		name: 'روسيا',
		nameEn: 'Russia',
		descriptionAr: 'دولة تمتد في شرق أوروبا وشمال آسيا، عاصمتها موسكو'
	},
	{
		id: 'iran',
		type: 'country',
		name: 'إيران',
		nameEn: 'Iran',
		descriptionAr: 'دولة في غرب آسيا، عاصمتها طهران، واسمها الرسمي الجمهورية الإسلامية الإيرانية'
	},
	{
		id: 'tehran',
		type: 'city',
		name: 'طهران',
		nameEn: 'Tehran',
		descriptionAr: 'مدينة إيرانية، فيها جرت الزيارة والاجتماعات',
		note: 'The capital of Iran.',
		noteAr: 'عاصمة إيران.'
	},
	{
		id: 'usa',
		type: 'country',
		name: 'الولايات المتحدة',
		nameEn: 'the United States',
		descriptionAr: 'دولة في أمريكا الشمالية، عاصمتها واشنطن'
	},
	{
		id: 'germany',
		type: 'country',
		name: 'ألمانيا',
		nameEn: 'Germany',
		descriptionAr: 'دولة في وسط أوروبا، عاصمتها برلين'
	},
	{
		id: 'france',
		type: 'country',
		name: 'فرنسا',
		nameEn: 'France',
		descriptionAr: 'دولة في غرب أوروبا، عاصمتها باريس'
	},
	{
		id: 'britain',
		type: 'country',
		name: 'بريطانيا',
		nameEn: 'Britain',
		descriptionAr: 'المملكة المتحدة، دولة في شمال غرب أوروبا عاصمتها لندن'
	},
	{
		id: 'europe',
		type: 'region',
		name: 'أوروبا',
		nameEn: 'Europe',
		descriptionAr:
			'قارة تقع شمال البحر المتوسط؛ ويُقصد بها في المقال الدول الأوروبية الأطراف في الاتفاق النووي'
	},
	{
		id: 'middle-east',
		type: 'region',
		name: 'الشرق الأوسط',
		nameEn: 'the Middle East',
		descriptionAr: 'المنطقة الممتدة من مصر وبلاد الشام إلى الخليج وإيران'
	},
	{
		id: 'novosti',
		type: 'agency',
		name: 'وكالة نوفوستي',
		nameEn: 'RIA Novosti',
		descriptionAr: 'وكالة أنباء روسية نقل عنها المقال كلام شويغو (ريا نوفوستي)',
		note: 'Russian state news agency.',
		noteAr: 'وكالة أنباء روسية رسمية.'
	},
	{
		id: 'snsc',
		type: 'organization',
		name: 'المجلس الأعلى للأمن القومي الإيراني',
		nameEn: 'Supreme National Security Council of Iran',
		descriptionAr:
			'هيئة إيرانية عليا ترسم سياسة الدفاع والأمن القومي، وأمينها في المقال علي أكبر أحمديان'
	},
	{
		id: 'irgc',
		type: 'organization',
		name: 'الحرس الثوري الإيراني',
		nameEn: 'Islamic Revolutionary Guard Corps (IRGC)',
		descriptionAr:
			'قوة عسكرية إيرانية أُنشئت بعد الثورة الإسلامية سنة 1979، قائمة بذاتها إلى جانب الجيش النظامي'
	},
	{
		id: 'irgc-aerospace-force',
		type: 'organization',
		name: 'القوات الجوية الفضائية',
		nameEn: 'IRGC Aerospace Force',
		descriptionAr: 'القوة الجوية والصاروخية التابعة للحرس الثوري الإيراني'
	},
	{
		id: 'jcpoa',
		type: 'agreement',
		name: 'خطة العمل الشاملة المشتركة',
		nameEn: 'Joint Comprehensive Plan of Action (JCPOA, the 2015 Iran nuclear deal)',
		descriptionAr:
			'الاتفاق النووي الإيراني الموقَّع سنة 2015 بين إيران والقوى الكبرى، يقيّد البرنامج النووي الإيراني مقابل رفع العقوبات'
	}
] satisfies Entity[];
