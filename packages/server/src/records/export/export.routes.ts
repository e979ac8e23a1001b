import { createReadStream } from 'node:fs';
import { ZContactIdParams } from '@vigilo/domain/contracts/contacts.ts';
import { ZExportPeriodQuery } from '@vigilo/domain/contracts/records.ts';
import { ZTransactionIdParams } from '@vigilo/domain/contracts/transactions.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TAppContext } from '../../context.ts';
import { attachmentDisposition } from '../../http/attachment-disposition.ts';
import { requireActor } from '../../http/session.plugin.ts';
import { exportRecords, type TExportScope } from './export.service.ts';

/** Supervisor exports (officer only): a contact, a transaction, or the organisation over a period. */
export const exportRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['records'];
  const config = { access: 'officer' as const };
  const description = 'ZIP: summary.pdf, records.json (+ records.schema.json), documents/, verify-export.mjs';

  async function send(request: FastifyRequest, reply: FastifyReply, scope: TExportScope) {
    const file = await exportRecords(ctx, requireActor(request), scope, request.lang);
    const stream = createReadStream(file.path);
    stream.on('close', () => void file.dispose());
    return reply
      .header('content-type', 'application/zip')
      .header('content-disposition', attachmentDisposition(file.filename))
      .header('cache-control', 'private, no-store')
      .send(stream);
  }

  app.get(
    '/api/records/exports/contacts/:contactId',
    { config, schema: { tags, description, params: ZContactIdParams } },
    (request, reply) => send(request, reply, { kind: 'contact', contactId: request.params.contactId }),
  );

  app.get(
    '/api/records/exports/transactions/:transactionId',
    { config, schema: { tags, description, params: ZTransactionIdParams } },
    (request, reply) =>
      send(request, reply, { kind: 'transaction', transactionId: request.params.transactionId }),
  );

  app.get(
    '/api/records/exports/organisation',
    { config, schema: { tags, description, querystring: ZExportPeriodQuery } },
    (request, reply) => send(request, reply, { kind: 'organisation', ...request.query }),
  );
};
