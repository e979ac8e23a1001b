/**
 * What Vigilo reads into the KBO/BCE data of an enterprise (Crossroads Bank for Enterprises, open-data
 * extract of FPS Economy). Pure: the server passes the stored codes, these rules say what they mean for
 * the agency's risk assessment. Nothing here decides: a proposed factor is shown to the collaborator,
 * who answers the questionnaire (the sensitive-sector factor cites the law of 18 September 2017, annex III,
 * and the 2022 regulation, as in `risk/factor-catalog.ts`).
 */

export type TSensitiveSectorKind =
  | 'cash-intensive'
  | 'gambling'
  | 'arms-defence'
  | 'crypto-assets'
  | 'art-antiques-precious-goods'
  | 'construction-property-development'
  | 'money-services';

export type TNaceVersion = '2003' | '2008' | '2025';

export type TNaceActivity = { version: string; code: string };

/**
 * NACE-BEL class prefixes (4 digits = the European NACE class) per sector kind of the questionnaire's
 * `sensitiveSectorKind`. Only the 2008 (NACE-BEL 2008, Rev. 2) and 2025 (NACE-BEL 2025, Rev. 2.1) versions
 * are mapped: the KBO still lists 2003 codes beside them for the same activity.
 */
const SECTOR_CLASSES: Record<'2008' | '2025', Record<TSensitiveSectorKind, readonly string[]>> = {
  '2008': {
    gambling: ['9200'],
    'arms-defence': ['2540', '3040'],
    'crypto-assets': [],
    'art-antiques-precious-goods': ['2441', '3212', '4648', '4777', '4779'],
    'construction-property-development': ['4110'],
    'money-services': ['6619'],
    'cash-intensive': ['4511', '5630'],
  },
  '2025': {
    gambling: ['9200'],
    'arms-defence': ['2540', '3040'],
    'crypto-assets': [],
    'art-antiques-precious-goods': ['2441', '3212', '4648', '4777', '4779'],
    'construction-property-development': ['6812'],
    'money-services': ['6619'],
    'cash-intensive': ['4511', '5630'],
  },
};

/** The sector kind a NACE-BEL code falls in, or null when it is not a sensitive sector. */
export function sensitiveSectorOf(activity: TNaceActivity): TSensitiveSectorKind | null {
  if (activity.version !== '2008' && activity.version !== '2025') return null;
  const digits = activity.code.replace(/\D/g, '');
  if (digits.length < 4) return null;
  const nace = digits.slice(0, 4);
  const table = SECTOR_CLASSES[activity.version];
  for (const [kind, classes] of Object.entries(table) as [TSensitiveSectorKind, readonly string[]][]) {
    if (classes.includes(nace)) return kind;
  }
  return null;
}

export type TProposedSectorFactor = {
  factor: 'sensitive-sector';
  kind: TSensitiveSectorKind;
  /** The activities that made the proposal, so the collaborator sees why. */
  naceCodes: string[];
};

/**
 * Proposes the questionnaire's sensitive-sector factor from an enterprise's NACE activities: the kind of
 * the first matching activity (main activities first), with every activity of that kind. Null when none
 * of its activities is a sensitive sector.
 */
export function proposeSectorFactor(
  activities: readonly (TNaceActivity & { classification?: string })[],
): TProposedSectorFactor | null {
  const ordered = [...activities].sort(
    (a, b) => Number(b.classification === 'MAIN') - Number(a.classification === 'MAIN'),
  );
  let kind: TSensitiveSectorKind | null = null;
  const naceCodes: string[] = [];
  for (const activity of ordered) {
    const found = sensitiveSectorOf(activity);
    if (!found) continue;
    kind ??= found;
    if (found === kind && !naceCodes.includes(activity.code)) naceCodes.push(activity.code);
  }
  return kind ? { factor: 'sensitive-sector', kind, naceCodes } : null;
}

export type TKboRiskFact =
  | { code: 'enterprise-stopped'; status: string }
  | { code: 'abnormal-juridical-situation'; juridicalSituation: string };

/**
 * KBO status codes: "AC" is an active enterprise (code.csv, category Status); any other status is an
 * enterprise that stopped. Juridical situations 000 (normal), 001 (legal creation) and 002 (extension)
 * are ordinary; any other (dissolution, liquidation, bankruptcy, striking off…) is flagged for the
 * officer with its label from code.csv.
 */
const ORDINARY_SITUATIONS = new Set(['000', '001', '002']);

export function kboRiskFacts(enterprise: { status: string; juridicalSituation: string }): TKboRiskFact[] {
  const facts: TKboRiskFact[] = [];
  if (enterprise.status !== 'AC') facts.push({ code: 'enterprise-stopped', status: enterprise.status });
  if (!ORDINARY_SITUATIONS.has(enterprise.juridicalSituation)) {
    facts.push({ code: 'abnormal-juridical-situation', juridicalSituation: enterprise.juridicalSituation });
  }
  return facts;
}

/** The NACE version to show: the newest one the enterprise has activities in. */
export function newestNaceVersion(activities: readonly TNaceActivity[]): string | null {
  let newest: string | null = null;
  for (const a of activities) if (newest === null || a.version > newest) newest = a.version;
  return newest;
}

/** KBO dates are `DD-MM-YYYY`; the API speaks ISO `YYYY-MM-DD`. Null for an empty or malformed date. */
export function kboDateToIso(value: string | null | undefined): string | null {
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec((value ?? '').trim());
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}
