import type { ScreeningQuery } from '../types.ts';

/** A labelled query: `expected` is the entry that must be the top hit, or null when nothing may alert. */
export interface EvaluationCase {
  category: EvaluationCategory;
  /**
   * `dev`: the cases the matcher was developed against (their misses were looked at); `test`: held out,
   * written before the matcher changes they measure and never used to tune them; `fresh`: a second
   * held-out group, written before the Arabic / Hebrew work of issue 20 (second pass) and never tuned on.
   */
  split?: EvaluationSplit;
  query: ScreeningQuery;
  expected: string | null;
}

export type EvaluationSplit = 'dev' | 'test' | 'fresh';

export type EvaluationCategory =
  | 'patronymic'
  | 'transliteration'
  | 'joined'
  | 'reversed'
  | 'title'
  | 'initials'
  | 'numbers'
  | 'acronym'
  | 'arabic'
  | 'hangul'
  | 'japanese'
  | 'hebrew'
  | 'thai'
  | 'greek'
  | 'han-korean'
  | 'corroboration'
  | 'belgian-namesake'
  | 'hard-negative';

const positives = (category: EvaluationCategory, expected: string, names: string[]): EvaluationCase[] =>
  names.map((name) => ({ category, query: { name }, expected }));
const negatives = (category: EvaluationCategory, names: string[], kind?: 'person' | 'entity') =>
  names.map(
    (name): EvaluationCase => ({ category, query: kind ? { name, kind } : { name }, expected: null }),
  );

// SOURCE: variants written by hand (December 2026) from the usual English, French, German and Dutch
// transliterations of the names in evaluation-lists.ts; Belgian names from the most frequent Belgian
// given names and surnames (Statbel). Written before the matcher changes of issue 20 and not tuned on.
export const EVALUATION_CASES: readonly EvaluationCase[] = [
  ...positives('patronymic', 'ATABIEV', ['Islam Atabiev']),
  ...positives('patronymic', 'LAVROV', ['Sergei Lavrov']),
  ...positives('patronymic', 'KADYROV', ['Ramzan Kadyrov']),
  ...positives('patronymic', 'PRIGOZHIN', ['Yevgeniy Prigozhin']),
  ...positives('patronymic', 'LUKASHENKO', ['Alexander Lukashenko']),
  ...positives('patronymic', 'PUTIN', ['Vladimir Putin']),
  ...positives('transliteration', 'ATABIEV', [
    'Islam Seit-Umarovich Atabiyev',
    'Islam Seyt-Umarovich Atabiyev',
  ]),
  ...positives('transliteration', 'LAVROV', ['Sergey Viktorovich Lavrov', 'Sergej Viktorovitch Lavroff']),
  ...positives('transliteration', 'KADYROV', ['Ramzan Akhmatovich Kadyroff', 'Ramzan Achmatowitsch Kadyrow']),
  ...positives('transliteration', 'PRIGOZHIN', [
    'Evgueni Viktorovitch Prigojine',
    'Jewgeni Viktorowitsch Prigoschin',
    'Yevgeny Prigozhin',
  ]),
  ...positives('transliteration', 'LUKASHENKO', ['Alexandre Loukachenko', 'Aleksandr Lukashenko']),
  ...positives('transliteration', 'BINLADIN', ['Osama bin Laden', 'Oussama Ben Laden', 'Usama ibn Ladin']),
  ...positives('transliteration', 'ZAWAHIRI', [
    'Ayman el-Zawahiri',
    'Aiman az-Zawahiri',
    'Ayman ul-Zawahiri',
  ]),
  ...positives('transliteration', 'ASSAD', ['Bachar el-Assad', 'Baschar al-Assad']),
  ...positives('joined', 'PUTIN', ['VladimirPutin']),
  ...positives('joined', 'ATABIEV', ['IslamAtabiev']),
  ...positives('joined', 'LAVROV', ['SergeiLavrov']),
  ...positives('joined', 'KIMJONGUN', ['KimJongUn']),
  ...positives('joined', 'ASSAD', ['BasharAlAssad']),
  ...positives('joined', 'KADYROV', ['Ramzankadyrov']),
  ...positives('reversed', 'PUTIN', ['Putin Vladimir', 'Vladmiir Putin']),
  ...positives('reversed', 'LAVROV', ['Lavrov Sergei Viktorovich', 'Sergei Lavorv']),
  ...positives('reversed', 'ATABIEV', ['Atabiev Islam Seit-Umarovich']),
  ...positives('reversed', 'KADYROV', ['Kadyrov Ramzan', 'Ramzan Kaydrov']),
  ...positives('title', 'PUTIN', ['President Vladimir Putin', 'Président Vladimir Poutine']),
  ...positives('title', 'ASSAD', ['Président Bachar al-Assad', 'President Bashar al-Assad']),
  ...positives('title', 'ZAWAHIRI', ['Sheikh Ayman al-Zawahiri', 'Dr. Ayman al-Zawahiri']),
  ...positives('title', 'LAVROV', [
    'Minister Sergei Lavrov',
    'Minister van Buitenlandse Zaken Sergei Lavrov',
  ]),
  ...positives('title', 'KIMJONGUN', ['Marshal Kim Jong Un', 'Chairman Kim Jong Un']),
  ...positives('title', 'KIMYONGCHOL', ['Generaal Kim Yong Chol']),
  ...positives('initials', 'MUKENDI', ['J.-C. Mukendi Kalala', 'J.C. Mukendi Kalala', 'Jean Claude Mukendi']),
  ...positives('initials', 'PUTIN', ['V.V. Putin', 'V.-V. Putin']),
  ...positives('initials', 'LUKASHENKO', ['A.G. Lukashenko']),
  ...positives('initials', 'KADYROV', ['R.A. Kadyrov']),
  ...positives('numbers', '17N', [
    'Revolutionary Organisation Seventeen November',
    'Revolutionary Organization 17th November',
    'Revolutionaire Organisatie Zeventien November',
  ]),
  ...positives('numbers', 'FORTYFOUR', [
    '44 Shipping LLC',
    'Forty Four Shipping',
    'Quarante-Quatre Shipping',
  ]),
  ...positives('acronym', 'IRGC', ['IRGC', 'I.R.G.C.']),
  ...positives('acronym', 'KOMID', ['KOMID', 'K.O.M.I.D.']),
  ...positives('arabic', 'ASSAD', ['بشار الأسد']),
  ...positives('arabic', 'BINLADIN', ['أسامة بن لادن']),
  ...positives('arabic', 'ZAWAHIRI', ['أيمن الظواهري']),
  ...positives('arabic', 'KADYROV', ['رمضان قديروف']),
  ...positives('hangul', 'KIMJONGUN', ['김정은', 'Kim Jeong-eun', 'Kim Chŏng-ŭn']),
  ...positives('hangul', 'CHOERYONGHAE', ['최룡해', 'Choi Ryong-hae', "Ch'oe Ryong-hae"]),
  ...positives('hangul', 'RISUYONG', ['리수용', 'Lee Su-yong']),
  ...positives('hangul', 'PAKPONGJU', ['박봉주', 'Park Bong-ju']),
  ...positives('hangul', 'KIMYOJONG', ['김여정', 'Kim Yeo-jeong']),
  ...positives('hangul', 'KIMYONGCHOL', ['김영철', 'Kim Yeong-cheol']),
  ...positives('japanese', 'ASAHARA', [
    'アサハラ・ショウコウ',
    'あさはら しょうこう',
    'Asahara Shōkō',
    'Shouko Asahara',
  ]),
  ...positives('hebrew', 'ETTINGER', ['מאיר אטינגר']),
  ...positives('hebrew', 'LEVI', ['ינון לוי']),
  ...positives('thai', 'SHINAWATRA', ['ทักษิณ ชินวัตร']),
  ...positives('greek', 'PAPADOPOULOS', ['Αλέξανδρος Παπαδόπουλος', 'Alexandros Papadopoulos']),
  ...positives('greek', 'KONSTANTINOU', ['Γεώργιος Κωνσταντίνου', 'Georgios Konstantinou']),
  { category: 'han-korean', query: { name: '金正恩', countries: ['KP'] }, expected: 'KIMJONGUN' },
  { category: 'han-korean', query: { name: '崔龍海', countries: ['KP'] }, expected: 'CHOERYONGHAE' },
  {
    category: 'corroboration',
    query: { name: 'Islam Atabiyev', birthDate: '1983-09-29', countries: ['RU'] },
    expected: 'ATABIEV',
  },
  {
    category: 'corroboration',
    query: { name: 'Evgeni Prigojin', birthDate: '1961-06-01', countries: ['RU'] },
    expected: 'PRIGOZHIN',
  },
  {
    category: 'corroboration',
    query: { name: 'Islam Atabiyev', birthDate: '1990-02-11', countries: ['BE'] },
    expected: null,
  },
  {
    category: 'corroboration',
    query: { name: 'Sergei Lavrov', birthDate: '1984-07-02', countries: ['BE'] },
    expected: null,
  },
  {
    category: 'corroboration',
    query: { name: 'Islam Atayev', birthDate: '1983-09-29', countries: ['RU'] },
    expected: null,
  },
  ...negatives('belgian-namesake', [
    'Jean Dupont',
    'Marie Peeters',
    'Luc Janssens',
    'Sofie Maes',
    'Thomas Jacobs',
    'Mohamed El Amrani',
    'Ahmed Benali',
    'Fatima Ouahbi',
    'Youssef Bouzid',
    'Islam Amrani',
    'Alexander De Smet',
    'Sergei Willems',
    'Kim Claes',
    'Kim Goossens',
    'Vladimir Wouters',
    'Jean-Claude Mertens',
    'Richard Wagner',
    'Omar Bashir Lambrecht',
  ]),
  ...negatives('hard-negative', [
    'Islam Atayev',
    'Sergei Lavrenko',
    'Vladimir Putilin',
    'Ramzan Kadiri',
    'Kim Min-jun',
    'Kim Jong-su',
    'Park Ji-sung',
    'Lee Min-ho',
    'Choi Young-hee',
    'Kim Jong Nam',
    'Bachir Assadi',
    'Ayman Zaher',
    'Alexander Papadakis',
    'George Konstantinidis',
    'Shoko Tanaka',
    'Meir Cohen',
    'Yinon Katz',
    'Jean-Claude Kalonji',
    'KimberlyJones',
    'IslamAbad',
  ]),
  ...negatives(
    'hard-negative',
    [
      'Holding Group NV',
      'Islamic Relief Belgium',
      'Revolutionary Road BV',
      'Guard Security NV',
      'IRG Consulting',
      'KRGC',
      'KMDTC',
      'Korea Trading Corporation',
      '45 Shipping LLC',
      '44 Immo BV',
      'Eighteen November Foundation',
      'Harakat Transport',
      'Shabab Sports Club',
      'General Corporation',
    ],
    'entity',
  ),
];

const heldOut = (cases: EvaluationCase[]): EvaluationCase[] =>
  cases.map((testCase) => ({ ...testCase, split: 'test' }));

// SOURCE: held-out queries written by hand (December 2026) for the HELD_OUT_ENTRIES of evaluation-lists.ts,
// before the Thai / Hebrew / Arabic tables of that month and never used to tune them: usual English,
// French, German spellings, the names in Arabic, Hebrew, Thai, Hangul, kana, Han and Greek script as the
// press of those countries writes them; Belgian names from frequent Belgian given names and surnames.
export const HELD_OUT_CASES: readonly EvaluationCase[] = heldOut([
  ...positives('patronymic', 'SHOIGU', ['Sergei Shoigu']),
  ...positives('patronymic', 'SINWAR', ['Yahya Ibrahim Sinwar']),
  ...positives('transliteration', 'SHOIGU', [
    'Sergueï Choïgou',
    'Sergej Schoigu',
    'Sergey Kuzhugetovich Shoygu',
  ]),
  ...positives('transliteration', 'NASRALLAH', ['Hassan Nasrallah', 'Hassan Nasr Allah', 'Hasan Nasrullah']),
  ...positives('transliteration', 'SINWAR', ['Yahia Sinwar']),
  ...positives('joined', 'SHOIGU', ['SergeiShoigu']),
  ...positives('joined', 'SINWAR', ['YahyaSinwar']),
  ...positives('reversed', 'SHOIGU', ['Shoigu Sergei Kuzhugetovich', 'Sergei Shiogu']),
  ...positives('reversed', 'SINWAR', ['Sinwar Yahya']),
  ...positives('title', 'SHOIGU', ['General Sergei Shoigu', 'Minister Sergei Shoigu']),
  ...positives('title', 'NASRALLAH', ['Sheikh Hasan Nasrallah']),
  ...positives('initials', 'SHOIGU', ['S.K. Shoigu', 'S.-K. Shoigu']),
  ...positives('numbers', 'THREESTARS', ['3 Stars Trading', 'Trois Stars Trading', 'Drie Stars Trading']),
  ...positives('acronym', 'HTS', ['HTS', 'H.T.S.']),
  ...positives('arabic', 'BAGHDADI', ['أبو بكر البغدادي']),
  ...positives('arabic', 'NASRALLAH', ['حسن نصر الله']),
  ...positives('arabic', 'SINWAR', ['يحيى السنوار']),
  ...positives('arabic', 'SHOIGU', ['سيرغي شويغو']),
  ...positives('hangul', 'RIPYONGCHOL', ['리병철', 'Ri Byeong-cheol', 'Lee Pyong-chol']),
  ...positives('hangul', 'CHOESONHUI', ['최선희', 'Choe Seon-hui', 'Choi Son-hui']),
  ...positives('japanese', 'JOYU', ['じょうゆう ふみひろ', 'ジョウユウ・フミヒロ', 'Jōyū Fumihiro']),
  ...positives('hebrew', 'SHARVIT', ['משה שרביט']),
  ...positives('hebrew', 'YERED', ['אלישע ירד']),
  ...positives('hebrew', 'BARYOSEF', ['צבי בר יוסף']),
  ...positives('hebrew', 'GOPSTEIN', ['בן ציון גופשטיין']),
  ...positives('thai', 'LEEKPAI', ['ชวน หลีกภัย']),
  ...positives('thai', 'WONGSAWAT', ['สมชาย วงศ์สวัสดิ์']),
  ...positives('thai', 'CHANOCHA', ['ประยุทธ์ จันทร์โอชา']),
  ...positives('thai', 'VEJJAJIVA', ['อภิสิทธิ์ เวชชาชีวะ']),
  ...positives('greek', 'NIKOLAOU', ['Δημήτριος Νικολάου', 'Dimitris Nikolaou']),
  ...positives('greek', 'PAPPAS', ['Ιωάννης Παππάς']),
  { category: 'han-korean', query: { name: '李炳哲', countries: ['KP'] }, expected: 'RIPYONGCHOL' },
  { category: 'han-korean', query: { name: '崔善姬', countries: ['KP'] }, expected: 'CHOESONHUI' },
  {
    category: 'corroboration',
    query: { name: 'Serguei Choigou', birthDate: '1955-05-21', countries: ['RU'] },
    expected: 'SHOIGU',
  },
  {
    category: 'corroboration',
    query: { name: 'Sergei Shoigu', birthDate: '1988-03-14', countries: ['BE'] },
    expected: null,
  },
  ...negatives('belgian-namesake', [
    'Sarah Cohen',
    'Mehdi Haddad',
    'Nathalie Dubois',
    'Bart Vermeulen',
    'Hassan El Idrissi',
    'Yassine Benali',
    'Moshe Lambert',
    'Elisa Yildiz',
    'Sergio Fontaine',
    'Dimitri Nicolas',
    'John Smets',
  ]),
  ...negatives('hard-negative', [
    'משה כהן',
    'אלישע לוי',
    'สมชาย ใจดี',
    'ชวน สุขใจ',
    'حسن علي',
    'يحيى محمد',
    'Sergei Shubin',
    'Yahya Sinan',
    'Moshe Sharon',
    'Choe Son Il',
    'Ri Pyong Ho',
    'Dimitrios Nikolaidis',
  ]),
  ...negatives('hard-negative', ['Tahrir Media BV', 'Stars Trading NV', 'HT Solutions'], 'entity'),
]);

// SOURCE: a second held-out group written by hand (2 December 2026) BEFORE the second pass on Arabic and
// Hebrew script of issue 20, and never used to tune it (its misses were not looked at while changing the
// matcher): the entries of evaluation-lists.ts as the Arabic and Hebrew press writes them (full names as
// the UN list gives them, Russian and Korean names in Arabic and Hebrew, joined and hyphenated forms), and
// names of that script sharing one part with a listed person.
export const FRESH_CASES: readonly EvaluationCase[] = [
  ...positives('arabic', 'PUTIN', ['فلاديمير بوتين']),
  ...positives('arabic', 'LAVROV', ['سيرغي لافروف']),
  ...positives('arabic', 'PRIGOZHIN', ['يفغيني بريغوجين']),
  ...positives('arabic', 'KIMJONGUN', ['كيم جونغ أون']),
  ...positives('arabic', 'ZAWAHIRI', ['أيمن محمد ربيع الظواهري']),
  ...positives('arabic', 'BINLADIN', ['أسامة محمد عوض بن لادن']),
  ...positives('arabic', 'BAGHDADI', ['إبراهيم عواد إبراهيم البدري']),
  ...positives('arabic', 'ASSAD', ['بشار حافظ الأسد']),
  ...positives('arabic', 'NASRALLAH', ['حسن نصرالله']),
  ...positives('arabic', 'SINWAR', ['يحيى إبراهيم السنوار']),
  ...positives('arabic', 'HTS', ['هيئة تحرير الشام']),
  ...positives('arabic', 'SHABAAB', ['حركة الشباب المجاهدين']),
  ...positives('hebrew', 'PUTIN', ['ולדימיר פוטין']),
  ...positives('hebrew', 'LAVROV', ['סרגיי לברוב']),
  ...positives('hebrew', 'PRIGOZHIN', ["יבגני פריגוז'ין"]),
  ...positives('hebrew', 'KIMJONGUN', ["קים ג'ונג און"]),
  ...positives('hebrew', 'ZAWAHIRI', ['איימן אל-זוואהירי']),
  ...positives('hebrew', 'BINLADIN', ['אוסאמה בן לאדן']),
  ...positives('hebrew', 'BAGHDADI', ['אבו בכר אל-בגדאדי']),
  ...positives('hebrew', 'ASSAD', ['בשאר אל-אסד']),
  ...positives('hebrew', 'NASRALLAH', ['חסן נסראללה']),
  ...positives('hebrew', 'SINWAR', ['יחיא סינוואר']),
  ...positives('hebrew', 'BARYOSEF', ['צבי בר-יוסף']),
  ...positives('hebrew', 'LEVI', ['יינון לוי']),
  ...negatives('hard-negative', [
    'بشار الجعفري',
    'أيمن نور',
    'أسامة حمدان',
    'حسن روحاني',
    'يحيى السنوسي',
    'אברהם יוסף',
    'משה לוי',
    'צבי כהן',
    'מאיר לוי',
    'ולדימיר כהן',
  ]),
].map((testCase): EvaluationCase => ({ ...testCase, split: 'fresh' }));
