import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, insertActiveUser } from '../../test/factories.ts';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import { mailOutbox } from '../mail/mail.schema.ts';
import { profileCaseTitle } from '../risk/case-title.ts';
import { notifications } from './notifications.schema.ts';
import { notify } from './notifications.service.ts';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('notifications', () => {
  it("title a case in each recipient's language, in the application and in the e-mail subject", async () => {
    const agency = await createAgency(t);
    const db = t.database.db;
    const lieve = await insertActiveUser(db, { language: 'nl' });
    const marc = await insertActiveUser(db, { language: 'fr' });
    await db.transaction((tx) =>
      notify(tx, 'http://localhost:3000', [lieve, marc], {
        organisationId: agency.organisation.id,
        kind: 'case_needs_officer',
        subjectType: 'risk_profile',
        subjectId: crypto.randomUUID(),
        title: profileCaseTitle('WOUTERS Marc', 'buyer'),
        mail: { template: 'caseNeedsOfficer', vars: { actor: 'Anne Mertens' }, path: '/declarations' },
      }),
    );
    const titleFor = async (userId: string) =>
      (await db.select().from(notifications).where(eq(notifications.userId, userId)))[0]?.title;
    expect(await titleFor(lieve.id)).toBe('WOUTERS Marc (koper)');
    expect(await titleFor(marc.id)).toBe('WOUTERS Marc (acheteur)');
    const [toLieve] = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, lieve.email));
    expect(toLieve?.subject).toBe('Een dossier wacht op uw beslissing: WOUTERS Marc (koper)');
  });
});
