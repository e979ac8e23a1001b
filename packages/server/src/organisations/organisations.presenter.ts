import type { TMember, TOrganisation } from '@vigilo/domain/contracts/organisations.ts';
import { type EnterpriseNumber, formatEnterpriseNumber } from '@vigilo/domain/identifiers/index.ts';
import type { TUserRow } from '../accounts/accounts.reads.ts';
import type { TMembershipRow, TOrganisationRow } from './memberships.repository.ts';

export function presentOrganisation(
  org: TOrganisationRow,
  flags: { isAllowed: boolean; hasOfficer: boolean },
): TOrganisation {
  return {
    id: org.id,
    enterpriseNumber: org.enterpriseNumber,
    enterpriseNumberFormatted: formatEnterpriseNumber(org.enterpriseNumber as EnterpriseNumber),
    name: org.name,
    legalForm: org.legalForm,
    street: org.street,
    postalCode: org.postalCode,
    city: org.city,
    country: org.country,
    vatNumber: org.vatNumber,
    bivNumber: org.bivNumber,
    email: org.email,
    phone: org.phone,
    requireEidForTool: org.requireEidForTool,
    officerRequiresEid: org.officerRequiresEid,
    ...flags,
  };
}

export function presentMember(
  membership: TMembershipRow,
  user: TUserRow,
  hasRequiredRecognition: boolean,
): TMember {
  return {
    id: membership.id,
    userId: user.id,
    firstName: user.firstName,
    lastName: user.lastName,
    username: user.username,
    email: user.email,
    status: membership.status,
    isManager: membership.isManager,
    toolRole: membership.toolRole,
    mayBecomeOfficer: membership.mayBecomeOfficer,
    jobTitle: membership.jobTitle,
    contactEmail: membership.contactEmail,
    phone: membership.phone,
    hasRequiredRecognition,
    createdAt: membership.createdAt.toISOString(),
  };
}
