import { readFileSync } from 'node:fs';
import type { TAddress } from '@vigilo/domain/contracts/contacts.ts';
import type { TRandom } from './seed-random.ts';

const readNames = (file: string) =>
  readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

/** Names of people living in Belgium, most frequent first (see data/). */
export const givenNames = readNames('given-names-be.txt');
export const surnames = readNames('surnames-be.txt');

/** Postal code, municipality and the language of its street names. */
const places: [string, string, 'fr' | 'nl'][] = [
  ['1000', 'Bruxelles', 'fr'],
  ['1030', 'Schaerbeek', 'fr'],
  ['1050', 'Ixelles', 'fr'],
  ['1060', 'Saint-Gilles', 'fr'],
  ['1080', 'Molenbeek-Saint-Jean', 'fr'],
  ['1150', 'Woluwe-Saint-Pierre', 'fr'],
  ['1180', 'Uccle', 'fr'],
  ['1200', 'Woluwe-Saint-Lambert', 'fr'],
  ['1300', 'Wavre', 'fr'],
  ['1348', 'Louvain-la-Neuve', 'fr'],
  ['1400', 'Nivelles', 'fr'],
  ['1420', "Braine-l'Alleud", 'fr'],
  ['1500', 'Halle', 'nl'],
  ['1800', 'Vilvoorde', 'nl'],
  ['1930', 'Zaventem', 'nl'],
  ['2000', 'Antwerpen', 'nl'],
  ['2018', 'Antwerpen', 'nl'],
  ['2100', 'Deurne', 'nl'],
  ['2300', 'Turnhout', 'nl'],
  ['2800', 'Mechelen', 'nl'],
  ['2900', 'Schoten', 'nl'],
  ['3000', 'Leuven', 'nl'],
  ['3500', 'Hasselt', 'nl'],
  ['3600', 'Genk', 'nl'],
  ['4000', 'Liège', 'fr'],
  ['4020', 'Liège', 'fr'],
  ['4500', 'Huy', 'fr'],
  ['4800', 'Verviers', 'fr'],
  ['5000', 'Namur', 'fr'],
  ['5100', 'Jambes', 'fr'],
  ['6000', 'Charleroi', 'fr'],
  ['6700', 'Arlon', 'fr'],
  ['7000', 'Mons', 'fr'],
  ['7500', 'Tournai', 'fr'],
  ['8000', 'Brugge', 'nl'],
  ['8300', 'Knokke-Heist', 'nl'],
  ['8400', 'Oostende', 'nl'],
  ['8500', 'Kortrijk', 'nl'],
  ['8800', 'Roeselare', 'nl'],
  ['9000', 'Gent', 'nl'],
  ['9100', 'Sint-Niklaas', 'nl'],
  ['9300', 'Aalst', 'nl'],
];

const frenchStreets = [
  'Rue de la Station',
  "Rue de l'Église",
  'Avenue Louise',
  'Chaussée de Waterloo',
  'Rue Haute',
  'Avenue des Tilleuls',
  'Rue du Moulin',
  'Place communale',
  'Rue des Champs',
  'Avenue de la Couronne',
  'Chaussée de Charleroi',
  'Rue Royale',
  'Boulevard Saint-Michel',
  'Rue du Marché',
  'Avenue Brugmann',
];
const dutchStreets = [
  'Kerkstraat',
  'Stationsstraat',
  'Dorpsstraat',
  'Molenstraat',
  'Nieuwstraat',
  'Schoolstraat',
  'Kapelstraat',
  'Meir',
  'Veldstraat',
  'Lindenlaan',
  'Grote Markt',
  'Kortrijksesteenweg',
  'Bredabaan',
  'Leopoldlaan',
  'Tiensestraat',
];

export function belgianAddress(r: TRandom): TAddress {
  const [postalCode, city, language] = r.pick(places);
  const street = r.pick(language === 'fr' ? frenchStreets : dutchStreets);
  const box = r.chance(0.15) ? (language === 'fr' ? ` bte ${r.int(1, 12)}` : ` bus ${r.int(1, 12)}`) : '';
  return { street: `${street} ${r.int(1, 240)}${box}`, postalCode, city, country: 'BE' };
}

export const professions = [
  'Employé',
  'Employée',
  'Bediende',
  'Enseignant',
  'Leerkracht',
  'Infirmière',
  'Verpleegkundige',
  'Ingénieur',
  'Ingenieur',
  'Indépendant',
  'Zelfstandige',
  'Médecin',
  'Arts',
  'Avocat',
  'Advocaat',
  'Fonctionnaire',
  'Ambtenaar',
  'Pensionné',
  'Gepensioneerd',
  'Commerçant',
  'Comptable',
  'Boekhouder',
  'Chef d’entreprise',
  'Zaakvoerder',
];

export const entityNameWords = [
  'Immo',
  'Invest',
  'Patrimoine',
  'Vastgoed',
  'Construct',
  'Holding',
  'Group',
  'Services',
  'Real Estate',
  'Bouw',
  'Résidence',
  'Projects',
];
export const legalForms = ['SRL', 'BV', 'SA', 'NV', 'SC', 'CV', 'ASBL', 'VZW'] as const;
export const agencyWords = ['Immo', 'Immobilière', 'Vastgoed', 'Agence', 'Makelaardij', 'Immo Service'];

/** Foreign nationalities seen among Belgian residents, most frequent first. */
export const foreignNationalities = ['FR', 'NL', 'IT', 'MA', 'RO', 'PL', 'ES', 'DE', 'PT', 'TR', 'CD', 'LU'];

/** A valid Belgian enterprise number (0 + 7 digits + 97 − mod 97) from a number below 10^7. */
export function enterpriseNumberOf(n: number): string {
  const eight = `0${String(n % 10_000_000).padStart(7, '0')}`;
  return `${eight}${String(97 - (Number(eight) % 97)).padStart(2, '0')}`;
}

/** A valid Belgian IBAN (BE + 2 check digits + 12 digits whose last two are mod 97 of the first ten). */
export function belgianIban(r: TRandom): string {
  const ten = String(r.int(0, 9_999_999_999)).padStart(10, '0');
  const accountCheck = Number(BigInt(ten) % 97n) || 97;
  const bban = `${ten}${String(accountCheck).padStart(2, '0')}`;
  // ISO 13616: BBAN + "BE00" as digits (B=11, E=14), mod 97, check = 98 − remainder.
  const check = 98 - Number(BigInt(`${bban}111400`) % 97n);
  return `BE${String(check).padStart(2, '0')}${bban}`;
}
