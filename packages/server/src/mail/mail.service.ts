import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import { eq } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { TDb, TTx } from '../db/client.ts';
import { translator } from '../i18n/i18n.ts';
import { enqueueJob } from '../jobs/jobs.service.ts';
import { mailOutbox } from './mail.schema.ts';

export type TMailTemplate =
  | 'activation'
  | 'emailChange'
  | 'memberPending'
  | 'memberConfirmed'
  | 'caseNeedsOfficer'
  | 'caseDecided'
  | 'continuedDespiteHeightened'
  | 'screeningNewHit'
  | 'freezeDutiesDue'
  | 'cashIntentionReportDue'
  | 'riskAssessmentReviewDue'
  | 'listSourceFailing'
  | 'listsStale'
  | 'countryRiskReview'
  | 'webhookDisabled'
  | 'lateIdentification'
  | 'reviewDueSoon'
  | 'reviewOverdue'
  | 'reviewDigest';

export const sendMailJob = 'mail.send';

/** Writes the mail to the outbox in the caller's transaction and schedules its delivery. */
export async function queueMail(
  tx: TTx,
  mail: {
    to: string;
    lang: TLanguage;
    template: TMailTemplate;
    firstName: string;
    vars: Record<string, string | number>;
  },
): Promise<void> {
  const t = translator(mail.lang);
  const body = [
    t('mail:greeting', { firstName: mail.firstName }),
    '',
    t(`mail:${mail.template}.body`, mail.vars),
    '',
    t('mail:signature'),
  ].join('\n');
  const [row] = await tx
    .insert(mailOutbox)
    .values({
      toAddress: mail.to,
      subject: t(`mail:${mail.template}.subject`, mail.vars),
      textBody: body,
      template: mail.template,
    })
    .returning({ id: mailOutbox.id });
  // Retried for about a day and a half with back-off before the mail is given up as failed.
  await enqueueJob(tx, sendMailJob, { outboxId: row!.id }, { maxAttempts: 200 });
}

/** Delivers outbox rows over SMTP, or, with no SMTP configured, prints them so a local user can activate. */
export function createMailDeliverer(db: TDb, smtpUrl: string | undefined, from: string) {
  const transport: Transporter | undefined = smtpUrl ? nodemailer.createTransport(smtpUrl) : undefined;
  return async function deliver(payload: Record<string, unknown>): Promise<void> {
    const id = String(payload.outboxId);
    const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
    if (!mail || mail.status === 'sent' || mail.status === 'logged') return;
    if (!transport) {
      // Printed as plain text so a local user without SMTP can read the code on the console.
      console.log(`\n--- mail to ${mail.toAddress}: ${mail.subject}\n${mail.textBody}\n---`);
      await db.update(mailOutbox).set({ status: 'logged', sentAt: new Date() }).where(eq(mailOutbox.id, id));
      return;
    }
    try {
      await transport.sendMail({ from, to: mail.toAddress, subject: mail.subject, text: mail.textBody });
      await db
        .update(mailOutbox)
        .set({ status: 'sent', sentAt: new Date(), attempts: mail.attempts + 1 })
        .where(eq(mailOutbox.id, id));
    } catch (err) {
      await db
        .update(mailOutbox)
        .set({ attempts: mail.attempts + 1, lastError: String(err) })
        .where(eq(mailOutbox.id, id));
      throw err;
    }
  };
}
