import type { ListEntry } from '../types.ts';

// SOURCE: names, birth dates and countries written down by hand (December 2026) from the public
// consolidated lists: UN Security Council consolidated list (QDi.364 Atabiev, QDi.006 al-Zawahiri,
// QDi.001 bin Laden, KPi designations), EU consolidated financial sanctions file (Russia, Belarus, Syria,
// DPRK regimes; terrorist list for "17 November" and Aum Shinrikyo), OFAC SDN (IRGC, KOMID, West Bank
// settlers). Public-domain official publications. Entries marked "constructed" are plausible names built
// for the evaluation (Greek, Thai, Congolese, number-named companies), not list entries.
// Each entry carries only Latin-script aliases, so that other-script queries test transliteration and
// not a lookup of the very same characters.

const person = (
  entryId: string,
  names: string[],
  birthDate: string | null,
  countries: string[],
): ListEntry => ({
  entryId,
  kind: 'person',
  names: names.map((full) => ({ full, quality: 'strong' })),
  birthDates: birthDate ? [{ from: birthDate }] : [],
  countries,
  addressCountries: [],
});

const entity = (entryId: string, names: string[], countries: string[] = []): ListEntry => ({
  ...person(entryId, names, null, countries),
  kind: 'entity',
});

/** The designations the evaluation queries are labelled against. */
export const EVALUATION_ENTRIES: readonly ListEntry[] = [
  person('ATABIEV', ['ISLAM SEIT-UMAROVICH ATABIEV'], '1983-09-29', ['RU']),
  person('PUTIN', ['Vladimir Vladimirovich PUTIN'], '1952-10-07', ['RU']),
  person('LAVROV', ['Sergei Viktorovich LAVROV'], '1950-03-21', ['RU']),
  person('KADYROV', ['Ramzan Akhmatovich KADYROV'], '1976-10-05', ['RU']),
  person('PRIGOZHIN', ['Yevgeniy Viktorovich PRIGOZHIN'], '1961-06-01', ['RU']),
  person(
    'LUKASHENKO',
    ['Aliaksandr Ryhoravich LUKASHENKA', 'Alexander Grigorievich LUKASHENKO'],
    '1954-08-30',
    ['BY'],
  ),
  person('ASSAD', ['Bashar AL-ASSAD'], '1965-09-11', ['SY']),
  person('ZAWAHIRI', ['AIMAN MUHAMMED RABI AL-ZAWAHIRI', 'Ayman al-Zawahiri'], '1951-06-19', ['EG']),
  person('BINLADIN', ['Usama Muhammed Awad BIN LADIN'], '1957-03-10', ['SA']),
  person('KIMJONGUN', ['KIM JONG UN'], '1984-01-08', ['KP']),
  person('CHOERYONGHAE', ['CHOE RYONG HAE'], '1950-01-15', ['KP']),
  person('RISUYONG', ['RI SU YONG'], '1940-06-25', ['KP']),
  person('PAKPONGJU', ['PAK PONG JU'], '1939-04-10', ['KP']),
  person('KIMYONGCHOL', ['KIM YONG CHOL'], '1946-01-01', ['KP']),
  person('KIMYOJONG', ['KIM YO JONG'], '1987-09-26', ['KP']),
  person('ETTINGER', ['Meir ETTINGER'], '1991-11-26', ['IL']),
  person('LEVI', ['Yinon LEVI'], '1985-01-01', ['IL']),
  person('ASAHARA', ['Shoko ASAHARA', 'Chizuo MATSUMOTO'], '1955-03-02', ['JP']),
  // constructed
  person('SHINAWATRA', ['Thaksin SHINAWATRA'], '1949-07-26', ['TH']),
  person('PAPADOPOULOS', ['Alexander PAPADOPOULOS'], '1970-02-14', ['GR']),
  person('KONSTANTINOU', ['George KONSTANTINOU'], '1968-05-03', ['CY']),
  person('MUKENDI', ['Jean-Claude MUKENDI KALALA'], '1972-12-01', ['CD']),
  entity('IRGC', [
    'Islamic Revolutionary Guard Corps (IRGC)',
    'Army of the Guardians of the Islamic Revolution',
  ]),
  entity('KOMID', ['KOREA MINING DEVELOPMENT TRADING CORPORATION', 'KOMID'], ['KP']),
  entity('SHABAAB', ['Harakat Shabaab al-Mujahidin', 'Al-Shabaab'], ['SO']),
  entity('17N', ['Revolutionary Organisation 17 November', 'Epanastatiki Organosi 17 Noemvri'], ['GR']),
  // constructed
  entity('FORTYFOUR', ['FORTY-FOUR SHIPPING LLC'], ['AE']),
  entity('KORYO', ['Korea Ryonbong General Corporation'], ['KP']),
];

// SOURCE: the held-out designations (split "test", added December 2026 before the matcher changes of that
// month), written down by hand the same way: EU consolidated financial sanctions file (Russia regime:
// Sergei SHOIGU; DPRK: RI PYONG CHOL, CHOE SON HUI), UN consolidated list (QDi.299 Ibrahim Awwad Ibrahim
// Ali al-Badri, a.k.a. Abu Bakr al-Baghdadi), OFAC SDN (Hasan NASRALLAH, Yahya SINWAR, Hay'at Tahrir
// al-Sham; West Bank settlers of 2024: Moshe SHARVIT, Elisha YERED, Zvi BAR YOSEF, Ben-Zion GOPSTEIN).
// Aum Shinrikyo's Fumihiro JOYU, Thai, Greek and number-named entries are constructed (plausible names
// with a known Latin spelling, not list entries). Latin-script aliases only.
export const HELD_OUT_ENTRIES: readonly ListEntry[] = [
  person('SHOIGU', ['Sergei Kuzhugetovich SHOIGU'], '1955-05-21', ['RU']),
  person('NASRALLAH', ['Hasan NASRALLAH'], null, ['LB']),
  person('SINWAR', ['Yahya SINWAR'], null, ['PS']),
  person(
    'BAGHDADI',
    ['IBRAHIM AWWAD IBRAHIM ALI AL-BADRI AL-SAMARRAI', 'Abu Bakr al-Baghdadi'],
    '1971-01-01',
    ['IQ'],
  ),
  person('RIPYONGCHOL', ['RI PYONG CHOL'], null, ['KP']),
  person('CHOESONHUI', ['CHOE SON HUI'], null, ['KP']),
  person('SHARVIT', ['Moshe SHARVIT'], null, ['IL']),
  person('YERED', ['Elisha YERED'], null, ['IL']),
  person('BARYOSEF', ['Zvi BAR YOSEF'], null, ['IL']),
  person('GOPSTEIN', ['Ben-Zion GOPSTEIN'], null, ['IL']),
  // constructed
  person('JOYU', ['Fumihiro JOYU'], null, ['JP']),
  person('LEEKPAI', ['Chuan LEEKPAI'], null, ['TH']),
  person('WONGSAWAT', ['Somchai WONGSAWAT'], null, ['TH']),
  person('CHANOCHA', ['Prayut CHAN-O-CHA'], null, ['TH']),
  person('VEJJAJIVA', ['Abhisit VEJJAJIVA'], null, ['TH']),
  person('NIKOLAOU', ['Dimitrios NIKOLAOU'], null, ['GR']),
  person('PAPPAS', ['John PAPPAS'], null, ['GR']),
  entity('HTS', ["Hay'at Tahrir al-Sham (HTS)"], ['SY']),
  entity('THREESTARS', ['THREE STARS TRADING FZE'], ['AE']),
];

// Given names frequent on the real lists, so that part weights behave as they do there: "Mohamed",
// "Ali", "Kim", "Jong" and "Islam" are common, designated surnames are rare.
const COMMON_GIVEN = [
  'Mohamed',
  'Ali',
  'Ahmed',
  'Abdul',
  'Hassan',
  'Islam',
  'Sergei',
  'Vladimir',
  'Alexander',
  'Kim',
  'Ri',
  'Pak',
  'Jong',
  'Chol',
  'Yong',
  'Omar',
  'Khalid',
  'Ibrahim',
  'Yusuf',
  'Ramzan',
];
const SYLLABLES = ['bar', 'tem', 'sul', 'gor', 'nik', 'dav', 'lam', 'rus', 'zef', 'kop', 'vex', 'dro'];

// Words that open many designated organisations' names on the UN and EU lists (about eighty DPRK
// entities start with "Korea"; Iranian and Syrian ones with the country's name): common, hence light.
const COMMON_ENTITY_WORDS = ['Korea', 'Iran', 'Syrian', 'Islamic', 'Al', 'Bank', 'General'];

/** 140 synthetic designated organisations ("Korea Bartem Trading Corporation"). */
export function fillerEntities(): ListEntry[] {
  return Array.from({ length: 140 }, (_, i) =>
    entity(`E${i}`, [
      `${COMMON_ENTITY_WORDS[i % COMMON_ENTITY_WORDS.length]} ${SYLLABLES[i % 12]}${SYLLABLES[Math.floor(i / 12) % 12]} Trading Corporation`,
    ]),
  );
}

/** 1,400 synthetic designations ("Kim Ri Bartemsul") that give the index real-list proportions. */
export function fillerEntries(): ListEntry[] {
  return Array.from({ length: 1400 }, (_, i) => {
    const surname =
      SYLLABLES[i % 12]! + SYLLABLES[Math.floor(i / 12) % 12]! + SYLLABLES[Math.floor(i / 144) % 12]!;
    const first = COMMON_GIVEN[i % COMMON_GIVEN.length]!;
    const second = COMMON_GIVEN[(i * 7 + 3) % COMMON_GIVEN.length]!;
    return person(`F${i}`, [`${first} ${second} ${surname}ov`], null, []);
  });
}
