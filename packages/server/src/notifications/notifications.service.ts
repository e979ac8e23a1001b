import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { TUserRow } from '../accounts/accounts.reads.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx, TTx } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import { queueMail, type TMailTemplate } from '../mail/mail.service.ts';
import { activeOfficers } from '../organisations/active-members.ts';
import type { TCaseTitle } from '../risk/case-title.ts';
import { notifications } from './notifications.schema.ts';

export type TNotice = {
  organisationId: string;
  kind:
    | 'case_needs_officer'
    | 'case_decided'
    | 'screening_new_hit'
    | 'freeze_duties_due'
    | 'cash_intention_report_due'
    | 'continued_despite_heightened'
    | 'risk_assessment_review_due'
    | 'webhook_disabled'
    | 'late_identification'
    | 'review_due_soon'
    | 'review_overdue'
    | 'review_digest';
  subjectType: string;
  subjectId: string;
  /** A case title renders in each recipient's language. */
  title: string | TCaseTitle;
  mail: { template: TMailTemplate; vars: Record<string, string>; path: string };
};

/** The active AML officers of an organisation. */
export async function findOfficers(tx: TDbOrTx, organisationId: string): Promise<{ user: TUserRow }[]> {
  return (await activeOfficers(tx, organisationId)).map((user) => ({ user }));
}

/** Notifies users in the application and by e-mail, in the transaction of the step that needs them. */
export async function notify(tx: TTx, publicUrl: string, recipients: TUserRow[], notice: TNotice) {
  for (const user of recipients) {
    const lang = user.language as TLanguage;
    const title = typeof notice.title === 'function' ? notice.title(lang) : notice.title;
    await tx.insert(notifications).values({
      organisationId: notice.organisationId,
      userId: user.id,
      kind: notice.kind,
      subjectType: notice.subjectType,
      subjectId: notice.subjectId,
      title,
    });
    await queueMail(tx, {
      to: user.email,
      lang,
      template: notice.mail.template,
      firstName: user.firstName,
      vars: { ...notice.mail.vars, title, url: `${publicUrl}${notice.mail.path}` },
    });
  }
}

/**
 * Notifies users in the application only (no e-mail), in the transaction of the step that needs them:
 * for proposals an officer confirms from the application (the end of an idle relationship).
 */
export async function notifyInApplication(
  tx: TTx,
  recipients: readonly { id: string }[],
  notice: Pick<TNotice, 'organisationId' | 'subjectType' | 'subjectId'> & {
    kind: TNotice['kind'] | 'retention_end_proposed';
    title: string;
  },
): Promise<void> {
  if (recipients.length === 0) return;
  await tx.insert(notifications).values(
    recipients.map((user) => ({
      organisationId: notice.organisationId,
      userId: user.id,
      kind: notice.kind,
      subjectType: notice.subjectType,
      subjectId: notice.subjectId,
      title: notice.title,
    })),
  );
}

export async function listNotifications(ctx: TAppContext, actor: TActor) {
  const mine = and(
    eq(notifications.userId, actor.userId),
    eq(notifications.organisationId, actor.organisationId),
  );
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(mine)
    .orderBy(desc(notifications.createdAt))
    .limit(50);
  const [unread] = await ctx.db
    .select({ n: count() })
    .from(notifications)
    .where(and(mine, isNull(notifications.readAt)));
  return {
    unread: unread?.n ?? 0,
    items: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      subjectType: n.subjectType,
      subjectId: n.subjectId,
      title: n.title,
      readAt: n.readAt?.toISOString() ?? null,
      createdAt: n.createdAt.toISOString(),
    })),
  };
}

export async function markRead(ctx: TAppContext, actor: TActor, notificationId: string): Promise<boolean> {
  const updated = await ctx.db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notifications.id, notificationId),
        eq(notifications.userId, actor.userId),
        eq(notifications.organisationId, actor.organisationId),
      ),
    )
    .returning({ id: notifications.id });
  return updated.length > 0;
}
