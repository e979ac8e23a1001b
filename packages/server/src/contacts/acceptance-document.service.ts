import { linkedContactIds } from '@vigilo/domain/contacts/index.ts';
import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { TContactData } from '@vigilo/domain/contracts/contacts.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { type EnterpriseNumber, formatEnterpriseNumber } from '@vigilo/domain/identifiers/index.ts';
import { findUserContact } from '../accounts/accounts.reads.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TActor } from '../http/actor.ts';
import { findOrganisationById } from '../organisations/organisation-by-id.ts';
import { renderAcceptancePdf, type TAcceptancePdfInput } from './acceptance-pdf.ts';
import { contactScreening } from './contact-screening-port.ts';
import { findContact, findCurrentVersions } from './contacts.repository.ts';
import { getContactVersion } from './contacts.service.ts';
import { dueDiligenceOf } from './due-diligence.service.ts';

/**
 * Builds the acceptance document of a contact version (current by default) in the user's language:
 * identification and the screening of that version. Only identification and screening data are read
 * here — the renderer cannot receive a declaration (tipping-off ban, law of 18 September 2017 art. 55). Generating it is audited.
 */
export async function acceptanceDocument(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
  versionNo?: number,
) {
  const contact = await findContact(ctx.db, actor.organisationId, contactId);
  if (!contact) throw new AppError('not_found');
  const version = await getContactVersion(ctx, actor, contactId, versionNo ?? contact.currentVersionNo);
  const me = await findUserContact(ctx.db, actor.userId);
  const org = await findOrganisationById(ctx.db, actor.organisationId);
  const linked = await findCurrentVersions(ctx.db, actor.organisationId, linkedContactIds(version.data).all);
  const pdf = await renderAcceptancePdf({
    lang: me!.language as TLanguage,
    organisation: {
      name: org!.name,
      enterpriseNumberFormatted: formatEnterpriseNumber(org!.enterpriseNumber as EnterpriseNumber),
      address: [org!.street, `${org!.postalCode} ${org!.city}`.trim()].filter(Boolean).join(', '),
    },
    contact: {
      displayName: contact.displayName,
      kind: contact.kind,
      versionNo: version.versionNo,
      data: version.data,
      kboExtract: version.source && {
        snapshotDate: version.source.snapshotDate,
        extractNumber: version.source.extractNumber,
      },
    },
    linkedContacts: linked.map((l) => ({ id: l.contact.id, displayName: l.contact.displayName })),
    screening: await contactScreening().screeningOfVersion(
      ctx.db,
      actor.organisationId,
      contactId,
      version.versionNo,
    ),
    dueDiligence: await dueDiligenceSummary(ctx, actor.organisationId, contactId, version.data),
    generatedBy: `${me!.firstName} ${me!.lastName}`,
    generatedAt: new Date(),
  });
  await ctx.db.transaction((tx) =>
    recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'contact.acceptance_pdf_generated',
      subjectType: 'contact',
      subjectId: contactId,
      payload: { versionNo: version.versionNo },
      ip: actor.ip,
    }),
  );
  const safeName = contact.displayName
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '_')
    .slice(0, 60);
  return { pdf, filename: `acceptance-${safeName}-v${version.versionNo}.pdf` };
}

/** The due diligence of the version, as the document summarises it (items 4 and 8 of issue 14). */
async function dueDiligenceSummary(
  ctx: TAppContext,
  organisationId: string,
  contactId: string,
  data: TContactData,
): Promise<TAcceptancePdfInput['dueDiligence']> {
  const dd = await dueDiligenceOf(ctx.db, organisationId, contactId, data);
  const register = dd.uboRegister;
  const latest = register?.extracts[0];
  return {
    missingData: dd.missingData,
    owners: dd.beneficialOwners.map((o) => ({
      displayName: o.displayName,
      verifiedOn: o.verification?.verifiedOn ?? null,
      method: o.verification?.method ?? null,
    })),
    uboRegister: register
      ? {
          extractDate: latest?.extractDate ?? null,
          differs: register.comparison?.differs ?? false,
          reportedOn: register.discrepancyReports.find((r) => r.extractId === latest?.id)?.reportedOn ?? null,
        }
      : null,
  };
}
