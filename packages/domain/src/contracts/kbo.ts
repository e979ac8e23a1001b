import { z } from 'zod';

/** API contracts of the KBO/BCE lookup (platform reference data from the FPS Economy open-data extract). */

export const ZKboLookupQuery = z.object({
  /** An enterprise number, with or without dots, spaces or the BE prefix. */
  number: z.string().min(1).max(32),
});

const ZCodeLabel = z.object({
  code: z.string(),
  /** Label from the extract's code.csv in the reader's language (French for English: KBO has no English). */
  label: z.string().nullable(),
});

export const ZKboDenomination = z.object({
  /** fr, nl, de, en, or null when the KBO does not know the language. */
  language: z.enum(['fr', 'nl', 'de', 'en']).nullable(),
  type: z.enum(['name', 'abbreviation', 'commercial-name', 'branch-name', 'other']),
  value: z.string(),
});

export const ZKboAddress = z.object({
  street: z.string().nullable(),
  houseNumber: z.string().nullable(),
  box: z.string().nullable(),
  postalCode: z.string().nullable(),
  municipality: z.string().nullable(),
  /** Null for a Belgian address (the KBO leaves the country empty for Belgium). */
  country: z.string().nullable(),
});

export const ZKboActivity = z.object({
  naceVersion: z.string(),
  naceCode: z.string(),
  label: z.string().nullable(),
  main: z.boolean(),
});

export const ZKboRiskFact = z.discriminatedUnion('code', [
  z.object({ code: z.literal('enterprise-stopped'), status: z.string() }),
  z.object({ code: z.literal('abnormal-juridical-situation'), juridicalSituation: z.string() }),
]);

export const ZKboEnterprise = z.object({
  enterpriseNumber: z.string(),
  /** The name in the reader's language if the KBO has one, otherwise the first official name. */
  name: z.string().nullable(),
  denominations: z.array(ZKboDenomination),
  juridicalForm: ZCodeLabel.nullable(),
  status: ZCodeLabel,
  juridicalSituation: ZCodeLabel,
  startDate: z.string().nullable(),
  /** The registered office. */
  address: ZKboAddress.nullable(),
  activities: z.array(ZKboActivity),
  riskFacts: z.array(ZKboRiskFact),
  proposedFactor: z
    .object({
      factor: z.literal('sensitive-sector'),
      kind: z.enum([
        'cash-intensive',
        'gambling',
        'arms-defence',
        'crypto-assets',
        'art-antiques-precious-goods',
        'construction-property-development',
        'money-services',
      ]),
      naceCodes: z.array(z.string()),
    })
    .nullable(),
  /** The extract the data comes from: a dated source for the contact version. */
  source: z.object({
    extractNumber: z.string().nullable(),
    snapshotDate: z.string().nullable(),
    importedAt: z.string().nullable(),
  }),
});
export type TKboEnterprise = z.infer<typeof ZKboEnterprise>;

export const ZKboImportRun = z.object({
  id: z.string(),
  fileName: z.string(),
  extractType: z.string().nullable(),
  extractNumber: z.string().nullable(),
  snapshotDate: z.string().nullable(),
  status: z.enum(['running', 'completed', 'failed']),
  currentFile: z.string().nullable(),
  filesDone: z.array(z.string()),
  rowsImported: z.number().int(),
  error: z.string().nullable(),
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type TKboImportRun = z.infer<typeof ZKboImportRun>;

export const ZKboImportRuns = z.object({ runs: z.array(ZKboImportRun) });
