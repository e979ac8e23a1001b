import {
  Anchor,
  Button,
  CloseButton,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { transactionTypes } from '@vigilo/domain/contracts/transactions.ts';
import { parseMoney } from '@vigilo/domain/money/index.ts';
import { type PartySide, sidesFor } from '@vigilo/domain/transactions/index.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldOrCodeError } from '../../../components/form-errors.ts';
import { AddressFields } from '../../contacts/components/address-fields.tsx';
import type { TAddressDraft } from '../../contacts/components/contact-draft.ts';
import { RequireActiveOrganisation } from '../../organisations/components/require-active-organisation.tsx';
import { type TPartyCandidate, useCreateTransaction } from '../api/transactions.ts';
import { AgreementDateFields, type TAgreementDates } from '../components/agreement-date-fields.tsx';
import { PartyPicker, type TPartyRole } from '../components/party-picker.tsx';
import { useMoneyLocale } from '../components/use-money.ts';

type TParty = { contactId: string; displayName: string; role: TPartyRole; side?: PartySide };
type TType = (typeof transactionTypes)[number];

/** A rental's usual arrangement: the agency works for the landlord and finds the tenant. */
const defaultSide = (type: TType, role: TPartyRole): PartySide | undefined =>
  type === 'rental_high_value' ? (role === 'client' ? 'landlord' : 'tenant') : undefined;

/** `/transactions/new`: reference, type, property, price and the parties (M7). */
export function NewTransactionPage() {
  return <RequireActiveOrganisation>{() => <NewTransactionForm />}</RequireActiveOrganisation>;
}

function NewTransactionForm() {
  const { t } = useTranslation('transactions');
  const navigate = useNavigate();
  const locale = useMoneyLocale();
  const create = useCreateTransaction();
  const [reference, setReference] = useState('');
  const [type, setType] = useState<TType>('sale');
  const [address, setAddress] = useState<TAddressDraft>({
    street: '',
    postalCode: '',
    city: '',
    country: 'BE',
  });
  const [price, setPrice] = useState('');
  const [dates, setDates] = useState<TAgreementDates>({ brokerageAgreementDate: '', agreementDate: '' });
  const isRental = type === 'rental_high_value';
  const [parties, setParties] = useState<TParty[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const parsedPrice = parseMoney(price, { locale });
  const priceError = submitted && !parsedPrice.ok ? t(`form.priceErrors.${parsedPrice.error}`) : undefined;
  const hasBothRoles =
    parties.some((p) => p.role === 'client') && parties.some((p) => p.role === 'counterparty');
  const hasBothSides =
    !isRental || (parties.some((p) => p.side === 'landlord') && parties.some((p) => p.side === 'tenant'));
  const changeType = (next: TType) => {
    setType(next);
    setParties((all) => all.map((p) => ({ ...p, side: defaultSide(next, p.role) })));
  };
  const errorOf = (field: string) => fieldOrCodeError(t, create.error, field);
  const add = (candidate: TPartyCandidate, role: TPartyRole) =>
    setParties((all) => [
      ...all,
      {
        contactId: candidate.contactId,
        displayName: candidate.displayName,
        role,
        side: defaultSide(type, role),
      },
    ]);
  const submit = () => {
    setSubmitted(true);
    if (!parsedPrice.ok || !hasBothRoles || !hasBothSides) return;
    create.mutate(
      {
        reference: reference.trim(),
        type,
        propertyAddress: address,
        priceCents: parsedPrice.value,
        brokerageAgreementDate: dates.brokerageAgreementDate || null,
        agreementDate: dates.agreementDate || null,
        parties: parties.map(({ contactId, role, side }) => ({ contactId, role, ...(side ? { side } : {}) })),
      },
      { onSuccess: (detail) => navigate(`/transactions/${detail.id}`) },
    );
  };
  return (
    <Stack maw={1000} mx="auto">
      <Anchor component={Link} to="/transactions" size="sm">
        {t('detail.backToList')}
      </Anchor>
      <Title order={2}>{t('form.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('form.intro')}
      </Text>
      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{t('form.property')}</Title>
          <Group grow align="flex-start">
            <TextInput
              name="reference"
              label={t('form.reference')}
              description={t('form.referenceHint')}
              required
              value={reference}
              error={errorOf('reference')}
              onChange={(e) => setReference(e.currentTarget.value)}
            />
            <Select
              name="type"
              label={t('form.type')}
              allowDeselect={false}
              data={transactionTypes.map((v) => ({ value: v, label: t(`types.${v}`) }))}
              value={type}
              onChange={(v) => v && changeType(v as TType)}
              data-testid="transaction-type"
            />
          </Group>
          <AddressFields path="propertyAddress" value={address} onChange={setAddress} errorOf={errorOf} />
          <TextInput
            name="price"
            label={t(isRental ? 'form.rent' : 'form.price')}
            description={t(isRental ? 'form.rentHint' : 'form.priceHint')}
            required
            leftSection="€"
            inputMode="decimal"
            value={price}
            error={priceError ?? errorOf('priceCents')}
            onChange={(e) => setPrice(e.currentTarget.value)}
          />
          <AgreementDateFields value={dates} onChange={setDates} isRental={isRental} errorOf={errorOf} />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{t('form.parties')}</Title>
          <Text size="sm" c="dimmed">
            {t('form.partiesIntro')}
          </Text>
          <PartiesTable
            parties={parties}
            type={type}
            errorOf={(i) => errorOf(`parties.${i}.contactId`) ?? errorOf(`parties.${i}.side`)}
            onChange={setParties}
          />
          {submitted && !hasBothRoles && (
            <Text size="sm" c="red" data-testid="parties-error">
              {t('form.partiesRequired')}
            </Text>
          )}
          {submitted && hasBothRoles && !hasBothSides && (
            <Text size="sm" c="red" data-testid="sides-error">
              {t('form.sidesRequired')}
            </Text>
          )}
          {errorOf('parties') && (
            <Text size="sm" c="red">
              {errorOf('parties')}
            </Text>
          )}
          <PartyPicker selectedIds={parties.map((p) => p.contactId)} onAdd={add} />
        </Stack>
      </Paper>
      <ErrorAlert error={create.error} />
      <Group justify="flex-end">
        <Button component={Link} to="/transactions" variant="default">
          {t('common:actions.cancel')}
        </Button>
        <Button onClick={submit} loading={create.isPending} data-testid="create-transaction">
          {t('form.create')}
        </Button>
      </Group>
    </Stack>
  );
}

type TPartiesProps = {
  parties: TParty[];
  type: TType;
  errorOf: (index: number) => string | undefined;
  onChange: (parties: TParty[]) => void;
};

/**
 * The chosen parties, each with its role (client or counterparty), for a rental its side (landlord or
 * tenant), and a way to take it out.
 */
function PartiesTable({ parties, type, errorOf, onChange }: TPartiesProps) {
  const { t } = useTranslation('transactions');
  if (parties.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('form.noParties')}
      </Text>
    );
  return (
    <Table data-testid="selected-parties">
      <Table.Tbody>
        {parties.map((p, i) => (
          <Table.Tr key={p.contactId} data-testid="selected-party">
            <Table.Td>
              <Text fw={500}>{p.displayName}</Text>
              {errorOf(i) && (
                <Text size="xs" c="red">
                  {errorOf(i)}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <SegmentedControl
                size="xs"
                value={p.role}
                data={[
                  { value: 'client', label: t('roles.client') },
                  { value: 'counterparty', label: t('roles.counterparty') },
                ]}
                onChange={(role) =>
                  onChange(parties.map((x, j) => (j === i ? { ...x, role: role as TPartyRole } : x)))
                }
              />
            </Table.Td>
            {type === 'rental_high_value' && (
              <Table.Td>
                <SegmentedControl
                  size="xs"
                  value={p.side ?? ''}
                  data-testid="party-side-control"
                  aria-label={t('form.side')}
                  data={sidesFor(type).map((side) => ({ value: side, label: t(`sides.${side}`) }))}
                  onChange={(side) =>
                    onChange(parties.map((x, j) => (j === i ? { ...x, side: side as PartySide } : x)))
                  }
                />
              </Table.Td>
            )}
            <Table.Td w={40}>
              <CloseButton
                aria-label={t('form.removeParty')}
                onClick={() => onChange(parties.filter((_, j) => j !== i))}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
