import { isCountryRiskReviewDue, isFailingTooLong, isListStale } from '@vigilo/domain/screening/index.ts';
import { isNull } from 'drizzle-orm';
import type { TConfig } from '../../config.ts';
import type { TDbOrTx } from '../../db/client.ts';
import { currentCountryRisk } from '../country-risk.service.ts';
import { activeVersions } from '../list-versions.service.ts';
import { listSourceStates, platformAlerts } from '../screening.schema.ts';

export type TListFreshness = {
  source: string;
  label: string | null;
  enabled: boolean;
  /** The publication date written in the file in force (null: no version yet). */
  listDate: string | null;
  importedAt: string | null;
  stale: boolean;
  lastCheckAt: string | null;
  lastSuccessAt: string | null;
  nextCheckAt: string | null;
  failingSince: string | null;
  /** Failing for longer than the alert threshold. */
  failing: boolean;
};

/**
 * The state of the reference data, per list: its publication date, the last successful check and the
 * next one, and whether officers must be warned (a stale or failing list, country risk due for review).
 */
export async function listFreshness(db: TDbOrTx, config: TConfig, now = new Date()) {
  const { lists } = config;
  const versions = await activeVersions(db, null);
  const states = await db.select().from(listSourceStates);
  const sourceIds = [
    ...new Set([
      ...lists.sources.filter((s) => s.enabled).map((s) => s.id as string),
      ...versions.map((v) => v.source),
    ]),
  ];
  const items: TListFreshness[] = sourceIds.map((id) => {
    const configured = lists.sources.find((s) => s.id === id);
    const version = versions.find((v) => v.source === id);
    const state = states.find((s) => s.source === id);
    const enabled = lists.autoUpdate && (configured?.enabled ?? false);
    return {
      source: id,
      label: configured?.label ?? null,
      enabled,
      listDate: version?.listDate ?? null,
      importedAt: version?.importedAt.toISOString() ?? null,
      stale: version ? isListStale(version.listDate, now, lists.staleDays) : true,
      lastCheckAt: state?.lastCheckAt?.toISOString() ?? null,
      lastSuccessAt: state?.lastSuccessAt?.toISOString() ?? null,
      nextCheckAt: enabled ? (state?.nextCheckAt?.toISOString() ?? null) : null,
      failingSince: state?.failingSince?.toISOString() ?? null,
      failing: enabled && isFailingTooLong(state?.failingSince ?? null, now, lists.failureAlertHours),
    };
  });
  const countryRisk = await currentCountryRisk(db);
  const countryRiskReviewDue = countryRisk ? isCountryRiskReviewDue(countryRisk.publishedOn, now) : true;
  return {
    staleDays: lists.staleDays,
    lists: items,
    countryRisk: countryRisk
      ? {
          version: countryRisk.version,
          publishedOn: countryRisk.publishedOn,
          reviewDue: countryRiskReviewDue,
          provenance: countryRisk.provenance,
        }
      : null,
    warning: versions.length === 0 || items.some((i) => i.stale || i.failing) || countryRiskReviewDue,
  };
}

/** The administrators' view: the freshness plus each source's address, last error and refusal, and open alerts. */
export async function listSourcesPanel(db: TDbOrTx, config: TConfig) {
  const freshness = await listFreshness(db, config);
  const states = await db.select().from(listSourceStates);
  const alerts = await db.select().from(platformAlerts).where(isNull(platformAlerts.resolvedAt));
  return {
    autoUpdate: config.lists.autoUpdate,
    checkMinutes: config.lists.checkMinutes,
    staleDays: config.lists.staleDays,
    countryRisk: freshness.countryRisk,
    sources: config.lists.sources.map((source) => {
      const state = states.find((s) => s.source === source.id);
      const item = freshness.lists.find((l) => l.source === source.id);
      return {
        id: source.id,
        label: source.label,
        url: source.url,
        enabled: config.lists.autoUpdate && source.enabled,
        listDate: item?.listDate ?? null,
        stale: item?.stale ?? false,
        failing: item?.failing ?? false,
        lastCheckAt: state?.lastCheckAt?.toISOString() ?? null,
        lastSuccessAt: state?.lastSuccessAt?.toISOString() ?? null,
        nextCheckAt: item?.nextCheckAt ?? null,
        failingSince: state?.failingSince?.toISOString() ?? null,
        lastError: state?.lastError ?? null,
        lastRefusal: state?.lastRefusal ?? null,
      };
    }),
    alerts: alerts.map((a) => ({
      id: a.id,
      kind: a.kind,
      subject: a.subject,
      details: a.details,
      raisedAt: a.raisedAt.toISOString(),
    })),
  };
}
