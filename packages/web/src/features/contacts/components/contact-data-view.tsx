import { Anchor, Table, Text } from '@mantine/core';
import type { TContactData, TContactDetail } from '@vigilo/domain/contracts/contacts.ts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../components/format-date.ts';
import { fieldLabel, formatValue } from './contact-values.ts';

type TLink = {
  contactId: string;
  ownershipPct?: number;
  controls?: string[];
  power?: string;
  capacity?: string;
};
type TProps = { data: TContactData; linkedContacts: TContactDetail['linkedContacts'] };

const personFields = [
  'lastName',
  'firstNames',
  'birthDate',
  'birthPlace',
  'nationalities',
  'address',
  'needsProofOfAddress',
  'idDocument.type',
  'idDocument.number',
  'idDocument.issueDate',
  'idDocument.expiryDate',
  'idDocument.issuingCountry',
  'nationalNumber',
  'identificationMode',
  'profession',
  'actsForOwnAccount',
  'beneficialOwners',
  'pep.status',
  'pep.function',
  'pep.country',
  'pep.startDate',
  'pep.endDate',
  'mandataries',
  'notes',
];
const entityFields = [
  'name',
  'entityType',
  'legalForm',
  'enterpriseNumber',
  'foreignRegistration',
  'registeredOffice',
  'mainPlaceOfBusiness',
  'administrators',
  'representationPowers',
  'publicationReferences',
  'introducer',
  'mandataries',
  'beneficialOwners',
  'seniorManagingOfficials',
  'notes',
];
const linkFields = new Set(['beneficialOwners', 'mandataries', 'seniorManagingOfficials']);
const dateFields = new Set([
  'birthDate',
  'idDocument.issueDate',
  'idDocument.expiryDate',
  'pep.startDate',
  'pep.endDate',
]);

type TRecord = Record<string, unknown>;

function valueAt(data: TContactData, path: string): unknown {
  let value: unknown = data;
  for (const key of path.split('.')) value = (value as TRecord | undefined)?.[key];
  return value;
}

/** Every field of one version of a contact, labelled, with links to the contacts it names. */
export function ContactDataView({ data, linkedContacts }: TProps) {
  const { t, i18n } = useTranslation('contacts');
  const nameOf = (id: string) =>
    linkedContacts.find((l) => l.id === id)?.displayName ?? t('history.unknownContact');
  const render = (path: string): ReactNode => {
    const value = valueAt(data, path);
    // Versions recorded before the PEP fields existed say nothing: not a PEP.
    if (path === 'pep.status' && value === undefined) return t('options.pepStatus.none');
    if (dateFields.has(path) && typeof value === 'string') return formatDate(value, i18n.language);
    if (linkFields.has(path) && Array.isArray(value) && value.length > 0) {
      return (value as TLink[]).map((link) => (
        <Text key={link.contactId} size="sm">
          <Anchor component={Link} to={`/contacts/${link.contactId}`}>
            {nameOf(link.contactId)}
          </Anchor>
          {link.ownershipPct !== undefined && ` — ${link.ownershipPct} %`}
          {link.controls?.length
            ? ` — ${link.controls.map((c) => t(`options.controlType.${c}`)).join(', ')}`
            : ''}
          {link.capacity ? ` — ${t(`options.mandataryCapacity.${link.capacity}`)}` : ''}
          {link.power ? ` — ${link.power}` : ''}
        </Text>
      ));
    }
    return formatValue(t, i18n.language, path, value, nameOf);
  };
  const fields = data.kind === 'person' ? personFields : entityFields;
  return (
    <Table variant="vertical" layout="fixed" withTableBorder data-testid="contact-data">
      <Table.Tbody>
        <Table.Tr>
          <Table.Th w={280}>{t('fields.kind')}</Table.Th>
          <Table.Td>{t(`options.kind.${data.kind}`)}</Table.Td>
        </Table.Tr>
        {fields.map((path) => (
          <Table.Tr key={path} data-testid={`field-${path}`}>
            <Table.Th>{fieldLabel(path)}</Table.Th>
            <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{render(path)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
