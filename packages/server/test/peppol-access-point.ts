import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type TReceivedDocument = {
  id: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

/**
 * A Peppol access point on loopback for the tests: accepts `POST /documents` with the right key and
 * keeps what it received; refuses the receivers it is told to refuse, as a real one refuses an unknown
 * participant.
 */
export async function startTestAccessPoint(key: string) {
  const received: TReceivedDocument[] = [];
  const refusedReceivers = new Set<string>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/documents') return res.writeHead(404).end();
      if (req.headers.authorization !== `Bearer ${key}`) return res.writeHead(401).end('bad key');
      const receiver = String(req.headers['x-peppol-receiver'] ?? '');
      if (refusedReceivers.has(receiver)) return res.writeHead(400).end('receiver not registered in the SMP');
      const id = randomUUID();
      received.push({ id, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    refuse: (receiver: string) => refusedReceivers.add(`iso6523-actorid-upis::${receiver}`),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
