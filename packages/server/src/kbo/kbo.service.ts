import type { TContactVersionSource } from '@vigilo/domain/contracts/contacts.ts';
import type { TKboEnterprise, TKboImportRun } from '@vigilo/domain/contracts/kbo.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { parseEnterpriseNumber } from '@vigilo/domain/identifiers/enterprise-number.ts';
import { kboRiskFacts, newestNaceVersion, proposeSectorFactor } from '@vigilo/domain/kbo/kbo-rules.ts';
import type { TAppContext } from '../context.ts';
import * as repo from './kbo.repository.ts';

type TLang = 'fr' | 'nl' | 'en';

/** code.csv has French, Dutch and German labels; an English reader gets the French one. */
const CODE_LANGUAGE: Record<TLang, string> = { fr: 'FR', nl: 'NL', en: 'FR' };
const DENOMINATION_LANGUAGE: Record<string, 'fr' | 'nl' | 'de' | 'en'> = {
  '1': 'fr',
  '2': 'nl',
  '3': 'de',
  '4': 'en',
};
const DENOMINATION_TYPE: Record<string, TKboEnterprise['denominations'][number]['type']> = {
  '001': 'name',
  '002': 'abbreviation',
  '003': 'commercial-name',
  '004': 'branch-name',
};

type TFound = NonNullable<Awaited<ReturnType<typeof repo.findEnterprise>>>;

/** The activities of the newest NACE version, one per code (the main one when a code is listed twice). */
function activitiesShown(activities: TFound['activities']) {
  const newest = newestNaceVersion(activities.map((a) => ({ version: a.naceVersion, code: a.naceCode })));
  const shown = new Map<string, TFound['activities'][number]>();
  for (const a of activities) {
    if (a.naceVersion !== newest) continue;
    const key = a.naceCode;
    if (!shown.has(key) || a.classification === 'MAIN') shown.set(key, a);
  }
  return { newest, shown };
}

/** Every denomination, and the official name in the reader's language (else the first one). */
function namesOf(denominations: TFound['denominations'], lang: TLang) {
  const names = denominations.map((d) => ({
    language: DENOMINATION_LANGUAGE[d.language] ?? null,
    type: DENOMINATION_TYPE[d.typeOfDenomination] ?? ('other' as const),
    value: d.denomination,
  }));
  const official = names.filter((n) => n.type === 'name');
  const name = (official.find((n) => n.language === lang) ?? official[0] ?? names[0])?.value ?? null;
  return { names, name };
}

/** The registered office (else any address still in force), in Dutch for a Dutch reader, else French. */
function registeredOffice(addresses: TFound['addresses'], lang: TLang): TKboEnterprise['address'] {
  const office =
    addresses.find((a) => a.typeOfAddress === 'REGO' && !a.dateStrikingOff) ??
    addresses.find((a) => !a.dateStrikingOff) ??
    null;
  const isDutch = lang === 'nl';
  const pick = (nl: string | null, fr: string | null) => (isDutch ? (nl ?? fr) : (fr ?? nl));
  return (
    office && {
      street: pick(office.streetNl, office.streetFr),
      houseNumber: office.houseNumber,
      box: office.box,
      postalCode: office.zipcode,
      municipality: pick(office.municipalityNl, office.municipalityFr),
      country: pick(office.countryNl, office.countryFr),
    }
  );
}

/**
 * The KBO data of an enterprise, for filling in an entity. Answers `kbo_enterprise_not_found` when no
 * extract is loaded or the number is not in it, so the form simply stays as typed.
 */
export async function lookupEnterprise(
  ctx: TAppContext,
  input: string,
  lang: TLang,
): Promise<TKboEnterprise> {
  const parsed = parseEnterpriseNumber(input);
  if (!parsed.ok) throw new AppError('kbo_enterprise_not_found');
  const found = await repo.findEnterprise(ctx.db, parsed.value);
  if (!found) throw new AppError('kbo_enterprise_not_found');
  const { enterprise, denominations, addresses, activities } = found;

  const { newest, shown } = activitiesShown(activities);
  const labels = await repo.findCodeLabels(ctx.db, [
    { category: 'JuridicalForm', codes: enterprise.juridicalForm ? [enterprise.juridicalForm] : [] },
    { category: 'Status', codes: [enterprise.status] },
    { category: 'JuridicalSituation', codes: [enterprise.juridicalSituation] },
    ...(newest ? [{ category: `Nace${newest}`, codes: [...shown.keys()] }] : []),
  ]);
  const label = (category: string, code: string): string | null => {
    const of = labels.filter((l) => l.category === category && l.code === code);
    return (
      (
        of.find((l) => l.language === CODE_LANGUAGE[lang]) ??
        of.find((l) => l.language === 'FR') ??
        of[0]
      )?.description.trim() ?? null
    );
  };

  const { names, name } = namesOf(denominations, lang);

  const shownActivities = [...shown.values()].sort(
    (a, b) =>
      Number(b.classification === 'MAIN') - Number(a.classification === 'MAIN') ||
      a.naceCode.localeCompare(b.naceCode),
  );
  const run = await repo.latestCompletedRun(ctx.db);
  return {
    enterpriseNumber: enterprise.enterpriseNumber,
    name,
    denominations: names,
    juridicalForm: enterprise.juridicalForm
      ? { code: enterprise.juridicalForm, label: label('JuridicalForm', enterprise.juridicalForm) }
      : null,
    status: { code: enterprise.status, label: label('Status', enterprise.status) },
    juridicalSituation: {
      code: enterprise.juridicalSituation,
      label: label('JuridicalSituation', enterprise.juridicalSituation),
    },
    startDate: enterprise.startDate,
    address: registeredOffice(addresses, lang),
    activities: shownActivities.map((a) => ({
      naceVersion: a.naceVersion,
      naceCode: a.naceCode,
      label: label(`Nace${a.naceVersion}`, a.naceCode),
      main: a.classification === 'MAIN',
    })),
    riskFacts: kboRiskFacts(enterprise),
    proposedFactor: proposeSectorFactor(
      activities.map((a) => ({ version: a.naceVersion, code: a.naceCode, classification: a.classification })),
    ),
    source: {
      extractNumber: run?.extractNumber ?? null,
      snapshotDate: run?.snapshotDate ?? null,
      importedAt: run?.finishedAt?.toISOString() ?? null,
    },
  };
}

/**
 * The dated source a contact version keeps when its entity was filled in from the KBO: the extract and what
 * it says of the enterprise, read again on the server (the browser's copy is not trusted). Null when no
 * extract is loaded or the number is not in it: the version is then saved as typed, without a source.
 */
export async function kboSourceFor(
  ctx: TAppContext,
  enterpriseNumber: string,
  lang: TLang,
): Promise<TContactVersionSource | null> {
  let found: TKboEnterprise;
  try {
    found = await lookupEnterprise(ctx, enterpriseNumber, lang);
  } catch (error) {
    if (error instanceof AppError && error.code === 'kbo_enterprise_not_found') return null;
    throw error;
  }
  const { name, juridicalForm, status, juridicalSituation, startDate, address, riskFacts, proposedFactor } =
    found;
  return {
    kind: 'kbo',
    enterpriseNumber: found.enterpriseNumber,
    ...found.source,
    data: { name, juridicalForm, status, juridicalSituation, startDate, address, riskFacts, proposedFactor },
  };
}

/** The import runs, newest first, for the operator's page. */
export async function listImportRuns(ctx: TAppContext): Promise<{ runs: TKboImportRun[] }> {
  const runs = await repo.listRuns(ctx.db, 20);
  return {
    runs: runs.map((r) => ({
      id: r.id,
      fileName: r.fileName,
      extractType: r.extractType,
      extractNumber: r.extractNumber,
      snapshotDate: r.snapshotDate,
      status: r.status,
      currentFile: r.currentFile,
      filesDone: r.filesDone,
      rowsImported: r.rowsImported,
      error: r.error,
      startedAt: r.startedAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      finishedAt: r.finishedAt?.toISOString() ?? null,
    })),
  };
}
