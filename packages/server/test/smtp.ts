import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type TReceivedMail = { to: string[]; raw: string };

/** A real SMTP server on loopback that keeps what it receives (the tests' mailbox). */
export async function startSmtpServer(
  port = 0,
): Promise<{ port: number; mails: TReceivedMail[]; close: () => Promise<void> }> {
  const mails: TReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.server.address() as AddressInfo;
  return {
    port: address.port,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The 6-digit code in the last mail to an address; quoted-printable soft breaks are undone first. */
export function codeFromMail(mails: TReceivedMail[], to: string): string | undefined {
  const mail = mails.filter((m) => m.to.includes(to)).at(-1);
  return mail?.raw.replace(/=\r?\n/g, '').match(/\b(\d{6})\b/)?.[1];
}
