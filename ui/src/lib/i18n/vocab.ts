// The built-in vocabularies' official UN names in the five other languages, keyed by the term's
// identity `vocabulary:code` (`sdg:9`); English is the store's own label (plenary-core vocab.rs).
// Sources: SDG short titles as the UN publishes them in each language; the WSIS Action Lines of
// the Geneva Plan of Action (WSIS-03/GENEVA/DOC/5); the objectives of the Global Digital Compact
// (A/RES/79/1, annex). A user's own vocabularies are shown as typed.
import type { Term } from '../bindings/Term';
import type { Vocabulary } from '../bindings/Vocabulary';

/** The languages a built-in name is given in besides English. */
export type OtherLanguage = 'ar' | 'zh-Hans' | 'fr' | 'ru' | 'es';
type Names = Record<OtherLanguage, string>;

/** Names of the built-in vocabularies, by key. */
export const VOCABULARY_NAMES: Record<string, Names> = {
  sdg: { ar: 'أهداف التنمية المستدامة', 'zh-Hans': '可持续发展目标', fr: 'Objectifs de développement durable', ru: 'Цели в области устойчивого развития', es: 'Objetivos de Desarrollo Sostenible' },
  wsis: { ar: 'خطوط عمل القمة العالمية لمجتمع المعلومات', 'zh-Hans': '信息社会世界峰会行动方针', fr: 'Grandes orientations du SMSI', ru: 'Направления деятельности ВВУИО', es: 'Líneas de acción de la CMSI' },
  gdc: { ar: 'أهداف الاتفاق الرقمي العالمي', 'zh-Hans': '《全球数字契约》目标', fr: 'Objectifs du Pacte numérique mondial', ru: 'Цели Глобального цифрового договора', es: 'Objetivos del Pacto Digital Global' },
};

/** Descriptions of the built-in vocabularies, by key. */
export const VOCABULARY_DESCRIPTIONS: Record<string, Names> = {
  sdg: {
    ar: 'الأهداف السبعة عشر لخطة الأمم المتحدة للتنمية المستدامة لعام 2030.',
    'zh-Hans': '联合国《2030年可持续发展议程》的17个目标。',
    fr: 'Les 17 objectifs du Programme de développement durable à l’horizon 2030 des Nations Unies.',
    ru: '17 целей Повестки дня ООН в области устойчивого развития на период до 2030 года.',
    es: 'Los 17 objetivos de la Agenda 2030 para el Desarrollo Sostenible de las Naciones Unidas.',
  },
  wsis: {
    ar: 'خطوط عمل القمة العالمية لمجتمع المعلومات؛ ويضم الخط C7 ثمانية خطوط فرعية.',
    'zh-Hans': '信息社会世界峰会的行动方针；C7 下设八个子方针。',
    fr: 'Les grandes orientations du Sommet mondial sur la société de l’information\u202f; la grande orientation C7 en compte huit.',
    ru: 'Направления деятельности Всемирной встречи на высшем уровне по вопросам информационного общества; у C7 восемь поднаправлений.',
    es: 'Las líneas de acción de la Cumbre Mundial sobre la Sociedad de la Información; la C7 tiene ocho sublíneas.',
  },
  gdc: {
    ar: 'الأهداف الخمسة للاتفاق الرقمي العالمي (A/RES/79/1).',
    'zh-Hans': '《全球数字契约》的五个目标（A/RES/79/1）。',
    fr: 'Les cinq objectifs du Pacte numérique mondial (A/RES/79/1).',
    ru: 'Пять целей Глобального цифрового договора (A/RES/79/1).',
    es: 'Los cinco objetivos del Pacto Digital Global (A/RES/79/1).',
  },
};

/** Labels of the built-in terms, by `vocabulary:code`. */
export const TERM_NAMES: Record<string, Names> = {
  'sdg:1': { ar: 'القضاء على الفقر', 'zh-Hans': '无贫穷', fr: 'Pas de pauvreté', ru: 'Ликвидация нищеты', es: 'Fin de la pobreza' },
  'sdg:2': { ar: 'القضاء التام على الجوع', 'zh-Hans': '零饥饿', fr: 'Faim « zéro »', ru: 'Ликвидация голода', es: 'Hambre cero' },
  'sdg:3': { ar: 'الصحة الجيدة والرفاه', 'zh-Hans': '良好健康与福祉', fr: 'Bonne santé et bien-être', ru: 'Хорошее здоровье и благополучие', es: 'Salud y bienestar' },
  'sdg:4': { ar: 'التعليم الجيد', 'zh-Hans': '优质教育', fr: 'Éducation de qualité', ru: 'Качественное образование', es: 'Educación de calidad' },
  'sdg:5': { ar: 'المساواة بين الجنسين', 'zh-Hans': '性别平等', fr: 'Égalité entre les sexes', ru: 'Гендерное равенство', es: 'Igualdad de género' },
  'sdg:6': { ar: 'المياه النظيفة والنظافة الصحية', 'zh-Hans': '清洁饮水和卫生设施', fr: 'Eau propre et assainissement', ru: 'Чистая вода и санитария', es: 'Agua limpia y saneamiento' },
  'sdg:7': { ar: 'طاقة نظيفة وبأسعار معقولة', 'zh-Hans': '经济适用的清洁能源', fr: 'Énergie propre et d’un coût abordable', ru: 'Недорогостоящая и чистая энергия', es: 'Energía asequible y no contaminante' },
  'sdg:8': { ar: 'العمل اللائق ونمو الاقتصاد', 'zh-Hans': '体面工作和经济增长', fr: 'Travail décent et croissance économique', ru: 'Достойная работа и экономический рост', es: 'Trabajo decente y crecimiento económico' },
  'sdg:9': { ar: 'الصناعة والابتكار والهياكل الأساسية', 'zh-Hans': '产业、创新和基础设施', fr: 'Industrie, innovation et infrastructure', ru: 'Индустриализация, инновации и инфраструктура', es: 'Industria, innovación e infraestructura' },
  'sdg:10': { ar: 'الحد من أوجه عدم المساواة', 'zh-Hans': '减少不平等', fr: 'Inégalités réduites', ru: 'Уменьшение неравенства', es: 'Reducción de las desigualdades' },
  'sdg:11': { ar: 'مدن ومجتمعات محلية مستدامة', 'zh-Hans': '可持续城市和社区', fr: 'Villes et communautés durables', ru: 'Устойчивые города и населённые пункты', es: 'Ciudades y comunidades sostenibles' },
  'sdg:12': { ar: 'الاستهلاك والإنتاج المسؤولان', 'zh-Hans': '负责任消费和生产', fr: 'Consommation et production responsables', ru: 'Ответственное потребление и производство', es: 'Producción y consumo responsables' },
  'sdg:13': { ar: 'العمل المناخي', 'zh-Hans': '气候行动', fr: 'Mesures relatives à la lutte contre les changements climatiques', ru: 'Борьба с изменением климата', es: 'Acción por el clima' },
  'sdg:14': { ar: 'الحياة تحت الماء', 'zh-Hans': '水下生物', fr: 'Vie aquatique', ru: 'Сохранение морских экосистем', es: 'Vida submarina' },
  'sdg:15': { ar: 'الحياة في البر', 'zh-Hans': '陆地生物', fr: 'Vie terrestre', ru: 'Сохранение экосистем суши', es: 'Vida de ecosistemas terrestres' },
  'sdg:16': { ar: 'السلام والعدل والمؤسسات القوية', 'zh-Hans': '和平、正义与强大机构', fr: 'Paix, justice et institutions efficaces', ru: 'Мир, правосудие и эффективные институты', es: 'Paz, justicia e instituciones sólidas' },
  'sdg:17': { ar: 'عقد الشراكات لتحقيق الأهداف', 'zh-Hans': '促进目标实现的伙伴关系', fr: 'Partenariats pour la réalisation des objectifs', ru: 'Партнёрство в интересах устойчивого развития', es: 'Alianzas para lograr los objetivos' },

  'wsis:C1': {
    ar: 'دور السلطات الحكومية وجميع أصحاب المصلحة في النهوض بتكنولوجيا المعلومات والاتصالات من أجل التنمية',
    'zh-Hans': '政府和所有利益攸关方在促进信通技术促进发展方面的作用',
    fr: 'Rôle des autorités publiques et de toutes les parties prenantes dans la promotion des TIC pour le développement',
    ru: 'Роль органов государственного управления и всех заинтересованных сторон в содействии использованию ИКТ в целях развития',
    es: 'Papel de los gobiernos y de todas las partes interesadas en la promoción de las TIC para el desarrollo',
  },
  'wsis:C2': { ar: 'البنية التحتية للمعلومات والاتصالات', 'zh-Hans': '信息和通信基础设施', fr: 'Infrastructure de l’information et de la communication', ru: 'Информационно-коммуникационная инфраструктура', es: 'Infraestructura de la información y la comunicación' },
  'wsis:C3': { ar: 'النفاذ إلى المعلومات والمعارف', 'zh-Hans': '获取信息和知识', fr: 'Accès à l’information et au savoir', ru: 'Доступ к информации и знаниям', es: 'Acceso a la información y al conocimiento' },
  'wsis:C4': { ar: 'بناء القدرات', 'zh-Hans': '能力建设', fr: 'Renforcement des capacités', ru: 'Создание потенциала', es: 'Creación de capacidad' },
  'wsis:C5': { ar: 'بناء الثقة والأمن في استعمال تكنولوجيا المعلومات والاتصالات', 'zh-Hans': '树立使用信通技术的信心，加强安全', fr: 'Établir la confiance et la sécurité dans l’utilisation des TIC', ru: 'Укрепление доверия и безопасности при использовании ИКТ', es: 'Fomento de la confianza y seguridad en la utilización de las TIC' },
  'wsis:C6': { ar: 'البيئة التمكينية', 'zh-Hans': '有利环境', fr: 'Environnement propice', ru: 'Благоприятная среда', es: 'Entorno propicio' },
  'wsis:C7': { ar: 'تطبيقات تكنولوجيا المعلومات والاتصالات', 'zh-Hans': '信通技术应用', fr: 'Applications TIC', ru: 'Применение ИКТ', es: 'Aplicaciones de las TIC' },
  'wsis:C7.e-government': { ar: 'الحكومة الإلكترونية', 'zh-Hans': '电子政务', fr: 'Cybergouvernement', ru: 'Электронное правительство', es: 'Gobierno electrónico' },
  'wsis:C7.e-business': { ar: 'الأعمال الإلكترونية', 'zh-Hans': '电子商务', fr: 'Cybercommerce', ru: 'Электронная коммерция', es: 'Negocios electrónicos' },
  'wsis:C7.e-learning': { ar: 'التعلم الإلكتروني', 'zh-Hans': '电子教学', fr: 'Téléenseignement', ru: 'Электронное обучение', es: 'Aprendizaje electrónico' },
  'wsis:C7.e-health': { ar: 'الصحة الإلكترونية', 'zh-Hans': '电子卫生', fr: 'Cybersanté', ru: 'Электронное здравоохранение', es: 'Cibersalud' },
  'wsis:C7.e-employment': { ar: 'العمالة الإلكترونية', 'zh-Hans': '电子就业', fr: 'Cyberemploi', ru: 'Электронная занятость', es: 'Ciberempleo' },
  'wsis:C7.e-environment': { ar: 'البيئة الإلكترونية', 'zh-Hans': '电子环境', fr: 'Cyberécologie', ru: 'Электронная экология', es: 'Ciberecología' },
  'wsis:C7.e-agriculture': { ar: 'الزراعة الإلكترونية', 'zh-Hans': '电子农业', fr: 'Cyberagriculture', ru: 'Электронное сельское хозяйство', es: 'Ciberagricultura' },
  'wsis:C7.e-science': { ar: 'العلوم الإلكترونية', 'zh-Hans': '电子科学', fr: 'Cyberscience', ru: 'Электронная наука', es: 'Ciberciencia' },
  'wsis:C8': {
    ar: 'التنوع الثقافي والهوية الثقافية والتنوع اللغوي والمحتوى المحلي',
    'zh-Hans': '文化多样性和特性、语言多样性和本地内容',
    fr: 'Diversité et identité culturelles, diversité linguistique et contenus locaux',
    ru: 'Культурное разнообразие и самобытность, языковое разнообразие и местный контент',
    es: 'Diversidad e identidad culturales, diversidad lingüística y contenido local',
  },
  'wsis:C9': { ar: 'وسائط الإعلام', 'zh-Hans': '媒体', fr: 'Médias', ru: 'Средства массовой информации', es: 'Medios de comunicación' },
  'wsis:C10': { ar: 'الأبعاد الأخلاقية لمجتمع المعلومات', 'zh-Hans': '信息社会的道德层面', fr: 'Dimensions éthiques de la société de l’information', ru: 'Этические аспекты информационного общества', es: 'Dimensiones éticas de la sociedad de la información' },
  'wsis:C11': { ar: 'التعاون الدولي والإقليمي', 'zh-Hans': '国际和区域合作', fr: 'Coopération internationale et régionale', ru: 'Международное и региональное сотрудничество', es: 'Cooperación internacional y regional' },

  'gdc:1': {
    ar: 'سد جميع الفجوات الرقمية والتعجيل بإحراز التقدم في تحقيق جميع أهداف التنمية المستدامة',
    'zh-Hans': '弥合所有数字鸿沟，加快实现所有可持续发展目标的进展',
    fr: 'Combler toutes les fractures numériques et accélérer les progrès dans la réalisation de tous les objectifs de développement durable',
    ru: 'Устранить все формы цифрового разрыва и ускорить прогресс в достижении всех целей в области устойчивого развития',
    es: 'Cerrar todas las brechas digitales y acelerar el progreso hacia todos los Objetivos de Desarrollo Sostenible',
  },
  'gdc:2': {
    ar: 'توسيع نطاق الشمول في الاقتصاد الرقمي وتعميم فوائده على الجميع',
    'zh-Hans': '扩大所有人对数字经济的包容性参与和从中获得的惠益',
    fr: 'Élargir l’inclusion dans l’économie numérique et les avantages qu’elle procure à toutes et à tous',
    ru: 'Расширить участие всех в цифровой экономике и получаемые от неё блага',
    es: 'Ampliar la inclusión en la economía digital y los beneficios que reporta para todas las personas',
  },
  'gdc:3': {
    ar: 'تعزيز فضاء رقمي شامل للجميع ومفتوح وآمن ومأمون يحترم حقوق الإنسان ويحميها ويعززها',
    'zh-Hans': '培育尊重、保护和促进人权的包容、开放、安全和有保障的数字空间',
    fr: 'Favoriser un espace numérique inclusif, ouvert, sûr et sécurisé qui respecte, protège et promeut les droits humains',
    ru: 'Содействовать формированию инклюзивного, открытого, безопасного и защищённого цифрового пространства, в котором уважаются, защищаются и поощряются права человека',
    es: 'Fomentar un espacio digital inclusivo, abierto, seguro y protegido que respete, proteja y promueva los derechos humanos',
  },
  'gdc:4': {
    ar: 'النهوض بنُهج مسؤولة ومنصفة وقابلة للتشغيل البيني في حوكمة البيانات',
    'zh-Hans': '推进负责任、公平和可互操作的数据治理方法',
    fr: 'Promouvoir des approches responsables, équitables et interopérables de la gouvernance des données',
    ru: 'Продвигать ответственные, справедливые и совместимые подходы к управлению данными',
    es: 'Promover enfoques responsables, equitativos e interoperables de la gobernanza de datos',
  },
  'gdc:5': {
    ar: 'تعزيز الحوكمة الدولية للذكاء الاصطناعي لما فيه خير البشرية',
    'zh-Hans': '加强人工智能国际治理，造福人类',
    fr: 'Renforcer la gouvernance internationale de l’intelligence artificielle au profit de l’humanité',
    ru: 'Укрепить международное управление искусственным интеллектом на благо человечества',
    es: 'Mejorar la gobernanza internacional de la inteligencia artificial en beneficio de la humanidad',
  },
};

/** A built-in term's label in `lang` (its stored label in English or for a user's own term). */
export function termName(vocabularyKey: string, term: Pick<Term, 'code' | 'label'>, lang: string): string {
  return TERM_NAMES[`${vocabularyKey}:${term.code}`]?.[lang as OtherLanguage] ?? term.label;
}

/** A vocabulary's name in `lang` (its stored name in English or for a user's own vocabulary). */
export function vocabularyName(vocabulary: Pick<Vocabulary, 'key' | 'name' | 'builtin'>, lang: string): string {
  return (vocabulary.builtin ? VOCABULARY_NAMES[vocabulary.key]?.[lang as OtherLanguage] : undefined) ?? vocabulary.name;
}

/** A vocabulary's description in `lang` (as stored in English or for a user's own vocabulary). */
export function vocabularyDescription(
  vocabulary: Pick<Vocabulary, 'key' | 'description' | 'builtin'>, lang: string,
): string {
  return (vocabulary.builtin ? VOCABULARY_DESCRIPTIONS[vocabulary.key]?.[lang as OtherLanguage] : undefined) ?? vocabulary.description;
}
