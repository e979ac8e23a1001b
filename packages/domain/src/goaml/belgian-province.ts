/** Belgian postal code ranges of the provinces (and the Brussels-Capital Region), as bpost assigns them. */
const ranges: [number, number, string][] = [
  [1000, 1299, 'Bruxelles-Capitale / Brussels Hoofdstedelijk Gewest'],
  [1300, 1499, 'Brabant wallon'],
  [1500, 1999, 'Vlaams-Brabant'],
  [2000, 2999, 'Antwerpen'],
  [3000, 3499, 'Vlaams-Brabant'],
  [3500, 3999, 'Limburg'],
  [4000, 4999, 'Liège'],
  [5000, 5999, 'Namur'],
  [6000, 6599, 'Hainaut'],
  [6600, 6999, 'Luxembourg'],
  [7000, 7999, 'Hainaut'],
  [8000, 8999, 'West-Vlaanderen'],
  [9000, 9999, 'Oost-Vlaanderen'],
];

/** The province of a Belgian postal code, or null when the code is not a Belgian one. */
export function belgianProvince(postalCode: string): string | null {
  const code = Number(postalCode.trim());
  if (!Number.isInteger(code)) return null;
  return ranges.find(([from, to]) => code >= from && code <= to)?.[2] ?? null;
}
