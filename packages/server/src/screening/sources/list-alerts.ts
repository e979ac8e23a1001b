import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import { isCountryRiskReviewDue, isFailingTooLong, isListStale } from '@vigilo/domain/screening/index.ts';
import { eq, isNull } from 'drizzle-orm';
import { activePlatformAdmins } from '../../accounts/platform-admins.ts';
import type { TConfig } from '../../config.ts';
import type { TDb } from '../../db/client.ts';
import { queueMail, type TMailTemplate } from '../../mail/mail.service.ts';
import { currentCountryRisk } from '../country-risk.service.ts';
import { activeVersions } from '../list-versions.service.ts';
import { listSourceStates, platformAlerts, type TPlatformAlertKind } from '../screening.schema.ts';

type TCondition = { kind: TPlatformAlertKind; subject: string; details: Record<string, string> };

const mailOf: Record<TPlatformAlertKind, TMailTemplate> = {
  list_source_failing: 'listSourceFailing',
  lists_stale: 'listsStale',
  country_risk_review: 'countryRiskReview',
};

/**
 * Compares the reference data with the thresholds and keeps the platform alerts in step: a new
 * condition raises an alert (in the application and by e-mail to every platform administrator, once),
 * a condition that has cleared closes its alert.
 */
export async function evaluateListAlerts(db: TDb, config: TConfig, now = new Date()): Promise<void> {
  const conditions = await currentConditions(db, config, now);
  const open = await db.select().from(platformAlerts).where(isNull(platformAlerts.resolvedAt));
  for (const alert of open) {
    if (!conditions.some((c) => c.kind === alert.kind && c.subject === alert.subject))
      await db.update(platformAlerts).set({ resolvedAt: now }).where(eq(platformAlerts.id, alert.id));
  }
  for (const condition of conditions) {
    if (open.some((a) => a.kind === condition.kind && a.subject === condition.subject)) continue;
    await db.transaction(async (tx) => {
      const raised = await tx
        .insert(platformAlerts)
        .values({ ...condition, raisedAt: now })
        .onConflictDoNothing()
        .returning({ id: platformAlerts.id });
      if (raised.length === 0) return; // another instance raised it first
      const admins = await activePlatformAdmins(tx);
      for (const admin of admins)
        await queueMail(tx, {
          to: admin.email,
          lang: admin.language as TLanguage,
          template: mailOf[condition.kind],
          firstName: admin.firstName,
          vars: { ...condition.details, url: `${config.publicUrl}/admin/lists` },
        });
    });
  }
}

async function currentConditions(db: TDb, config: TConfig, now: Date): Promise<TCondition[]> {
  const { lists } = config;
  const enabled = new Set(lists.sources.filter((s) => s.enabled).map((s) => s.id as string));
  const conditions: TCondition[] = [];
  if (lists.autoUpdate) {
    for (const state of await db.select().from(listSourceStates)) {
      if (enabled.has(state.source) && isFailingTooLong(state.failingSince, now, lists.failureAlertHours))
        conditions.push({
          kind: 'list_source_failing',
          subject: state.source,
          details: {
            source: state.source,
            since: state.failingSince!.toISOString(),
            error: state.lastError ?? '',
          },
        });
    }
  }
  for (const version of await activeVersions(db, null)) {
    if (isListStale(version.listDate, now, lists.staleDays))
      conditions.push({
        kind: 'lists_stale',
        subject: version.source,
        details: { source: version.source, listDate: version.listDate, days: String(lists.staleDays) },
      });
  }
  const countryRisk = await currentCountryRisk(db);
  if (countryRisk && isCountryRiskReviewDue(countryRisk.publishedOn, now))
    conditions.push({
      kind: 'country_risk_review',
      subject: 'fatf',
      details: { publishedOn: countryRisk.publishedOn },
    });
  return conditions;
}
