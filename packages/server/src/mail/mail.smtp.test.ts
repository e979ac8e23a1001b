import { createServer } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { signUpInput } from '../../test/factories.ts';
import { createTestApp, TestClient, type TTestApp } from '../../test/harness.ts';
import { codeFromMail, startSmtpServer } from '../../test/smtp.ts';
import { mailOutbox } from './mail.schema.ts';

let t: TTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('mail over SMTP', () => {
  it('delivers the activation code to a real SMTP server, and the code activates the account', async () => {
    const smtp = await startSmtpServer();
    try {
      t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
      const client = new TestClient(t.app);
      client.lang = 'en';
      const input = signUpInput();
      await client.post('/api/accounts/sign-up', input);
      expect(await t.app.jobs.drain()).toBe(1);
      expect(smtp.mails[0]?.raw).toMatch(/Subject: Your Vigilo activation code/);
      const code = codeFromMail(smtp.mails, input.email);
      expect(code).toMatch(/^\d{6}$/);
      expect((await client.post('/api/accounts/activate', { login: input.username, code })).status).toBe(200);
      const [row] = await t.database.db
        .select()
        .from(mailOutbox)
        .where(eq(mailOutbox.toAddress, input.email));
      expect(row?.status).toBe('sent');
    } finally {
      await smtp.close();
    }
  });

  it('keeps the mail and retries when the SMTP server is briefly down', async () => {
    const port = await freePort();
    t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    const input = signUpInput();
    await new TestClient(t.app).post('/api/accounts/sign-up', input);
    await t.app.jobs.drain();
    const [failed] = await t.database.db.select().from(mailOutbox);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failed?.lastError).toBeTruthy();

    const smtp = await startSmtpServer(port);
    try {
      // Skip the back-off wait instead of sleeping in the test.
      await t.database.db.execute(sql`update jobs set run_at = now()`);
      await t.app.jobs.drain();
      expect(codeFromMail(smtp.mails, input.email)).toMatch(/^\d{6}$/);
      const [sent] = await t.database.db.select().from(mailOutbox);
      expect(sent).toMatchObject({ status: 'sent', attempts: 2 });
    } finally {
      await smtp.close();
    }
  });
});
