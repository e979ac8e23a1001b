import {
  ZAdminInvoiceDetail,
  ZAdminInvoicesQuery,
  ZAdminInvoicesResponse,
  ZCreditNoteRequest,
  ZCreditNoteResponse,
  ZInvoiceIdParams,
  ZInvoicesResponse,
  ZRunInvoicingRequest,
  ZRunInvoicingResponse,
} from '@vigilo/domain/contracts/invoicing.ts';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TAppContext } from '../context.ts';
import { attachmentDisposition } from '../http/attachment-disposition.ts';
import { registerOwnershipRule } from '../http/resource-ownership.ts';
import { requireActor, requireUser } from '../http/session.plugin.ts';
import { issueCreditNote } from './credit-notes.ts';
import { findInvoiceOrganisation } from './invoicing.repository.ts';
import * as invoicing from './invoicing.service.ts';

registerOwnershipRule('invoiceId', (db, id) => findInvoiceOrganisation(db, id));

function sendFile(reply: FastifyReply, file: invoicing.TInvoiceFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', attachmentDisposition(file.filename))
    .header('cache-control', 'private, no-store')
    .send(file.body);
}

/**
 * Periodic invoices (issue 24): the organisation's managers and officers list and download theirs; the
 * platform administrator sees a month's documents, exports them, issues a period and credit notes.
 */
// Long because it is a route table: one short registration per endpoint, each delegating to a service.
export const invoicingRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['invoicing'];

  app.get(
    '/api/invoices',
    { config: { access: 'toolUser' }, schema: { tags, response: { 200: ZInvoicesResponse } } },
    async (request) => ({ invoices: await invoicing.listInvoices(ctx, requireActor(request)) }),
  );

  for (const [suffix, format] of [
    ['invoice.pdf', 'pdf'],
    ['ubl.xml', 'ubl'],
  ] as const) {
    app.get(
      `/api/invoices/:invoiceId/${suffix}`,
      { config: { access: 'toolUser' }, schema: { tags, params: ZInvoiceIdParams } },
      async (request, reply) =>
        sendFile(
          reply,
          await invoicing.organisationInvoiceFile(
            ctx,
            requireActor(request),
            request.params.invoiceId,
            format,
            request.lang,
          ),
        ),
    );
    app.get(
      `/api/admin/invoices/:invoiceId/${suffix}`,
      { config: { access: 'platformAdmin' }, schema: { tags, params: ZInvoiceIdParams } },
      async (request, reply) =>
        sendFile(
          reply,
          await invoicing.adminInvoiceFile(ctx, request.params.invoiceId, format, request.lang),
        ),
    );
  }

  app.get(
    '/api/admin/invoices',
    {
      config: { access: 'platformAdmin' },
      schema: { tags, querystring: ZAdminInvoicesQuery, response: { 200: ZAdminInvoicesResponse } },
    },
    async (request) => invoicing.adminMonth(ctx, request.query.month),
  );

  app.get(
    '/api/admin/invoices.csv',
    { config: { access: 'platformAdmin' }, schema: { tags, querystring: ZAdminInvoicesQuery } },
    async (request, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', attachmentDisposition(`invoices-${request.query.month}.csv`))
        .header('cache-control', 'private, no-store')
        .send(await invoicing.adminMonthCsv(ctx, request.query.month)),
  );

  app.get(
    '/api/admin/invoices/:invoiceId',
    {
      config: { access: 'platformAdmin' },
      schema: { tags, params: ZInvoiceIdParams, response: { 200: ZAdminInvoiceDetail } },
    },
    async (request) => invoicing.adminInvoiceDetail(ctx, request.params.invoiceId),
  );

  app.post(
    '/api/admin/invoice-runs',
    {
      config: { access: 'platformAdmin' },
      schema: { tags, body: ZRunInvoicingRequest, response: { 202: ZRunInvoicingResponse } },
    },
    async (request, reply) =>
      reply.status(202).send(await invoicing.runPeriod(ctx, request.body.day, requireUser(request).id)),
  );

  app.post(
    '/api/admin/invoices/:invoiceId/credit-notes',
    {
      config: { access: 'platformAdmin' },
      schema: {
        tags,
        params: ZInvoiceIdParams,
        body: ZCreditNoteRequest,
        response: { 201: ZCreditNoteResponse },
      },
    },
    async (request, reply) => {
      const note = await issueCreditNote(ctx, {
        invoiceId: request.params.invoiceId,
        lineIds: request.body.lineIds,
        issuedBy: requireUser(request).id,
        ip: request.ip,
      });
      return reply.status(201).send({ id: note.id, number: note.number });
    },
  );
};
