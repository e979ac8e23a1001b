import { Text } from '@mantine/core';
import { readAuditPayload, type TTypedAuditPayload } from '@vigilo/domain/contracts/audit-payloads.ts';
import type { TActivityResponse } from '@vigilo/domain/contracts/organisations.ts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

type TEvent = TActivityResponse['events'][number];

/** Audit actions of an organisation's chain, each with its translation key. */
const actionKeys = {
  'organisation.created': 'activity.actions.organisationCreated',
  'organisation.updated': 'activity.actions.organisationUpdated',
  'organisation.activated': 'activity.actions.organisationActivated',
  'member.joined': 'activity.actions.memberJoined',
  'member.confirmed': 'activity.actions.memberConfirmed',
  'member.updated': 'activity.actions.memberUpdated',
  'member.removed': 'activity.actions.memberRemoved',
  'officer.claimed': 'activity.actions.officerClaimed',
  'officer.stepped_down': 'activity.actions.officerSteppedDown',
} as const;

const fieldKeys: Record<string, string> = {
  name: 'fields.name',
  legalForm: 'fields.legalForm',
  street: 'fields.street',
  postalCode: 'fields.postalCode',
  city: 'fields.city',
  country: 'fields.country',
  vatNumber: 'fields.vatNumber',
  bivNumber: 'fields.bivNumber',
  email: 'fields.email',
  phone: 'fields.phone',
  jobTitle: 'fields.jobTitle',
  contactEmail: 'fields.contactEmail',
};

type TRoleChange = {
  changes: Record<string, unknown>;
  toolRole?: 'none' | 'collaborator' | 'officer';
  isManager?: boolean;
  mayBecomeOfficer?: boolean;
};

/** The changes an event records, read with the payload shape of its action (the server writes with it). */
function changesOf(read: TTypedAuditPayload | null): TRoleChange {
  switch (read?.action) {
    case 'member.updated':
      return { changes: read.payload.changes, ...read.payload.changes };
    case 'organisation.updated':
    case 'organisation.settings_updated':
      return { changes: read.payload.changes };
    case 'member.confirmed':
      return { changes: {}, isManager: read.payload.isManager };
    case 'officer.stepped_down':
      return { changes: {}, toolRole: read.payload.to };
    default:
      return { changes: {} };
  }
}

/** What changed, in words: roles first, then the names of the other fields that changed. */
function describeChanges(t: TFunction, read: TTypedAuditPayload | null): string[] {
  const { changes, toolRole, isManager, mayBecomeOfficer } = changesOf(read);
  const parts: string[] = [];
  if (toolRole)
    parts.push(t('organisations:activity.toolRole', { role: t(`organisations:toolRoles.${toolRole}`) }));
  if (isManager === true) parts.push(t('organisations:activity.madeManager'));
  if (isManager === false && 'isManager' in changes) parts.push(t('organisations:activity.noLongerManager'));
  if (mayBecomeOfficer === true) parts.push(t('organisations:activity.mayBecomeOfficer'));
  if (mayBecomeOfficer === false) parts.push(t('organisations:activity.mayNoLongerBecomeOfficer'));
  const fields = Object.keys(changes).filter((k) => k in fieldKeys);
  if (fields.length > 0) {
    const names = fields.map((k) => t(`organisations:${fieldKeys[k]}`)).join(', ');
    parts.push(t('organisations:activity.changedFields', { fields: names }));
  }
  return parts;
}

type TProps = { event: TEvent; nameOf: (userId: string) => string | undefined };

/** One audit event in words: the action, the employee it concerns and what changed. */
export function ActivityDescription({ event, nameOf }: TProps) {
  const { t } = useTranslation('organisations');
  const read = readAuditPayload(event.action, event.payload);
  const label =
    event.action in actionKeys
      ? t(actionKeys[event.action as keyof typeof actionKeys])
      : t('activity.actions.other', { action: event.action });
  const userId = read && 'userId' in read.payload ? read.payload.userId : undefined;
  const named =
    read && read.action !== 'organisation.created' && 'name' in read.payload ? read.payload.name : undefined;
  const concerns = (typeof named === 'string' ? named : undefined) ?? (userId && nameOf(userId));
  const details = [concerns, ...describeChanges(t, read)].filter(Boolean);
  return (
    <>
      <Text size="sm">{label}</Text>
      {details.length > 0 && (
        <Text size="xs" c="dimmed">
          {details.join(' · ')}
        </Text>
      )}
    </>
  );
}
