import { Text } from '@mantine/core';
import type { TActivityResponse } from '@vigilo/domain/contracts/organisations.ts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

type TEvent = TActivityResponse['events'][number];
type TPayload = Record<string, unknown>;

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

const isToolRole = (value: unknown): value is 'none' | 'collaborator' | 'officer' =>
  value === 'none' || value === 'collaborator' || value === 'officer';

function asRecord(value: unknown): TPayload | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as TPayload) : undefined;
}

/** What changed, in words: roles first, then the names of the other fields that changed. */
function describeChanges(t: TFunction, payload: TPayload): string[] {
  const changes = asRecord(payload.changes) ?? {};
  const parts: string[] = [];
  const role = changes.toolRole ?? payload.to;
  if (isToolRole(role))
    parts.push(t('organisations:activity.toolRole', { role: t(`organisations:toolRoles.${role}`) }));
  const isManager = changes.isManager ?? payload.isManager;
  if (isManager === true) parts.push(t('organisations:activity.madeManager'));
  if (isManager === false && 'isManager' in changes) parts.push(t('organisations:activity.noLongerManager'));
  if (changes.mayBecomeOfficer === true) parts.push(t('organisations:activity.mayBecomeOfficer'));
  if (changes.mayBecomeOfficer === false) parts.push(t('organisations:activity.mayNoLongerBecomeOfficer'));
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
  const payload = event.payload ?? {};
  const label =
    event.action in actionKeys
      ? t(actionKeys[event.action as keyof typeof actionKeys])
      : t('activity.actions.other', { action: event.action });
  const userId = typeof payload.userId === 'string' ? payload.userId : undefined;
  const concerns =
    event.action === 'organisation.created'
      ? undefined
      : ((typeof payload.name === 'string' ? payload.name : undefined) ?? (userId && nameOf(userId)));
  const details = [concerns, ...describeChanges(t, payload)].filter(Boolean);
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
